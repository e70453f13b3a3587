#include "IssueListView.h"

#include "IssueListModel.h"
#include "IssueTitleDelegate.h"
#include "core/RelativeTime.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include <algorithm>

namespace lookout {

IssueListView::IssueListView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("issueList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view scroll 100,000 rows without measuring each
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setItemDelegateForColumn(IssueListModel::TitleColumn, new IssueTitleDelegate(this));
    setItemDelegateForColumn(IssueListModel::LevelColumn, new LevelDelegate(this));
    setItemDelegateForColumn(IssueListModel::SparklineColumn, new SparklineDelegate(this));
}

void IssueListView::setIssueModel(IssueListModel *model)
{
    setModel(model);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(IssueListModel::TitleColumn, QHeaderView::Stretch);
    h->resizeSection(IssueListModel::LevelColumn, 14);
    h->setSectionResizeMode(IssueListModel::LevelColumn, QHeaderView::Fixed);
    const QFontMetrics fm(font());
    h->resizeSection(IssueListModel::ShortIdColumn, fm.horizontalAdvance(QStringLiteral("BILLING-SERVICE-1A")) + 16);
    // Wide enough for the title (with the sort arrow) and the widest value, as this language writes them.
    const QFontMetrics headerMetrics(h->font());
    const int headerExtra = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h)
        + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
    const auto fit = [&](int column, const QStringList &values) {
        int width = headerMetrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + headerExtra;
        for (const QString &value : values)
            width = std::max(width, fm.horizontalAdvance(value) + 16);
        h->resizeSection(column, width);
    };
    const QLocale locale;
    fit(IssueListModel::EventsColumn, {locale.toString(99999)});
    fit(IssueListModel::UsersColumn, {locale.toString(9999)});
    h->resizeSection(IssueListModel::SparklineColumn, 24 * 3 + 8);
    // The relative times the columns show, and the date they fall back to after 30 days.
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QStringList times {relativeTime(now.addSecs(-59 * 60), now), relativeTime(now.addSecs(-23 * 3600), now),
        relativeTime(now.addDays(-29), now), relativeTime(QDateTime(QDate(2025, 11, 28), QTime(12, 0), QTimeZone::UTC), now),
        relativeTime(QDateTime(QDate(2025, 10, 28), QTime(12, 0), QTimeZone::UTC), now)};
    fit(IssueListModel::FirstSeenColumn, times);
    fit(IssueListModel::LastSeenColumn, times);
    h->resizeSection(IssueListModel::ProjectColumn, fm.horizontalAdvance(QStringLiteral("billing-service")) + 16);
    h->setSortIndicator(IssueListModel::LastSeenColumn, Qt::DescendingOrder);
    setColumnHidden(IssueListModel::StatusColumn, true);
}

} // namespace lookout

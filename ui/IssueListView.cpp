#include "IssueListView.h"

#include "IssueListModel.h"
#include "IssueTitleDelegate.h"

#include <QHeaderView>

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
    h->resizeSection(IssueListModel::EventsColumn, fm.horizontalAdvance(QStringLiteral("Events 00000")));
    h->resizeSection(IssueListModel::UsersColumn, fm.horizontalAdvance(QStringLiteral("Users 0000")));
    h->resizeSection(IssueListModel::SparklineColumn, 24 * 3 + 8);
    h->resizeSection(IssueListModel::FirstSeenColumn, fm.horizontalAdvance(QStringLiteral("First seen 00")) + 8);
    h->resizeSection(IssueListModel::LastSeenColumn, fm.horizontalAdvance(QStringLiteral("Last seen 00")) + 8);
    h->resizeSection(IssueListModel::ProjectColumn, fm.horizontalAdvance(QStringLiteral("billing-service")) + 16);
    h->setSortIndicator(IssueListModel::LastSeenColumn, Qt::DescendingOrder);
    setColumnHidden(IssueListModel::StatusColumn, true);
}

} // namespace lookout

#include "IssueTitleDelegate.h"

#include "IssueListModel.h"
#include "store/SyncStore.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace lookout {

static constexpr int margin = 4;

void IssueTitleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString culprit = index.data(IssueListModel::CulpritRole).toString();
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect area = opt.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;

    // Marks at the right end, newest concern first: a refused or waiting action, the state a
    // triage action gave the row, the bookmark.
    struct Mark
    {
        QString text;
        QColor color;
    };
    QList<Mark> marks;
    const QVariant outbox = index.data(IssueListModel::OutboxMarkRole);
    if (outbox.isValid()) {
        if (outbox.toInt() == int(OutboxMark::Kind::Failed))
            marks.append({tr("⚠ refused"), QColor(0xe0, 0x3e, 0x2f)});
        else
            marks.append({tr("⟳ pending"), opt.palette.color(group, QPalette::PlaceholderText)});
    }
    const QString status = index.data(IssueListModel::StatusRole).toString();
    if (!status.isEmpty() && status != u"unresolved")
        marks.append({status, opt.palette.color(group, QPalette::PlaceholderText)});
    if (index.data(IssueListModel::BookmarkedRole).toBool())
        marks.append({QStringLiteral("★"), QColor(0xf5, 0xb0, 0x00)});
    const QFontMetrics markMetrics(opt.font);
    painter->save();
    painter->setFont(opt.font);
    for (const Mark &mark : std::as_const(marks)) {
        const int width = markMetrics.horizontalAdvance(mark.text);
        if (width > area.width() / 3)
            break;
        const QRect markRect(area.right() - width + 1, area.top(), width, markMetrics.height());
        painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText) : mark.color);
        painter->drawText(markRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, mark.text);
        area.setRight(markRect.left() - 2 * margin);
    }
    painter->restore();
    const bool done = !status.isEmpty() && status != u"unresolved";

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(!index.data(IssueListModel::SeenRole).toBool()); // unseen issues stand out, as in Sentry
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : (done ? QPalette::PlaceholderText : QPalette::Text)));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        titleMetrics.elidedText(title, Qt::ElideRight, area.width()));

    if (!culprit.isEmpty()) {
        const QFontMetrics metrics(opt.font);
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect culpritRect(area.left(), titleRect.bottom() + 1, area.width(), metrics.height());
        painter->drawText(culpritRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(culprit, Qt::ElideMiddle, area.width()));
    }
    painter->restore();
}

QSize IssueTitleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + margin + 2;
    return {QStyledItemDelegate::sizeHint(option, index).width(), height};
}

void LevelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = index.data(Qt::DecorationRole).value<QColor>();
    const QRect bar(opt.rect.left() + margin, opt.rect.top() + margin, 4, opt.rect.height() - 2 * margin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(bar, 2, 2);
    painter->restore();
}

QSize LevelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {3 * margin, option.fontMetrics.height()};
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<int> series = index.data(IssueListModel::SparklineRole).value<QList<int>>();
    if (series.isEmpty())
        return;
    const int most = *std::max_element(series.cbegin(), series.cend());
    const QRect area = opt.rect.adjusted(margin, 2 * margin, -margin, -2 * margin);
    if (area.width() < series.size() || area.height() < 4)
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor color = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Highlight);
    const qreal step = qreal(area.width()) / qreal(series.size());
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    for (qsizetype i = 0; i < series.size(); ++i) {
        // An hour with events shows at least a sliver; an hour without shows a faint baseline.
        const qreal height
            = most > 0 && series.at(i) > 0 ? std::max(2.0, area.height() * qreal(series.at(i)) / qreal(most)) : 1.0;
        painter->setOpacity(series.at(i) > 0 ? 1.0 : 0.35);
        painter->drawRect(QRectF(area.left() + i * step, area.bottom() + 1 - height, std::max(1.0, step - 1), height));
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {24 * 3 + 2 * margin, option.fontMetrics.height()};
}

} // namespace lookout

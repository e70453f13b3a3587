#include "TagShareDelegate.h"

#include "TagDistributionModel.h"

#include <QApplication>
#include <QPainter>

namespace lookout {

QSize TagShareDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
}

void TagShareDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != TagDistributionModel::ShareColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double fraction = qBound(0.0, index.data(TagDistributionModel::FractionRole).toDouble(), 1.0);
    const QRect area = opt.rect.adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor track = opt.palette.color(QPalette::Mid);
    track.setAlphaF(0.18f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(track);
    painter->drawRoundedRect(area, 3, 3);
    QColor bar = opt.palette.color(QPalette::Highlight);
    bar.setAlphaF(index.data(TagDistributionModel::IsTagRole).toBool() ? 0.30f : 0.45f);
    painter->setBrush(bar);
    painter->drawRoundedRect(QRectF(area.left(), area.top(), area.width() * fraction, area.height()), 3, 3);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(area.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        opt.fontMetrics.elidedText(text, Qt::ElideMiddle, area.width() - 12));
    painter->restore();
}

} // namespace lookout

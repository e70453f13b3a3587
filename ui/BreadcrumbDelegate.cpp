#include "BreadcrumbDelegate.h"

#include "BreadcrumbModel.h"
#include "IssueListModel.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace lookout {

QColor BreadcrumbDelegate::kindColor(const QString &kind)
{
    static const QHash<QString, QColor> colors {{u"navigation"_s, QColor(0x3d, 0x74, 0xdb)},
        {u"http"_s, QColor(0x2b, 0xa1, 0x85)}, {u"ui"_s, QColor(0x8f, 0x5b, 0xd6)}, {u"console"_s, QColor(0x80, 0x70, 0x8f)},
        {u"query"_s, QColor(0xd8, 0x8a, 0x1c)}, {u"error"_s, QColor(0xf5, 0x50, 0x59)}, {u"user"_s, QColor(0x1d, 0x9b, 0xd1)},
        {u"transaction"_s, QColor(0xc8, 0x3c, 0x9a)}, {u"debug"_s, QColor(0x80, 0x70, 0x8f)}};
    return colors.value(kind, QColor(0x9a, 0x93, 0xa6));
}

static void drawGlyph(QPainter &p, const QString &kind)
{
    // Simple strokes on a 16x16 grid, white on the kind's colour.
    QPen pen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (kind == u"navigation") {
        p.drawLine(QPointF(4.5, 8), QPointF(11.5, 8));
        p.drawPolyline(QPolygonF({QPointF(8.5, 5), QPointF(11.5, 8), QPointF(8.5, 11)}));
    } else if (kind == u"http") {
        p.drawLine(QPointF(6, 4.5), QPointF(6, 11.5));
        p.drawPolyline(QPolygonF({QPointF(4, 6.5), QPointF(6, 4.5), QPointF(8, 6.5)}));
        p.drawLine(QPointF(10, 4.5), QPointF(10, 11.5));
        p.drawPolyline(QPolygonF({QPointF(8, 9.5), QPointF(10, 11.5), QPointF(12, 9.5)}));
    } else if (kind == u"ui") {
        p.setBrush(Qt::white);
        p.drawPolygon(QPolygonF({QPointF(5.5, 4), QPointF(11, 9), QPointF(8.3, 9.2), QPointF(9.8, 12), QPointF(8.6, 12.5),
            QPointF(7.2, 9.7), QPointF(5.5, 11.2)}));
    } else if (kind == u"console" || kind == u"debug") {
        p.drawPolyline(QPolygonF({QPointF(4.5, 5.5), QPointF(7, 8), QPointF(4.5, 10.5)}));
        p.drawLine(QPointF(8.5, 11), QPointF(11.5, 11));
    } else if (kind == u"query") {
        p.drawEllipse(QRectF(4.5, 3.8, 7, 2.8));
        p.drawLine(QPointF(4.5, 5.2), QPointF(4.5, 10.8));
        p.drawLine(QPointF(11.5, 5.2), QPointF(11.5, 10.8));
        p.drawArc(QRectF(4.5, 9.4, 7, 2.8), 180 * 16, 180 * 16);
    } else if (kind == u"error") {
        p.drawLine(QPointF(8, 4.5), QPointF(8, 9));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 11.5), 0.7, 0.7);
    } else if (kind == u"user") {
        p.drawEllipse(QPointF(8, 6.3), 2, 2);
        p.drawArc(QRectF(4.5, 9, 7, 6), 0, 180 * 16);
    } else if (kind == u"transaction") {
        p.drawLine(QPointF(4.5, 6.5), QPointF(11.5, 6.5));
        p.drawPolyline(QPolygonF({QPointF(9.5, 4.5), QPointF(11.5, 6.5), QPointF(9.5, 8.5)}));
        p.drawLine(QPointF(4.5, 9.5), QPointF(11.5, 9.5));
        p.drawPolyline(QPolygonF({QPointF(6.5, 7.5), QPointF(4.5, 9.5), QPointF(6.5, 11.5)}));
    } else {
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
    }
}

QIcon BreadcrumbDelegate::icon(const QString &kind)
{
    QIcon result;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(int(16 * scale), int(16 * scale));
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(kindColor(kind));
        p.drawEllipse(QRectF(0.5, 0.5, 15, 15));
        drawGlyph(p, kind);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QIcon BreadcrumbDelegate::cachedIcon(const QString &kind) const
{
    // Per delegate, not static: pixmaps must not outlive the application.
    auto it = m_icons.find(kind);
    if (it == m_icons.end())
        it = m_icons.insert(kind, icon(kind));
    return *it;
}

QSize BreadcrumbDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height()) + 8);
    if (index.column() == BreadcrumbModel::KindColumn)
        size.rwidth() += 24;
    return size;
}

void BreadcrumbDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool isEvent = index.data(BreadcrumbModel::IsEventRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const Level level = Level(index.data(BreadcrumbModel::LevelRole).toInt());
    if (isEvent) {
        opt.font.setBold(true);
        if (!selected) {
            QColor tint = levelColor(level);
            tint.setAlphaF(0.14f);
            painter->fillRect(opt.rect, opt.palette.base());
            painter->fillRect(opt.rect, tint);
            opt.backgroundBrush = Qt::NoBrush;
            opt.features &= ~QStyleOptionViewItem::Alternate;
        }
    }
    switch (index.column()) {
    case BreadcrumbModel::KindColumn:
        opt.icon = cachedIcon(index.data(BreadcrumbModel::KindRole).toString());
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(16, 16);
        break;
    case BreadcrumbModel::CategoryColumn:
    case BreadcrumbModel::RelativeTimeColumn:
    case BreadcrumbModel::TimeColumn:
        if (!selected && !isEvent)
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
        break;
    case BreadcrumbModel::DescriptionColumn:
        // Only the first line: the detail view below shows the rest.
        opt.text = opt.text.section(u'\n', 0, 0);
        break;
    case BreadcrumbModel::LevelColumn:
        if (!selected && level >= Level::Warning)
            opt.palette.setColor(QPalette::Text, levelColor(level));
        break;
    default:
        break;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

} // namespace lookout

#pragma once

#include <QStyledItemDelegate>

namespace lookout {

// The tag distribution's rows; in the share column a bar as long as the value's share, the text over it.
class TagShareDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lookout

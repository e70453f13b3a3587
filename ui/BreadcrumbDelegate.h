#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace lookout {

// Paints the breadcrumb timeline: a coloured icon per kind (navigation, http, ui, console, query,
// error, ...) beside the kind's name, the level in its colour, and the error's own row
// emphasised. Text is drawn as plain text.
class BreadcrumbDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon icon(const QString &kind);
    static QColor kindColor(const QString &kind);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QIcon cachedIcon(const QString &kind) const;

    mutable QHash<QString, QIcon> m_icons;
};

} // namespace lookout

#include "KeyValueView.h"

#include "KeyValueTreeModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace lookout {

namespace {

// Rows with room to breathe, sections on a tinted band, keys quieter than their values.
class KeyValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool section = index.data(KeyValueTreeModel::IsSectionRole).toBool();
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, section ? 12 : 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        const bool selected = opt.state & QStyle::State_Selected;
        if (index.data(KeyValueTreeModel::IsSectionRole).toBool()) {
            if (!selected) {
                QColor band = opt.palette.color(QPalette::Mid);
                band.setAlphaF(0.15f);
                painter->fillRect(opt.rect, opt.palette.base());
                painter->fillRect(opt.rect, band);
                opt.features &= ~QStyleOptionViewItem::Alternate;
            }
        } else if (index.column() == KeyValueTreeModel::KeyColumn && !selected) {
            opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
        }
        QStyledItemDelegate::paint(painter, opt, index);
    }
};

} // namespace

KeyValueView::KeyValueView(const QString &emptyText, QWidget *parent)
    : QTreeView(parent)
    , m_emptyText(emptyText)
{
    setUniformRowHeights(false); // sections are taller than pairs
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setFrameShape(QFrame::NoFrame);
    setIndentation(14);
    setItemDelegate(new KeyValueDelegate(this));
    header()->setStretchLastSection(true);
}

void KeyValueView::setKeyValueModel(KeyValueTreeModel *model)
{
    setModel(model);
    header()->resizeSection(KeyValueTreeModel::KeyColumn, 260);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        configure({});
        expandAll();
    });
}

void KeyValueView::configure(const QModelIndex &parent)
{
    for (int row = 0; row < model()->rowCount(parent); ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        setFirstColumnSpanned(row, parent, index.data(KeyValueTreeModel::IsSectionRole).toBool());
        configure(index);
    }
}

void KeyValueView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (model() && model()->rowCount() == 0) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(0, 24, 0, 0), Qt::AlignHCenter | Qt::AlignTop, m_emptyText);
    }
}

} // namespace lookout

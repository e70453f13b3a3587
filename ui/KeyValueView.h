#pragma once

#include <QTreeView>

namespace lookout {

class KeyValueTreeModel;

// A tree of key/value pairs (contexts, request, user): sections span the row, everything is
// expanded, and an empty model says so in the view.
class KeyValueView : public QTreeView
{
    Q_OBJECT
public:
    explicit KeyValueView(const QString &emptyText, QWidget *parent = nullptr);
    void setKeyValueModel(KeyValueTreeModel *model);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void configure(const QModelIndex &parent);

    QString m_emptyText;
};

} // namespace lookout

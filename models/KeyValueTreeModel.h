#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QList>

#include <vector>

namespace lookout {

// One row of a key/value tree: a labelled section, a pair, or a pair with nested pairs.
struct KeyValueNode
{
    KeyValueNode(const QString &key = {}, const QString &value = {}, bool section = false, bool masked = false,
        const QList<KeyValueNode> &children = {})
        : key(key)
        , value(value)
        , section(section)
        , masked(masked)
        , children(children)
    { }

    QString key;
    QString value;
    bool section = false;
    bool masked = false; // a secret (a credential header, a cookie) whose value is not shown
    QList<KeyValueNode> children;
};

// The detail view's key/value panes (contexts, request, user) over one tree model: keys in the
// first column, values in the second, nested objects as children. Values are plain text.
class KeyValueTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { KeyColumn, ValueColumn, NUM_COLUMNS };
    enum Roles {
        IsSectionRole = Qt::UserRole,
        IsMaskedRole,
    };

    explicit KeyValueTreeModel(QObject *parent = nullptr);

    void setNodes(const QList<KeyValueNode> &nodes);
    void clear() { setNodes({}); }
    bool isEmpty() const { return m_nodes.size() <= 1; }

    // A JSON value's children as nodes (objects by key, arrays by index); skip names keys to leave out.
    static QList<KeyValueNode> fromJson(const QJsonValue &value, const QStringList &skip = {});
    static QString scalarText(const QJsonValue &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Flat
    {
        QString key;
        QString value;
        bool section = false;
        bool masked = false;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    void add(int parent, const KeyValueNode &node);

    std::vector<Flat> m_nodes; // m_nodes[0] is the invisible root
};

} // namespace lookout

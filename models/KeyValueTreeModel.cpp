#include "KeyValueTreeModel.h"

#include "PlainText.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lookout {

KeyValueTreeModel::KeyValueTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.emplace_back();
}

void KeyValueTreeModel::setNodes(const QList<KeyValueNode> &nodes)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    for (const KeyValueNode &node : nodes)
        add(0, node);
    endResetModel();
}

void KeyValueTreeModel::add(int parent, const KeyValueNode &node)
{
    const int index = int(m_nodes.size());
    Flat flat;
    flat.key = node.key;
    flat.value = node.masked ? tr("[masked]") : node.value;
    flat.section = node.section;
    flat.masked = node.masked;
    flat.parent = parent;
    flat.row = int(m_nodes[parent].children.size());
    m_nodes[parent].children.push_back(index);
    m_nodes.push_back(std::move(flat));
    if (node.masked)
        return; // nothing of a secret is kept, nested parts included
    for (const KeyValueNode &child : node.children)
        add(index, child);
}

QString KeyValueTreeModel::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return value.toArray().size() == 1 ? tr("1 item") : tr("%n items", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return value.toObject().size() == 1 ? tr("1 key") : tr("%n keys", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QList<KeyValueNode> KeyValueTreeModel::fromJson(const QJsonValue &value, const QStringList &skip)
{
    QList<KeyValueNode> nodes;
    const auto node = [](const QString &key, const QJsonValue &v) {
        KeyValueNode n {key, scalarText(v), false, false, {}};
        if (v.isObject() || v.isArray())
            n.children = fromJson(v);
        return n;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!skip.contains(it.key()))
                nodes.append(node(it.key(), it.value()));
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            nodes.append(node(QString::number(i), array.at(i)));
    }
    return nodes;
}

QModelIndex KeyValueTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= NUM_COLUMNS || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int> &children = m_nodes[parent.isValid() ? parent.internalId() : 0].children;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex KeyValueTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[child.internalId()].parent;
    return parent <= 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int KeyValueTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[parent.isValid() ? parent.internalId() : 0].children.size());
}

int KeyValueTreeModel::columnCount(const QModelIndex &) const
{
    return NUM_COLUMNS;
}

QVariant KeyValueTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Flat &node = m_nodes[index.internalId()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KeyColumn ? node.key : node.value;
    case Qt::ToolTipRole:
        return index.column() == ValueColumn && !node.masked ? plainToolTip(node.value.left(2000)) : QVariant();
    case Qt::FontRole:
        if (node.section || node.masked) {
            QFont font;
            font.setBold(node.section);
            font.setItalic(node.masked);
            return font;
        }
        return {};
    case IsSectionRole:
        return node.section;
    case IsMaskedRole:
        return node.masked;
    default:
        return {};
    }
}

QVariant KeyValueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : section == ValueColumn ? tr("Value") : QVariant();
}

} // namespace lookout

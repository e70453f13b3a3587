#include "SavedSearchModel.h"

#include "PlainText.h"

namespace lookout {

SavedSearchModel::SavedSearchModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSearch &search = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return search.name;
    case Qt::ToolTipRole:
        return plainToolTip(search.query.isEmpty() ? tr("Every issue") : search.query);
    case IdRole:
        return search.id;
    case QueryRole:
        return search.query;
    case SortRole:
        return search.sort;
    default:
        return {};
    }
}

bool SavedSearchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    SavedSearch &search = m_searches[index.row()];
    if (name.isEmpty() || name == search.name)
        return false;
    if (!m_store->renameSavedSearch(search.id, name))
        return fail();
    search.name = name;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags SavedSearchModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

int SavedSearchModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_searches.size(); ++row) {
        if (m_searches.at(row).id == id)
            return row;
    }
    return -1;
}

int SavedSearchModel::addSearch(const QString &name, const QString &query, const QString &sort)
{
    const qint64 id = m_store->addSavedSearch(name, query, sort);
    if (id == 0) {
        fail();
        return -1;
    }
    const int row = int(m_searches.size());
    beginInsertRows({}, row, row);
    m_searches.append({id, name, query, sort, row});
    endInsertRows();
    return row;
}

bool SavedSearchModel::updateSearch(int row, const QString &query, const QString &sort)
{
    if (row < 0 || row >= m_searches.size())
        return false;
    SavedSearch search = m_searches.at(row);
    search.query = query;
    search.sort = sort;
    if (!m_store->updateSavedSearch(search))
        return fail();
    m_searches[row] = search;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::ToolTipRole, QueryRole, SortRole});
    return true;
}

bool SavedSearchModel::removeSearch(int row)
{
    if (row < 0 || row >= m_searches.size())
        return false;
    if (!m_store->removeSavedSearch(m_searches.at(row).id))
        return fail();
    beginRemoveRows({}, row, row);
    m_searches.removeAt(row);
    endRemoveRows();
    return true;
}

bool SavedSearchModel::moveSearch(int row, int to)
{
    if (row < 0 || row >= m_searches.size() || to < 0 || to >= m_searches.size() || row == to)
        return false;
    if (!m_store->moveSavedSearch(m_searches.at(row).id, to))
        return fail();
    // beginMoveRows names the row the moved one goes before, in the rows as they are now.
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_searches.move(row, to);
    endMoveRows();
    return true;
}

void SavedSearchModel::reload()
{
    beginResetModel();
    m_searches = m_store && m_store->isOpen() ? m_store->savedSearches() : QList<SavedSearch>();
    endResetModel();
}

bool SavedSearchModel::fail()
{
    Q_EMIT errorOccurred(m_store->errorString());
    return false;
}

} // namespace lookout

// Saved searches: the sidebar's named searches, kept in the cache in the user's order.
#include "store/Statement.h"
#include "store/Store.h"

#include <sqlite3.h>

namespace lookout {

QList<SavedSearch> Store::savedSearches()
{
    QList<SavedSearch> result;
    Statement select(m_db, "SELECT id, name, query, sort, position FROM saved_searches ORDER BY position, id");
    while (select.step())
        result.append({select.int64(0), select.text(1), select.text(2), select.text(3), int(select.int64(4))});
    if (!select.errorString().isEmpty())
        m_error = select.errorString();
    return result;
}

qint64 Store::addSavedSearch(const QString &name, const QString &query, const QString &sort)
{
    Statement insert(m_db,
        "INSERT INTO saved_searches (name, query, sort, position)"
        " VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), -1) + 1 FROM saved_searches)) RETURNING id");
    insert.bind(1, name).bind(2, query.isNull() ? QStringLiteral("") : query).bind(3, sort);
    if (!insert.step()) {
        m_error = insert.errorString();
        return 0;
    }
    return insert.int64(0);
}

static bool changedOne(sqlite3 *db, Statement &statement, QString *error)
{
    if (!statement.exec()) {
        *error = statement.errorString();
        return false;
    }
    if (sqlite3_changes(db) == 0) {
        *error = QStringLiteral("no such saved search");
        return false;
    }
    return true;
}

bool Store::updateSavedSearch(const SavedSearch &search)
{
    Statement update(m_db, "UPDATE saved_searches SET name = ?2, query = ?3, sort = ?4 WHERE id = ?1");
    update.bind(1, search.id).bind(2, search.name).bind(3, search.query.isNull() ? QStringLiteral("") : search.query);
    update.bind(4, search.sort);
    return changedOne(m_db, update, &m_error);
}

bool Store::renameSavedSearch(qint64 id, const QString &name)
{
    Statement update(m_db, "UPDATE saved_searches SET name = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, name);
    return changedOne(m_db, update, &m_error);
}

bool Store::moveSavedSearch(qint64 id, int position)
{
    // Renumbers every search 0..n-1 with id at position, in one transaction unless one is open.
    QList<SavedSearch> searches = savedSearches();
    const auto found = std::find_if(searches.begin(), searches.end(), [&](const SavedSearch &s) { return s.id == id; });
    if (found == searches.end()) {
        m_error = QStringLiteral("no such saved search");
        return false;
    }
    const SavedSearch moved = *found;
    searches.erase(found);
    searches.insert(qBound(0, position, int(searches.size())), moved);
    const bool own = sqlite3_get_autocommit(m_db) != 0;
    if (own && !begin())
        return false;
    Statement update(m_db, "UPDATE saved_searches SET position = ?2 WHERE id = ?1");
    for (int i = 0; i < searches.size(); ++i) {
        if (!update.bind(1, searches.at(i).id).bind(2, qint64(i)).exec()) {
            m_error = update.errorString();
            if (own)
                rollback();
            return false;
        }
    }
    return !own || commit();
}

bool Store::removeSavedSearch(qint64 id)
{
    Statement remove(m_db, "DELETE FROM saved_searches WHERE id = ?1");
    remove.bind(1, id);
    return changedOne(m_db, remove, &m_error);
}

} // namespace lookout

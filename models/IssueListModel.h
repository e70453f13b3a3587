#pragma once

#include "domain/IssueSummary.h"
#include "store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace lookout {

class Clock;

// The issue stream over the store. Rows are fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore), each page from where the last ended (by its sort key, so the 500th
// page costs what the first does); sorting and searching are SQL in the store, never a proxy.
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        LevelColumn,
        TitleColumn,
        ShortIdColumn,
        EventsColumn,
        UsersColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ProjectColumn,
        StatusColumn,
        NUM_COLUMNS
    };
    enum Roles {
        IssueIdRole = Qt::UserRole,
        CulpritRole,
        LevelRole, // lookout::Level as int
        SortValueRole,
    };
    Q_ENUM(Columns)

    static constexpr int pageSize = 200;

    IssueListModel(Store *store, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // 0 shows every project.
    void setProjectFilter(qint64 projectId);
    qint64 projectFilter() const { return m_query.projectId; }
    // The search (IssueSearch's filters and free text); the project filter and the sort stay.
    void setSearch(const IssueQuery &search);
    // A search with its own sort (a saved search): one reload for both.
    void setSearch(const IssueQuery &search, IssueSort sort, bool descending = true);
    void setSort(IssueSort sort, bool descending = true);
    // What the model shows: the search, project filter and sort together.
    const IssueQuery &query() const { return m_query; }
    // Issues matching the current filter, loaded or not.
    qint64 totalCount() const { return m_total; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    Store *m_store;
    const Clock *m_clock;
    IssueQuery m_query;
    QList<IssueSummary> m_rows;
    IssueCursor m_cursor; // the sort key of the last row fetched: the next page starts after it
    qint64 m_total = 0;
    bool m_fetching = false;
};

QColor levelColor(Level level);

} // namespace lookout

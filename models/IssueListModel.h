#pragma once

#include "domain/IssueSummary.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

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
        SparklineColumn, // events per hour over the last day, or per day over 14 days
        FirstSeenColumn,
        LastSeenColumn,
        ProjectColumn,
        StatusColumn,
        AssigneeColumn,
        NUM_COLUMNS
    };
    enum Roles {
        IssueIdRole = Qt::UserRole,
        CulpritRole,
        LevelRole, // lookout::Level as int
        SortValueRole,
        StatusRole, // "unresolved", "resolved", "ignored"
        BookmarkedRole,
        SeenRole,
        AssigneeRole,
        OutboxMarkRole, // OutboxMark::Kind as int, or invalid when nothing waits
        OutboxMessageRole, // what waits or why Sentry refused it, for a tooltip
        SparklineRole, // QList<int>: events in each of the last 24 hours (or 14 days), oldest first
    };
    Q_ENUM(Columns)

    static constexpr int pageSize = 200;

    IssueListModel(Store *store, const Clock *clock, QObject *parent = nullptr);
    ~IssueListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // 0 shows every project.
    void setProjectFilter(qint64 projectId);
    // A project, or a group of projects by slug (an account's, the imported ones); neither: all.
    void setProjectScope(qint64 projectId, const QStringList &projectSlugs);
    qint64 projectFilter() const { return m_query.projectId; }
    // Every other filter of the query (release, firstSeen, status, ...); the project and the sort stay.
    void setFilter(const IssueQuery &filter);
    // The search (IssueSearch's filters and free text); the project filter and the sort stay.
    void setSearch(const IssueQuery &search);
    // A search with its own sort (a saved search): one reload for both.
    void setSearch(const IssueQuery &search, IssueSort sort, bool descending = true);
    void setSort(IssueSort sort, bool descending = true);
    // What the sparklines span, as in Sentry's stream: the last 24 hours by hour, or the last 14
    // days by day.
    enum class SparklinePeriod { Day, Fortnight };
    void setSparklinePeriod(SparklinePeriod period);
    SparklinePeriod sparklinePeriod() const { return m_sparklinePeriod; }
    // What the model shows: the search, project filter and sort together.
    const IssueQuery &query() const { return m_query; }
    // Issues matching the current filter, loaded or not.
    qint64 totalCount() const { return m_total; }

    // Row of the issue, when loaded; -1 otherwise.
    int rowOf(qint64 issueId) const;
    // Issue ids of the rows, in order (for selections).
    qint64 issueIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

public Q_SLOTS:
    void reload();
    // Re-reads these issues in place (after a triage action): rows keep their place, so the
    // keyboard stays where it was, and show the new state until the next reload.
    void refreshIssues(const QList<qint64> &issueIds);
    // Re-reads which issues wait for Sentry or were refused (after the outbox changed).
    void refreshOutboxMarks();

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    void loadOutboxMarks();
    QList<int> seriesAt(int row) const;
    static constexpr qsizetype seriesBatch = 64;

    Store *m_store;
    const Clock *m_clock;
    IssueQuery m_query;
    QList<IssueSummary> m_rows;
    QHash<qint64, OutboxMark> m_marks;
    mutable QHash<qint64, QList<int>> m_series; // sparklines of the rows shown so far
    SparklinePeriod m_sparklinePeriod = SparklinePeriod::Day;
    std::unique_ptr<SyncStore> m_syncStore;
    IssueCursor m_cursor; // the sort key of the last row fetched: the next page starts after it
    QStringList m_scopeSlugs; // the sidebar's group of projects
    qint64 m_total = 0;
    bool m_fetching = false;
};

QColor levelColor(Level level);

} // namespace lookout

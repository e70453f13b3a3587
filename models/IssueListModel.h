#pragma once

#include "domain/IssueSummary.h"
#include "store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace lookout {

class Clock;

// The issue stream over the store. Rows are fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore); sorting is an ORDER BY in the store, never a proxy over all rows.
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
    // Every other filter of the query (release, firstSeen, status, ...); the project and the sort stay.
    void setFilter(const IssueQuery &filter);
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
    qint64 m_total = 0;
};

QColor levelColor(Level level);

} // namespace lookout

#pragma once

#include "health/ReleaseHealth.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace lookout {

class Clock;
class Store;

// The release table of the health view: one row per release of a project over a window (see
// HealthStore::releases), sortable (versions by semver), with each release's status against the
// user's crash-free thresholds in StatusRole and as amber or red text.
class ReleaseHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        VersionColumn,
        FirstSeenColumn,
        AgeColumn,
        AdoptionColumn,
        CrashFreeSessionsColumn,
        CrashFreeUsersColumn,
        SessionsColumn,
        UsersColumn,
        NewIssuesColumn,
        StatusColumn,
        NUM_COLUMNS
    };
    enum Roles {
        VersionRole = Qt::UserRole, // the full version, on every column
        SortRole, // the raw value a column sorts by
        StatusRole, // HealthThresholds::Status as int
        ValueRole, // the number behind a rate column (double, or null when there is no data)
    };

    ReleaseHealthModel(Store *store, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setWindow(const HealthWindow &window);
    HealthWindow window() const { return m_window; }
    void setThresholds(const HealthThresholds &thresholds);
    HealthThresholds thresholds() const { return m_thresholds; }
    const ReleaseHealth &release(int row) const { return m_rows.at(row); }
    const QList<ReleaseHealth> &releases() const { return m_rows; }
    int rowOf(const QString &version) const;

    static QColor statusColor(HealthThresholds::Status status, bool darkBackground);

public Q_SLOTS:
    void reload();

private:
    void applySort();

    Store *m_store;
    const Clock *m_clock;
    HealthWindow m_window;
    HealthThresholds m_thresholds;
    QList<ReleaseHealth> m_rows;
    int m_sortColumn = VersionColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace lookout

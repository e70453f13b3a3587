#include "EventListModel.h"

#include "core/Clock.h"
#include "core/RelativeTime.h"

#include <QLocale>

namespace lookout {

EventListModel::EventListModel(Store *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{ }

void EventListModel::setIssue(qint64 issueId)
{
    beginResetModel();
    m_issueId = issueId;
    m_total = issueId != 0 ? m_store->cachedEventCount(issueId) : 0;
    m_rows = m_total > 0 ? m_store->eventRows(issueId, 0, pageSize) : QList<Store::EventRow>();
    endResetModel();
}

int EventListModel::rowOf(const QString &eventId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).eventId == eventId)
            return int(row);
    }
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::EventRow &row = m_rows.at(index.row());
    if (role == EventIdRole)
        return row.eventId;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(row.timestamp.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == EventIdColumn)
        return row.eventId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Columns(index.column())) {
    case EventIdColumn:
        return row.eventId.left(8);
    case TimeColumn:
        return QString(row.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (")
            + relativeTime(row.timestamp, m_clock->now()) + QLatin1Char(')'));
    case LevelColumn:
        return row.level;
    case ReleaseColumn:
        return row.release;
    case EnvironmentColumn:
        return row.environment;
    case UserColumn:
        return row.userKey;
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case EventIdColumn:
        return tr("Event");
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case ReleaseColumn:
        return tr("Release");
    case EnvironmentColumn:
        return tr("Environment");
    case UserColumn:
        return tr("User");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void EventListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Store::EventRow> page = m_store->eventRows(m_issueId, m_rows.size(), pageSize);
    if (page.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

} // namespace lookout

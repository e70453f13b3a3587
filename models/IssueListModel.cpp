#include "IssueListModel.h"

#include "core/Clock.h"
#include "core/RelativeTime.h"

#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

namespace lookout {

QColor levelColor(Level level)
{
    // Sentry's level colours, readable on light and dark backgrounds.
    switch (level) {
    case Level::Fatal:
        return QColor(0xf5, 0x50, 0x59);
    case Level::Error:
        return QColor(0xff, 0x72, 0x48);
    case Level::Warning:
        return QColor(0xf5, 0xb0, 0x00);
    case Level::Info:
        return QColor(0x3d, 0x74, 0xdb);
    case Level::Debug:
        return QColor(0x80, 0x70, 0x8f);
    }
    return Qt::gray;
}

IssueListModel::IssueListModel(Store *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    reload();
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssueSummary &issue = m_rows.at(index.row());
    switch (role) {
    case IssueIdRole:
        return issue.id;
    case CulpritRole:
        return issue.culprit;
    case LevelRole:
        return int(issue.level);
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case LevelColumn:
            return levelToString(issue.level);
        case TitleColumn:
            return issue.title;
        case ShortIdColumn:
            return issue.shortId;
        case EventsColumn:
            return QLocale().toString(issue.timesSeen);
        case UsersColumn:
            return QLocale().toString(issue.userCount);
        case FirstSeenColumn:
            return relativeTime(issue.firstSeen, m_clock->now());
        case LastSeenColumn:
            return relativeTime(issue.lastSeen, m_clock->now());
        case ProjectColumn:
            return issue.projectSlug;
        case StatusColumn:
            return issue.status;
        case NUM_COLUMNS:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Columns(index.column())) {
        case FirstSeenColumn:
            return QLocale().toString(issue.firstSeen.toLocalTime(), QLocale::LongFormat);
        case LastSeenColumn:
            return QLocale().toString(issue.lastSeen.toLocalTime(), QLocale::LongFormat);
        case TitleColumn:
            return issue.culprit.isEmpty() ? issue.title : issue.title + QLatin1Char('\n') + issue.culprit;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return levelColor(issue.level);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn || index.column() == UsersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortValueRole:
        switch (Columns(index.column())) {
        case EventsColumn:
            return issue.timesSeen;
        case UsersColumn:
            return issue.userCount;
        case FirstSeenColumn:
            return issue.firstSeen;
        case LastSeenColumn:
            return issue.lastSeen;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == LevelColumn && role == Qt::ToolTipRole)
        return tr("Level");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case LevelColumn:
        return QString(); // a colour bar needs no title; the tooltip names it
    case TitleColumn:
        return tr("Issue");
    case ShortIdColumn:
        return tr("ID");
    case EventsColumn:
        return tr("Events");
    case UsersColumn:
        return tr("Users");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

bool IssueListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is being inserted: a view (or the model tester) asking again from inside
    // the insertion would get the same page a second time.
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void IssueListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    IssueCursor last;
    const QList<IssueSummary> page = m_store->issuesAfter(m_query, m_cursor, pageSize, &last);
    const QScopedValueRollback fetching(m_fetching, true);
    if (page.isEmpty()) {
        // The store shrank under us: stop offering more rather than loop.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    m_cursor = last;
    if (page.size() < pageSize)
        m_total = m_rows.size(); // the store shrank under us
    endInsertRows();
}

void IssueListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr IssueSort sortFor[NUM_COLUMNS]
        = {IssueSort::Level, IssueSort::Title, IssueSort::ShortId, IssueSort::TimesSeen, IssueSort::UserCount,
            IssueSort::FirstSeen, IssueSort::LastSeen, IssueSort::Project, IssueSort::Status};
    if (column < 0 || column >= NUM_COLUMNS)
        return;
    m_query.sort = sortFor[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void IssueListModel::setProjectFilter(qint64 projectId)
{
    if (m_query.projectId == projectId)
        return;
    m_query.projectId = projectId;
    reload();
}

void IssueListModel::setSearch(const IssueQuery &search)
{
    IssueQuery query = search;
    query.projectId = m_query.projectId;
    query.sort = m_query.sort;
    query.descending = m_query.descending;
    m_query = query;
    reload();
}

void IssueListModel::setSearch(const IssueQuery &search, IssueSort sort, bool descending)
{
    IssueQuery query = search;
    query.projectId = m_query.projectId;
    query.sort = sort;
    query.descending = descending;
    m_query = query;
    reload();
}

void IssueListModel::setSort(IssueSort sort, bool descending)
{
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void IssueListModel::reload()
{
    beginResetModel();
    m_query.nowMs = m_clock->now().toMSecsSinceEpoch(); // what "trend" counts back from
    m_cursor.clear();
    m_total = m_store && m_store->isOpen() ? m_store->issueCount(m_query) : 0;
    m_rows = m_total > 0 ? m_store->issuesAfter(m_query, {}, pageSize, &m_cursor) : QList<IssueSummary>();
    if (m_rows.size() < pageSize)
        m_total = m_rows.size();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

} // namespace lookout

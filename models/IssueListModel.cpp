#include "IssueListModel.h"
#include "PlainText.h"

#include "core/Clock.h"
#include "core/RelativeTime.h"

#include <QColor>
#include <QLocale>

#include <QScopedValueRollback>
#include <numeric>

using namespace Qt::StringLiterals;

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

IssueListModel::~IssueListModel() = default;

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
    case StatusRole:
        return issue.status;
    case BookmarkedRole:
        return issue.bookmarked;
    case SeenRole:
        return issue.hasSeen;
    case AssigneeRole:
        return issue.assignee;
    case SparklineRole:
        return QVariant::fromValue(seriesAt(index.row()));
    case OutboxMarkRole: {
        const auto mark = m_marks.constFind(issue.id);
        return mark == m_marks.cend() ? QVariant() : QVariant(int(mark->kind));
    }
    case OutboxMessageRole: {
        const auto mark = m_marks.constFind(issue.id);
        if (mark == m_marks.cend())
            return {};
        return mark->kind == OutboxMark::Kind::Failed ? tr("Sentry refused “%1”: %2").arg(mark->action, mark->error)
                                                      : tr("“%1” waits to be sent to Sentry").arg(mark->action);
    }
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
            return issue.substatus.isEmpty() || issue.substatus == u"ongoing"_s ? issue.status
                                                                                : issue.status + u" · "_s + issue.substatus;
        case AssigneeColumn:
            return issue.assignee;
        case SparklineColumn:
            return {};
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
        case SparklineColumn: {
            const QList<int> series = seriesAt(index.row());
            const qint64 sum = std::accumulate(series.cbegin(), series.cend(), qint64(0));
            if (m_sparklinePeriod == SparklinePeriod::Fortnight)
                return sum == 1 ? tr("1 event in the last 14 days") : tr("%1 events in the last 14 days").arg(sum);
            return sum == 1 ? tr("1 event in the last 24 hours") : tr("%1 events in the last 24 hours").arg(sum);
        }
        case TitleColumn: {
            QString tip = issue.culprit.isEmpty() ? issue.title : issue.title + QLatin1Char('\n') + issue.culprit;
            const QVariant message = data(index, OutboxMessageRole);
            if (message.isValid())
                tip += u"\n\n"_s + message.toString();
            return plainToolTip(tip); // titles come from events: never markup
        }
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
    case SparklineColumn:
        return m_sparklinePeriod == SparklinePeriod::Day ? tr("24 h") : tr("14 d");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
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
        = {IssueSort::Level, IssueSort::Title, IssueSort::ShortId, IssueSort::TimesSeen, IssueSort::UserCount, IssueSort::Trend,
            IssueSort::FirstSeen, IssueSort::LastSeen, IssueSort::Project, IssueSort::Status, IssueSort::Status};
    if (column < 0 || column >= NUM_COLUMNS || column == AssigneeColumn)
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

void IssueListModel::setProjectScope(qint64 projectId, const QStringList &projectSlugs)
{
    if (m_query.projectId == projectId && m_scopeSlugs == projectSlugs)
        return;
    // A search's project: terms narrow further; without them the scope's projects hold.
    if (m_query.projectSlugs == m_scopeSlugs)
        m_query.projectSlugs = projectSlugs;
    m_scopeSlugs = projectSlugs;
    m_query.projectId = projectId;
    reload();
}

void IssueListModel::setFilter(const IssueQuery &filter)
{
    setSearch(filter);
}

void IssueListModel::setSearch(const IssueQuery &search)
{
    IssueQuery query = search;
    query.projectId = m_query.projectId;
    if (query.projectSlugs.isEmpty())
        query.projectSlugs = m_scopeSlugs;
    query.sort = m_query.sort;
    query.descending = m_query.descending;
    m_query = query;
    reload();
}

void IssueListModel::setSearch(const IssueQuery &search, IssueSort sort, bool descending)
{
    IssueQuery query = search;
    query.projectId = m_query.projectId;
    if (query.projectSlugs.isEmpty())
        query.projectSlugs = m_scopeSlugs;
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
    loadOutboxMarks();
    m_series.clear();
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

int IssueListModel::rowOf(qint64 issueId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == issueId)
            return int(row);
    }
    return -1;
}

void IssueListModel::refreshIssues(const QList<qint64> &issueIds)
{
    loadOutboxMarks();
    for (qint64 id : issueIds) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (const std::optional<IssueSummary> issue = m_store->issue(id))
            m_rows[row] = *issue;
        Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
    }
}

void IssueListModel::refreshOutboxMarks()
{
    const QHash<qint64, OutboxMark> before = m_marks;
    loadOutboxMarks();
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).id;
        const auto was = before.constFind(id);
        const auto now = m_marks.constFind(id);
        const bool same = (was == before.cend()) == (now == m_marks.cend())
            && (was == before.cend() || (was->kind == now->kind && was->error == now->error));
        if (same)
            continue;
        // A confirmed or refused action may have changed the issue too (a refusal is undone).
        if (const std::optional<IssueSummary> issue = m_store->issue(id))
            m_rows[row] = *issue;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), NUM_COLUMNS - 1));
    }
}

QList<int> IssueListModel::seriesAt(int row) const
{
    // Read when a row is first shown, with the rows after it: a search's reset reads no series, and a
    // view asks only for the rows it paints.
    const qint64 id = m_rows.at(row).id;
    if (const auto found = m_series.constFind(id); found != m_series.cend())
        return *found;
    if (!m_store || !m_store->isOpen())
        return {};
    QList<qint64> ids;
    for (qsizetype r = row; r < m_rows.size() && ids.size() < seriesBatch; ++r) {
        if (!m_series.contains(m_rows.at(r).id))
            ids << m_rows.at(r).id;
    }
    const qint64 thisHour = m_clock->now().toSecsSinceEpoch() / 3600;
    if (m_sparklinePeriod == SparklinePeriod::Day) {
        m_series.insert(m_store->hourlySeries(ids, thisHour - 23, 24));
    } else {
        // Fourteen days of 24 hours each, the last ending with this hour.
        const QHash<qint64, QList<int>> hours = m_store->hourlySeries(ids, thisHour - 14 * 24 + 1, 14 * 24);
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            QList<int> days(14, 0);
            for (qsizetype h = 0; h < it->size(); ++h)
                days[h / 24] += it->at(h);
            m_series.insert(it.key(), days);
        }
    }
    for (const qint64 missing : std::as_const(ids)) {
        if (!m_series.contains(missing))
            m_series.insert(missing, {}); // not asked again
    }
    return m_series.value(id);
}

void IssueListModel::setSparklinePeriod(SparklinePeriod period)
{
    if (period == m_sparklinePeriod)
        return;
    m_sparklinePeriod = period;
    m_series.clear();
    Q_EMIT headerDataChanged(Qt::Horizontal, SparklineColumn, SparklineColumn);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, SparklineColumn), index(int(m_rows.size()) - 1, SparklineColumn));
}

void IssueListModel::loadOutboxMarks()
{
    m_marks.clear();
    if (!m_store || !m_store->isOpen())
        return;
    if (!m_syncStore)
        m_syncStore = std::make_unique<SyncStore>(*m_store);
    // A refusal stays on its row for a day; the outbox keeps it for good.
    m_marks = m_syncStore->outboxMarks(m_clock->now().addDays(-1));
}

} // namespace lookout

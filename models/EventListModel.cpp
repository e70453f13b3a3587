#include "EventListModel.h"

#include "PlainText.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "store/EventPayload.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

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
    m_tags.clear();
    m_total = issueId != 0 ? m_store->cachedEventCount(issueId) : 0;
    m_rows = m_total > 0 ? m_store->eventRows(issueId, 0, pageSize) : QList<Store::EventRow>();
    // Receivers of modelReset may ask for more at once; rows inserted while others still handle
    // the reset would reach them out of order. The view asks again when it lays the rows out.
    m_updating = true;
    endResetModel();
    m_updating = false;
}

int EventListModel::refresh()
{
    if (m_issueId == 0)
        return 0;
    const qint64 total = m_store->cachedEventCount(m_issueId);
    if (total <= m_total) {
        if (total < m_total) // events went away (merged elsewhere): nothing to insert, start over
            setIssue(m_issueId);
        return 0;
    }
    const bool allLoaded = m_rows.size() >= m_total;
    const qint64 added = total - m_total;
    // Events are never reordered, so the loaded rows are all among the first loaded + added.
    const QList<Store::EventRow> fresh = m_store->eventRows(m_issueId, 0, int(std::min<qint64>(m_rows.size() + added, INT_MAX)));
    QSet<QString> freshIds;
    for (const Store::EventRow &row : fresh)
        freshIds.insert(row.eventId);
    for (const Store::EventRow &row : std::as_const(m_rows)) {
        if (!freshIds.contains(row.eventId)) {
            setIssue(m_issueId);
            return 0;
        }
    }
    // As for a reset: no fetchMore() while the rows are half merged.
    m_updating = true;
    int inserted = 0;
    qsizetype at = 0; // in m_rows
    qsizetype i = 0; // in fresh
    while (i < fresh.size()) {
        if (at < m_rows.size() && fresh.at(i).eventId == m_rows.at(at).eventId) {
            ++i;
            ++at;
            continue;
        }
        if (at == m_rows.size() && !allLoaded)
            break; // past the loaded rows: fetchMore() reads them in order
        qsizetype end = i;
        while (end < fresh.size() && (at == m_rows.size() || fresh.at(end).eventId != m_rows.at(at).eventId))
            ++end;
        beginInsertRows({}, int(at), int(at + (end - i) - 1));
        for (qsizetype k = i; k < end; ++k)
            m_rows.insert(at + (k - i), fresh.at(k));
        endInsertRows();
        inserted += int(end - i);
        at += end - i;
        i = end;
    }
    m_total = total;
    m_updating = false;
    return inserted;
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
    if (role == TimestampRole)
        return row.timestamp;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(row.timestamp.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == EventIdColumn)
        return row.eventId;
    if (role == Qt::ToolTipRole && index.column() == TagsColumn)
        return plainToolTip(tagsOf(row.eventId).all); // tag values are the event's text
    if (role != Qt::DisplayRole)
        return {};
    switch (Columns(index.column())) {
    case EventIdColumn:
        return row.eventId.left(8);
    case TimeColumn:
        // The locale's date and time; the tooltip has it to the second, TimestampRole the time itself.
        return tr("%1 (%2)", "an event's date and time, then how long ago")
            .arg(QLocale().toString(row.timestamp.toLocalTime(), QLocale::ShortFormat),
                relativeTime(row.timestamp, m_clock->now()));
    case LevelColumn:
        return row.level;
    case ReleaseColumn:
        return row.release;
    case EnvironmentColumn:
        return row.environment;
    case UserColumn:
        return row.userKey;
    case TagsColumn:
        return tagsOf(row.eventId).summary;
    case NUM_COLUMNS:
        break;
    }
    return {};
}

const EventListModel::Tags &EventListModel::tagsOf(const QString &eventId) const
{
    if (const auto found = m_tags.constFind(eventId); found != m_tags.cend())
        return *found;
    // What tells events of one issue apart, first; the table's other columns are left out.
    static const QStringList preferred = {u"browser"_s, u"os"_s, u"device"_s, u"runtime"_s, u"url"_s, u"transaction"_s,
        u"server_name"_s, u"handled"_s, u"mechanism"_s};
    static const QStringList shown = {u"level"_s, u"release"_s, u"environment"_s, u"user"_s};
    Tags tags;
    QString error;
    const std::optional<StoredEvent> stored = m_store->event(eventId);
    const std::optional<Event> event = stored ? parseEventPayload(stored->payload, &error) : std::nullopt;
    if (event) {
        QList<std::pair<QString, QString>> keyTags;
        QStringList lines;
        for (const auto &[key, value] : event->tags) {
            lines << key + u": "_s + value;
            if (!shown.contains(key))
                keyTags.append({key, value});
        }
        std::stable_sort(keyTags.begin(), keyTags.end(), [](const auto &a, const auto &b) {
            const auto rank = [](const QString &key) {
                const qsizetype i = preferred.indexOf(key);
                return i < 0 ? preferred.size() : i;
            };
            return rank(a.first) < rank(b.first);
        });
        QStringList summary;
        for (qsizetype i = 0; i < keyTags.size() && i < 4; ++i)
            summary << keyTags[i].first + u'=' + keyTags[i].second;
        tags.summary = summary.join(u" · "_s);
        tags.all = lines.join(u'\n');
    }
    return *m_tags.insert(eventId, tags);
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
    case TagsColumn:
        return tr("Key tags");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_updating && m_rows.size() < m_total;
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
    m_updating = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_updating = false;
}

} // namespace lookout

// The issue detail's reads: event navigation, tag distribution and the issue's Sentry URL.
#include "store/EventPayload.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace lookout {

static constexpr char detailEventColumns[]
    = "SELECT e.id, e.event_id, e.issue_id, p.slug, e.timestamp, e.payload, e.payload_format"
      " FROM events e JOIN projects p ON p.id = e.project_id ";

static QString normalisedEventId(const QString &eventId)
{
    return eventId.toLower().remove(QLatin1Char('-'));
}

std::optional<StoredEvent> Store::oldestEvent(qint64 issueId)
{
    const QByteArray sql = QByteArray(detailEventColumns) + "WHERE e.issue_id = ?1 ORDER BY e.timestamp, e.id LIMIT 1";
    return readEvent(sql.constData(), [&](Statement &s) { s.bind(1, issueId); });
}

std::optional<StoredEvent> Store::adjacentEvent(qint64 issueId, const QString &eventId, bool newer)
{
    // Row-value comparison keeps events with equal timestamps in a stable (timestamp, id) order.
    const QByteArray sql = QByteArray(detailEventColumns)
        + (newer ? "WHERE e.issue_id = ?1 AND (e.timestamp, e.id) > (SELECT timestamp, id FROM events WHERE event_id = ?2)"
                   " ORDER BY e.timestamp, e.id LIMIT 1"
                 : "WHERE e.issue_id = ?1 AND (e.timestamp, e.id) < (SELECT timestamp, id FROM events WHERE event_id = ?2)"
                   " ORDER BY e.timestamp DESC, e.id DESC LIMIT 1");
    return readEvent(sql.constData(), [&](Statement &s) {
        s.bind(1, issueId);
        s.bind(2, normalisedEventId(eventId));
    });
}

qint64 Store::cachedEventCount(qint64 issueId)
{
    Statement count(m_db, "SELECT count(*) FROM events WHERE issue_id = ?1");
    count.bind(1, issueId);
    return count.step() ? count.int64(0) : 0;
}

QList<Store::EventRow> Store::eventRows(qint64 issueId, qint64 offset, int limit)
{
    flushPending();
    Statement select(m_db,
        "SELECT event_id, timestamp, level, release, environment, user_key FROM events WHERE issue_id = ?1"
        " ORDER BY timestamp DESC, id DESC LIMIT ?2 OFFSET ?3");
    select.bind(1, issueId).bind(2, qint64(limit)).bind(3, offset);
    QList<EventRow> rows;
    while (select.step())
        rows.append({select.text(0), QDateTime::fromMSecsSinceEpoch(select.int64(1), QTimeZone::UTC), select.text(2),
            select.text(3), select.text(4), select.text(5)});
    return rows;
}

QHash<qint64, QList<int>> Store::hourlySeries(const QList<qint64> &issueIds, qint64 firstHour, int hours)
{
    flushPending();
    QHash<qint64, QList<int>> series;
    Statement select(m_db, "SELECT hour, count FROM issue_hourly WHERE issue_id = ?1 AND hour >= ?2 AND hour < ?3");
    for (qint64 id : issueIds) {
        QList<int> counts(hours, 0);
        select.bind(1, id).bind(2, firstHour).bind(3, firstHour + hours);
        while (select.step())
            counts[int(select.int64(0) - firstHour)] = int(select.int64(1));
        select.reset();
        series.insert(id, counts);
    }
    return series;
}

qint64 Store::eventPosition(qint64 issueId, const QString &eventId)
{
    Statement position(m_db,
        "SELECT (SELECT count(*) FROM events n WHERE n.issue_id = e.issue_id AND (n.timestamp, n.id) >= (e.timestamp, e.id))"
        " FROM events e WHERE e.event_id = ?2 AND e.issue_id = ?1");
    position.bind(1, issueId);
    position.bind(2, normalisedEventId(eventId));
    return position.step() ? position.int64(0) : 0;
}

static QString userTag(const User &user)
{
    // Sentry's "user" tag names which field identified the user.
    if (!user.id.isEmpty())
        return QStringLiteral("id:") + user.id;
    if (!user.email.isEmpty())
        return QStringLiteral("email:") + user.email;
    if (!user.username.isEmpty())
        return QStringLiteral("username:") + user.username;
    if (!user.ipAddress.isEmpty())
        return QStringLiteral("ip:") + user.ipAddress;
    return {};
}

Store::TagDistribution Store::tagDistribution(qint64 issueId, int maxEvents)
{
    TagDistribution result;
    Statement select(
        m_db, "SELECT payload, payload_format FROM events WHERE issue_id = ?1 ORDER BY timestamp DESC, id DESC LIMIT ?2");
    select.bind(1, issueId);
    select.bind(2, qint64(qMax(0, maxEvents)));
    QHash<QString, QHash<QString, qint64>> counts;
    QHash<QString, qint64> withTag;
    while (select.step()) {
        const QByteArray payload = decompressPayload(select.blob(0), PayloadFormat(select.int64(1)));
        const std::optional<Event> event = parseEventPayload(payload, nullptr);
        if (!event)
            continue;
        ++result.sampledEvents;
        KeyValueList tags = event->tags;
        const auto addImplicit = [&tags](const QString &key, const QString &value) {
            if (value.isEmpty())
                return;
            const bool tagged = std::any_of(tags.cbegin(), tags.cend(), [&](const auto &tag) { return tag.first == key; });
            if (!tagged)
                tags.append({key, value});
        };
        addImplicit(QStringLiteral("release"), event->release);
        addImplicit(QStringLiteral("environment"), event->environment);
        addImplicit(QStringLiteral("user"), userTag(event->user));
        QSet<QString> seen; // an SDK may repeat a key; an event counts once per key
        for (const auto &[key, value] : std::as_const(tags)) {
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            ++counts[key][value];
            ++withTag[key];
        }
    }
    if (!select.errorString().isEmpty())
        m_error = select.errorString();

    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        TagCounts tag {key, withTag.value(key), {}};
        const QHash<QString, qint64> &values = counts[key];
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            tag.values.append({it.key(), it.value()});
        std::sort(tag.values.begin(), tag.values.end(), [](const TagValueCount &a, const TagValueCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        result.tags.append(tag);
    }
    return result;
}

QString Store::issueWebUrl(qint64 issueId)
{
    // Synced issues know their account and Sentry id; caches without sync tables have no URL.
    Statement select(m_db,
        "SELECT a.url, a.org, i.sentry_id FROM issues i JOIN sync_accounts a ON a.id = i.account_id"
        " WHERE i.id = ?1 AND i.sentry_id IS NOT NULL");
    if (!select.isValid())
        return {};
    select.bind(1, issueId);
    if (!select.step())
        return {};
    QString base = select.text(0);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString org = QString::fromUtf8(QUrl::toPercentEncoding(select.text(1)));
    const QString id = QString::fromUtf8(QUrl::toPercentEncoding(select.text(2)));
    const QUrl url(base + QStringLiteral("/organizations/") + org + QStringLiteral("/issues/") + id + QLatin1Char('/'));
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace lookout

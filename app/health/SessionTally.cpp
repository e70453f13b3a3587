#include "health/SessionTally.h"

#include <algorithm>
#include <tuple>

namespace lookout {

namespace HealthMath {

std::optional<double> crashFreeRate(qint64 crashed, qint64 total)
{
    if (total <= 0)
        return std::nullopt;
    return 100.0 * (1.0 - double(crashed) / double(total));
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

} // namespace HealthMath

static size_t qHash(const SessionTally::Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.release, key.environment, key.hour);
}

static qint64 hourOf(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return ms >= 0 ? ms / 3'600'000 : (ms - 3'599'999) / 3'600'000;
}

SessionStatus SessionTally::statusOf(const QString &sdkStatus, qint64 errors)
{
    if (sdkStatus == u"crashed")
        return SessionStatus::Crashed;
    if (sdkStatus == u"abnormal")
        return SessionStatus::Abnormal;
    if (sdkStatus == u"errored" || errors > 0)
        return SessionStatus::Errored;
    return SessionStatus::Healthy; // ok, exited, and anything an SDK invents
}

UserCounts SessionTally::Bucket::userCounts() const
{
    UserCounts counts;
    for (const SessionStatus status : users)
        counts.add(status);
    return counts;
}

void SessionTally::addUpdate(const SessionUpdate &update)
{
    // An update without a sid cannot be matched with others: it is a session of its own.
    const QString sid = update.sid.isEmpty() ? QStringLiteral("\x01anonymous:%1").arg(++m_anonymous) : update.sid;
    const SessionStatus status = statusOf(update.status, update.errors);
    auto it = m_sessions.find(sid);
    if (it == m_sessions.end()) {
        Session session;
        session.key = {update.release, update.environment, hourOf(update.started)};
        session.did = update.did;
        session.status = status;
        session.fromInit = update.init;
        m_sessions.insert(sid, session);
        return;
    }
    Session &session = *it;
    // Release, environment and start are the init update's, as Relay takes them; later updates
    // only move the state on.
    if (update.init && !session.fromInit) {
        session.key = {update.release, update.environment, hourOf(update.started)};
        session.fromInit = true;
    }
    if (session.did.isEmpty())
        session.did = update.did;
    session.status = std::max(session.status, status);
}

void SessionTally::addAggregate(const SessionAggregate &aggregate)
{
    Bucket &b = bucket({aggregate.release, aggregate.environment, hourOf(aggregate.started)});
    SessionCounts counts;
    counts.add(SessionStatus::Healthy, aggregate.exited);
    counts.add(SessionStatus::Errored, aggregate.errored);
    counts.add(SessionStatus::Abnormal, aggregate.abnormal);
    counts.add(SessionStatus::Crashed, aggregate.crashed);
    b.sessions += counts;
    m_aggregated += counts.total;
    if (!aggregate.did.isEmpty() && counts.total > 0) {
        const SessionStatus worst = aggregate.crashed > 0 ? SessionStatus::Crashed
            : aggregate.abnormal > 0                      ? SessionStatus::Abnormal
            : aggregate.errored > 0                       ? SessionStatus::Errored
                                                          : SessionStatus::Healthy;
        SessionStatus &user = b.users[aggregate.did];
        user = std::max(user, worst);
    }
}

SessionTally::Bucket &SessionTally::bucket(const Key &key)
{
    const QString id = key.release + QChar(0) + key.environment + QChar(0) + QString::number(key.hour);
    const auto found = m_aggregateIndex.constFind(id);
    if (found != m_aggregateIndex.constEnd())
        return m_aggregates[*found];
    m_aggregateIndex.insert(id, m_aggregates.size());
    m_aggregates.append(Bucket {key, {}, {}});
    return m_aggregates.last();
}

QList<SessionTally::Bucket> SessionTally::buckets() const
{
    QHash<Key, Bucket> merged;
    for (const Bucket &b : m_aggregates) {
        Bucket &into = merged[b.key];
        into.key = b.key;
        into.sessions += b.sessions;
        for (auto it = b.users.cbegin(); it != b.users.cend(); ++it) {
            SessionStatus &user = into.users[it.key()];
            user = std::max(user, it.value());
        }
    }
    for (const Session &s : m_sessions) {
        Bucket &into = merged[s.key];
        into.key = s.key;
        into.sessions.add(s.status);
        if (!s.did.isEmpty()) {
            auto user = into.users.find(s.did);
            if (user == into.users.end())
                into.users.insert(s.did, s.status);
            else
                *user = std::max(*user, s.status);
        }
    }
    QList<Bucket> result = merged.values();
    std::sort(result.begin(), result.end(), [](const Bucket &a, const Bucket &b) {
        return std::tie(a.key.hour, a.key.release, a.key.environment) < std::tie(b.key.hour, b.key.release, b.key.environment);
    });
    return result;
}

} // namespace lookout

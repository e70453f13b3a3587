#pragma once

#include "domain/Event.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lookout {

// The state Sentry counts a session in, worst last: a session that crashed after an error is
// crashed, one that errored and then exited is errored. Stored as these numbers.
enum class SessionStatus : int { Healthy = 0, Errored = 1, Abnormal = 2, Crashed = 3 };

// Counts by final state. errored excludes abnormal and crashed, as session.status:errored does in
// Sentry's sessions API, so the four states add up to total. Sessions and users are counted alike
// but must not mix: each has its own type (the tag), with one implementation.
template<class Tag>
struct StatusCounts
{
    qint64 total = 0;
    qint64 errored = 0;
    qint64 abnormal = 0;
    qint64 crashed = 0;

    qint64 healthy() const { return total - errored - abnormal - crashed; }
    void add(SessionStatus status, qint64 count = 1)
    {
        total += count;
        switch (status) {
        case SessionStatus::Healthy:
            break;
        case SessionStatus::Errored:
            errored += count;
            break;
        case SessionStatus::Abnormal:
            abnormal += count;
            break;
        case SessionStatus::Crashed:
            crashed += count;
            break;
        }
    }
    StatusCounts &operator+=(const StatusCounts &other)
    {
        total += other.total;
        errored += other.errored;
        abnormal += other.abnormal;
        crashed += other.crashed;
        return *this;
    }
    bool operator==(const StatusCounts &) const = default;
};

// Sessions, each once in its final state.
using SessionCounts = StatusCounts<struct SessionsTag>;
// Users by the worst state of any of their sessions: a user with one crashed session among ten
// healthy ones is a crashed user. Only sessions that name a user (did) count.
using UserCounts = StatusCounts<struct UsersTag>;

namespace HealthMath {

// 100 * (1 - bad / total), in percent as Sentry gives crashFreeSessions and crashFreeUsers;
// nullopt when there is nothing to count (no data is not 100 %).
std::optional<double> crashFreeRate(qint64 crashed, qint64 total);
// 100 * part / whole; nullopt when whole is 0.
std::optional<double> percent(qint64 part, qint64 whole);

} // namespace HealthMath

// Folds session updates and aggregate buckets into hourly counts per release and environment,
// as Relay and Sentry count them: a session is counted once, in the hour it started, in the
// worst state any of its updates reached (init, ok, exited, errored, abnormal, crashed; errors > 0
// makes it errored), however many updates with its sid arrive and in whatever order.
class SessionTally
{
public:
    struct Key
    {
        QString release;
        QString environment;
        qint64 hour = 0; // hours since the epoch, of the session's start
        bool operator==(const Key &) const = default;
    };
    struct Bucket
    {
        Key key;
        SessionCounts sessions;
        QHash<QString, SessionStatus> users; // did -> the worst state of their sessions in this hour
        UserCounts userCounts() const;
    };

    void addUpdate(const SessionUpdate &update);
    void addAggregate(const SessionAggregate &aggregate);

    // Every bucket, ordered by hour, release, environment.
    QList<Bucket> buckets() const;
    qint64 sessionCount() const { return m_sessions.size() + m_aggregated; }

    static SessionStatus statusOf(const QString &sdkStatus, qint64 errors);

private:
    struct Session
    {
        Key key;
        QString did;
        SessionStatus status = SessionStatus::Healthy;
        bool fromInit = false;
    };
    Bucket &bucket(const Key &key);

    QHash<QString, Session> m_sessions; // by sid
    QList<Bucket> m_aggregates;
    QHash<QString, qsizetype> m_aggregateIndex;
    qint64 m_aggregated = 0;
    qint64 m_anonymous = 0;
};

} // namespace lookout

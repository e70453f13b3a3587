#pragma once

#include "health/ReleaseHealth.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace lookout {

class Store;

// Release health in the store: turns session payloads (imported locally, or synced from Sentry's
// sessions and releases endpoints) into the series tables of schema 5, and reads them back per
// project and window. Works on the Store's connection, so it shares its thread rules; writes go in
// a transaction of their own unless one is open.
class HealthStore
{
public:
    explicit HealthStore(Store &store);
    QString errorString() const { return m_error; }

    // ---- writing ----
    // Brings the series up to date with every payload: local session payloads are folded again when
    // any arrived since the last time (a session's updates may span imports), and Sentry payloads
    // (sync_payloads) fetched since they were last read are merged. Cheap when nothing changed.
    bool refresh();
    // Sentry's GET /organizations/{org}/sessions/ answer, grouped by project, release and
    // session.status (environment optional), fields sum(session) and count_unique(user): replaces
    // the account's Sentry series over the answer's hours, keeps the hours before them.
    bool storeSentrySessions(qint64 accountId, const QJsonObject &answer);
    // One release of GET /organizations/{org}/releases/?health=1: dates, newGroups and healthData
    // per project.
    bool storeSentryRelease(qint64 accountId, const QJsonObject &release);
    // GET /organizations/{org}/stats_v2/ grouped by project, outcome and category, field
    // sum(quantity): replaces the account's outcomes over the answer's hours.
    bool storeOutcomes(qint64 accountId, const QJsonObject &answer);

    // ---- reading ----
    // Projects with any sessions, in the order of Store::projects().
    QList<qint64> projectsWithSessions();
    QStringList environments(qint64 projectId);
    // The releases with sessions in the window or first seen in it, newest first by version.
    QList<ReleaseHealth> releases(const HealthWindow &window);
    HealthSeries series(const HealthWindow &window, int stepHours);
    OutcomeSeries outcomes(const HealthWindow &window, int stepHours, const QString &category = QStringLiteral("error"));
    // The newest hour with sessions of the project (0 when none): where "the last 24 hours" of an
    // offline cache end when its data is older than now.
    qint64 newestHour(qint64 projectId);

private:
    bool fail(const QString &error);
    bool rebuildLocal();
    bool refreshSynced();
    int sourceFor(qint64 projectId);
    qint64 stateValue(const QString &key, qint64 fallback);
    bool setStateValue(const QString &key, qint64 value);
    bool noteFirstSeen(qint64 projectId, const QString &version, qint64 ms);
    qint64 projectForSentryId(qint64 accountId, const QJsonValue &id);

    Store &m_store;
    sqlite3 *m_db;
    QString m_error;
};

} // namespace lookout

#pragma once

#include "domain/Event.h"
#include "domain/IssueSummary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;

namespace lookout {

enum class IssueSort { LastSeen, FirstSeen, TimesSeen, UserCount, Title, Level, ShortId, Project, Status };

struct IssueQuery
{
    qint64 projectId = 0; // 0: every project
    IssueSort sort = IssueSort::LastSeen;
    bool descending = true;
};

// Lookout's local cache: one SQLite database (WAL, FTS5) holding projects, issues and events.
// A Store is one connection and is used from one thread at a time.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating if needed) and migrates the cache at path; ":memory:" gives a private one.
    bool open(const QString &path);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    bool begin();
    bool commit();
    void rollback();

    qint64 ensureProject(const QString &slug, const QString &name = {}, const QString &platform = {});
    QList<ProjectSummary> projects();

    enum class InsertResult { Inserted, Duplicate, Failed };
    // Stores the event under its issue (made on first sight) and keeps the issue's counts.
    InsertResult insertEvent(qint64 projectId, const Event &event, const QByteArray &payload);
    bool insertSessionPayload(qint64 projectId, const QString &kind, const QByteArray &payload);

    qint64 issueCount(const IssueQuery &query);
    QList<IssueSummary> issues(const IssueQuery &query, qint64 offset, qint64 limit);
    qint64 eventCount();
    qint64 sessionPayloadCount();
    // The newest event time in the cache, or an invalid QDateTime when it is empty.
    QDateTime newestEventTime();

private:
    struct Statements;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statements> m_stmts;
    QString m_path;
    QString m_error;
};

// Sentry's short ids: PROJECT-SLUG-<counter in Crockford base32>, e.g. BACKEND-API-1A.
QString makeShortId(const QString &projectSlug, qint64 counter);

} // namespace lookout

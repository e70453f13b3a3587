#pragma once

#include "store/PreparedEvent.h"
#include "store/Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lookout {

// An issue as Sentry lists it, reduced to what the store keeps (see SentryIssueParser).
struct SyncedIssue
{
    QString sentryId;
    QString shortId;
    QString title;
    QString culprit;
    QString level;
    QString status; // unresolved, resolved, ignored
    QString substatus;
    QJsonObject statusDetails;
    QString platform;
    QString projectSentryId;
    QString projectSlug;
    QString projectName;
    QString assignee; // for people: an email or "#team"
    QString assigneeId; // Sentry's actor: "user:ID" or "team:ID"
    bool bookmarked = false;
    bool hasSeen = false;
    qint64 count = 0;
    qint64 userCount = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QList<QPair<qint64, qint64>> hourly; // (hours since the epoch, events), from Sentry's 24h stats
};

// What storing one synced issue did.
struct IssueUpsert
{
    qint64 issueId = 0;
    bool created = false;
    bool changed = false; // created, or any field differs from what was stored
    bool regressed = false; // unresolved again after being resolved or ignored (or Sentry says so)
};

// A synced issue whose latest event is not stored yet.
struct EventWant
{
    qint64 issueId = 0;
    QString sentryId;
    qint64 projectId = 0;
    QDateTime lastSeen;
};

// One triage action waiting for (or refused by) Sentry.
struct OutboxEntry
{
    enum class State { Pending, Sending, Done, Failed };
    qint64 id = 0;
    qint64 accountId = 0;
    QString action; // TriageAction::kindName
    QStringList sentryIds;
    QByteArray body; // the PUT body, JSON
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime sentAt;
    int httpStatus = 0;
    QString error; // Sentry's message when refused
    QByteArray result; // Sentry's answer when accepted

    static QString stateName(State state);
};

// The triage state of issues before an action changed it, so that the action can be taken back.
struct TriageSnapshot
{
    struct Row
    {
        qint64 issueId = 0;
        QString status;
        QString substatus;
        QString statusDetails;
        QString assignee;
        QString assigneeId;
        bool bookmarked = false;
        bool hasSeen = false;
    };
    QList<Row> rows;
};

// What the outbox says about one issue, for a mark on its row.
struct OutboxMark
{
    enum class Kind { Pending, Failed };
    Kind kind = Kind::Pending;
    QString action; // of the newest entry: "resolve"
    QString error; // Sentry's message, when refused
};

// The sync engine's and the outbox's view of the store: Sentry accounts, synced projects and
// issues (keyed by Sentry's ids), events mapped by Sentry's groupID, sync state, release and
// session payloads, and the outbox. Works on the Store's connection, so it shares its thread rules.
// Writes that belong together (a page and the cursor after it) go in one transaction: begin() and
// commit() are the Store's.
class SyncStore
{
public:
    explicit SyncStore(Store &store);
    ~SyncStore();
    SyncStore(const SyncStore &) = delete;
    SyncStore &operator=(const SyncStore &) = delete;

    Store &store() { return m_store; }
    QString errorString() const { return m_error; }
    bool begin();
    bool commit();
    void rollback();

    // Accounts are (url, org) as configured; the region URL is where org-scoped requests go.
    qint64 ensureAccount(const QString &url, const QString &org);
    struct Account
    {
        qint64 id = 0;
        QString url;
        QString org;
    };
    QList<Account> accounts();
    // Outbox entries not yet answered by Sentry (pending or in flight).
    qint64 unsentCount();
    std::optional<qint64> findAccount(const QString &url, const QString &org);
    QString regionUrl(qint64 accountId);
    bool setRegionUrl(qint64 accountId, const QString &url);
    // The account's own user (its email), as Sentry's members/me/ says; empty when unknown.
    QString accountUser(qint64 accountId);
    bool setAccountUser(qint64 accountId, const QString &email);
    // The user of the first account that knows its user: "me" in searches and the assign list.
    QString me();
    struct Member
    {
        QString email;
        QString name;
    };
    // The organisation's members, replacing those stored before.
    bool setMembers(qint64 accountId, const QList<Member> &members);

    // Sync state: key/value pairs per account. Keys starting "run." belong to the run in progress.
    QString state(qint64 accountId, const QString &key, const QString &fallback = {});
    qint64 stateInt(qint64 accountId, const QString &key, qint64 fallback = 0);
    bool setState(qint64 accountId, const QString &key, const QString &value);
    bool setState(qint64 accountId, const QString &key, qint64 value);
    bool addToState(qint64 accountId, const QString &key, qint64 delta);
    bool clearState(qint64 accountId, const QString &prefix);

    qint64 ensureProject(
        qint64 accountId, const QString &sentryId, const QString &slug, const QString &name, const QString &platform);
    qint64 projectBySentryId(qint64 accountId, const QString &sentryId);
    QString projectSlug(qint64 projectId);

    std::optional<IssueUpsert> upsertIssue(qint64 accountId, qint64 projectId, const SyncedIssue &issue);
    qint64 issueBySentryId(qint64 accountId, const QString &sentryId);
    struct IssueIdentity
    {
        qint64 issueId = 0;
        qint64 accountId = 0; // 0: a local issue
        QString sentryId;
    };
    std::optional<IssueIdentity> issueIdentity(qint64 issueId);
    QList<EventWant> eventWants(qint64 accountId, qint64 projectId = 0);
    qint64 eventWantCount(qint64 accountId);
    bool clearEventWant(qint64 issueId);

    bool hasEvent(const QString &eventId);
    // Stores the event under issueId (Sentry's group), never by local grouping. Duplicate when an
    // event with this id is stored already, wherever.
    Store::InsertResult insertEvent(qint64 issueId, qint64 projectId, const QString &sentryGroupId, const PreparedEvent &event);
    qint64 eventCount(qint64 accountId);

    // New, updated and regressed issues of the run in progress; kept with the issues so a resumed
    // run reports what the killed one found.
    bool noteRunIssue(qint64 accountId, qint64 issueId, const QString &kind);
    QList<qint64> runIssues(qint64 accountId, const QString &kind);
    bool clearRunIssues(qint64 accountId);

    bool putPayload(qint64 accountId, const QString &kind, const QString &key, const QByteArray &json, const QDateTime &now);
    qint64 payloadCount(qint64 accountId, const QString &kind);
    std::optional<QByteArray> payload(qint64 accountId, const QString &kind, const QString &key);

    // ---- triage and outbox (SyncStoreTriage.cpp) ----
    // Applies body (Sentry's issue update) to the local issues at once.
    bool applyTriage(const QList<qint64> &issueIds, const QJsonObject &body);
    // Folds children into parent locally, as Sentry's merge does: events, counts, users, series.
    bool mergeLocally(qint64 parentId, const QList<qint64> &childIds);
    // Gives a local issue another Sentry identity (Sentry kept another issue of a merge than we guessed).
    bool rekeyIssue(qint64 issueId, qint64 accountId, const QString &sentryId);
    // Sentry moved the events of merged issues into the kept one: so do their group ids here.
    bool regroupEvents(qint64 issueId, const QString &sentryGroupId);
    // Moves events of Sentry group sentryGroupId back from `from` to `to` (undoing a refused merge).
    bool moveGroupEvents(qint64 from, qint64 to, const QString &sentryGroupId);
    qint64 addOutbox(
        qint64 accountId, const QString &action, const QStringList &sentryIds, const QByteArray &body, const QDateTime &now);
    QList<OutboxEntry> outbox(const QList<OutboxEntry::State> &states = {}, qint64 accountId = 0);
    std::optional<OutboxEntry> outboxEntry(qint64 id);
    // Recorded before the request leaves, so a crash in flight is known on restart.
    bool markOutboxSending(qint64 id, const QDateTime &now);
    bool markOutboxPending(qint64 id);
    bool markOutboxDone(qint64 id, int httpStatus, const QByteArray &result);
    bool markOutboxFailed(qint64 id, int httpStatus, const QString &error);
    std::optional<TriageSnapshot> triageSnapshot(const QList<qint64> &issueIds);
    bool restoreTriage(const TriageSnapshot &snapshot);
    // Takes back outbox entries not yet sent. In a transaction of the caller's: when any of them is
    // already sending or answered, it takes back none, returns false and sets *sent.
    bool withdrawOutbox(const QList<qint64> &entryIds, bool *sent);
    // People and teams to assign to: me first, then the organisations' members, then assignees
    // issues have (an email, a username or #team) most used first.
    QStringList knownAssignees();
    // Issues with actions not yet confirmed by Sentry, or refused since failedSince.
    QHash<qint64, OutboxMark> outboxMarks(const QDateTime &failedSince);
    // Pending or in-flight actions on an issue, oldest first: a sync re-applies them over what
    // Sentry sent, as Sentry has not seen them yet.
    QList<OutboxEntry> unsentFor(qint64 accountId, const QString &sentryId);

private:
    struct Statements;
    bool fail(const QString &error);
    QList<qint64> eventRows(const char *sql, qint64 issueId, const QString &sentryGroupId = {});
    bool moveText(qint64 from, qint64 to, const QList<qint64> &eventRows, bool fromKeepsEvents);
    bool reapplyUnsent(qint64 accountId, qint64 issueId, const QString &sentryId, bool *applied);

    Store &m_store;
    sqlite3 *m_db;
    std::unique_ptr<Statements> m_stmts;
    QString m_error;
};

} // namespace lookout

#pragma once

#include "domain/Attachment.h"
#include "domain/Event.h"
#include "domain/IssueSummary.h"
#include "store/IssueIdSet.h"
#include "store/PreparedEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

struct sqlite3;

namespace lookout {

enum class IssueSort { LastSeen, FirstSeen, TimesSeen, UserCount, Title, Level, ShortId, Project, Status, Trend };

// One term of a search, as the store applies it (app/search/IssueSearch makes them from Sentry's
// syntax). A negated filter keeps the issues the term would not keep, including those where the
// column is empty.
struct IssueFilter
{
    enum class Field {
        Status, // values: unresolved, resolved, ignored
        Substatus, // values: new, ongoing, regressed, escalating, archived_until_escalating, ...
        Assigned, // has an assignee (no values)
        Assignee, // values: emails, or #team names
        Bookmarked,
        Unseen,
        Level,
        Release, // an event of the issue, or its first or last release, has one of the values
        Environment, // an event of the issue has one of the values
        Project, // project slugs
        Platform,
        FirstSeen, // number: ms since the epoch
        LastSeen,
        TimesSeen,
        UserCount,
        HasRelease,
        HasEnvironment,
        HasUser,
    };
    // Within: number <= x < upper (a whole day, for a date without an operator).
    enum class Op { Equal, Greater, GreaterEqual, Less, LessEqual, Within };

    Field field = Field::Status;
    bool negated = false;
    QStringList values; // any one of them; '*' in a value matches any run of characters
    Op op = Op::Equal;
    qint64 number = 0;
    qint64 upper = 0;

    static IssueFilter of(Field field, bool negated = false, const QStringList &values = {})
    {
        IssueFilter filter;
        filter.field = field;
        filter.negated = negated;
        filter.values = values;
        return filter;
    }
    static IssueFilter compare(Field field, Op op, qint64 number)
    {
        IssueFilter filter = of(field);
        filter.op = op;
        filter.number = number;
        return filter;
    }
    friend bool operator==(const IssueFilter &, const IssueFilter &) = default;
};

// A free-text term: words matched by full-text search over issues and their events. Words match
// as prefixes ("time" finds "timeout"); an exact term (quoted by the user) matches as a phrase.
struct TextTerm
{
    QString text;
    bool exact = false;

    friend bool operator==(const TextTerm &, const TextTerm &) = default;
};

// Which issues, in which order. Every filter is optional; all that are set must hold.
struct IssueQuery
{
    qint64 projectId = 0; // 0: every project
    IssueSort sort = IssueSort::LastSeen;
    bool descending = true;
    // "Now" for IssueSort::Trend, in ms since the epoch; 0: the system clock's.
    qint64 nowMs = 0;

    QStringList statuses; // unresolved, resolved, ignored
    QStringList levels;
    QStringList projectSlugs;
    QString release;
    QString environment;
    QString text; // words matched by full-text search over issues and their events
    std::optional<qint64> firstSeenAfterMs;
    std::optional<qint64> lastSeenAfterMs;
    std::optional<qint64> minTimesSeen;
    std::optional<qint64> minUserCount;
    bool bookmarkedOnly = false;
    bool unseenOnly = false;
    std::optional<bool> assigned;

    QList<IssueFilter> filters; // all must hold
    QList<TextTerm> textTerms; // all must match, in one issue title or one event

    static IssueQuery sortedBy(IssueSort sort, bool descending = true)
    {
        IssueQuery query;
        query.sort = sort;
        query.descending = descending;
        return query;
    }
};

// Where a page of issues ends: the last row's sort key, so the next page starts right after it
// without OFFSET (which would read every row before it again). Empty: the first page.
using IssueCursor = QVariantList;

// A saved search of the sidebar: a name, Sentry search text and a sort.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    QString sort; // IssueSearch's sort names: date, new, freq, user, trend, ...
    int position = 0;
};

struct StoredEvent
{
    qint64 rowId = 0;
    QString eventId;
    qint64 issueId = 0;
    QString projectSlug;
    QDateTime timestamp;
    QByteArray payload; // the event as it was imported, uncompressed
};

struct StoredAttachment
{
    qint64 id = 0;
    QString eventId;
    QString filename;
    QString contentType;
    QString attachmentType;
    qint64 size = 0;
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
    // Refuses a file that is not a usable cache (see openRecovering) and leaves it as it is.
    bool open(const QString &path);
    // What was wrong with a file openRecovering() moved aside, and where it went.
    struct Recovery
    {
        QString problem; // "it is not an SQLite database", "it is damaged (...)", ...
        QString movedTo;
        // "The cache FILE could not be used: PROBLEM. It was moved to MOVED_TO and a new, empty cache made."
        QString explain(const QString &path) const;
    };
    // The program's own open of its cache: like open(), but also checks every page (quick_check),
    // and a file that cannot be used as a cache (not an SQLite database, cut short or damaged,
    // another program's database, a newer Lookout's schema) is moved aside with its -wal and -shm to
    // PATH.corrupt-YYYYMMDD-HHMMSS (never deleted) and a new, empty cache made in its place; recovery()
    // then says so. A file merely locked or out of reach is not touched: that fails as open() does.
    bool openRecovering(const QString &path, const QDateTime &now);
    const std::optional<Recovery> &recovery() const { return m_recovery; }
    // Whether the last failed write means the cache cannot take more (disk full, I/O error,
    // read-only or damaged file), so going on would only fail again. Ask right after the failure.
    bool lastErrorIsFatal() const;
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
    // Stores the event under the issue one of its grouping hashes already names (made on first
    // sight), and keeps the issue's counts, release range, hourly series and search index.
    // Within a transaction, the issue's counts and times are written at commit (or before any read).
    InsertResult insertEvent(qint64 projectId, const Event &event, const QByteArray &payload);
    InsertResult insertEvent(qint64 projectId, const PreparedEvent &event);
    // The issues insertEvent made since the last call (in order), for telling about new issues;
    // a rolled-back transaction's are among them: check they still exist.
    QList<qint64> takeCreatedIssues() { return std::exchange(m_createdIssues, {}); }
    bool insertSessionPayload(qint64 projectId, const QString &kind, const QByteArray &payload);
    // An attachment already stored (same event, type, name and size) is Duplicate.
    InsertResult insertAttachment(qint64 projectId, const Attachment &attachment);
    QList<StoredAttachment> attachments(const QString &eventId);
    qint64 attachmentCount();
    // The attachment's bytes as they arrived; nullopt when there is no such attachment or its
    // stored bytes are damaged (errorString() says which).
    std::optional<QByteArray> attachmentData(qint64 id);

    qint64 issueCount(const IssueQuery &query);
    // Every issue matching the query, ids only (a selection of all of them, say).
    QList<qint64> issueIds(const IssueQuery &query);
    QList<IssueSummary> issues(const IssueQuery &query, qint64 offset, qint64 limit);
    // The page after cursor (empty: the first page); *last is set to the last row's key, for the next.
    QList<IssueSummary> issuesAfter(const IssueQuery &query, const IssueCursor &cursor, qint64 limit, IssueCursor *last);
    // The SQL that issues() and issueCount() run for query, with the bound values written in as
    // literals: for tests, "lookoutctl issues --explain" and running the same query in sqlite3.
    static QByteArray issuesSql(const IssueQuery &query, qint64 limit);
    static QByteArray issueCountSql(const IssueQuery &query);
    // Forgets the issue sets kept for the searches run so far (they are also dropped on any write);
    // for benchmarks that must time each search from scratch.
    void forgetIssueSets();
    // Text sets with fewer ids than this may also go into a temp table (the store's own bound is
    // lower); tests set 0 to read every set through lookout_in_set alone, as a large set is.
    void setIssueSetTableLimit(qint64 limit) { m_setTableLimit = limit; }

    // A set of issue ids a search needs (its free text's matches, a release's issues): read in SQL
    // as lookout_in_set(slot, id); small sets are also in the temp table issue_set_SLOT, so a search
    // can start from them rather than walk every issue.
    struct IssueSet
    {
        int slot = -1;
        QByteArray table; // empty for a large set
        qint64 count = 0;
    };
    // The WHERE clause alone, values as literals ("" when nothing filters).
    static QByteArray issueFilterSql(const IssueQuery &query);

    // Distinct values the cache holds, most used first, for search completion.
    enum class ValueKind { Project, Release, Environment, Level, Platform, Assignee };
    QStringList knownValues(ValueKind kind, const QString &prefix, int limit);

    // Saved searches, in their sidebar order (app/store/StoreSavedSearches.cpp).
    QList<SavedSearch> savedSearches();
    // Returns the new search's id (0 on failure); it goes last.
    qint64 addSavedSearch(const QString &name, const QString &query, const QString &sort);
    bool updateSavedSearch(const SavedSearch &search); // name, query and sort of search.id
    bool renameSavedSearch(qint64 id, const QString &name);
    bool moveSavedSearch(qint64 id, int position);
    bool removeSavedSearch(qint64 id);
    std::optional<IssueSummary> issue(qint64 id);
    std::optional<IssueSummary> issueByShortId(const QString &shortId);
    // Events per hour for [fromHour, toHour) (hours since the epoch), zeros included.
    QList<qint64> hourlyCounts(qint64 issueId, qint64 fromHour, qint64 toHour);

    qint64 eventCount();
    qint64 sessionPayloadCount();
    QDateTime newestEventTime();
    std::optional<StoredEvent> event(const QString &eventId);
    // Whether the cache holds the event, without reading its payload.
    bool hasEvent(const QString &eventId);
    std::optional<StoredEvent> latestEvent(qint64 issueId);
    // Calls visit for every event, oldest first, until it returns false.
    bool forEachEvent(const std::function<bool(const StoredEvent &)> &visit);

    // ---- Sentry sync (app/store/StoreSync.cpp; used by SyncStore) -------------------------------
    // SyncStore (and HealthStore, for the release-health series) write on this connection with
    // their own statements. The handle comes with insertEvent's pending issue counts written first,
    // so SQL on it sees what this connection has stored.
    sqlite3 *syncHandle();
    // Records an error met by SyncStore, for errorString().
    void setSyncError(const QString &error) { m_error = error; }
    // ---- end of Sentry sync ------------------------------------------------------------------------

    // ---- Issue detail (app/store/StoreDetail.cpp; used by the detail view) --------------------------
    struct TagValueCount
    {
        QString value;
        qint64 count = 0;
    };
    struct TagCounts
    {
        QString key;
        qint64 eventsWithTag = 0;
        QList<TagValueCount> values; // most frequent first, then by value
    };
    struct TagDistribution
    {
        qint64 sampledEvents = 0; // the newest cached events of the issue, at most maxEvents
        QList<TagCounts> tags; // by key
    };
    // Each tag's values over the issue's newest cached events (tags, plus release, environment and
    // user when an event does not tag them), as Sentry's tag summary shows them.
    TagDistribution tagDistribution(qint64 issueId, int maxEvents = 1000);
    // The issue's events in time order (timestamp, then row): the oldest, and the ones just older or
    // newer than eventId; nullopt at either end.
    std::optional<StoredEvent> oldestEvent(qint64 issueId);
    std::optional<StoredEvent> adjacentEvent(qint64 issueId, const QString &eventId, bool newer);
    qint64 cachedEventCount(qint64 issueId);
    struct EventRow
    {
        QString eventId;
        QDateTime timestamp;
        QString level;
        QString release;
        QString environment;
        QString userKey;
    };
    // The issue's cached events, newest first, without their payloads (the events table).
    QList<EventRow> eventRows(qint64 issueId, qint64 offset, int limit);
    // Events per hour of each issue, for hours firstHour .. firstHour + hours - 1 (hours since the
    // epoch, UTC), oldest first: the issue list's sparkline.
    QHash<qint64, QList<int>> hourlySeries(const QList<qint64> &issueIds, qint64 firstHour, int hours);
    // 1 for the newest cached event of the issue; 0 when eventId is not one of its events.
    qint64 eventPosition(qint64 issueId, const QString &eventId);
    // The issue's page on Sentry when it came from a synced Sentry account, else empty.
    QString issueWebUrl(qint64 issueId);
    // ---- end of issue detail --------------------------------------------------------------------------

    // ---- Watching (app/store/StoreWatch.cpp; used by the Notifier) ----------------------------------
    // Distinct users among the issue's cached events with fromMs <= timestamp < toMs. Synced
    // issues keep only some of their events, so for them this is a lower bound.
    qint64 distinctUsers(qint64 issueId, qint64 fromMs, qint64 toMs);
    // Every issue's id and distinct-user count, cheaply (no summaries).
    QList<QPair<qint64, qint64>> issueUserCounts();
    // ---- end of watching ---------------------------------------------------------------------------

private:
    friend class IssueQueryBuilder;
    struct Statements;
    // What a transaction's events change on one issue, written with one UPDATE at commit: an issue
    // row carries eight indexes, and updating it once per event was most of an import's writing.
    struct IssueDelta
    {
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
        QString firstRelease;
        QString lastRelease;
        qint64 addedEvents = 0;
        qint64 addedUsers = 0;
        bool retitled = false;
        QString title;
        QString culprit;
        QString level;
    };
    qint64 findIssue(qint64 projectId, const QStringList &hashes);
    void rememberHash(qint64 projectId, const QString &hash, qint64 issueId);
    IssueDelta *issueDelta(qint64 issueId);
    // Writes what insertEvent kept in memory; every read of issues calls it first.
    bool flushPending();
    std::optional<StoredEvent> readEvent(const char *sql, const std::function<void(class Statement &)> &bind);
    // open()'s work; *unusable is set when the file itself is the problem (not a lock, not access).
    bool openDatabase(const QString &path, bool fullCheck, bool *unusable);
    void adopt(sqlite3 *db); // takes the open, checked and migrated connection
    // The issues matching query's free text, and those with its release and environment filters'
    // values, each found once through the events' indexes into a temp table and kept while nothing
    // is written (here or by another connection): a search's count and each of its pages share them.
    QHash<QByteArray, IssueSet> issueSets(const IssueQuery &query);
    QByteArray issueSetTable(int slot); // the slot's ids into temp.issue_set_SLOT; "" on failure

    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statements> m_stmts;
    QHash<qint64, IssueDelta> m_pendingIssues;
    QList<qint64> m_createdIssues;
    QHash<QPair<qint64, qint64>, qint64> m_pendingHours; // (issue, hour) -> events
    QHash<QPair<qint64, QString>, qint64> m_hashes; // (project, hash) -> issue, as stored
    QHash<QByteArray, IssueSet> m_sets; // IssueQueryBuilder's set keys -> slots
    std::unique_ptr<IssueIdSetSlots> m_setIds = std::make_unique<IssueIdSetSlots>(); // lookout_in_set's
    qint64 m_setTableLimit = std::numeric_limits<qint64>::max();
    qint64 m_setsDataVersion = 0;
    qint64 m_setsChanges = 0;
    QString m_path;
    QString m_error;
    std::optional<Recovery> m_recovery;
};

// Sentry's short ids: PROJECT-SLUG-<counter in Crockford base32>, e.g. BACKEND-API-1A.
QString makeShortId(const QString &projectSlug, qint64 counter);

} // namespace lookout

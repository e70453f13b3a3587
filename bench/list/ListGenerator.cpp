// A store of the size the issue list must handle (100,000 issues, 1,000,000 events by default),
// written straight through SQL: the importer's grouping and compression would take an hour here,
// and the list only reads what they leave behind (rows, FTS5 text, hourly counts).
#include "ListGenerator.h"

#include "store/EventText.h"
#include "store/IssueTextIndex.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <random>

namespace lookout::bench {

namespace {

const char *const types[] = {"TimeoutError", "KeyError", "TypeError", "ValueError", "ConnectionError", "ReadTimeout",
    "NullPointerException", "IllegalStateException", "IndexError", "AttributeError", "RuntimeError", "OperationalError",
    "IntegrityError", "PermissionError", "FileNotFoundError", "JSONDecodeError", "SocketTimeout", "OutOfMemoryError",
    "ZeroDivisionError", "AssertionError", "NSInvalidArgumentException", "EXC_BAD_ACCESS", "ReferenceError", "SyntaxError",
    "RangeError", "ChunkLoadError", "HTTPError", "SSLError", "DeadlockDetected", "UniqueViolation"};
const char *const nouns[] = {"order", "cart", "checkout", "payment", "invoice", "user", "session", "token", "account", "product",
    "inventory", "shipment", "address", "coupon", "refund", "subscription", "report", "export", "upload", "image", "search",
    "index", "cache", "queue", "worker", "webhook", "email", "notification", "profile", "settings"};
const char *const verbs[] = {"load", "save", "update", "delete", "create", "fetch", "sync", "render", "parse", "validate",
    "process", "handle", "send", "compute", "resolve", "build", "apply", "charge", "refresh", "import"};
const char *const phrases[] = {"connection refused", "read timed out", "permission denied", "not found", "unexpected token",
    "cannot read property", "is not a function", "deadlock detected", "duplicate key value", "out of memory", "broken pipe",
    "no such table", "invalid literal", "maximum recursion depth exceeded", "division by zero", "certificate verify failed",
    "too many open files", "index out of range", "object has no attribute", "unexpected end of input"};
const char *const crumbs[] = {"GET /api/orders 200", "POST /api/cart 201", "clicked checkout button", "navigated to /account",
    "SELECT * FROM orders WHERE id = %s", "redis GET session", "opened settings", "GET /api/products 500", "websocket reconnect",
    "user logged in", "payment form submitted", "cache miss for product", "retrying request", "feature flag evaluated",
    "image upload started"};
const char *const platforms[] = {"python", "javascript", "java", "cocoa", "php", "node", "go", "ruby"};
const char *const levels[] = {"error", "error", "error", "error", "error", "warning", "warning", "fatal", "info", "debug"};
const char *const environments[] = {"production", "production", "production", "production", "production", "production",
    "production", "staging", "staging", "development"};
const char *const browsers[] = {"Chrome 120", "Firefox 121", "Safari 17", "Edge 120", "Chrome Mobile 119"};
const char *const systems[] = {"Linux", "Windows 11", "macOS 14", "iOS 17", "Android 14"};

template<typename T, size_t N>
const char *pick(const T (&values)[N], std::mt19937_64 &rng)
{
    return values[rng() % N];
}

class Db
{
public:
    explicit Db(sqlite3 *db)
        : m_db(db)
    { }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statements.push_back(stmt);
        return stmt;
    }
    bool step(sqlite3_stmt *stmt)
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE && m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return rc == SQLITE_DONE;
    }
    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(message);
        sqlite3_free(message);
        return false;
    }
    ~Db()
    {
        for (sqlite3_stmt *stmt : m_statements)
            sqlite3_finalize(stmt);
    }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db;
    std::vector<sqlite3_stmt *> m_statements;
    QString m_error;
};

void text(sqlite3_stmt *stmt, int i, const QByteArray &value)
{
    sqlite3_bind_text(stmt, i, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

} // namespace

QString generatedProject(int n)
{
    static const char *const names[] = {"backend-api", "web-frontend", "ios-app", "android-app", "billing-service",
        "orders-service", "search-service", "auth-service", "mailer", "scheduler", "admin-panel", "data-pipeline", "gateway",
        "inventory", "shipping", "payments", "analytics", "notifications", "media", "reports"};
    return QString::fromLatin1(names[n % 20]);
}

QString generatedRelease(int project, int n)
{
    return QStringLiteral("%1@1.%2.0").arg(generatedProject(project)).arg(n);
}

QString generatedAssignee(int n)
{
    return n < 25 ? QStringLiteral("dev%1@example.com").arg(n) : QStringLiteral("#team-%1").arg(n - 25);
}

bool generateListStore(const QString &path, int issueCount, int eventCount, quint64 seed, QString *error)
{
    {
        Store store; // makes the schema (every migration), then closes
        if (!store.open(path)) {
            *error = store.errorString();
            return false;
        }
    }
    sqlite3 *handle = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &handle) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_close(handle);
        return false;
    }
    bool ok = true;
    {
        Db db(handle);
        ok = db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; BEGIN");
        sqlite3_stmt *project = db.prepare("INSERT INTO projects (id, slug, name, platform) VALUES (?1, ?2, ?2, ?3)");
        sqlite3_stmt *issue = db.prepare(
            "INSERT INTO issues (id, project_id, grouping_hash, short_id, title, culprit, level, platform, status, substatus,"
            " first_seen, last_seen, times_seen, user_count, assignee, is_bookmarked, has_seen, first_release, last_release)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
        sqlite3_stmt *event = db.prepare(
            "INSERT INTO events (id, event_id, issue_id, project_id, timestamp, level, release, environment, user_key,"
            " payload, payload_format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0)");
        // The text goes in as the store puts it: per issue, only what the issue has not had.
        IssueTextIndex textIndex(handle);
        sqlite3_stmt *hourly = db.prepare("INSERT INTO issue_hourly (issue_id, hour, count) VALUES (?1, ?2, ?3)");
        ok = ok && db.error().isEmpty();

        std::mt19937_64 rng(seed);
        const auto uniform = [&] { return double(rng() >> 11) / double(1ULL << 53); };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 86400000;
        for (int p = 0; ok && p < 20; ++p) {
            sqlite3_bind_int64(project, 1, p + 1);
            text(project, 2, generatedProject(p).toUtf8());
            sqlite3_bind_text(project, 3, platforms[p % 8], -1, SQLITE_STATIC);
            ok = db.step(project);
        }

        // Every issue has an event; the rest go mostly to a few (a power law, as in real streams).
        std::vector<int> counts(issueCount, 1);
        for (int i = issueCount; i < eventCount; ++i)
            ++counts[std::min(issueCount - 1, int(issueCount * std::pow(uniform(), 3.0)))];
        std::shuffle(counts.begin(), counts.end(), rng);

        qint64 eventRow = 0;
        std::vector<qint64> times;
        for (int i = 0; ok && i < issueCount; ++i) {
            const int projectIndex = int(rng() % 20);
            const char *type = pick(types, rng);
            const char *verb = pick(verbs, rng);
            const char *noun = pick(nouns, rng);
            const char *phrase = pick(phrases, rng);
            const QByteArray module = QByteArray("app.") + noun + "s." + verb;
            const QByteArray function = QByteArray(verb) + "_" + noun;
            const QByteArray value = QByteArray(phrase) + " while trying to " + verb + " " + noun + " " + QByteArray::number(i);
            const QByteArray title = QByteArray(type) + ": " + value;
            QByteArray frames;
            for (int f = 0; f < 12; ++f)
                frames += QByteArray(pick(verbs, rng)) + "_" + pick(nouns, rng) + "\napp." + pick(nouns, rng) + "\n";
            frames += function + "\n" + module;

            // 5 % are hot: seen in the last day, with much of their traffic in it.
            const bool hot = rng() % 20 == 0;
            const qint64 first = now - qint64(uniform() * 90 * day) - 60000;
            const qint64 last = hot ? now - qint64(uniform() * day / 4) : first + qint64(uniform() * double(now - first));
            times.assign(counts[i], 0);
            for (qint64 &t : times) {
                const bool recent = hot && rng() % 2 == 0;
                t = recent ? last - qint64(uniform() * day) : first + qint64(uniform() * double(last - first));
                t = std::clamp(t, first, last);
            }
            times.front() = first;
            times.back() = last;
            std::sort(times.begin(), times.end());
            const int users = std::max(1, int(counts[i] * (0.2 + 0.5 * uniform())));
            const char *level = pick(levels, rng);
            const int releaseBase = int(rng() % 25);
            const quint64 statusRoll = rng() % 10;
            const char *status = statusRoll < 7 ? "unresolved" : statusRoll < 9 ? "resolved" : "ignored";
            const quint64 assignRoll = rng() % 10;

            sqlite3_bind_int64(issue, 1, i + 1);
            sqlite3_bind_int64(issue, 2, projectIndex + 1);
            text(issue, 3, QByteArray::number(i, 16).rightJustified(32, '0'));
            text(issue, 4, makeShortId(generatedProject(projectIndex), i + 1).toUtf8());
            text(issue, 5, title);
            text(issue, 6, module + " in " + function);
            sqlite3_bind_text(issue, 7, level, -1, SQLITE_STATIC);
            sqlite3_bind_text(issue, 8, platforms[projectIndex % 8], -1, SQLITE_STATIC);
            sqlite3_bind_text(issue, 9, status, -1, SQLITE_STATIC);
            if (qstrcmp(status, "unresolved") == 0)
                sqlite3_bind_text(issue, 10, hot ? "escalating" : rng() % 3 ? "ongoing" : "new", -1, SQLITE_STATIC);
            else
                sqlite3_bind_null(issue, 10);
            sqlite3_bind_int64(issue, 11, first);
            sqlite3_bind_int64(issue, 12, last);
            sqlite3_bind_int64(issue, 13, counts[i]);
            sqlite3_bind_int64(issue, 14, users);
            if (assignRoll < 4)
                text(issue, 15, generatedAssignee(int(rng() % 30)).toUtf8());
            else
                sqlite3_bind_null(issue, 15);
            sqlite3_bind_int64(issue, 16, rng() % 50 == 0);
            sqlite3_bind_int64(issue, 17, rng() % 2);
            const auto releaseAt = [&](qint64 t) {
                return generatedRelease(
                    projectIndex, releaseBase + int(5 * double(t - first) / double(std::max<qint64>(1, now - first))))
                    .toUtf8();
            };
            text(issue, 18, releaseAt(first));
            text(issue, 19, releaseAt(last));
            ok = db.step(issue);

            QHash<qint64, int> hours;
            const QByteArray exception = QByteArray(type) + " " + value;
            for (int e = 0; ok && e < counts[i]; ++e) {
                ++eventRow;
                const qint64 t = times[e];
                ++hours[t / 3600000];
                const QByteArray release = releaseAt(t);
                const char *environment = pick(environments, rng);
                sqlite3_bind_int64(event, 1, eventRow);
                text(event, 2, QByteArray::number(eventRow, 16).rightJustified(32, '0'));
                sqlite3_bind_int64(event, 3, i + 1);
                sqlite3_bind_int64(event, 4, projectIndex + 1);
                sqlite3_bind_int64(event, 5, t);
                sqlite3_bind_text(event, 6, level, -1, SQLITE_STATIC);
                text(event, 7, release);
                sqlite3_bind_text(event, 8, environment, -1, SQLITE_STATIC);
                text(event, 9, "id:user-" + QByteArray::number(rng() % users));
                sqlite3_bind_blob(event, 10, "{}", 2, SQLITE_STATIC);
                ok = db.step(event);

                QByteArray breadcrumbs;
                for (int c = 0; c < 6; ++c)
                    breadcrumbs += QByteArray(pick(crumbs, rng)) + "\n";
                EventText words;
                words.message = QString::fromUtf8(QByteArray(phrase) + " " + verb + " " + noun);
                words.exception = QString::fromUtf8(exception);
                words.frames = QString::fromUtf8(frames);
                words.breadcrumbs = QString::fromUtf8(breadcrumbs);
                words.tags = QString::fromUtf8(QByteArray(pick(browsers, rng)) + "\n" + pick(systems, rng) + "\n" + environment
                    + "\n" + release + "\nserver-" + QByteArray::number(rng() % 40));
                ok = ok && textIndex.add(i + 1, eventRow, words);
            }
            for (auto it = hours.cbegin(); ok && it != hours.cend(); ++it) {
                sqlite3_bind_int64(hourly, 1, i + 1);
                sqlite3_bind_int64(hourly, 2, it.key());
                sqlite3_bind_int64(hourly, 3, it.value());
                ok = db.step(hourly);
            }
        }
        ok = ok && db.exec("UPDATE projects SET next_short_id = 1000000; COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
        if (!ok)
            *error = db.error();
    }
    sqlite3_close(handle);
    return ok;
}

} // namespace lookout::bench

// Opening the cache: checking that a file is a cache this build can use, and moving one aside that
// is not (Store::openRecovering).
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace lookout {

// What is wrong with a cache is shown in the window's message box, so it is translated (context "Store").

static bool execSql(sqlite3 *db, const char *sql, QString *error)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    *error = sqliteErrorText(db);
    return false;
}

// The file's own header: not SQLite at all, or shorter than the pages it says it has.
static QString headerProblem(const QString &path)
{
    QFile file(path);
    if (file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return {}; // new, or SQLite will say why it cannot be read
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate("Store", "it is not an SQLite database");
    if (header.size() < 100)
        return QCoreApplication::translate("Store", "it is cut short (%1 bytes)").arg(file.size());
    const auto be32 = [&header](int at) {
        return quint32(quint8(header[at])) << 24 | quint32(quint8(header[at + 1])) << 16 | quint32(quint8(header[at + 2])) << 8
            | quint32(quint8(header[at + 3]));
    };
    const quint32 rawPageSize = quint32(quint8(header[16])) << 8 | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count is only valid when the "version valid for" number matches the change counter.
    // A checkpoint killed half-way can leave page 1 ahead of the file's end; the WAL still holds the
    // pages and SQLite finishes it, so with a WAL present this is left to quick_check.
    const qint64 pages = be32(24) == be32(92) ? be32(28) : 0;
    if (pages > 0 && file.size() < pages * pageSize && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        return QCoreApplication::translate("Store", "it is cut short (%1 of %2 bytes)").arg(file.size()).arg(pages * pageSize);
    return {};
}

// SQLite's codes for a file that is not (or no longer) a database, as opposed to one that is busy,
// read-only or out of reach.
static bool isDamage(int code)
{
    code &= 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// The first column of the first row, or nullopt with *code set.
static std::optional<qint64> queryInt(sqlite3 *db, const char *sql, int *code)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<qint64> value;
    *code = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (*code == SQLITE_OK) {
        *code = sqlite3_step(stmt);
        if (*code == SQLITE_ROW) {
            value = sqlite3_column_int64(stmt, 0);
            *code = SQLITE_OK;
        } else if (*code == SQLITE_DONE) {
            *code = SQLITE_OK;
        }
    }
    if (*code != SQLITE_OK)
        *code = sqlite3_extended_errcode(db);
    sqlite3_finalize(stmt);
    return value;
}

// Whether an existing file is a Lookout cache this build can use: empty when it is, else what it is.
// *damaged tells a file that cannot be a cache here (damaged, foreign, newer) from one SQLite could
// not read for another reason (busy, permissions), which is left alone.
static QString cacheProblem(sqlite3 *db, bool fullCheck, bool *damaged)
{
    *damaged = true;
    int code = SQLITE_OK;
    const std::optional<qint64> tables = queryInt(db, "SELECT count(*) FROM sqlite_master", &code);
    const std::optional<qint64> appId = tables ? queryInt(db, "PRAGMA application_id", &code) : std::nullopt;
    const std::optional<qint64> version = appId ? queryInt(db, "PRAGMA user_version", &code) : std::nullopt;
    if (!version) {
        *damaged = isDamage(code);
        return *damaged ? QCoreApplication::translate("Store", "it is damaged (%1)").arg(QString::fromUtf8(sqlite3_errstr(code)))
                        : QString::fromUtf8(sqlite3_errmsg(db));
    }
    if (*appId != 0 && *appId != Schema::applicationId)
        return QCoreApplication::translate("Store", "it is another program's database (application id %1)").arg(*appId);
    if (*appId == 0 && *version == 0 && *tables > 0)
        return QCoreApplication::translate("Store", "it is another program's database");
    if (*version > Schema::currentVersion)
        return QCoreApplication::translate("Store", "it was written by a newer Lookout (schema %1; this build reads up to %2)")
            .arg(*version)
            .arg(Schema::currentVersion);
    if (fullCheck && *tables > 0) {
        // Every page, without the (much slower) index-to-table cross-checks of integrity_check.
        sqlite3_stmt *stmt = nullptr;
        code = sqlite3_prepare_v2(db, "PRAGMA quick_check(3)", -1, &stmt, nullptr);
        QStringList problems;
        while (code == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        const int stepCode = sqlite3_extended_errcode(db);
        sqlite3_finalize(stmt);
        if (problems.isEmpty() && isDamage(stepCode))
            problems << QString::fromUtf8(sqlite3_errstr(stepCode));
        if (problems.isEmpty() && (code != SQLITE_OK || (stepCode != SQLITE_OK && stepCode != SQLITE_DONE))) {
            *damaged = false;
            return QString::fromUtf8(sqlite3_errstr(code != SQLITE_OK ? code : stepCode));
        }
        if (problems != QStringList {QStringLiteral("ok")})
            return QCoreApplication::translate("Store", "it is damaged (%1)").arg(problems.join(QStringLiteral("; ")));
    }
    *damaged = false;
    return {};
}

bool Store::open(const QString &path)
{
    bool unusable = false;
    m_recovery.reset();
    return openDatabase(path, false, &unusable);
}

bool Store::openDatabase(const QString &path, bool fullCheck, bool *unusable)
{
    close();
    m_path = path;
    *unusable = false;
    const bool existing = path != u":memory:" && QFileInfo(path).size() > 0;
    if (existing) {
        if (const QString problem = headerProblem(path); !problem.isEmpty()) {
            *unusable = true;
            m_error = QStringLiteral("%1: %2").arg(path, problem);
            return false;
        }
    }
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    if (existing) {
        bool damaged = false;
        if (const QString problem = cacheProblem(db, fullCheck, &damaged); !problem.isEmpty()) {
            // Damaged, foreign and newer files are all unusable here; a busy or unreadable one is not.
            *unusable = damaged;
            m_error = QStringLiteral("%1: %2").arg(path, problem);
            sqlite3_close(db);
            return false;
        }
    }
    QString error;
    // WAL lets the GUI read while a sync or import writes; NORMAL sync is durable at checkpoints
    // and never corrupts, which is the trade SQLite recommends for WAL.
    if (!execSql(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", &error)
        || !Schema::migrate(db, &error)) {
        *unusable = isDamage(sqlite3_extended_errcode(db));
        m_error = QStringLiteral("%1: %2").arg(path, error);
        sqlite3_close(db);
        return false;
    }
    adopt(db);
    return true;
}

bool Store::openRecovering(const QString &path, const QDateTime &now)
{
    m_recovery.reset();
    bool unusable = false;
    if (openDatabase(path, true, &unusable) || !unusable)
        return m_db != nullptr;
    const QString problem = m_error.mid(path.size() + 2);
    // Never deleted: the user (or a newer Lookout) may still want what is in it.
    const QString stamp = now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, aside)) {
        m_error = QStringLiteral("%1: %2, and it cannot be moved aside to %3").arg(path, problem, aside);
        return false;
    }
    for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            m_error = QStringLiteral("%1: %2; it was moved to %3, but its %4 file cannot be").arg(path, problem, aside, suffix);
            return false;
        }
    }
    if (!openDatabase(path, false, &unusable))
        return false;
    m_recovery = Recovery {problem, aside};
    return true;
}

QString Store::Recovery::explain(const QString &path) const
{
    return QCoreApplication::translate(
        "Store", "The cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was made.")
        .arg(path, problem, movedTo);
}

bool Store::lastErrorIsFatal() const
{
    if (!m_db)
        return true;
    switch (sqlite3_extended_errcode(m_db) & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
        return true;
    default:
        return false;
    }
}

} // namespace lookout

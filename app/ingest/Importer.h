#pragma once

#include "domain/Attachment.h"
#include "store/PreparedEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace lookout {

class Store;
struct Event;

struct ImportProblem
{
    QString file;
    qint64 line = 0; // 1-based; 0 when the problem is not tied to a line
    qint64 offset = -1; // byte offset, for envelopes and whole-file JSON
    QString message;
    QString toString() const;
};

struct ImportReport
{
    qint64 files = 0;
    qint64 events = 0;
    qint64 duplicates = 0;
    qint64 issuesCreated = 0;
    qint64 sessions = 0;
    qint64 attachments = 0;
    QMap<QString, int> skippedItems; // envelope item types Lookout does not keep
    QList<ImportProblem> problems;
    bool cancelled = false; // stopped early by ImportOptions::cancelled; what was read before is kept
    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

struct ImportProgress
{
    QString file;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 events = 0;
};

// An envelope (or one event JSON) read and prepared for storing, without the database: framing,
// decoding, grouping and compression. Preparing is thread-safe, so the local ingest prepares on
// its network thread and hands the result to its writer thread (Importer::storePrepared).
struct PreparedEnvelope
{
    struct Item
    {
        enum class Kind { Event, Session, Attachment, Skipped, Problem };
        Kind kind = Kind::Problem;
        int index = 0; // the item's index in the envelope
        qsizetype offset = -1; // byte offset of its payload
        std::optional<PreparedEvent> event;
        QString type; // session / sessions, or the skipped type
        QByteArray payload; // session payloads, kept as they came
        Attachment attachment;
        QString message; // for Problem
    };
    QString eventId; // the envelope header's, or the event's
    QList<Item> items;
    QMap<QString, int> skippedTypes; // types Lookout does not decode at all
    QList<ImportProblem> problems; // framing problems (whole envelope) and item problems, by offset
    bool framingError = false; // the envelope could not be read to its end
    qint64 events() const;
};

struct ImportOptions
{
    QString projectSlug = QStringLiteral("imported");
    // Parse and group everything, report it, keep nothing.
    bool dryRun = false;
    std::function<void(const ImportProgress &)> progress;
    // Asked between records (from the importing thread): true stops the import after the records
    // already read, which are kept; importing the same files again adds only the rest.
    std::function<bool()> cancelled;
};

// Imports what users have of Sentry data into the store: JSON Lines / NDJSON of events (normalised
// or REST form, mixed freely), single JSON events or JSON arrays of events, and envelopes; any of
// them gzip-compressed; directories walked recursively. A broken record is reported (file and
// line, or byte offset) and skipped; everything else is imported. Memory is bounded by the largest
// record, not the file. Re-importing is harmless: events are deduplicated by event_id.
class Importer
{
public:
    explicit Importer(Store &store, ImportOptions options = {});
    ~Importer();

    // Returns false only when nothing at all could be read from path; details are in the report.
    bool importPath(const QString &path, ImportReport *report);

    // One record (an event in either JSON form, a session update or aggregate), already parsed.
    void importRecord(qint64 projectId, const QJsonObject &record, const QByteArray &raw, const QString &file, qint64 line,
        ImportReport *report);

    // Commits what is pending (in a dry run: rolls it all back).
    bool finish(ImportReport *report);

    // An envelope's bytes, framed, decoded and prepared (thread-safe; no store involved). source
    // names it in problems. received: the fallback time for events without one.
    // compression: Deferred leaves the events' payloads for PreparedEvent::compressDeferred().
    static PreparedEnvelope prepareEnvelope(QByteArrayView bytes, const QString &source, const QDateTime &received,
        PreparedEvent::Compression compression = PreparedEvent::Compression::Now);
    // One event (or session) JSON object, as Sentry's store endpoint takes it (thread-safe).
    static PreparedEnvelope prepareJson(const QByteArray &bytes, const QString &source);
    // Stores what prepareEnvelope made under projectId, in the importer's current transaction (one
    // is begun if needed; finish() commits). Problems found while preparing are added to report.
    void storePrepared(qint64 projectId, const PreparedEnvelope &envelope, const QString &source, ImportReport *report);

private:
    enum class Format { JsonLines, Envelope, JsonDocument };
    bool importFile(const QString &file, qint64 projectId, ImportReport *report);
    Format detect(const QString &file, QString *error);
    void importJsonLines(const QString &file, qint64 projectId, ImportReport *report);
    void importEnvelope(const QString &file, const QByteArray &bytes, qint64 projectId, ImportReport *report);
    void importJsonDocument(const QString &file, const QByteArray &bytes, qint64 projectId, ImportReport *report);
    bool ensureTransaction(ImportReport *report, const QString &file);
    struct Outcome;
    static Outcome prepareRecord(const QJsonObject &record, const QByteArray &raw);
    static Outcome prepareLine(const QByteArray &line);
    void apply(qint64 projectId, const Outcome &outcome, const QString &file, ImportReport *report);
    // where: the file and line or offset to name if storing fails.
    void storeEvent(qint64 projectId, const PreparedEvent &event, ImportProblem where, ImportReport *report);
    void countRecord(ImportReport *report, const QString &file, qint64 line);
    void reportProgress(const QString &file, qint64 done, qint64 total, const ImportReport &report);
    bool checkCancelled(ImportReport *report) const;

    Store &m_store;
    ImportOptions m_options;
    bool m_inTransaction = false;
    int m_pending = 0;
    qint64 m_batchEvents = 0; // stored and duplicate events of the open transaction
    qint64 m_batchDuplicates = 0;
    bool m_writeFailed = false; // the cache cannot take more (disk full): the rest is not read
    qint64 m_issuesBefore = -1;
};

} // namespace lookout

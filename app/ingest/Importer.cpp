#include "ingest/Importer.h"
#include "ingest/ImporterOutcome.h"

#include "ingest/EnvelopeParser.h"
#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/LineReader.h"
#include "ingest/RestEventParser.h"
#include "ingest/SessionJsonParser.h"
#include "ingest/SimdEventParser.h"
#include "store/PreparedEvent.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

#include <algorithm>
#include <deque>

namespace lookout {

// Large enough that commits do not dominate, small enough that a crash loses little work.
static constexpr int batchSize = 2000;

QString ImportProblem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    if (offset >= 0)
        return QStringLiteral("%1: byte %2: %3").arg(file).arg(offset).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString ImportReport::summary() const
{
    QString text = QStringLiteral("%1 events imported (%2 new issues), %3 already present, %4 session records")
                       .arg(events)
                       .arg(issuesCreated)
                       .arg(duplicates)
                       .arg(sessions);
    if (attachments > 0)
        text += QStringLiteral(", %1 attachments").arg(attachments);
    qint64 skipped = 0;
    for (const int n : skippedItems)
        skipped += n;
    if (skipped > 0) {
        QStringList kinds;
        for (auto it = skippedItems.cbegin(); it != skippedItems.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        text += QStringLiteral(", %1 items skipped (%2)").arg(skipped).arg(kinds.join(QStringLiteral(", ")));
    }
    return text + QStringLiteral(", %1 problems in %2 files").arg(problems.size()).arg(files);
}

Importer::Importer(Store &store, ImportOptions options)
    : m_store(store)
    , m_options(std::move(options))
{ }

Importer::~Importer()
{
    if (m_inTransaction)
        m_store.rollback();
}

bool Importer::ensureTransaction(ImportReport *report, const QString &file)
{
    if (m_inTransaction)
        return true;
    if (m_writeFailed)
        return false;
    if (m_issuesBefore < 0)
        m_issuesBefore = m_store.issueCount({});
    m_inTransaction = m_store.begin();
    if (!m_inTransaction)
        report->problems.append({file, 0, -1, QStringLiteral("cannot write to the cache: %1").arg(m_store.errorString())});
    return m_inTransaction;
}

bool Importer::finish(ImportReport *report)
{
    bool ok = true;
    if (m_inTransaction) {
        const qint64 created = m_issuesBefore >= 0 ? m_store.issueCount({}) - m_issuesBefore : 0;
        if (m_options.dryRun) {
            report->issuesCreated += created;
            m_store.rollback();
        } else if (m_store.commit()) {
            report->issuesCreated += created;
        } else {
            m_writeFailed = m_store.lastErrorIsFatal();
            report->problems.append({m_store.path(), 0, -1,
                QStringLiteral("cannot save to the cache: %1%2")
                    .arg(m_store.errorString(), m_writeFailed ? QStringLiteral("; the import stops here") : QString())});
            m_store.rollback();
            report->events -= m_batchEvents;
            report->duplicates -= m_batchDuplicates;
            ok = false;
        }
    }
    m_inTransaction = false;
    m_pending = 0;
    m_batchEvents = 0;
    m_batchDuplicates = 0;
    m_issuesBefore = -1;
    return ok;
}

void Importer::countRecord(ImportReport *report, const QString &file, qint64 line)
{
    // A dry run keeps one transaction to the end, so what it counts is what a real run would.
    if (m_writeFailed || ++m_pending < batchSize || m_options.dryRun)
        return;
    const int batch = m_pending;
    if (finish(report))
        return;
    if (m_writeFailed)
        report->problems.append({file, line, -1,
            QStringLiteral("the %1 records up to this line were not saved, nor any after it; make room and import again"
                           " (what is saved is skipped)")
                .arg(batch)});
    else
        report->problems.append({file, line, -1, QStringLiteral("the records before this line were not saved")});
}

void Importer::reportProgress(const QString &file, qint64 done, qint64 total, const ImportReport &report)
{
    if (m_options.progress)
        m_options.progress({file, done, total, report.events});
}

bool Importer::checkCancelled(ImportReport *report) const
{
    if (m_writeFailed)
        return true; // not the user's doing: the problem is reported
    if (!report->cancelled && m_options.cancelled && m_options.cancelled())
        report->cancelled = true;
    return report->cancelled;
}

enum class Kind { Data, MaybeEnvelope, Other };

// In a directory, JSON files are taken by name; .txt and .bin only when they are envelopes (as
// SDKs' and Spotlight's dumps are named), so a README beside the data is not an error.
static Kind kindOf(const QFileInfo &info)
{
    QString name = info.fileName().toLower();
    if (name.endsWith(u".gz"))
        name.chop(3);
    for (const auto suffix : {u".jsonl", u".ndjson", u".json", u".envelope"}) {
        if (name.endsWith(suffix))
            return Kind::Data;
    }
    if (name.endsWith(u".txt") || name.endsWith(u".bin"))
        return Kind::MaybeEnvelope;
    return Kind::Other;
}

bool Importer::importPath(const QString &path, ImportReport *report)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        report->problems.append({path, 0, -1, QStringLiteral("no such file or directory")});
        return false;
    }
    if (!ensureTransaction(report, path)) // first, so a dry run does not even keep the project
        return false;
    const qint64 projectId = m_store.ensureProject(m_options.projectSlug);
    if (projectId == 0) {
        report->problems.append(
            {path, 0, -1, QStringLiteral("cannot create project %1: %2").arg(m_options.projectSlug, m_store.errorString())});
        return false;
    }
    bool anyRead = false;
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            const Kind kind = kindOf(file);
            QString ignored;
            if (kind == Kind::Data || (kind == Kind::MaybeEnvelope && detect(file.filePath(), &ignored) == Format::Envelope))
                files << file.filePath();
        }
        files.sort(); // a stable order makes repeated imports reproducible
        for (const QString &file : std::as_const(files)) {
            if (checkCancelled(report))
                break;
            anyRead = importFile(file, projectId, report) || anyRead;
        }
    } else {
        anyRead = importFile(path, projectId, report);
    }
    if (!m_options.dryRun)
        finish(report);
    return anyRead;
}

// Reads a whole (possibly gzip-compressed) file, refusing past limit bytes of content so that a
// decompression bomb stops at the bound.
static bool readAllLimited(const QString &file, qsizetype limit, QByteArray *bytes, QString *error)
{
    gzFile gz = gzopen(QFile::encodeName(file).constData(), "rb");
    if (!gz) {
        *error = QStringLiteral("cannot open: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    bytes->clear();
    char buffer[256 * 1024];
    int n = 0;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0) {
        if (bytes->size() + n > limit) {
            *error = QStringLiteral("larger than %1 MB; not read").arg(limit / (1024 * 1024));
            gzclose(gz);
            return false;
        }
        bytes->append(buffer, n);
        if (!gzdirect(gz) && InputLimits::expandsTooMuch(gzoffset(gz), bytes->size())) {
            *error = InputLimits::expansionError(gzoffset(gz), bytes->size());
            gzclose(gz);
            return false;
        }
    }
    int code = 0;
    if (n < 0)
        *error = QString::fromLocal8Bit(gzerror(gz, &code));
    gzclose(gz);
    return n == 0;
}

static bool looksLikeEnvelopeHeader(const QJsonObject &o)
{
    for (const auto key : {u"timestamp", u"exception", u"entries", u"logentry", u"message", u"aggregates", u"sid"}) {
        if (o.contains(key))
            return false;
    }
    return true;
}

Importer::Format Importer::detect(const QString &file, QString *error)
{
    LineReader reader(file, 1024 * 1024);
    if (!reader.isOpen()) {
        *error = reader.errorString();
        return Format::JsonLines;
    }
    QByteArray first;
    QByteArray second;
    const LineReader::Status s1 = reader.next(&first);
    const LineReader::Status s2 = s1 == LineReader::Status::Line ? reader.next(&second) : LineReader::Status::End;
    const QJsonDocument one = QJsonDocument::fromJson(first);
    if (!one.isObject())
        return Format::JsonDocument; // pretty-printed JSON, a JSON array, or not JSON at all
    if (looksLikeEnvelopeHeader(one.object())) {
        if (s2 != LineReader::Status::Line)
            return Format::Envelope; // a header alone: an empty envelope
        const QJsonObject two = QJsonDocument::fromJson(second).object();
        if (two.value(u"type").isString() && !two.contains(u"timestamp"))
            return Format::Envelope;
    }
    return Format::JsonLines;
}

bool Importer::importFile(const QString &file, qint64 projectId, ImportReport *report)
{
    QString error;
    const Format format = detect(file, &error);
    if (!error.isEmpty()) {
        report->problems.append({file, 0, -1, error});
        return false;
    }
    ++report->files;
    if (format == Format::JsonLines) {
        importJsonLines(file, projectId, report);
        return true;
    }
    QByteArray bytes;
    const qsizetype limit = format == Format::Envelope ? InputLimits::maxEnvelopeBytes : InputLimits::maxRecordBytes;
    if (!readAllLimited(file, limit, &bytes, &error)) {
        report->problems.append({file, 0, -1, error});
        return true;
    }
    if (format == Format::Envelope)
        importEnvelope(file, bytes, projectId, report);
    else
        importJsonDocument(file, bytes, projectId, report);
    reportProgress(file, QFileInfo(file).size(), QFileInfo(file).size(), *report);
    return true;
}

Importer::Outcome Importer::prepareRecord(const QJsonObject &record, const QByteArray &raw)
{
    Outcome outcome;
    QString error;
    if (record.contains(u"aggregates") || record.contains(u"sid")) {
        const QString kind = record.contains(u"aggregates") ? QStringLiteral("sessions") : QStringLiteral("session");
        const bool valid = kind == u"session" ? SessionJsonParser::parseUpdate(record, &error).has_value()
                                              : SessionJsonParser::parseAggregates(record, &error).has_value();
        if (!valid) {
            outcome.kind = Outcome::Kind::Problem;
            outcome.error = error;
        } else {
            outcome.kind = Outcome::Kind::Session;
            outcome.sessionKind = kind;
            outcome.raw = raw;
        }
        return outcome;
    }
    if (record.value(u"type").toString() == u"transaction") { // performance data, never an issue
        outcome.kind = Outcome::Kind::Transaction;
        return outcome;
    }
    const std::optional<Event> event
        = RestEventParser::isRestForm(record) ? RestEventParser::parse(record, &error) : EventJsonParser::parse(record, &error);
    if (!event) {
        outcome.kind = Outcome::Kind::Problem;
        outcome.error = error;
        return outcome;
    }
    outcome.kind = Outcome::Kind::Event;
    outcome.event = PreparedEvent::from(*event, raw);
    return outcome;
}

// Thread-safe: runs on the worker threads of a JSON Lines import.
Importer::Outcome Importer::prepareLine(const QByteArray &line)
{
    if (QByteArrayView(line).trimmed().isEmpty()) // a view: no copy of every line just to see it is blank
        return {};
    // Most lines are SDK events, which the simdjson path reads several times faster; anything it
    // does not cover takes the Qt path, which stays the reference.
    SimdParseResult fast = SimdEventParser::parse(line, SimdEventParser::Scope::Storing);
    if (fast.status == SimdParseResult::Status::Parsed) {
        Outcome outcome;
        outcome.kind = Outcome::Kind::Event;
        outcome.event = PreparedEvent::from(*fast.event, line);
        return outcome;
    }
    if (fast.status == SimdParseResult::Status::Rejected) {
        Outcome outcome;
        outcome.kind = Outcome::Kind::Problem;
        outcome.error = fast.error;
        return outcome;
    }
    QString error;
    const std::optional<QJsonObject> record = InputLimits::parseObject(line, &error);
    if (!record) {
        Outcome outcome;
        outcome.kind = Outcome::Kind::Problem;
        outcome.error = error;
        return outcome;
    }
    return prepareRecord(*record, line);
}

void Importer::apply(qint64 projectId, const Outcome &outcome, const QString &file, ImportReport *report)
{
    if (m_writeFailed)
        return;
    switch (outcome.kind) {
    case Outcome::Kind::Blank:
        return;
    case Outcome::Kind::Problem:
        report->problems.append({file, outcome.line, -1, outcome.error});
        return;
    case Outcome::Kind::Transaction:
        ++report->skippedItems[QStringLiteral("transaction")];
        return;
    case Outcome::Kind::Session:
        if (!ensureTransaction(report, file))
            return;
        if (m_store.insertSessionPayload(projectId, outcome.sessionKind, outcome.raw))
            ++report->sessions;
        else
            report->problems.append({file, outcome.line, -1, m_store.errorString()});
        countRecord(report, file, outcome.line);
        return;
    case Outcome::Kind::Event:
        if (!ensureTransaction(report, file))
            return;
        storeEvent(projectId, *outcome.event, {file, outcome.line, -1, {}}, report);
        countRecord(report, file, outcome.line);
        return;
    }
}

void Importer::importJsonLines(const QString &file, qint64 projectId, ImportReport *report)
{
    // Parsing, grouping and compressing (most of the work) run on worker threads, a chunk of lines
    // at a time; this thread reads the file and writes the results in file order. A bounded number
    // of chunks in flight keeps memory bounded by the chunk size, not the file.
    constexpr qsizetype chunkRecords = 128;
    constexpr qsizetype chunkBytes = 4 * 1024 * 1024;
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const qsizetype maxInFlight = pool.maxThreadCount() + 2;

    struct Chunk
    {
        QList<QByteArray> lines;
        QList<Outcome> early; // per line: problems found while reading (too long), else Blank
        qint64 firstLine = 0;
        qsizetype bytes = 0;
    };
    std::deque<QFuture<QList<Outcome>>> inFlight;
    const auto write = [&](QList<Outcome> outcomes) {
        for (const Outcome &outcome : std::as_const(outcomes))
            apply(projectId, outcome, file, report);
    };
    const auto submit = [&](Chunk chunk) {
        inFlight.push_back(QtConcurrent::run(&pool, [chunk = std::move(chunk)] {
            QList<Outcome> outcomes;
            outcomes.reserve(chunk.lines.size());
            for (qsizetype i = 0; i < chunk.lines.size(); ++i) {
                Outcome outcome
                    = chunk.early.at(i).kind == Outcome::Kind::Blank ? prepareLine(chunk.lines.at(i)) : chunk.early.at(i);
                outcome.line = chunk.firstLine + i;
                outcomes.append(std::move(outcome));
            }
            return outcomes;
        }));
    };

    LineReader reader(file, InputLimits::maxRecordBytes);
    const qint64 total = QFileInfo(file).size();
    QByteArray line;
    Chunk chunk;
    bool done = false;
    while (!done) {
        // Asked between chunks, so every line read is written (below) and the rest of the file left.
        if (chunk.lines.isEmpty() && checkCancelled(report))
            break;
        const LineReader::Status status = reader.next(&line);
        Outcome early;
        switch (status) {
        case LineReader::Status::End:
            done = true;
            break;
        case LineReader::Status::Error:
            early.kind = Outcome::Kind::Problem;
            early.error = QStringLiteral("read error: %1").arg(reader.errorString());
            done = true;
            break;
        case LineReader::Status::TooLong:
            early.kind = Outcome::Kind::Problem;
            early.error = QStringLiteral("record larger than %1 MB; skipped").arg(InputLimits::maxRecordBytes / (1024 * 1024));
            line.clear();
            break;
        case LineReader::Status::Line:
            break;
        }
        if (status != LineReader::Status::End) {
            if (chunk.lines.isEmpty())
                chunk.firstLine = status == LineReader::Status::Error ? reader.lineNumber() + 1 : reader.lineNumber();
            chunk.bytes += line.size();
            chunk.lines.append(std::exchange(line, {}));
            chunk.early.append(std::move(early));
        }
        if (!chunk.lines.isEmpty() && (done || chunk.lines.size() >= chunkRecords || chunk.bytes >= chunkBytes)) {
            submit(std::exchange(chunk, {}));
            while (qsizetype(inFlight.size()) > (done ? 0 : maxInFlight)) {
                write(inFlight.front().result());
                inFlight.pop_front();
                reportProgress(file, reader.compressedOffset(), total, *report);
            }
        }
    }
    while (!inFlight.empty()) {
        write(inFlight.front().result());
        inFlight.pop_front();
    }
    reportProgress(file, report->cancelled ? reader.compressedOffset() : total, total, *report);
}

void Importer::importJsonDocument(const QString &file, const QByteArray &bytes, qint64 projectId, ImportReport *report)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report->problems.append({file, 0, parseError.offset, QStringLiteral("invalid JSON: %1").arg(parseError.errorString())});
        return;
    }
    if (doc.isObject()) {
        QString error;
        const std::optional<QJsonObject> record = InputLimits::parseObject(bytes, &error);
        if (!record)
            report->problems.append({file, 0, -1, error});
        else
            importRecord(projectId, *record, bytes, file, 0, report);
        return;
    }
    // An array: what Sentry's "list events" endpoints return.
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size() && !checkCancelled(report); ++i) {
        const QJsonObject record = array.at(i).toObject();
        const QByteArray raw = QJsonDocument(record).toJson(QJsonDocument::Compact);
        QString error;
        const std::optional<QJsonObject> checked = InputLimits::parseObject(raw, &error);
        if (!checked) {
            report->problems.append({file, 0, -1, QStringLiteral("element %1: %2").arg(i).arg(error)});
            continue;
        }
        importRecord(projectId, *checked, raw, file, 0, report);
    }
}

void Importer::storeEvent(qint64 projectId, const PreparedEvent &event, ImportProblem where, ImportReport *report)
{
    switch (m_store.insertEvent(projectId, event)) {
    case Store::InsertResult::Inserted:
        ++report->events;
        ++m_batchEvents;
        break;
    case Store::InsertResult::Duplicate:
        ++report->duplicates;
        ++m_batchDuplicates;
        break;
    case Store::InsertResult::Failed:
        if (m_store.lastErrorIsFatal()) {
            // The disk is full (or the file went bad): every record after this would fail the same
            // way. The batch is dropped whole, so what is stored is what was read before it.
            where.message = QStringLiteral("cannot write to the cache: %1; the import stops here, the records before"
                                           " this batch are saved (importing again skips them)")
                                .arg(m_store.errorString());
            report->problems.append(where);
            m_store.rollback();
            m_inTransaction = false;
            m_writeFailed = true;
            report->events -= m_batchEvents;
            report->duplicates -= m_batchDuplicates;
            m_pending = 0;
            m_batchEvents = 0;
            m_batchDuplicates = 0;
            m_issuesBefore = -1;
            break;
        }
        where.message = QStringLiteral("cannot store event: %1").arg(m_store.errorString());
        report->problems.append(where);
        break;
    }
}

void Importer::importRecord(
    qint64 projectId, const QJsonObject &record, const QByteArray &raw, const QString &file, qint64 line, ImportReport *report)
{
    Outcome outcome = prepareRecord(record, raw);
    outcome.line = line;
    apply(projectId, outcome, file, report);
}

} // namespace lookout

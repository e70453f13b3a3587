#include "ingest/JsonlImporter.h"

#include "ingest/EventJsonParser.h"
#include "ingest/LineReader.h"
#include "store/Store.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace lookout {

// Large enough that commits do not dominate, small enough that a crash loses little work.
static constexpr int batchSize = 2000;

QString ImportProblem::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message) : QStringLiteral("%1: %2").arg(file, message);
}

QString ImportReport::summary() const
{
    return QStringLiteral("%1 events imported, %2 already present, %3 session records, %4 problems in %5 files")
        .arg(events)
        .arg(duplicates)
        .arg(sessions)
        .arg(problems.size())
        .arg(files);
}

JsonlImporter::JsonlImporter(Store &store)
    : m_store(store)
{ }

bool JsonlImporter::ensureTransaction()
{
    if (!m_inTransaction)
        m_inTransaction = m_store.begin();
    return m_inTransaction;
}

bool JsonlImporter::flush()
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    m_pending = 0;
    if (m_store.commit())
        return true;
    m_store.rollback();
    return false;
}

static bool isImportable(const QFileInfo &info)
{
    static const QStringList suffixes = {QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("json"),
        QStringLiteral("jsonl.gz"), QStringLiteral("ndjson.gz"), QStringLiteral("json.gz")};
    const QString name = info.fileName().toLower();
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &s) { return name.endsWith(QLatin1Char('.') + s); });
}

bool JsonlImporter::importPath(const QString &path, const QString &projectSlug, ImportReport *report)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        report->problems.append({path, 0, QStringLiteral("no such file or directory")});
        return false;
    }
    const qint64 projectId = m_store.ensureProject(projectSlug);
    if (projectId == 0) {
        report->problems.append(
            {path, 0, QStringLiteral("cannot create project %1: %2").arg(projectSlug, m_store.errorString())});
        return false;
    }
    bool anyRead = false;
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (isImportable(file))
                files << file.filePath();
        }
        files.sort(); // a stable order makes repeated imports reproducible
        for (const QString &file : std::as_const(files))
            anyRead = importFile(file, projectId, report) || anyRead;
    } else {
        anyRead = importFile(path, projectId, report);
    }
    if (!flush())
        report->problems.append({path, 0, QStringLiteral("cannot save to the cache: %1").arg(m_store.errorString())});
    return anyRead;
}

bool JsonlImporter::importFile(const QString &file, qint64 projectId, ImportReport *report)
{
    LineReader reader(file);
    if (!reader.isOpen()) {
        report->problems.append({file, 0, reader.errorString()});
        return false;
    }
    ++report->files;
    QByteArray line;
    for (;;) {
        const LineReader::Status status = reader.next(&line);
        if (status == LineReader::Status::End)
            break;
        if (status == LineReader::Status::Error) {
            report->problems.append({file, reader.lineNumber() + 1, QStringLiteral("read error: %1").arg(reader.errorString())});
            break;
        }
        if (status == LineReader::Status::TooLong) {
            report->problems.append({file, reader.lineNumber(), QStringLiteral("line too long; skipped")});
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = error.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON at column %1: %2").arg(error.offset + 1).arg(error.errorString())
                : QStringLiteral("expected a JSON object");
            report->problems.append({file, reader.lineNumber(), why});
            continue;
        }
        importRecord(projectId, doc.object(), line, file, reader.lineNumber(), report);
    }
    return true;
}

void JsonlImporter::importRecord(
    qint64 projectId, const QJsonObject &record, const QByteArray &raw, const QString &file, qint64 line, ImportReport *report)
{
    if (!ensureTransaction()) {
        report->problems.append({file, line, QStringLiteral("cannot write to the cache: %1").arg(m_store.errorString())});
        return;
    }
    if (record.contains(u"aggregates") || record.contains(u"sid")) {
        const QString kind = record.contains(u"aggregates") ? QStringLiteral("sessions") : QStringLiteral("session");
        if (m_store.insertSessionPayload(projectId, kind, raw))
            ++report->sessions;
        else
            report->problems.append({file, line, m_store.errorString()});
    } else {
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(record, &error);
        if (!event) {
            report->problems.append({file, line, error});
            return;
        }
        switch (m_store.insertEvent(projectId, *event, raw)) {
        case Store::InsertResult::Inserted:
            ++report->events;
            break;
        case Store::InsertResult::Duplicate:
            ++report->duplicates;
            break;
        case Store::InsertResult::Failed:
            report->problems.append({file, line, QStringLiteral("cannot store event: %1").arg(m_store.errorString())});
            break;
        }
    }
    if (++m_pending >= batchSize && !flush())
        report->problems.append({file, line, QStringLiteral("cannot save to the cache: %1").arg(m_store.errorString())});
}

} // namespace lookout

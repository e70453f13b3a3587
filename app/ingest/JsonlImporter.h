#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lookout {

class Store;

struct ImportProblem
{
    QString file;
    qint64 line = 0; // 0: the problem concerns the whole file
    QString message;
    QString toString() const;
};

struct ImportReport
{
    qint64 files = 0;
    qint64 events = 0;
    qint64 duplicates = 0;
    qint64 sessions = 0;
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

// Imports JSON Lines files (optionally gzip-compressed, or directories of them) of Sentry events
// and session payloads into the store. A broken line is reported with its file and line number and
// skipped; everything else in the file is still imported.
class JsonlImporter
{
public:
    explicit JsonlImporter(Store &store);

    // path: a file or a directory (walked recursively). Returns false only when nothing could be
    // read at all; per-line problems land in the report.
    bool importPath(const QString &path, const QString &projectSlug, ImportReport *report);

    // One record (an event, a session update or a session aggregate) already parsed as JSON.
    void importRecord(qint64 projectId, const QJsonObject &record, const QByteArray &raw, const QString &file, qint64 line,
        ImportReport *report);

    // Commits what is pending; importPath calls it at the end and every few thousand records.
    bool flush();

private:
    bool importFile(const QString &file, qint64 projectId, ImportReport *report);
    bool ensureTransaction();

    Store &m_store;
    bool m_inTransaction = false;
    int m_pending = 0;
};

} // namespace lookout

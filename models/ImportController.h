#pragma once

#include "ingest/Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace lookout {

// Imports files into the cache at dbPath on a worker thread with its own Store connection, so the
// window stays responsive and keeps reading its own connection (WAL) meanwhile. Reports progress
// over all the files, can be cancelled (what was read is kept; importing again adds only the rest),
// and ends with the Importer's report.
//
//   auto *import = new ImportController(store->path(), parent);
//   connect(import, &ImportController::finished, window, &MainWindow::refresh);
//   import->start(paths);
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(const QString &dbPath, QObject *parent = nullptr);
    // Cancels a running import and waits for its current batch to be written.
    ~ImportController() override;

    // The project new events go to (default "imported", as lookoutctl import).
    void setProjectSlug(const QString &slug) { m_projectSlug = slug; }
    bool isRunning() const { return m_thread != nullptr; }

    // Does nothing (returns false) while an import runs.
    bool start(const QStringList &paths);
    void cancel();

    // "Stored 9,997 events (12 new issues) from 2 files; 3 problems." (or what a cancelled import kept).
    static QString summaryText(const ImportReport &report);
    // One problem a line, "file:line: message", in the order met.
    static QString problemsText(const ImportReport &report);

Q_SIGNALS:
    void started(const QStringList &paths);
    // Over all the files: bytes read of bytesTotal (0 when unknown), events stored so far.
    // At most about ten a second.
    void progress(const QString &file, qint64 bytesDone, qint64 bytesTotal, qint64 events);
    void finished(const lookout::ImportReport &report);

private:
    void done(const ImportReport &report);

    QString m_dbPath;
    QString m_projectSlug = QStringLiteral("imported");
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::ImportReport)

#include "ImportController.h"

#include "store/Store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// What the files weigh on disk, for one progress bar over all of them. Directories count every
// file in them, also ones the importer will skip: the bar may then end short of full, never past.
qint64 totalBytes(const QStringList &paths, const std::atomic<bool> &cancel)
{
    qint64 total = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            total += info.size();
            continue;
        }
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext() && !cancel.load()) {
            it.next();
            total += it.fileInfo().size();
        }
    }
    return total;
}

} // namespace

ImportController::ImportController(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
{
    qRegisterMetaType<ImportReport>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ImportController::start(const QStringList &paths)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The worker posts to this object only; the destructor waits for it, so `this` outlives it.
    m_thread = QThread::create([this, paths, cancel = m_cancel, dbPath = m_dbPath, slug = m_projectSlug] {
        ImportReport report;
        Store store;
        if (!store.open(dbPath)) {
            report.problems.append({dbPath, 0, -1, u"cannot open the cache: %1"_s.arg(store.errorString())});
            QMetaObject::invokeMethod(this, [this, report] { done(report); }, Qt::QueuedConnection);
            return;
        }
        const qint64 total = totalBytes(paths, *cancel);
        qint64 earlierFiles = 0;
        QString currentFile;
        qint64 currentTotal = 0;
        QElapsedTimer throttle;
        ImportOptions options;
        options.projectSlug = slug;
        options.cancelled = [cancel] { return cancel->load(); };
        options.progress = [&](const ImportProgress &p) {
            if (p.file != currentFile) {
                earlierFiles += currentTotal;
                currentFile = p.file;
            }
            currentTotal = p.bytesTotal;
            if (throttle.isValid() && throttle.elapsed() < 100)
                return;
            throttle.start();
            const qint64 done = std::min(earlierFiles + p.bytesDone, total);
            QMetaObject::invokeMethod(
                this, [this, file = p.file, done, total, events = p.events] { Q_EMIT progress(file, done, total, events); },
                Qt::QueuedConnection);
        };
        Importer importer(store, options);
        for (const QString &path : paths) {
            if (cancel->load()) {
                report.cancelled = true;
                break;
            }
            importer.importPath(path, &report);
        }
        importer.finish(&report);
        QMetaObject::invokeMethod(this, [this, report] { done(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"import"_s);
    m_thread->start();
    Q_EMIT started(paths);
    return true;
}

void ImportController::done(const ImportReport &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(report);
}

QString ImportController::summaryText(const ImportReport &report)
{
    const QLocale locale;
    QStringList parts;
    QString stored = report.events == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(report.events));
    if (report.issuesCreated > 0)
        stored += report.issuesCreated == 1 ? tr(" (1 new issue)")
                                            : tr(" (%1 new issues)").arg(locale.toString(report.issuesCreated));
    parts << stored;
    if (report.duplicates > 0)
        parts << tr("%1 already in the cache").arg(locale.toString(report.duplicates));
    if (report.sessions > 0)
        parts << (report.sessions == 1 ? tr("1 session record") : tr("%1 session records").arg(locale.toString(report.sessions)));
    if (report.attachments > 0)
        parts << (report.attachments == 1 ? tr("1 attachment") : tr("%1 attachments").arg(locale.toString(report.attachments)));
    const QString files = report.files == 1 ? tr("1 file") : tr("%1 files").arg(locale.toString(report.files));
    const qsizetype n = report.problems.size();
    const QString problems = n == 0 ? tr("no problems") : n == 1 ? tr("1 problem") : tr("%1 problems").arg(locale.toString(n));
    if (report.cancelled)
        return tr("Cancelled after storing %1 from %2; %3. Importing the same files again adds only the rest.")
            .arg(parts.join(u", "_s), files, problems);
    return tr("Stored %1 from %2; %3.").arg(parts.join(u", "_s), files, problems);
}

QString ImportController::problemsText(const ImportReport &report)
{
    QStringList lines;
    lines.reserve(report.problems.size());
    for (const ImportProblem &problem : report.problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

} // namespace lookout

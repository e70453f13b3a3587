#include "ImportController.h"
#include "TestData.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

// n valid events, one per line, spread over a few issues.
QString writeEvents(const QString &path, int n, int firstId = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = firstId; i < firstId + n; ++i) {
        const QString id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
        file.write(test::eventLine(id, 1.7e9 + i, u"Error%1"_s.arg(i % 5)) + '\n');
    }
    return path;
}

ImportReport reportOf(const QSignalSpy &finished)
{
    return finished.constFirst().constFirst().value<ImportReport>();
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_run));
        QVERIFY(m_store.open(m_dbPath));
    }

    void cleanup() { m_store.close(); }

    void importsOnAWorkerAndReportsProblems()
    {
        ImportController controller(m_dbPath);
        QSignalSpy finished(&controller, &ImportController::finished);
        const QString path = test::dataPath(u"events/mixed.jsonl"_s);
        QVERIFY(controller.start({path}));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(30'000));
        QVERIFY(!controller.isRunning());

        const ImportReport report = reportOf(finished);
        QCOMPARE(report.events, 20);
        QVERIFY(!report.cancelled);
        QCOMPARE(ImportController::summaryText(report), u"Stored 20 events (2 new issues) from 1 file; 3 problems."_s);
        const QStringList problems = ImportController::problemsText(report).split(u'\n');
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).startsWith(path + u":2: invalid JSON"_s), qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).startsWith(path + u":9: "_s));
        QVERIFY(problems.at(2).startsWith(path + u":17: "_s));
        // The window's own connection sees what the worker committed.
        QCOMPARE(m_store.eventCount(), 20);
        QCOMPARE(m_store.issueCount({}), 2);
    }

    void progressCoversEveryFile()
    {
        QTemporaryDir data;
        const QString a = writeEvents(data.filePath(u"a.jsonl"_s), 2000);
        const QString b = writeEvents(data.filePath(u"b.jsonl"_s), 2000, 2000);
        const qint64 total = QFileInfo(a).size() + QFileInfo(b).size();
        ImportController controller(m_dbPath);
        QSignalSpy progress(&controller, &ImportController::progress);
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start({a, b}));
        QVERIFY(!controller.start({a})); // one import at a time
        QVERIFY(finished.wait(60'000));
        QCOMPARE(reportOf(finished).events, 4000);
        QCOMPARE(reportOf(finished).files, 2);
        QVERIFY(!progress.isEmpty());
        qint64 last = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const qint64 done = args.at(1).toLongLong();
            QCOMPARE(args.at(2).toLongLong(), total);
            QVERIFY2(done >= last && done <= total, qPrintable(u"%1 after %2"_s.arg(done).arg(last)));
            last = done;
        }
        QVERIFY(progress.constLast().at(3).toLongLong() <= 4000);
        QCOMPARE(ImportController::summaryText(reportOf(finished)),
            u"Stored %1 events (5 new issues) from 2 files; no problems."_s.arg(QLocale().toString(4000)));
    }

    void cancelKeepsWhatWasRead()
    {
        QTemporaryDir data;
        constexpr int total = 30'000;
        const QString path = writeEvents(data.filePath(u"big.jsonl"_s), total);
        ImportController controller(m_dbPath);
        QSignalSpy finished(&controller, &ImportController::finished);
        // Cancelled at the first sign of progress, long before the end of the file.
        connect(&controller, &ImportController::progress, &controller, &ImportController::cancel);
        QVERIFY(controller.start({path}));
        QVERIFY(finished.wait(60'000));
        const ImportReport first = reportOf(finished);
        QVERIFY(first.cancelled);
        QVERIFY2(first.events < total, qPrintable(QString::number(first.events)));
        QCOMPARE(m_store.eventCount(), first.events);
        QVERIFY2(ImportController::summaryText(first).startsWith(u"Cancelled after storing "_s),
            qPrintable(ImportController::summaryText(first)));

        // Again, uncancelled: only the rest is added.
        disconnect(&controller, &ImportController::progress, &controller, &ImportController::cancel);
        finished.clear();
        QVERIFY(controller.start({path}));
        QVERIFY(finished.wait(120'000));
        QCOMPARE(reportOf(finished).events, total - first.events);
        QCOMPARE(reportOf(finished).duplicates, first.events);
        QCOMPARE(m_store.eventCount(), total);
    }

    void destroyingWhileRunningStopsTheWorker()
    {
        QTemporaryDir data;
        const QString path = writeEvents(data.filePath(u"big.jsonl"_s), 20'000);
        {
            ImportController controller(m_dbPath);
            QVERIFY(controller.start({path}));
        }
        // The destructor waited for the worker: the cache is consistent and usable at once.
        const qint64 stored = m_store.eventCount();
        QVERIFY(stored < 20'000);
        QCOMPARE(m_store.issues({}, 0, 100).size(), stored == 0 ? 0 : 5);
    }

    void missingFileIsAProblem()
    {
        ImportController controller(m_dbPath);
        QSignalSpy finished(&controller, &ImportController::finished);
        const QString missing = m_dir.filePath(u"nothing-here.jsonl"_s);
        QVERIFY(controller.start({missing}));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(ImportController::problemsText(reportOf(finished)), missing + u": no such file or directory"_s);
        QCOMPARE(ImportController::summaryText(reportOf(finished)), u"Stored 0 events from 0 files; 1 problem."_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_run = 0;
    Store m_store;
};

QTEST_GUILESS_MAIN(TestImportController)
#include "TestImportController.moc"

#include "MockClock.h"
#include "ingest/DemoData.h"
#include "ingest/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lookout;

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsEveryProjectShiftedToNow()
    {
        Store store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const test::MockClock clock(QDateTime(QDate(2031, 3, 4), QTime(9, 30), QTimeZone::UTC));
        ImportReport report;
        QVERIFY2(DemoData::load(store, clock.now(), &report),
            qPrintable(report.problems.isEmpty() ? store.errorString() : report.problems.constFirst().toString()));
        QVERIFY(report.ok());

        const QList<ProjectSummary> projects = store.projects();
        QVERIFY2(projects.size() >= 5, "the demo shows several projects");
        QSet<QString> platforms;
        for (const ProjectSummary &p : projects) {
            QVERIFY2(p.unresolvedCount > 0, qPrintable(p.slug));
            platforms.insert(p.platform);
        }
        QVERIFY2(platforms.size() >= 4, "the demo covers several platforms");
        QVERIFY(store.eventCount() > 1000);
        // tools/make-demo-data defines 34 distinct errors (8 + 7 + 7 + 6 + 6): grouping must
        // neither merge nor split them, despite ids, numbers and users varying per event.
        QCOMPARE(store.issueCount({}), 34);
        QVERIFY(store.sessionPayloadCount() > 0);

        // The newest event is minutes old whatever day the demo is opened.
        const QDateTime newest = store.newestEventTime();
        QVERIFY(newest <= clock.now());
        QVERIFY2(newest.secsTo(clock.now()) < 3600, qPrintable(newest.toString(Qt::ISODate)));
    }

    void openBuildsTheCacheOnceAndReusesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        test::MockClock clock;
        QDateTime firstNewest;
        qint64 issues = 0;
        {
            Store store;
            QString error;
            QVERIFY2(DemoData::open(store, path, clock.now(), &error), qPrintable(error));
            QVERIFY(store.eventCount() > 0);
            firstNewest = store.newestEventTime();
            issues = store.issueCount({});
        }
        // An hour later the same cache is opened as it is.
        clock.advance(3600);
        {
            Store again;
            QString error;
            QVERIFY(DemoData::open(again, path, clock.now(), &error));
            QCOMPARE(again.newestEventTime(), firstNewest);
        }
        // Days later it is rebuilt, so the demo is again minutes old.
        clock.advance(qint64(3) * 86400);
        Store later;
        QString error;
        QVERIFY(DemoData::open(later, path, clock.now(), &error));
        QVERIFY(later.newestEventTime() > firstNewest.addDays(2));
        QVERIFY(later.newestEventTime().secsTo(clock.now()) < 3600);
        QCOMPARE(later.issueCount({}), issues);
    }
    void aCacheOlderThanTheProgramIsRebuilt()
    {
        // After an upgrade the demo is made again: a newer Lookout may group it differently.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        test::MockClock clock;
        QDateTime firstNewest;
        {
            Store store;
            QString error;
            QVERIFY2(DemoData::open(store, path, clock.now(), &error), qPrintable(error));
            firstNewest = store.newestEventTime();
        }
        const QDateTime built = QFileInfo(QCoreApplication::applicationFilePath()).lastModified();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(built.addDays(-1), QFileDevice::FileModificationTime));
        file.close();
        clock.advance(3600);
        Store again;
        QString error;
        QVERIFY(DemoData::open(again, path, clock.now(), &error));
        QCOMPARE(again.newestEventTime(), firstNewest.addSecs(3600)); // rebuilt, shifted to the new now
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"

#include "TestData.h"
#include "ingest/Importer.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_store.open(QStringLiteral(":memory:"))); }

    void brokenLinesAreReportedAndTheRestStored_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("events/mixed.jsonl");
        QTest::newRow("gzip") << QStringLiteral("events/mixed.jsonl.gz");
    }

    void brokenLinesAreReportedAndTheRestStored()
    {
        QFETCH(QString, file);
        const QString path = test::dataPath(file);
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(path, &report));
        QCOMPARE(report.events, 20);
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.problems.at(0).line, 2);
        QCOMPARE(report.problems.at(1).line, 9);
        QCOMPARE(report.problems.at(2).line, 17);
        QVERIFY(report.problems.at(0).toString().startsWith(path + QStringLiteral(":2: invalid JSON")));
        QVERIFY2(report.problems.at(1).message.contains(QStringLiteral("event_id")), qPrintable(report.problems.at(1).message));
        QVERIFY2(report.problems.at(2).message.contains(QStringLiteral("timestamp")), qPrintable(report.problems.at(2).message));

        QCOMPARE(m_store.eventCount(), 20);
        const QList<IssueSummary> issues = m_store.issues(IssueQuery::sortedBy(IssueSort::TimesSeen), 0, 10);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).timesSeen, 15);
        QCOMPARE(issues.at(0).title, QStringLiteral("KeyError: order 1019 not found"));
        QCOMPARE(issues.at(1).timesSeen, 5);
    }

    void reimportAddsNothing()
    {
        Importer importer(m_store, shop());
        ImportReport first;
        importer.importPath(test::dataPath(QStringLiteral("events/mixed.jsonl")), &first);
        ImportReport second;
        importer.importPath(test::dataPath(QStringLiteral("events/mixed.jsonl.gz")), &second);
        QCOMPARE(second.events, 0);
        QCOMPARE(second.duplicates, 20);
        QCOMPARE(m_store.eventCount(), 20);
    }

    void walksDirectories()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        QFile one(dir.filePath(QStringLiteral("a/one.jsonl")));
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write(test::eventLine(QStringLiteral("%1").arg(1, 32, 16, QLatin1Char('0')), 10, QStringLiteral("A")) + '\n');
        one.close();
        QFile two(dir.filePath(QStringLiteral("a/b/two.ndjson")));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write(test::eventLine(QStringLiteral("%1").arg(2, 32, 16, QLatin1Char('0')), 20, QStringLiteral("B")));
        two.close();
        QFile ignored(dir.filePath(QStringLiteral("a/notes.txt")));
        QVERIFY(ignored.open(QIODevice::WriteOnly));
        ignored.write("not events");
        ignored.close();

        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(dir.path(), &report));
        QCOMPARE(report.files, 2);
        QCOMPARE(report.events, 2);
        QVERIFY(report.ok());
    }

    void missingFileIsAnError()
    {
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(!importer.importPath(QStringLiteral("/nonexistent/events.jsonl"), &report));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.constFirst().toString().contains(QStringLiteral("/nonexistent/events.jsonl")));
    }

    void sessionRecordsAreKept()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("sessions.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"sid":"8a8c5d2e-1b0f-4a8e-9a51-5c5f2a0e9d11","status":"ok","started":"2026-11-20T10:00:00Z","attrs":{"release":"a@1"}})"
            "\n"
            R"({"aggregates":[{"started":"2026-11-20T10:00:00Z","exited":12,"crashed":1}],"attrs":{"release":"a@1"}})"
            "\n");
        file.close();
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(file.fileName(), &report));
        QCOMPARE(report.sessions, 2);
        QCOMPARE(m_store.sessionPayloadCount(), 2);
    }

    void importsEnvelopes()
    {
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(
            test::dataPath(QStringLiteral("envelopes/application_x_sentry_envelope-1706290053204.txt")), &report));
        QVERIFY2(report.ok(), qPrintable(report.problems.isEmpty() ? QString() : report.problems.constFirst().toString()));
        QCOMPARE(report.events, 1);
        QCOMPARE(report.sessions, 1);
        QCOMPARE(report.attachments, 1);
        QCOMPARE(m_store.eventCount(), 1);
        QCOMPARE(m_store.attachmentCount(), 1);

        // Again: nothing new, the attachment included.
        Importer again(m_store, shop());
        ImportReport second;
        QVERIFY(again.importPath(
            test::dataPath(QStringLiteral("envelopes/application_x_sentry_envelope-1706290053204.txt")), &second));
        QCOMPARE(second.events, 0);
        QCOMPARE(second.attachments, 0);
        QCOMPARE(m_store.attachmentCount(), 1);
    }

    void importsADirectoryOfRealEnvelopes()
    {
        // Every envelope the SDKs' own test suites use: events become issues, transactions and
        // other performance data are counted as skipped, nothing is lost silently.
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(test::dataPath(QStringLiteral("envelopes")), &report));
        QCOMPARE(report.files, 35);
        QVERIFY2(report.events >= 18, qPrintable(report.summary()));
        QCOMPARE(m_store.eventCount(), report.events);
        QVERIFY(report.skippedItems.value(QStringLiteral("transaction")) >= 6);
        for (const ImportProblem &problem : std::as_const(report.problems))
            qInfo() << problem.toString();
    }

    void mixesNormalisedAndRestLines()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("mixed.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile rest(test::dataPath(QStringLiteral("rest/project-event.json")));
        QVERIFY(rest.open(QIODevice::ReadOnly));
        file.write(QJsonDocument::fromJson(rest.readAll()).toJson(QJsonDocument::Compact) + '\n');
        file.write(test::eventLine(QStringLiteral("%1").arg(5, 32, 16, QLatin1Char('0')), 10, QStringLiteral("A")) + '\n');
        file.close();
        Importer importer(m_store, shop());
        ImportReport report;
        QVERIFY(importer.importPath(file.fileName(), &report));
        QVERIFY2(report.ok(), qPrintable(report.problems.isEmpty() ? QString() : report.problems.constFirst().toString()));
        QCOMPARE(report.events, 2);
    }

    void dryRunKeepsNothing()
    {
        ImportOptions options = shop();
        options.dryRun = true;
        Importer importer(m_store, options);
        ImportReport report;
        importer.importPath(test::dataPath(QStringLiteral("events/mixed.jsonl")), &report);
        importer.finish(&report);
        QCOMPARE(report.events, 20);
        QCOMPARE(report.issuesCreated, 2);
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(m_store.eventCount(), 0);
        QCOMPARE(m_store.issueCount({}), 0);
    }

    void cancelledKeepsWhatWasReadAndAgainAddsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        constexpr int total = 3000;
        for (int i = 0; i < total; ++i) {
            const QString id = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
            file.write(test::eventLine(id, 1.7e9 + i, QStringLiteral("Error%1").arg(i % 7)) + '\n');
        }
        file.close();

        // Cancelled at the first progress report: the import stops at the next chunk of lines.
        bool cancel = false;
        ImportOptions options = shop();
        options.progress = [&](const ImportProgress &) { cancel = true; };
        options.cancelled = [&] { return cancel; };
        ImportReport first;
        {
            Importer importer(m_store, options);
            QVERIFY(importer.importPath(path, &first));
            importer.finish(&first);
        }
        QVERIFY(first.cancelled);
        QVERIFY2(first.events > 0 && first.events < total, qPrintable(QString::number(first.events)));
        QVERIFY(first.problems.isEmpty());
        QCOMPARE(m_store.eventCount(), first.events);

        Importer again(m_store, shop());
        ImportReport second;
        QVERIFY(again.importPath(path, &second));
        QVERIFY(!second.cancelled);
        QCOMPARE(second.duplicates, first.events);
        QCOMPARE(second.events, total - first.events);
        QCOMPARE(m_store.eventCount(), total);
    }

private:
    static ImportOptions shop()
    {
        ImportOptions options;
        options.projectSlug = QStringLiteral("shop");
        return options;
    }

    Store m_store;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "TestImporter.moc"

#include "TestData.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Runs the real executables, as scripts and CI use them.
class TestLookoutctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const auto [code, out, err] = run({QStringLiteral("--version")});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith("lookoutctl " LOOKOUT_VERSION), out.constData());
        QVERIFY2(out.contains("\nallocator: "), out.constData()); // what a bug report needs to say
    }

    void unknownCommandIsAUsageError()
    {
        const auto [code, out, err] = run({QStringLiteral("--db"), db(), QStringLiteral("frobnicate")});
        QCOMPARE(code, 2);
        QVERIFY(err.contains("unknown command 'frobnicate'"));
    }

    void importReportsBrokenLinesAndKeepsTheRest()
    {
        const QString file = lookout::test::dataPath(QStringLiteral("events/mixed.jsonl"));
        const auto [code, out, err] = run(
            {QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("shop"), file});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("20 events imported"), out.constData());
        QVERIFY2(err.contains((file + QStringLiteral(":9: ")).toUtf8()), err.constData());
        QCOMPARE(err.count('\n'), 3);

        const auto [code2, json, err2] = run({QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--json"),
            QStringLiteral("--sort"), QStringLiteral("freq")});
        QCOMPARE(code2, 0);
        // Sentry's REST names and types: count is a string, project an object.
        const QJsonArray issues = QJsonDocument::fromJson(json).array();
        QCOMPARE(issues.size(), 2);
        const QJsonObject top = issues.at(0).toObject();
        QCOMPARE(top.value(u"shortId").toString(), QStringLiteral("SHOP-2"));
        QCOMPARE(top.value(u"count").toString(), QStringLiteral("15"));
        QCOMPARE(top.value(u"userCount").toInt(), 7);
        QCOMPARE(top.value(u"status").toString(), QStringLiteral("unresolved"));
        QCOMPARE(top.value(u"project").toObject().value(u"slug").toString(), QStringLiteral("shop"));
        QVERIFY(top.value(u"lastSeen").toString().endsWith(u'Z'));

        const auto [code3, text, err3] = run(
            {QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--query"), QStringLiteral("TimeoutError")});
        QCOMPARE(code3, 0);
        QVERIFY2(text.contains("SHOP-1 ") && !text.contains("SHOP-2 "), text.constData());
        const auto [code4, none, err4] = run(
            {QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--query"), QStringLiteral("is:resolved")});
        QCOMPARE(code4, 0);
        QVERIFY(none.contains("0 of 0 issues"));
        const auto [code5, bad, err5] = run(
            {QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--query"), QStringLiteral("is:sleeping")});
        QCOMPARE(code5, 2);
        QVERIFY2(err5.contains("is:sleeping"), err5.constData());
        // Every bad term is named with the reason; nothing is listed.
        const auto [code6, out6, err6] = run({QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--query"),
            QStringLiteral("level:eror TimeoutError browser:Chrome")});
        QCOMPARE(code6, 2);
        QVERIFY2(out6.isEmpty(), out6.constData());
        QVERIFY2(err6.contains("level:eror: unknown level 'eror'"), err6.constData());
        QVERIFY2(err6.contains("browser:Chrome: unknown search key 'browser'"), err6.constData());
        const auto [code7, trend, err7] = run({QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--query"),
            QStringLiteral("!is:resolved level:[error, fatal]"), QStringLiteral("--sort"), QStringLiteral("trend")});
        QCOMPARE(code7, 0);
        QVERIFY2(trend.contains("SHOP-1 "), trend.constData());
        const auto [code8, out8, err8]
            = run({QStringLiteral("--db"), db(), QStringLiteral("issues"), QStringLiteral("--sort"), QStringLiteral("priority")});
        QCOMPARE(code8, 2);
        QVERIFY2(err8.contains("unknown sort 'priority'"), err8.constData());
    }

    void showPrintsAnIssueAndRestJson()
    {
        const QString file = lookout::test::dataPath(QStringLiteral("events/mixed.jsonl"));
        run({QStringLiteral("--db"), db(QStringLiteral("show")), QStringLiteral("import"), file});
        const auto [code, text, err]
            = run({QStringLiteral("--db"), db(QStringLiteral("show")), QStringLiteral("show"), QStringLiteral("imported-2")});
        QCOMPARE(code, 0);
        QVERIFY2(text.startsWith("IMPORTED-2  KeyError: order 1019 not found"), text.constData());
        QVERIFY(text.contains("* load_order (shop/orders.py:42)"));

        const auto [code2, json, err2] = run({QStringLiteral("--db"), db(QStringLiteral("show")), QStringLiteral("show"),
            QStringLiteral("--json"), QStringLiteral("000000000000000000000000000e0013")});
        QCOMPARE(code2, 0);
        const QJsonObject event = QJsonDocument::fromJson(json).object();
        QCOMPARE(event.value(u"eventID").toString(), QStringLiteral("000000000000000000000000000e0013"));
        const QJsonObject entry = event.value(u"entries").toArray().at(0).toObject();
        QCOMPARE(entry.value(u"type").toString(), QStringLiteral("exception"));
        const QJsonObject frame = entry.value(u"data")
                                      .toObject()
                                      .value(u"values")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"stacktrace")
                                      .toObject()
                                      .value(u"frames")
                                      .toArray()
                                      .at(1)
                                      .toObject();
        QCOMPARE(frame.value(u"lineNo").toInt(), 42);
        QCOMPARE(frame.value(u"inApp").toBool(), true);
        const auto [code3, out3, err3]
            = run({QStringLiteral("--db"), db(QStringLiteral("show")), QStringLiteral("show"), QStringLiteral("NOPE-1")});
        QCOMPARE(code3, 1);
        QVERIFY(err3.contains("no issue or event 'NOPE-1'"));
    }

    void showListsAnEventsAttachments()
    {
        const QString path = db(QStringLiteral("attachments"));
        run({QStringLiteral("--db"), path, QStringLiteral("import"),
            lookout::test::dataPath(QStringLiteral("envelopes/application_x_sentry_envelope-1706290053204.txt"))});
        const auto [code, text, err]
            = run({QStringLiteral("--db"), path, QStringLiteral("show"), QStringLiteral("f9b386bac7054161b4a22b0684fccdd5")});
        QCOMPARE(code, 0);
        QVERIFY2(text.contains("attachments:\n    view-hierarchy.json  application/json  event.view_hierarchy  5.70 KiB"),
            text.constData());
    }

    void exportThenImportGivesTheSameIssues()
    {
        const QString source = db(QStringLiteral("source"));
        run({QStringLiteral("--db"), source, QStringLiteral("import"),
            lookout::test::dataPath(QStringLiteral("events/mixed.jsonl"))});
        run({QStringLiteral("--db"), source, QStringLiteral("import"), lookout::test::dataPath(QStringLiteral("envelopes"))});
        const QString exported = m_dir.filePath(QStringLiteral("export.jsonl"));
        const auto [code, out, err]
            = run({QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("--output"), exported});
        QCOMPARE(code, 0);
        const auto [code2, out2, err2]
            = run({QStringLiteral("--db"), db(QStringLiteral("copy")), QStringLiteral("import"), exported});
        QVERIFY2(code2 == 0, err2.constData());
        const auto issuesOf = [&](const QString &path) {
            const auto [c, json, e] = run({QStringLiteral("--db"), path, QStringLiteral("issues"), QStringLiteral("--query"),
                QString(), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
            QStringList rows;
            for (const auto &v : QJsonDocument::fromJson(json).array()) {
                const QJsonObject o = v.toObject();
                rows << o.value(u"title").toString() + u'|' + o.value(u"count").toString() + u'|'
                        + o.value(u"userCount").toVariant().toString() + u'|' + o.value(u"firstSeen").toString() + u'|'
                        + o.value(u"lastSeen").toString();
            }
            rows.sort();
            return rows;
        };
        const QStringList before = issuesOf(source);
        QVERIFY(before.size() > 10);
        QCOMPARE(issuesOf(db(QStringLiteral("copy"))), before);
    }

    void killedImportLeavesAConsistentCacheAndResumes()
    {
        // Big enough that the import is still running after its first batch commits.
        const QString file = m_dir.filePath(QStringLiteral("many.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        constexpr int total = 8000;
        for (int i = 0; i < total; ++i)
            out.write(lookout::test::eventLine(QStringLiteral("%1").arg(i + 1, 32, 16, QLatin1Char('0')), 1763640000 + i,
                          QStringLiteral("Error%1").arg(i % 50))
                + '\n');
        out.close();
        const QString cache = db(QStringLiteral("killed"));

        QProcess import;
        import.setProcessEnvironment(environment());
        import.start(QStringLiteral(LOOKOUTCTL_PATH), {QStringLiteral("--db"), cache, QStringLiteral("import"), file});
        QVERIFY(import.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(countEvents(cache) > 0 || import.state() == QProcess::NotRunning, 60000);
        const bool killedMidway = import.state() == QProcess::Running;
        import.kill(); // SIGKILL: no chance to clean up
        import.waitForFinished();
        if (!killedMidway)
            qWarning("the import finished before it could be killed; only the rerun was checked");

        const qint64 kept = countEvents(cache);
        QVERIFY(kept > 0);
        QCOMPARE(kept % 2000, 0); // whole batches or nothing
        QCOMPARE(scalar(cache, "PRAGMA integrity_check"), QByteArray("ok"));

        const auto [code, text, err] = run({QStringLiteral("--db"), cache, QStringLiteral("import"), file});
        QCOMPARE(code, 0);
        QVERIFY2(text.startsWith(QStringLiteral("%1 events imported").arg(total - kept).toUtf8()), text.constData());
        QCOMPARE(countEvents(cache), total);
        QCOMPARE(scalar(cache, "SELECT sum(times_seen) FROM issues").toInt(), total);
        QCOMPARE(scalar(cache, "SELECT count(*) FROM issues").toInt(), 50);
    }

    void groupExplainsAnEventsHashes()
    {
        const QString file = lookout::test::dataPath(QStringLiteral("grouping/cases/exception_compute_hashes.json"));
        const auto [code, text, err] = run({QStringLiteral("group"), file});
        QCOMPARE(code, 0);
        QVERIFY2(text.startsWith("app:\n  hash: \"b23ee1963904c2ca87b145febf94b66c\""), text.constData());
        QVERIFY(text.contains("\"ValueError\""));
        const auto [code2, text2, err2] = run({QStringLiteral("group"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(code2, 1);
        QVERIFY(err2.contains("missing.json"));
    }

    void demoListsIssuesAcrossProjects()
    {
        const auto [code, out, err]
            = run({QStringLiteral("--demo"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("demo.sqlite")),
                QStringLiteral("issues"), QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith("ID "), out.left(200).constData());
        QVERIFY(out.contains("BACKEND-API-1 "));
        QVERIFY(out.contains("WEB-FRONTEND-1 "));
    }

    void healthPrintsSentrysHealthDataFields()
    {
        // Sessions started an hour ago: 400 aggregated (2 crashed, 1 abnormal, 3 errored) on 2.0.0,
        // and on 1.0.0 one user with a session that crashed after an init, and one that exited.
        const qint64 started = QDateTime::currentSecsSinceEpoch() - 3600;
        const QString iso = QDateTime::fromSecsSinceEpoch(started, QTimeZone::UTC).toString(Qt::ISODate);
        const QString file = m_dir.filePath(QStringLiteral("sessions.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QString lines
            = QStringLiteral("{\"aggregates\":[{\"started\":\"%1\",\"exited\":394,\"errored\":3,\"abnormal\":1,\"crashed\":2}],"
                             "\"attrs\":{\"release\":\"shop@2.0.0\",\"environment\":\"production\"}}\n"
                             "{\"sid\":\"a\",\"did\":\"u1\",\"init\":true,\"started\":\"%1\",\"status\":\"ok\","
                             "\"attrs\":{\"release\":\"shop@1.0.0\",\"environment\":\"production\"}}\n"
                             "{\"sid\":\"a\",\"did\":\"u1\",\"started\":\"%1\",\"status\":\"crashed\",\"errors\":1,"
                             "\"attrs\":{\"release\":\"shop@1.0.0\",\"environment\":\"production\"}}\n"
                             "{\"sid\":\"b\",\"did\":\"u2\",\"init\":true,\"started\":\"%1\",\"status\":\"exited\","
                             "\"attrs\":{\"release\":\"shop@1.0.0\",\"environment\":\"production\"}}\n")
                  .arg(iso);
        out.write(lines.toUtf8());
        out.close();
        const QString cache = db(QStringLiteral("health"));
        const auto [code, text, err] = run(
            {QStringLiteral("--db"), cache, QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("shop"), file});
        QCOMPARE(code, 0);
        const auto [code2, json, err2] = run({QStringLiteral("--db"), cache, QStringLiteral("health"), QStringLiteral("--json")});
        QCOMPARE(code2, 0);
        const QJsonArray releases = QJsonDocument::fromJson(json).array();
        QCOMPARE(releases.size(), 2);
        // Newest version first.
        const QJsonObject v2 = releases.at(0).toObject();
        QCOMPARE(v2.value(u"version").toString(), QStringLiteral("shop@2.0.0"));
        QCOMPARE(v2.value(u"totalSessions").toInteger(), 400);
        QCOMPARE(v2.value(u"sessionsCrashed").toInteger(), 2);
        QCOMPARE(v2.value(u"sessionsErrored").toInteger(), 3);
        QCOMPARE(v2.value(u"crashFreeSessions").toDouble(), 99.5);
        QCOMPARE(v2.value(u"adoption").toDouble(), 100.0 * 400 / 402);
        QCOMPARE(v2.value(u"crashFreeUsers").type(), QJsonValue::Null); // aggregates name no users
        QCOMPARE(v2.value(u"status").toString(), QStringLiteral("healthy"));
        const QJsonObject v1 = releases.at(1).toObject();
        QCOMPARE(v1.value(u"totalSessions").toInteger(), 2);
        QCOMPARE(v1.value(u"sessionsCrashed").toInteger(), 1);
        QCOMPARE(v1.value(u"crashFreeSessions").toDouble(), 50.0);
        QCOMPARE(v1.value(u"totalUsers").toInteger(), 2);
        QCOMPARE(v1.value(u"crashFreeUsers").toDouble(), 50.0);
        QCOMPARE(v1.value(u"status").toString(), QStringLiteral("critical"));

        const auto [code3, table, err3] = run(
            {QStringLiteral("--db"), cache, QStringLiteral("health"), QStringLiteral("--release"), QStringLiteral("shop@2.0.0")});
        QCOMPARE(code3, 0);
        QVERIFY2(table.contains("shop@2.0.0") && table.contains("99.50%") && !table.contains("shop@1.0.0"), table.constData());
        const auto [code4, none, err4]
            = run({QStringLiteral("--db"), cache, QStringLiteral("health"), QStringLiteral("--project"), QStringLiteral("nope")});
        QCOMPARE(code4, 1);
        QVERIFY(err4.contains("nope"));
        const auto [code5, bad, err5]
            = run({QStringLiteral("--db"), cache, QStringLiteral("health"), QStringLiteral("--period"), QStringLiteral("x")});
        QCOMPARE(code5, 2);
    }

    void guiScreenshot()
    {
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QProcess gui;
        gui.setProcessEnvironment(environment());
        gui.start(QStringLiteral(LOOKOUT_PATH),
            {QStringLiteral("--demo"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("demo.sqlite")),
                QStringLiteral("--screenshot"), png});
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
    }

    // tools/screenshots relies on both: a picture of the import report, and the same picture on any day.
    void guiScreenshotOfImportAtFixedTime()
    {
        const QString cache = db(u"shot"_s);
        const auto render = [&](const QString &png) {
            QProcess gui;
            gui.setProcessEnvironment(environment());
            gui.start(QStringLiteral(LOOKOUT_PATH),
                {u"--db"_s, cache, u"--now"_s, u"2026-11-20T12:00:00Z"_s, u"--screenshot"_s, png,
                    lookout::test::dataPath(u"events/mixed.jsonl"_s)});
            return gui.waitForFinished(60000) && gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
        };
        const QString png = m_dir.filePath(u"import.png"_s);
        QCOMPARE(render(png), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() < 1280, "the import dialog, not the main window");
        // The import ran to its end before the picture: its events are in the cache.
        const auto [code, out, err] = run({u"--db"_s, cache, u"stats"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("events:   20"), out.constData());

        QProcess interactive;
        interactive.setProcessEnvironment(environment());
        interactive.start(QStringLiteral(LOOKOUT_PATH), {u"--db"_s, cache, u"--now"_s, u"2026-11-20T12:00:00Z"_s});
        QVERIFY(interactive.waitForFinished(60000));
        QCOMPARE(interactive.exitCode(), 1); // a stopped clock is for pictures only
        QVERIFY(interactive.readAllStandardError().contains("--now"));
    }

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    QString db(const QString &name = QStringLiteral("cache")) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never the user's real cache or settings
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    Result run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LOOKOUTCTL_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, "timed out"};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
    }

    // Read with a plain SQLite connection, as a second process would, while lookoutctl writes.
    static QByteArray scalar(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        QByteArray result;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
                result = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return result;
    }

    static qint64 countEvents(const QString &path)
    {
        if (!QFile::exists(path))
            return 0;
        return scalar(path, "SELECT count(*) FROM events").toLongLong();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLookoutctl)
#include "TestLookoutctl.moc"

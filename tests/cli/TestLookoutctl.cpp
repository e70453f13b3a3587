#include "TestData.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
            QStringLiteral("--sort"), QStringLiteral("events")});
        QCOMPARE(code2, 0);
        const QList<QByteArray> lines = json.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject top = QJsonDocument::fromJson(lines.constFirst()).object();
        QCOMPARE(top.value(u"shortId").toString(), QStringLiteral("SHOP-2"));
        QCOMPARE(top.value(u"count").toInt(), 15);
        QCOMPARE(top.value(u"project").toString(), QStringLiteral("shop"));
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

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    QString db() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

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

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLookoutctl)
#include "TestLookoutctl.moc"

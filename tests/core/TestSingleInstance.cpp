#include "core/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSecondStartHandsItsArgumentsToTheFirst()
    {
        const QString cache = m_dir.filePath(u"one.sqlite"_s);
        SingleInstance first(cache);
        QCOMPARE(first.start({}, u"/"_s), SingleInstance::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        // The second start blocks until the first answers, so it runs beside this event loop.
        const QStringList arguments {u"https://acme.sentry.io/issues/42/"_s, u"events.jsonl"_s, u"ünïcode file.json"_s};
        QFuture<SingleInstance::Result> second = QtConcurrent::run([cache, arguments] {
            SingleInstance instance(cache);
            return instance.start(arguments, u"/home/someone/work"_s);
        });
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
        QCOMPARE(received.at(0).at(1).toString(), u"/home/someone/work"_s);
        QTRY_VERIFY(second.isFinished());
        QCOMPARE(second.result(), SingleInstance::Forwarded);
    }

    void anotherCacheIsAnotherInstance()
    {
        SingleInstance first(m_dir.filePath(u"a.sqlite"_s));
        SingleInstance second(m_dir.filePath(u"b.sqlite"_s));
        QVERIFY(first.serverName() != second.serverName());
        QCOMPARE(first.start({}, {}), SingleInstance::Primary);
        QCOMPARE(second.start({}, {}), SingleInstance::Primary);
    }

    void aSocketLeftByACrashIsTakenOver()
    {
        SingleInstance instance(m_dir.filePath(u"crashed.sqlite"_s));
        // What a killed instance leaves: the socket's file, with nobody listening. (A bare name is
        // a file in the temp folder.)
        const QString name = instance.serverName();
        QFile leftover(name.contains(u'/') ? name : QDir::tempPath() + u'/' + name);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QCOMPARE(instance.start({}, {}), SingleInstance::Primary);
        QLocalSocket probe;
        probe.connectToServer(instance.serverName());
        QVERIFY(probe.waitForConnected(5000));
    }

    void theAppItselfForwardsAndExits()
    {
        // Two real starts of lookout on one cache: the second exits at once, the first keeps running.
        const QString cache = m_dir.filePath(u"app.sqlite"_s);
        // Their settings and data in the test's folder, never the user's.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess first;
        first.setProcessEnvironment(environment);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(LOOKOUT_PATH), {u"--db"_s, cache});
        QVERIFY(first.waitForStarted());
        // The first listens once it has made its socket.
        const QString name = SingleInstance(cache).serverName();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&name] {
                QLocalSocket probe;
                probe.connectToServer(name);
                return probe.waitForConnected(100);
            }(),
            20000);

        QProcess second;
        second.setProcessEnvironment(environment);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(LOOKOUT_PATH), {u"--db"_s, cache, u"https://acme.sentry.io/issues/42/"_s});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(20000));
    }

    void versionNeedsNoDisplay()
    {
        // `lookout --version` in a terminal without a window system (an ssh session, a package test).
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        QProcess lookout;
        lookout.setProcessEnvironment(environment);
        lookout.start(QStringLiteral(LOOKOUT_PATH), {u"--version"_s});
        QVERIFY(lookout.waitForFinished(20000));
        QCOMPARE(lookout.exitCode(), 0);
        const QByteArray out = lookout.readAllStandardOutput().trimmed();
        QVERIFY2(out.startsWith("lookout " LOOKOUT_VERSION " (allocator: ") && out.endsWith(')'), out.constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"

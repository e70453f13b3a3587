// Settings survive a crash in the middle of writing them: QSettings writes a new file beside the old
// one and renames it over (QSaveFile; QSettings::isAtomicSyncRequired() is true by default), so a
// killed writer leaves the old file or the new one, never half of one. This test kills a writer
// while it writes and reads what is left.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype payloadSize = 2 * 1024 * 1024; // large, so a write takes long enough to be killed in

int writeForever(const QString &file)
{
    QSettings settings(file, QSettings::IniFormat);
    for (int round = 0;; ++round) {
        settings.setValue(u"mainWindow/payload"_s, QString(payloadSize, QChar(u'a' + round % 26)));
        settings.setValue(u"mainWindow/round"_s, round);
        std::printf("writing %d\n", round);
        std::fflush(stdout);
        settings.sync();
    }
}

} // namespace

class TestSettingsCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKilledWriteKeepsWholeSettings()
    {
        QVERIFY(QSettings(u"x"_s, QSettings::IniFormat).isAtomicSyncRequired()); // Qt's default, which Lookout keeps
        QTemporaryDir dir;
        const QString file = dir.filePath(u"lookout.conf"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(u"appearance/theme"_s, u"dark"_s);
        }
        int leftovers = 0;
        for (int kill = 0; kill < 8; ++kill) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(), {u"--write-forever"_s, file});
            QVERIFY(writer.waitForStarted());
            // Kill it while it writes a new file: QSaveFile's temporary file (lookout.conf.XXXXXX)
            // is there from the start of the write until the rename. Rounds repeat, so polling
            // that misses one catches a later one.
            const QDir folder(dir.path());
            // From its second round on, so the file it replaces holds a payload too.
            for (int lines = 0; lines < 2;) {
                while (!writer.canReadLine())
                    QVERIFY(writer.waitForReadyRead(30000));
                writer.readLine();
                ++lines;
            }
            const auto writing = [&] { return !folder.entryList({u"lookout.conf.*"_s}, QDir::Files).isEmpty(); };
            QElapsedTimer waited;
            waited.start();
            while (!writing() && waited.elapsed() < 30000)
                QVERIFY(writer.state() == QProcess::Running);
            writer.kill();
            QVERIFY(writer.waitForFinished(30000));
            // Its unfinished file stays, unless the rename beat the kill.
            if (writing())
                ++leftovers;
            for (const QString &name : folder.entryList({u"lookout.conf.*"_s}, QDir::Files))
                QVERIFY(QFile::remove(folder.filePath(name)));

            QSettings settings(file, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"dark"_s); // nothing else lost
            const QString payload = settings.value(u"mainWindow/payload"_s).toString();
            QCOMPARE(payload.size(), payloadSize); // a whole round, never a torn one
            QCOMPARE(payload.count(payload.front()), payloadSize);
        }
        qInfo("%d of the 8 kills left a half-written new file beside the intact settings", leftovers);
        QVERIFY(leftovers > 0); // the kills did come mid-write
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-forever") == 0)
        return writeForever(QString::fromLocal8Bit(argv[2]));
    TestSettingsCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSettingsCrash.moc"

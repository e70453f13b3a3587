// Replays, through the fuzz targets' own entry points, every input a fuzzer once failed on
// (tests/data/fuzz-regressions/<target>/, one file each, kept when the bug was fixed) and the
// hand-made seeds (tests/fuzz/seeds/<target>/). A target aborts on a broken invariant and the
// sanitizer presets catch memory errors, so a row passes by returning.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace lookout;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const fuzz::NamedTarget &target : fuzz::targets) {
            const QString name = QString::fromLatin1(target.name);
            for (const QString &root :
                {QStringLiteral(LOOKOUT_FUZZ_DATA_DIR "/fuzz-regressions/"), QStringLiteral(LOOKOUT_FUZZ_SEEDS_DIR "/")}) {
                const QDir dir(root + name);
                const QStringList files = dir.entryList(QDir::Files, QDir::Name);
                for (const QString &file : files) {
                    const QString path = dir.filePath(file);
                    QTest::addRow("%s/%s", target.name, qPrintable(file)) << name << path;
                    ++rows;
                }
            }
            // Inputs every target must survive, whatever its corpus holds.
            QTest::addRow("%s/empty", target.name) << name << QString();
        }
        QVERIFY(rows > 0);
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QByteArray input;
        if (!path.isEmpty()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            input = file.readAll();
        }
        for (const fuzz::NamedTarget &named : fuzz::targets) {
            if (target == QLatin1StringView(named.name)) {
                QCOMPARE(named.run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
                return;
            }
        }
        QFAIL("no such target");
    }

    void everyTargetHasADirectory()
    {
        // So that tools/fuzz and this test agree on the names.
        for (const fuzz::NamedTarget &target : fuzz::targets)
            QVERIFY2(QDir(QStringLiteral(LOOKOUT_FUZZ_SEEDS_DIR "/") + QLatin1StringView(target.name)).exists(), target.name);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"

#include "GroupingCorpus.h"
#include "TestData.h"
#include "grouping/GroupingCaches.h"
#include "grouping/Parameterizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace lookout;
using namespace lookout::test;

// Sentry's message parameterisation, which decides how messages and exception values group.
class TestParameterizer : public QObject
{
    Q_OBJECT

private slots:
    void parameterizer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("int") << QStringLiteral("Charlie didn't bring 2 balls back!")
                             << QStringLiteral("Charlie didn't bring <int> balls back!");
        QTest::newRow("float then negative int")
            << QStringLiteral("Connector[HTTP/1.1-8080]") << QStringLiteral("Connector[HTTP/<float><int>]");
        QTest::newRow("url") << QStringLiteral("fetch https://example.com/a?b=1 failed") << QStringLiteral("fetch <url> failed");
        QTest::newRow("email") << QStringLiteral("no user jane@example.com") << QStringLiteral("no user <email>");
        QTest::newRow("uuid") << QStringLiteral("id 6ba7b810-9dad-11d1-80b4-00c04fd430c8") << QStringLiteral("id <uuid>");
        QTest::newRow("hex") << QStringLiteral("at 0xdeadBEEF") << QStringLiteral("at <hex>");
        QTest::newRow("ipv4") << QStringLiteral("from 192.168.0.1") << QStringLiteral("from <ip>");
        QTest::newRow("date") << QStringLiteral("at 2024-01-02") << QStringLiteral("at <date>");
        QTest::newRow("quoted after =") << QStringLiteral("key='abc' other 'x'") << QStringLiteral("key=<quoted_str> other 'x'");
        QTest::newRow("bool after =") << QStringLiteral("flag=true true") << QStringLiteral("flag=<bool> true");
        QTest::newRow("no change") << QStringLiteral("Address already in use") << QStringLiteral("Address already in use");
        QTest::newRow("lines keep their spaces") << QStringLiteral("  a  \n b") << QStringLiteral("  a  \n b");
        QTest::newRow("one line, spaces kept") << QStringLiteral(" padded ") << QStringLiteral(" padded ");
        QTest::newRow("two lines kept") << QStringLiteral("a\n\nb\nc") << QStringLiteral("a\nb...");
    }

    void parameterizer()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Parameterizer::normalizeForGrouping(input), expected);
    }

    // Sentry's own parameterization test inputs (and a few edge cases), each alone and inside text,
    // with what Sentry's pattern set gives for them (see tests/data/grouping/SOURCES.md).
    void parameterizerMatchesSentry()
    {
        QFile file(test::dataPath(QStringLiteral("grouping/parameterization.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(vectors.size() > 500);
        QStringList wrong;
        for (const bool caches : {false, true}) { // the one full pattern, and the one cut to each text
            GroupingCaches::setEnabled(caches);
            for (const auto &vector : vectors) {
                const QString input = vector.toArray().at(0).toString();
                const QString expected = vector.toArray().at(1).toString();
                const QString actual = Parameterizer::parameterize(input);
                if (actual != expected)
                    wrong << QStringLiteral("%1 -> %2 (Sentry: %3)").arg(input, actual, expected);
            }
        }
        GroupingCaches::setEnabled(true);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The pattern cut to what a text contains matches as the full one does: texts made of the pieces
    // the alternatives need, and of pieces that are near misses.
    void parameterizerPatternsAgree()
    {
        const QStringList pieces = parameterizerPieces();
        QRandomGenerator random(2026);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            for (int n = 1 + int(random.bounded(12)); n > 0; --n)
                text += pieces.at(qsizetype(random.bounded(quint32(pieces.size()))));
            GroupingCaches::setEnabled(false);
            const QString full = Parameterizer::parameterize(text);
            GroupingCaches::setEnabled(true);
            QCOMPARE(Parameterizer::parameterize(text), full);
        }
    }
};

QTEST_GUILESS_MAIN(TestParameterizer)
#include "TestParameterizer.moc"

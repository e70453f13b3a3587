#include "TestData.h"
#include "ingest/EventJsonParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace lookout;

class TestEventJsonParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesSdkSample()
    {
        // A real Python SDK event (tests/data/samples, see SOURCES.md) with its id and time added.
        QFile file(test::dataPath(QStringLiteral("samples/python-modern.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(file.readAll(), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->eventId, QStringLiteral("9f2c5a1e0c2b4d1f8e7a6b5c4d3e2f10"));
        QCOMPARE(event->platform, QStringLiteral("python"));
        QCOMPARE(event->environment, QStringLiteral("production"));
        QCOMPARE(event->title(), QStringLiteral("Exception: This is an example Python exception"));
        QCOMPARE(event->exceptions.size(), 1);
        QCOMPARE(event->exceptions.constFirst().stacktrace->frames.size(), 2);
        QCOMPARE(event->exceptions.constFirst().stacktrace->frames.constLast().function, QStringLiteral("main"));
        QCOMPARE(event->exceptions.constFirst().stacktrace->frames.constLast().lineno, 26);
        QCOMPARE(event->exceptions.constFirst().mechanism->handled, std::optional<bool>(false));
        // tags given as [key, value] pairs
        QVERIFY(event->tags.contains(std::pair(QStringLiteral("server_name"), QStringLiteral("web01.example.org"))));
        // Sentry names the culprit by the innermost in-app frame: module in function.
        QCOMPARE(event->effectiveCulprit(), QStringLiteral("__main__ in main"));
    }

    void timestampForms_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("float seconds") << QByteArray("1763640000.25") << Q_INT64_C(1763640000250);
        QTest::newRow("rfc3339 Z") << QByteArray("\"2025-11-20T12:00:00.250Z\"") << Q_INT64_C(1763640000250);
        QTest::newRow("rfc3339 offset") << QByteArray("\"2025-11-20T13:00:00+01:00\"") << Q_INT64_C(1763640000000);
        QTest::newRow("no zone means UTC") << QByteArray("\"2025-11-20T12:00:00\"") << Q_INT64_C(1763640000000);
    }

    void timestampForms()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(qint64, msecs);
        QString error;
        const QByteArray json = QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":)") + timestamp + '}';
        const auto event = EventJsonParser::parse(json, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->timestamp.toMSecsSinceEpoch(), msecs);
    }

    void messageEventTitle()
    {
        QString error;
        const auto event = EventJsonParser::parse(
            R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":1,"message":{"formatted":"Disk almost full\nsecond line"},"level":"warning"})",
            &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->title(), QStringLiteral("Disk almost full"));
        QCOMPARE(event->level, Level::Warning);
    }

    void rejectsWithFieldName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no event_id") << QByteArray(R"({"timestamp":1})") << QStringLiteral("event_id");
        QTest::newRow("short event_id") << QByteArray(R"({"event_id":"abc","timestamp":1})") << QStringLiteral("event_id");
        QTest::newRow("bad timestamp") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":"yesterday"})")
                                       << QStringLiteral("timestamp");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("invalid JSON");
    }

    void rejectsWithFieldName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!EventJsonParser::parse(json, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventJsonParser)
#include "TestEventJsonParser.moc"

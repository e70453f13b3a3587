#include "ingest/SessionJsonParser.h"

#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestSessionJsonParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullUpdate()
    {
        // The session item of tests/data/envelopes/application_x_sentry_envelope-1706290053204.txt, plus init.
        QString error;
        const auto session = SessionJsonParser::parseUpdate(
            R"({"sid":"58587a08-ed2e-4f01-84fb-3c9690ed2b2f","did":"5c2cba76-f178-435e-bdec-061af7ac27af","init":true,
                "started":"2024-01-26T17:27:28.656Z","status":"crashed","seq":1706290051422,"errors":1,"duration":2.766,
                "timestamp":"2024-01-26T17:27:31.422Z","attrs":{"release":"io.sentry.samples.android@7.2.0+2","environment":"debug"}})",
            &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->sid, u"58587a08-ed2e-4f01-84fb-3c9690ed2b2f"_s);
        QCOMPARE(session->did, u"5c2cba76-f178-435e-bdec-061af7ac27af"_s);
        QVERIFY(session->init);
        QCOMPARE(session->started, QDateTime(QDate(2024, 1, 26), QTime(17, 27, 28, 656), QTimeZone::UTC));
        QCOMPARE(session->timestamp, QDateTime(QDate(2024, 1, 26), QTime(17, 27, 31, 422), QTimeZone::UTC));
        QCOMPARE(session->status, u"crashed"_s);
        QCOMPARE(session->errors, 1);
        QCOMPARE(session->duration, std::optional<double>(2.766));
        QCOMPARE(session->seq, std::optional<qint64>(Q_INT64_C(1706290051422)));
        QCOMPARE(session->release, u"io.sentry.samples.android@7.2.0+2"_s);
        QCOMPARE(session->environment, u"debug"_s);
    }

    void defaults()
    {
        QString error;
        const auto session = SessionJsonParser::parseUpdate(R"({"started":1700000000})", &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->status, u"ok"_s);
        QCOMPARE(session->errors, 0);
        QVERIFY(!session->init);
        QCOMPARE(session->timestamp, session->started); // no timestamp: the session's start
        QVERIFY(!session->duration);
        QVERIFY(!session->seq);
        QVERIFY(session->sid.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no started") << QByteArray(R"({"sid":"x","status":"ok"})") << u"started"_s;
        QTest::newRow("started not a date") << QByteArray(R"({"started":"soon"})") << u"started"_s;
        QTest::newRow("not JSON") << QByteArray("{") << u"invalid JSON"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"JSON object"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!SessionJsonParser::parseUpdate(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void wrongTypesAreLenient()
    {
        // A string where a number belongs, a negative count: read as well as can be, never fatal.
        QString error;
        const auto session
            = SessionJsonParser::parseUpdate(R"({"started":1,"errors":"3","duration":"long","seq":-5,"init":"yes"})", &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->errors, 3);
        QVERIFY(!session->duration);
        QCOMPARE(session->seq, std::optional<qint64>(-5));
        QVERIFY(!session->init);
    }

    void aggregates()
    {
        QString error;
        const auto buckets = SessionJsonParser::parseAggregates(
            R"({"aggregates":[{"started":"2020-02-07T14:16:00Z","exited":123},
                              {"started":"2020-02-07T14:17:00Z","did":"optional distinct user id","exited":12,"errored":3,"abnormal":1,"crashed":2}],
                "attrs":{"release":"my-project-name@1.0.0","environment":"development"}})",
            &error);
        QVERIFY2(buckets, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(buckets->size(), 2);
        const SessionAggregate &first = buckets->at(0);
        QCOMPARE(first.started, QDateTime(QDate(2020, 2, 7), QTime(14, 16), QTimeZone::UTC));
        QCOMPARE(first.exited, 123);
        QCOMPARE(first.errored, 0); // missing counts are 0
        QCOMPARE(first.abnormal, 0);
        QCOMPARE(first.crashed, 0);
        QVERIFY(first.did.isEmpty());
        const SessionAggregate &second = buckets->at(1);
        QCOMPARE(second.did, u"optional distinct user id"_s);
        QCOMPARE(second.exited, 12);
        QCOMPARE(second.errored, 3);
        QCOMPARE(second.abnormal, 1);
        QCOMPARE(second.crashed, 2);
        QCOMPARE(second.release, u"my-project-name@1.0.0"_s);
        QCOMPARE(second.environment, u"development"_s);
    }

    void aggregatesKeepGoodBuckets()
    {
        QString error;
        const auto buckets
            = SessionJsonParser::parseAggregates(R"({"aggregates":[{"exited":1},{"started":1,"exited":"2"},"junk"]})", &error);
        QVERIFY(buckets);
        QCOMPARE(buckets->size(), 1);
        QCOMPARE(buckets->constFirst().exited, 2);
        QVERIFY2(error.contains(u"0, 2"), qPrintable(error));
    }

    void aggregatesRejected()
    {
        QString error;
        QVERIFY(!SessionJsonParser::parseAggregates(R"({"aggregates":{}})", &error));
        QVERIFY(error.contains(u"aggregates"));
    }
};

QTEST_GUILESS_MAIN(TestSessionJsonParser)
#include "TestSessionJsonParser.moc"

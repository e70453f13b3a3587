// The "recommended" event: the one with the most to debug with, not merely the newest.
#include "TestData.h"
#include "domain/Event.h"
#include "ingest/EventJsonParser.h"
#include "store/RecommendedEvent.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestRecommendedEvent : public QObject
{
    Q_OBJECT

    // The test's standard event with source context; variables and breadcrumbs too when rich.
    static QByteArray line(const QString &id, double timestamp, bool rich)
    {
        QJsonObject event = QJsonDocument::fromJson(test::eventLine(id, timestamp, u"ValueError"_s)).object();
        // The same frame (and so the same issue) in both; only the rich one has variables and breadcrumbs.
        QJsonArray exceptions = event[u"exception"_s].toObject()[u"values"_s].toArray();
        QJsonObject exception = exceptions.at(0).toObject();
        QJsonObject trace = exception[u"stacktrace"_s].toObject();
        QJsonArray frames = trace[u"frames"_s].toArray();
        QJsonObject frame = frames.at(frames.size() - 1).toObject();
        frame[u"context_line"_s] = u"    raise ValueError(order)"_s;
        if (rich)
            frame[u"vars"_s] = QJsonObject {{u"order"_s, u"42"_s}};
        frames[frames.size() - 1] = frame;
        trace[u"frames"_s] = frames;
        exception[u"stacktrace"_s] = trace;
        exceptions[0] = exception;
        event[u"exception"_s] = QJsonObject {{u"values"_s, exceptions}};
        if (rich)
            event[u"breadcrumbs"_s]
                = QJsonArray {QJsonObject {{u"message"_s, u"GET /orders"_s}, {u"timestamp"_s, timestamp - 1}}};
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    static Event parse(const QByteArray &json)
    {
        QString error;
        return EventJsonParser::parse(json, &error).value();
    }

private Q_SLOTS:
    void richerEventsScoreHigher()
    {
        const Event bare = parse(line(u"0123456789abcdef0123456789abcde1"_s, 1700000000, false));
        const Event rich = parse(line(u"0123456789abcdef0123456789abcde2"_s, 1700000000, true));
        QVERIFY(RecommendedEvent::helpfulness(rich) > RecommendedEvent::helpfulness(bare));
    }

    void choosesTheMostHelpfulThenTheNewest()
    {
        Store store;
        QVERIFY(store.open(u":memory:"_s));
        const qint64 project = store.ensureProject(u"shop"_s);
        // An older rich event, then two newer bare ones of the same issue.
        const QString richId = u"0123456789abcdef0123456789abcd01"_s;
        for (const auto &[id, timestamp, rich] :
            {std::tuple {richId, 1700000000.0, true}, std::tuple {u"0123456789abcdef0123456789abcd02"_s, 1700000100.0, false},
                std::tuple {u"0123456789abcdef0123456789abcd03"_s, 1700000200.0, false}}) {
            const QByteArray json = line(id, timestamp, rich);
            QCOMPARE(store.insertEvent(project, parse(json), json), Store::InsertResult::Inserted);
        }
        const qint64 issue = store.issues({}, 0, 1).constFirst().id;
        QCOMPARE(store.cachedEventCount(issue), 3);
        QCOMPARE(RecommendedEvent::choose(store, issue), richId);
        // Among equals, the newest.
        QCOMPARE(RecommendedEvent::choose(store, issue, 2), u"0123456789abcdef0123456789abcd03"_s);
        QCOMPARE(RecommendedEvent::choose(store, 999), QString());
    }
};

QTEST_MAIN(TestRecommendedEvent)
#include "TestRecommendedEvent.moc"

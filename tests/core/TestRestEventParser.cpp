#include "TestData.h"
#include "ingest/RestEventParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

static QByteArray readData(const QString &name)
{
    QFile file(test::dataPath(u"rest/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A REST event with the entry types the API examples lack, in the API's shape (written for Lookout).
static QJsonObject handWritten()
{
    const QJsonObject frame {{u"function"_s, u"run"_s}, {u"absPath"_s, u"/app/worker.py"_s}, {u"filename"_s, u"worker.py"_s},
        {u"lineNo"_s, 10}, {u"colNo"_s, 4}, {u"inApp"_s, true}, {u"rawFunction"_s, u"Worker.run"_s},
        {u"instructionAddr"_s, u"0x1000"_s}, {u"symbolAddr"_s, u"0x0ff0"_s}, {u"vars"_s, QJsonObject {{u"n"_s, 3}}},
        {u"context"_s,
            QJsonArray {QJsonArray {8, u"a"_s}, QJsonArray {9, u""_s}, QJsonArray {10, u"crash()"_s}, QJsonArray {11, u"b"_s}}}};
    return QJsonObject {
        {u"id"_s, u"aaaaaaaabbbbccccddddeeeeeeeeeeee"_s},
        {u"dateCreated"_s, u"2024-05-01T10:00:00Z"_s},
        {u"release"_s, u"worker@2.0"_s},
        {u"fingerprint"_s, QJsonArray {u"{{ default }}"_s, u"worker"_s}},
        {u"entries"_s,
            QJsonArray {
                QJsonObject {{u"type"_s, u"threads"_s},
                    {u"data"_s,
                        QJsonObject {{u"values"_s,
                            QJsonArray {QJsonObject {{u"id"_s, 1}, {u"name"_s, u"main"_s}, {u"crashed"_s, true},
                                {u"current"_s, true}, {u"stacktrace"_s, QJsonObject {{u"frames"_s, QJsonArray {frame}}}}}}}}}},
                QJsonObject {{u"type"_s, u"message"_s},
                    {u"data"_s,
                        QJsonObject {{u"formatted"_s, u"Job 7 failed"_s}, {u"message"_s, u"Job %s failed"_s},
                            {u"params"_s, QJsonArray {7}}}}},
                QJsonObject {{u"type"_s, u"stacktrace"_s}, {u"data"_s, QJsonObject {{u"frames"_s, QJsonArray {frame, frame}}}}},
                QJsonObject {{u"type"_s, u"template"_s},
                    {u"data"_s,
                        QJsonObject {{u"filename"_s, u"page.html"_s}, {u"lineNo"_s, 2},
                            {u"context"_s, QJsonArray {QJsonArray {1, u"<p>"_s}, QJsonArray {2, u"{{ x }}"_s}}}}}},
                QJsonObject {{u"type"_s, u"csp"_s}, {u"data"_s, QJsonObject {{u"blocked_uri"_s, u"https://evil.example"_s}}}},
                QJsonObject {{u"type"_s, u"spans"_s}, {u"data"_s, QJsonArray {}}},
            }},
    };
}

class TestRestEventParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issueEventExample()
    {
        // The response example of GET /api/0/projects/{org}/{project}/events/{event_id}/ (see SOURCES.md).
        QString error;
        const auto event = RestEventParser::parse(readData(u"project-event.json"_s), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->eventId, u"9999aaaaca8b46d797c23c6077c6ff01"_s); // eventID, not id
        QCOMPARE(event->groupId, u"1341191803"_s);
        QCOMPARE(event->timestamp, QDateTime(QDate(2020, 6, 17), QTime(22, 26, 56, 98), QTimeZone::UTC));
        QCOMPARE(event->received, QDateTime(QDate(2020, 6, 17), QTime(22, 26, 56, 429), QTimeZone::UTC));
        QCOMPARE(event->platform, u"javascript"_s);
        QCOMPARE(event->type, u"error"_s);
        QCOMPARE(event->level, Level::Error); // from the tag
        QCOMPARE(event->environment, u"prod"_s); // from the tag
        QCOMPARE(event->release, u"b65bc521378269d3eaefdc964f8ef56621414943"_s); // release.version
        QCOMPARE(event->culprit, u"/books/new/"_s);
        QCOMPARE(event->hashes, QStringList {u"fbe908cc63d63ea9763fd84cb6bad177"_s});
        QVERIFY(event->fingerprint.isEmpty());
        QCOMPARE(event->tag(u"browser.name"_s), u"Chrome"_s);
        QCOMPARE(event->tags.size(), 6);
        QCOMPARE(event->user.id, u"550747"_s);
        QCOMPARE(event->user.email, u"hell@boy.cat"_s);
        QCOMPARE(event->sdk.name, u"sentry.javascript.browser"_s);
        QCOMPARE(event->sdk.version, u"5.17.0"_s);
        QCOMPARE(event->contexts.value(u"browser").toObject().value(u"name").toString(), u"Chrome"_s);
        QVERIFY(event->extra.contains(u"resp")); // "context" is the old "extra"

        const QJsonObject api = event->contexts.value(u"sentry_api").toObject();
        QCOMPARE(api.value(u"location").toString(), u"example.py:123"_s);
        QCOMPARE(api.value(u"errors").toArray().size(), 1);
        QCOMPARE(api.value(u"errors").toArray().at(0).toObject().value(u"type").toString(), u"js_invalid_sourcemap_location"_s);

        QCOMPARE(event->exceptions.size(), 1);
        const ExceptionValue &exception = event->exceptions.constFirst();
        QCOMPARE(exception.type, u"ForbiddenError"_s);
        QCOMPARE(exception.value, u"GET /organizations/hellboy-meowmeow/users/ 403"_s);
        QCOMPARE(exception.mechanism->type, u"generic"_s);
        QCOMPARE(exception.mechanism->handled, std::optional<bool>(true));
        QCOMPARE(exception.stacktrace->frames.size(), 2);
        QCOMPARE(exception.rawStacktrace->frames.size(), 2);
        QCOMPARE(exception.rawStacktrace->frames.constFirst().colno, 88800);
        const Frame &frame = exception.stacktrace->frames.constFirst();
        QCOMPARE(frame.function, u"ignoreOnError"_s);
        QCOMPARE(frame.absPath, u"webpack:////usr/src/getsentry/src/sentry/node_modules/@sentry/browser/esm/helpers.js"_s);
        QCOMPARE(frame.filename, u"/usr/src/getsentry/src/sentry/node_modules/@sentry/browser/esm/helpers.js"_s);
        QCOMPARE(frame.lineno, 71);
        QCOMPARE(frame.colno, 23);
        QCOMPARE(frame.inApp, std::optional<bool>(false));
        // context [[66, ...] ... [76, ...]] split around lineNo 71
        QVERIFY(frame.hasContextLine);
        QCOMPARE(frame.contextLine, u"            return fn.apply(this, wrappedArguments);"_s);
        QCOMPARE(frame.preContext.size(), 5);
        QCOMPARE(frame.preContext.constFirst(), u"            }"_s);
        QCOMPARE(frame.postContext.size(), 5);
        QCOMPARE(frame.postContext.constLast(), u"            withScope(function (scope) {"_s);

        QCOMPARE(event->breadcrumbs.size(), 3);
        QCOMPARE(event->breadcrumbs.constFirst().category, u"tracing"_s);
        QCOMPARE(event->breadcrumbs.constFirst().level, Level::Debug);
        QCOMPARE(event->request.url, u"https://sentry.io/organizations/hellboy-meowmeow/issues/"_s);
        QCOMPARE(event->request.queryString, u"project=5236886"_s);
        QCOMPARE(event->request.headers.size(), 1);
        QCOMPARE(event->request.headers.constFirst().first, u"User-Agent"_s);
    }

    void eventIdLookupExample()
    {
        // GET /api/0/organizations/{org}/eventids/{event_id}/ wraps the event.
        QString error;
        const auto event = RestEventParser::parse(readData(u"eventids-event.json"_s), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->eventId, u"9fac2ceed9344f2bbfdd1fdacb0ed9b1"_s);
        QCOMPARE(event->groupId, u"1"_s);
        QCOMPARE(event->type, u"default"_s);
        QCOMPARE(event->platform, u"python"_s);
        QCOMPARE(event->release, u"17642328ead24b51867165985996d04b29310337"_s); // no release field: the tag
        QCOMPARE(event->modules.value(u"my.package").toString(), u"1.0.0"_s);
        QCOMPARE(event->user.username, u"sentry"_s);
        QCOMPARE(event->request.url, u"http://example.com/foo"_s);
        QCOMPARE(event->contexts.value(u"sentry_api").toObject().value(u"location").toString(), u"example.py:42"_s);
        QCOMPARE(event->hashes, QStringList {u"c4a4d06bc314205bb3b6bdb612dde7f1"_s});
    }

    void otherEntries()
    {
        QString error;
        const auto event = RestEventParser::parse(handWritten(), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->eventId, u"aaaaaaaabbbbccccddddeeeeeeeeeeee"_s); // "id" when there is no eventID
        QCOMPARE(event->release, u"worker@2.0"_s); // a plain string
        QCOMPARE(event->fingerprint, QStringList({u"{{ default }}"_s, u"worker"_s}));
        QCOMPARE(event->logentry.message, u"Job %s failed"_s);
        QCOMPARE(event->logentry.formatted, u"Job 7 failed"_s);
        QCOMPARE(event->logentry.params, QJsonArray {7});

        QCOMPARE(event->threads.size(), 1);
        const Thread &thread = event->threads.constFirst();
        QCOMPARE(thread.id, u"1"_s);
        QCOMPARE(thread.crashed, std::optional<bool>(true));
        QCOMPARE(thread.stacktrace->frames.size(), 1);
        const Frame &frame = thread.stacktrace->frames.constFirst();
        QCOMPARE(frame.rawFunction, u"Worker.run"_s);
        QCOMPARE(frame.instructionAddr, u"0x1000"_s);
        QCOMPARE(frame.symbolAddr, u"0x0ff0"_s);
        QCOMPARE(frame.inApp, std::optional<bool>(true));
        QCOMPARE(frame.vars.value(u"n").toInt(), 3);
        QCOMPARE(frame.preContext, QStringList({u"a"_s, u""_s}));
        QCOMPARE(frame.contextLine, u"crash()"_s);
        QCOMPARE(frame.postContext, QStringList {u"b"_s});

        QCOMPARE(event->stacktrace->frames.size(), 2);
        QCOMPARE(event->templateInfo.value(u"filename").toString(), u"page.html"_s);
        QCOMPARE(event->templateInfo.value(u"context_line").toString(), u"{{ x }}"_s);
        QCOMPARE(event->templateInfo.value(u"pre_context").toArray(), QJsonArray {u"<p>"_s});
        QCOMPARE(event->csp.value(u"blocked_uri").toString(), u"https://evil.example"_s);
    }

    void contextWithoutLineNumber()
    {
        const QJsonObject frame = RestEventParser::toFrameJson(
            QJsonObject {{u"function"_s, u"f"_s}, {u"context"_s, QJsonArray {QJsonArray {1, u"x"_s}, QJsonArray {u"junk"_s}}}});
        QCOMPARE(frame.value(u"pre_context").toArray(), QJsonArray {u"x"_s});
        QVERIFY(!frame.contains(u"context_line"));
        QVERIFY(!frame.contains(u"context"));
    }

    void normalisedJsonAccepted()
    {
        // /events/{id}/json/ returns the normalised form: read as such.
        QString error;
        const auto event = RestEventParser::parse(
            QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":1,"exception":{"values":[{"type":"E"}]}})"),
            &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->exceptions.constFirst().type, u"E"_s);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << QByteArray(R"({"dateCreated":"2024-01-01T00:00:00Z","entries":[]})") << u"eventID"_s;
        QTest::newRow("bad id") << QByteArray(R"({"eventID":"12","dateCreated":"2024-01-01T00:00:00Z","entries":[]})")
                                << u"eventID"_s;
        QTest::newRow("no date") << QByteArray(R"({"eventID":"0123456789abcdef0123456789abcdef","entries":[]})")
                                 << u"dateCreated"_s;
        QTest::newRow("bad date") << QByteArray(
            R"({"eventID":"0123456789abcdef0123456789abcdef","dateCreated":"later","entries":[]})")
                                  << u"dateCreated"_s;
        QTest::newRow("not JSON") << QByteArray("{") << u"invalid JSON"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!RestEventParser::parse(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void wrongTypesAreLenient()
    {
        // Strings where numbers belong, null entries, an entry without data: nothing fatal.
        QString error;
        const auto event = RestEventParser::parse(
            QByteArray(
                R"({"eventID":"0123456789abcdef0123456789abcdef","dateCreated":"2024-01-01T00:00:00Z","tags":null,"user":null,
                "release":null,"entries":[{"type":"exception"},null,{"type":"exception","data":{"values":[{"type":"E",
                "stacktrace":{"frames":[{"lineNo":"12","colNo":"x","inApp":"yes","context":[["12","line"]]}]}}]}}]})"),
            &error);
        QVERIFY2(event, qPrintable(error));
        const Frame &frame = event->exceptions.constFirst().stacktrace->frames.constFirst();
        QCOMPARE(frame.lineno, 12);
        QVERIFY(!frame.colno);
        QVERIFY(!frame.inApp);
        QCOMPARE(frame.contextLine, u"line"_s);
        QVERIFY(event->release.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestEventParser)
#include "TestRestEventParser.moc"

#include "TestData.h"
#include "ingest/EventJsonParser.h"
#include "ingest/LegacyKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lookout;
using namespace Qt::StringLiterals;

// Sentry's sample events (tests/data/samples, see SOURCES.md) have no id or time: add them, as
// Sentry's loader does.
static QJsonObject sample(const QString &name)
{
    QFile file(test::dataPath(u"samples/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(u"event_id", u"0123456789abcdef0123456789abcdef"_s);
    json.insert(u"timestamp", 1700000000);
    return json;
}

class TestLegacyKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renames()
    {
        const QJsonObject legacy {
            {u"sentry.interfaces.Exception"_s, QJsonObject {{u"values"_s, QJsonArray {QJsonObject {{u"type"_s, u"E"_s}}}}}},
            {u"sentry.interfaces.Stacktrace"_s, QJsonObject {{u"frames"_s, QJsonArray {}}}},
            {u"sentry.interfaces.Message"_s, QJsonObject {{u"message"_s, u"m"_s}}},
            {u"sentry.interfaces.Http"_s, QJsonObject {{u"url"_s, u"http://x/"_s}}},
            {u"sentry.interfaces.User"_s, QJsonObject {{u"id"_s, u"1"_s}}},
            {u"sentry.interfaces.Breadcrumbs"_s, QJsonObject {{u"values"_s, QJsonArray {}}}},
            {u"sentry.interfaces.Template"_s, QJsonObject {{u"filename"_s, u"t.html"_s}}},
            {u"sentry.interfaces.Csp"_s, QJsonObject {{u"blocked_uri"_s, u"self"_s}}},
            {u"sentry.interfaces.Contexts"_s, QJsonObject {}},
            {u"sentry.interfaces.DebugMeta"_s, QJsonObject {}},
            {u"platform"_s, u"python"_s},
        };
        const QJsonObject json = normalizeLegacyKeys(legacy);
        QCOMPARE(json.keys(),
            QStringList({u"breadcrumbs"_s, u"contexts"_s, u"csp"_s, u"debug_meta"_s, u"exception"_s, u"logentry"_s, u"platform"_s,
                u"request"_s, u"stacktrace"_s, u"template"_s, u"user"_s}));
        QCOMPARE(json.value(u"request").toObject().value(u"url").toString(), u"http://x/"_s);
        QCOMPARE(json.value(u"logentry").toObject().value(u"message").toString(), u"m"_s);
    }

    void currentNamesWin()
    {
        const QJsonObject json = normalizeLegacyKeys(QJsonObject {
            {u"sentry.interfaces.User"_s, QJsonObject {{u"id"_s, u"old"_s}}},
            {u"user"_s, QJsonObject {{u"id"_s, u"new"_s}}},
        });
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.value(u"user").toObject().value(u"id").toString(), u"new"_s);
    }

    void currentNamesUntouched()
    {
        // An event in today's shape comes out as it went in; "message" stays (it is not only the legacy alias).
        const QJsonObject modern {{u"exception"_s, QJsonObject {{u"values"_s, QJsonArray {QJsonObject {{u"type"_s, u"E"_s}}}}}},
            {u"message"_s, u"hello"_s}, {u"request"_s, QJsonObject {}}};
        QCOMPARE(normalizeLegacyKeys(modern), modern);
    }

    void stacktraceInsideException_data()
    {
        QTest::addColumn<QJsonValue>("exception");
        const QJsonObject value {{u"type"_s, u"E"_s},
            {u"sentry.interfaces.Stacktrace"_s, QJsonObject {{u"frames"_s, QJsonArray {QJsonObject {{u"function"_s, u"f"_s}}}}}}};
        QTest::newRow("values") << QJsonValue(QJsonObject {{u"values"_s, QJsonArray {value}}});
        QTest::newRow("bare list") << QJsonValue(QJsonArray {value});
        QTest::newRow("single object") << QJsonValue(value);
    }

    void stacktraceInsideException()
    {
        QFETCH(QJsonValue, exception);
        QString error;
        const auto event = EventJsonParser::parse(QJsonObject {{u"event_id"_s, u"0123456789abcdef0123456789abcdef"_s},
                                                      {u"timestamp"_s, 1}, {u"sentry.interfaces.Exception"_s, exception}},
            &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->exceptions.size(), 1);
        QVERIFY(event->exceptions.constFirst().stacktrace);
        QCOMPARE(event->exceptions.constFirst().stacktrace->frames.constFirst().function, u"f"_s);
    }

    // Sentry's own sample events, through the parser: the legacy interfaces must arrive.
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("exceptionType");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("breadcrumbs");
        QTest::addColumn<QString>("userKey");
        QTest::newRow("javascript") << u"javascript.json"_s << u"TypeError"_s << 4 << 8 << u"1"_s;
        QTest::newRow("java") << u"java.json"_s << u"ApiException"_s << 57 << 4 << u"user@sentry.io"_s;
        QTest::newRow("cocoa") << u"cocoa.json"_s << u"NSRangeException"_s << 31 << 1 << u"3"_s;
        QTest::newRow("php") << u"php.json"_s << u"Exception"_s << 4 << 0 << QString();
        QTest::newRow("ruby") << u"ruby.json"_s << u"ZeroDivisionError"_s << 3 << 0 << QString();
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, exceptionType);
        QFETCH(int, frames);
        QFETCH(int, breadcrumbs);
        QFETCH(QString, userKey);
        QString error;
        const auto event = EventJsonParser::parse(sample(file), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->exceptions.size(), 1);
        QCOMPARE(event->exceptions.constFirst().type, exceptionType);
        QVERIFY(event->exceptions.constFirst().stacktrace);
        QCOMPARE(event->exceptions.constFirst().stacktrace->frames.size(), frames);
        QCOMPARE(event->breadcrumbs.size(), breadcrumbs);
        QCOMPARE(event->user.key(), userKey);
    }

    void javaHttpAndMessage()
    {
        QString error;
        const auto event = EventJsonParser::parse(sample(u"java.json"_s), &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->logentry.text(), u"Authentication failed, token expired!"_s);
        QCOMPARE(event->request.url, u"http://localhost:8080/"_s);
        QCOMPARE(event->request.method, u"GET"_s);
        QCOMPARE(event->request.headers.size(), 9);
        QCOMPARE(event->user.username, u"user"_s);
    }

    void pythonStacktraceAndTemplate()
    {
        QString error;
        const auto event = EventJsonParser::parse(sample(u"python.json"_s), &error);
        QVERIFY2(event, qPrintable(error));
        QVERIFY(event->stacktrace);
        QCOMPARE(event->stacktrace->frames.size(), 5);
        QCOMPARE(event->stacktrace->frames.constLast().function, u"main"_s);
        QCOMPARE(event->stacktrace->frames.constLast().lineno, 112);
        QCOMPARE(event->templateInfo.value(u"filename").toString(), u"debug_toolbar/base.html"_s);
        QCOMPARE(event->templateInfo.value(u"lineno").toInt(), 14);
        QCOMPARE(event->mainStacktrace(), &*event->stacktrace);
    }
};

QTEST_GUILESS_MAIN(TestLegacyKeys)
#include "TestLegacyKeys.moc"

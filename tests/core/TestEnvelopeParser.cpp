#include "TestData.h"
#include "ingest/EnvelopeParser.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace lookout;
using namespace Qt::StringLiterals;

// Rows name only the fields they care about; the rest keep their defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// Expectations for the real envelopes in tests/data/envelopes (see SOURCES.md), read off the files.
// "items": the decoded item types in order; "skipped": type:count of the rest.
struct Expected
{
    QString headerEventId;
    QStringList items;
    QString skipped;
    int events = 0;
    QString eventId; // of the first event
    QString eventType;
    QString exceptionType; // of the outermost exception of the first event
    QString valuePrefix; // its value, or the message of a message event
    int frames = -1; // of that exception's stack trace; -1: no stack trace
    int breadcrumbs = 0;
    int problemItem = -2; // -2: no problem expected
    qsizetype problemOffset = 0;
};
Q_DECLARE_METATYPE(Expected)

static QByteArray readData(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("envelopes/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

static QString skippedText(const QMap<QString, int> &skipped)
{
    QStringList parts;
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        parts << it.key() + QLatin1Char(':') + QString::number(it.value());
    return parts.join(QLatin1Char(' '));
}

static const QDateTime received = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);

class TestEnvelopeParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realEnvelopes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Expected>("expected");
        const QStringList event {QStringLiteral("event")};
        const QStringList transaction {QStringLiteral("transaction")};
        const QStringList eventAttachment {QStringLiteral("event"), QStringLiteral("attachment")};
        const QString error = QStringLiteral("error");
        const QString tx = QStringLiteral("transaction");
        const QString def = QStringLiteral("default");
        const auto row = [](const char *file, const Expected &e) { QTest::newRow(file) << QString::fromLatin1(file) << e; };

        row("Capture.Message.in.a.transaction.txt",
            {u"7ae53de2e5504233a95a1444a98be747"_s, event, {}, 1, u"7ae53de2e5504233a95a1444a98be747"_s, def, {},
                u"hitting API"_s, -1, 31});
        row("Capture.Message.txt",
            {u"76ea0016c633409ab7305881c8f7bf8d"_s, event, {}, 1, u"76ea0016c633409ab7305881c8f7bf8d"_s, def, {},
                u"hitting API"_s, -1, 25});
        row("application_x_sentry_envelope-1706290053204.txt",
            {u"f9b386bac7054161b4a22b0684fccdd5"_s, {u"event"_s, u"session"_s, u"attachment"_s}, {}, 1,
                u"f9b386bac7054161b4a22b0684fccdd5"_s, error, u"RuntimeException"_s, u"Uncaught Exception from Java."_s, 14, 8});
        row("envelope_angular.txt",
            {u"9353246b542f4a3191adb238f3d602ba"_s, event, {}, 1, u"9353246b542f4a3191adb238f3d602ba"_s, error, u"Error"_s,
                u"Http failure response for https://localhost:5001/api/package/search?q=Se: 0 Unknown Error"_s, -1, 9});
        row("envelope_astro_ssr_browser.txt",
            {u"6725e8296074425ab52fd37ead15eb78"_s, transaction, {}, 1, u"6725e8296074425ab52fd37ead15eb78"_s, tx, {}, {}, -1,
                13});
        row("envelope_astro_ssr_node.txt",
            {u"9feae934b22841f2a1554bd87c0976ea"_s, transaction, {}, 1, u"9feae934b22841f2a1554bd87c0976ea"_s, tx, {}, {}, -1,
                1});
        // The event payload has neither id nor timestamp: both come from the envelope / receive time.
        row("envelope_binary.bin",
            {u"9ec79c33ec9942ab8353589fcb2e04dc"_s, {u"attachment"_s, u"event"_s}, {}, 1, u"9ec79c33ec9942ab8353589fcb2e04dc"_s,
                def, {}, u"hello world"_s, -1, 0});
        row("envelope_empty.txt", {{}, {}, {}, 0});
        row("envelope_empty_payload.txt", {u"9ec79c33ec9942ab8353589fcb2e04dc"_s, {u"attachment"_s, u"attachment"_s}, {}, 0});
        // The copy we have is damaged (bytes >= 0x80 of the video became 0xFD: see SOURCES.md), so
        // its length runs past the end: a framing error at the payload, item 0.
        row("envelope_flutter_replay.bin", {u"a84d4505449c4e7487574546b2d9e3f0"_s, {}, {}, 0, {}, {}, {}, {}, -1, 0, 0, 911});
        row("envelope_java.txt",
            {u"dad187904fee477e9aa75429a1eda314"_s, transaction, {}, 1, u"dad187904fee477e9aa75429a1eda314"_s, tx, {}, {}, -1,
                6});
        row("envelope_java_formatted_message.txt",
            {u"1c76b36752b2470db429d7c8214f8210"_s, event, {}, 1, u"1c76b36752b2470db429d7c8214f8210"_s, error, {},
                u"Started SentryDemoApplication in 2.652 seconds (process running for 2.796)"_s, -1, 0});
        row("envelope_javascript.txt",
            {u"3c29c134e36d48cdb8f7b11b4e696077"_s, event, {}, 1, u"3c29c134e36d48cdb8f7b11b4e696077"_s, error, u"SyntaxError"_s,
                u"Unexpected end of JSON input"_s, 5, 13});
        row("envelope_no_len_w_eof.txt", {u"9ec79c33ec9942ab8353589fcb2e04dc"_s, {u"attachment"_s}, {}, 0});
        row("envelope_no_len_w_eof_empty_headers.txt", {{}, {u"session"_s}, {}, 0});
        row("envelope_no_len_w_new_line.txt", {u"9ec79c33ec9942ab8353589fcb2e04dc"_s, {u"attachment"_s}, {}, 0});
        // The payload has no "type" and no event_id: the item type and the envelope header supply them.
        row("envelope_php.txt",
            {u"dcef34f4069c4e2db2fe59fa028ab8a8"_s, transaction, {}, 1, u"dcef34f4069c4e2db2fe59fa028ab8a8"_s, tx, {}, {}, -1,
                1});
        row("envelope_php_error.txt",
            {u"4c3a4915f699467e95b2fdbd11c5ee55"_s, event, {}, 1, u"4c3a4915f699467e95b2fdbd11c5ee55"_s, error, u"Exception"_s,
                u"This will be captured by Sentry"_s, 4, 1});
        row("envelope_php_metrics.txt", {u"a1a5606d421f4f23aa316d7d67f937ba"_s, {}, u"statsd:1"_s, 0});
        row("envelope_php_wordpress.txt",
            {u"425a4c80599d4b8b8ac8a740453ee8f3"_s, event, {}, 1, u"425a4c80599d4b8b8ac8a740453ee8f3"_s, error, u"Exception"_s,
                u"This is a test exception sent from the S"_s, 9, 32});
        row("envelope_python.txt",
            {u"34e68240171743b9bef9f9f99b8538c5"_s, transaction, {}, 1, u"34e68240171743b9bef9f9f99b8538c5"_s, tx, {}, {}, -1,
                0});
        row("envelope_with_ansi_logs.txt", {{}, {}, u"log:1"_s, 0});
        // The same Node event, each time with another attachment.
        const auto attachmentRow = [&](const char *file, const char *id, const char *name) {
            row(file,
                {QString::fromLatin1(id), eventAttachment, {}, 1, QString::fromLatin1(id), error, u"Error"_s,
                    u"Test attachment: "_s + QString::fromLatin1(name), 4, 0});
        };
        attachmentRow("envelope_with_css.txt", "e0260e1928794924b026581d6b43588b", "attachment.css");
        attachmentRow("envelope_with_csv.txt", "0454b02d60d943839d86c786fa0e59dc", "attachment.csv");
        attachmentRow("envelope_with_html.txt", "a8c9114986b5466fa89617fc415cbeba", "attachment.html");
        attachmentRow("envelope_with_js.txt", "cbe6d819d5c14a69a2d52b9d8c963eaf", "attachment.js");
        attachmentRow("envelope_with_json.txt", "c20192d7517a411c8c3964b94e261745", "attachment.json");
        attachmentRow("envelope_with_text.txt", "7f88639e68f0491ebf2f78c4f474bc7f", "attachment.txt");
        attachmentRow("envelope_with_image.txt", "c829f22d195b415d908119189173c8b5", "attachment.jpeg");
        attachmentRow("envelope_with_video.txt", "ba21d9eb80e94a159ac5e6e36874d016", "attachment.webm");
        row("envelope_with_nextjs_ansi_escapes.txt",
            {u"7d644a7be9c14568b3affcfb7f527c34"_s, event, {}, 1, u"7d644a7be9c14568b3affcfb7f527c34"_s, error, u"Error"_s,
                u"Error on API route (POST)"_s, 50, 3});
        row("envelope_with_only_span.txt", {{}, {}, u"span:1"_s, 0});
        // Damaged like the Flutter replay: the event before the PNG is still returned.
        row("envelope_with_screenshot.bin",
            {u"717ec899d66f40e98ebcacf310c5fd52"_s, event, {}, 1, u"717ec899d66f40e98ebcacf310c5fd52"_s, error, u"FlutterError"_s,
                u"Scaffold.of() called with a context that"_s, 32, 7, 1, 12928});
        row("enveplope_browser_js_profile.bin",
            {u"a79bb264f52f4a9992d7b1914a0c27d5"_s, transaction, u"profile:1"_s, 1, u"a79bb264f52f4a9992d7b1914a0c27d5"_s, tx, {},
                {}, -1, 50});
        row("log_envelope.txt", {{}, {}, u"log:1"_s, 0});
    }

    void realEnvelopes()
    {
        QFETCH(QString, file);
        QFETCH(Expected, expected);
        const QByteArray bytes = readData(file);
        const Envelope envelope = EnvelopeParser::parse(bytes);
        QCOMPARE(envelope.eventId(), expected.headerEventId);
        QStringList types;
        for (const EnvelopeItem &item : envelope.items)
            types << item.type;
        QCOMPARE(types, expected.items);
        QCOMPARE(skippedText(envelope.skippedTypes), expected.skipped);

        const EnvelopeContents contents = EnvelopeParser::decode(envelope, received);
        if (expected.problemItem == -2) {
            QVERIFY2(contents.problems.isEmpty(), qPrintable(contents.problems.value(0).toString()));
        } else {
            QCOMPARE(contents.problems.size(), 1);
            QCOMPARE(contents.problems.constFirst().itemIndex, expected.problemItem);
            QCOMPARE(contents.problems.constFirst().offset, expected.problemOffset);
            QVERIFY(contents.problems.constFirst().message.contains(u"past the end"));
        }
        QCOMPARE(contents.events.size(), expected.events);
        if (expected.events == 0)
            return;
        const Event &event = contents.events.constFirst();
        QCOMPARE(event.eventId, expected.eventId);
        QCOMPARE(event.type, expected.eventType);
        QVERIFY(event.timestamp.isValid());
        QCOMPARE(event.breadcrumbs.size(), expected.breadcrumbs);
        if (expected.exceptionType.isEmpty()) {
            QVERIFY(event.exceptions.isEmpty());
            if (!expected.valuePrefix.isEmpty())
                QCOMPARE(event.logentry.text(), expected.valuePrefix);
            return;
        }
        QVERIFY(!event.exceptions.isEmpty());
        const ExceptionValue &exception = event.exceptions.constLast();
        QCOMPARE(exception.type, expected.exceptionType);
        QVERIFY2(exception.value.startsWith(expected.valuePrefix), qPrintable(exception.value));
        QCOMPARE(exception.stacktrace ? int(exception.stacktrace->frames.size()) : -1, expected.frames);
    }

    void androidSessionAndAttachment()
    {
        const EnvelopeContents contents = EnvelopeParser::decode(readData(u"application_x_sentry_envelope-1706290053204.txt"_s));
        QCOMPARE(contents.sessions.size(), 1);
        const SessionUpdate &session = contents.sessions.constFirst();
        QCOMPARE(session.sid, u"58587a08-ed2e-4f01-84fb-3c9690ed2b2f"_s);
        QCOMPARE(session.did, u"5c2cba76-f178-435e-bdec-061af7ac27af"_s);
        QCOMPARE(session.status, u"crashed"_s);
        QCOMPARE(session.errors, 1);
        QCOMPARE(session.duration, std::optional<double>(2.766));
        QCOMPARE(session.seq, std::optional<qint64>(Q_INT64_C(1706290051422)));
        QCOMPARE(session.started, QDateTime(QDate(2024, 1, 26), QTime(17, 27, 28, 656), QTimeZone::UTC));
        QCOMPARE(session.release, u"io.sentry.samples.android@7.2.0+2"_s);
        QCOMPARE(session.environment, u"debug"_s);

        QCOMPARE(contents.attachments.size(), 1);
        const Attachment &attachment = contents.attachments.constFirst();
        QCOMPARE(attachment.filename, u"view-hierarchy.json"_s);
        QCOMPARE(attachment.contentType, u"application/json"_s);
        QCOMPARE(attachment.attachmentType, u"event.view_hierarchy"_s);
        QCOMPARE(attachment.size, 5836);
        QCOMPARE(attachment.eventId, u"f9b386bac7054161b4a22b0684fccdd5"_s);
        QVERIFY(attachment.bytes.startsWith(R"({"rendering_system":"android_view_system")"));
        QVERIFY(attachment.bytes.endsWith('}'));

        const Event &event = contents.events.constFirst();
        QCOMPARE(event.release, u"io.sentry.samples.android@7.2.0+2"_s);
        QCOMPARE(event.exceptions.constLast().stacktrace->frames.constLast().function, u"lambda$onCreate$0"_s);
    }

    void attachmentsKeepBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("binary: BOM and CRLF inside") << u"envelope_binary.bin"_s << u"hello.txt"_s << u"text/plain"_s
                                                     << qsizetype(10) << QByteArray("\xEF\xBB\xBFHello\r\n");
        QTest::newRow("css") << u"envelope_with_css.txt"_s << u"attachment.css"_s << u"text/css"_s << qsizetype(31)
                             << QByteArray("body { background-color: red; }");
        QTest::newRow("csv, no trailing newline") << u"envelope_with_csv.txt"_s << u"attachment.csv"_s << u"text/csv"_s
                                                  << qsizetype(24) << QByteArray("name,age\nJohn,20\nJane,21");
        QTest::newRow("html") << u"envelope_with_html.txt"_s << u"attachment.html"_s << u"text/html"_s << qsizetype(48)
                              << QByteArray("<html><body><h1>");
        QTest::newRow("js") << u"envelope_with_js.txt"_s << u"attachment.js"_s << u"text/javascript"_s << qsizetype(29)
                            << QByteArray("console.log('Hello, world!');");
        QTest::newRow("json") << u"envelope_with_json.txt"_s << u"attachment.json"_s << u"text/json"_s << qsizetype(24)
                              << QByteArray(R"({"name":"John","age":20})");
        QTest::newRow("text") << u"envelope_with_text.txt"_s << u"attachment.txt"_s << u"text/plain"_s << qsizetype(13)
                              << QByteArray("Hello, world!");
        QTest::newRow("jpeg") << u"envelope_with_image.txt"_s << u"attachment.jpeg"_s << u"image/jpeg"_s << qsizetype(66393)
                              << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
        QTest::newRow("webm") << u"envelope_with_video.txt"_s << u"attachment.webm"_s << u"video/webm"_s << qsizetype(554058)
                              << QByteArray("\x1A\x45\xDF\xA3");
        QTest::newRow("no length, EOF") << u"envelope_no_len_w_eof.txt"_s << QString() << QString() << qsizetype(10)
                                        << QByteArray("helloworld");
        QTest::newRow("no length, newline") << u"envelope_no_len_w_new_line.txt"_s << QString() << QString() << qsizetype(10)
                                            << QByteArray("helloworld");
    }

    void attachmentsKeepBytes()
    {
        QFETCH(QString, file);
        QFETCH(QString, filename);
        QFETCH(QString, contentType);
        QFETCH(qsizetype, size);
        QFETCH(QByteArray, head);
        const EnvelopeContents contents = EnvelopeParser::decode(readData(file), received);
        QCOMPARE(contents.attachments.size(), 1);
        const Attachment &attachment = contents.attachments.constFirst();
        QCOMPARE(attachment.filename, filename);
        QCOMPARE(attachment.contentType, contentType);
        QCOMPARE(attachment.size, size);
        QCOMPARE(attachment.bytes.size(), size);
        QVERIFY(attachment.bytes.startsWith(head));
    }

    void emptyPayloads()
    {
        const EnvelopeContents contents = EnvelopeParser::decode(readData(u"envelope_empty_payload.txt"_s));
        QCOMPARE(contents.attachments.size(), 2);
        QCOMPARE(contents.attachments.at(0).size, 0);
        QCOMPARE(contents.attachments.at(1).size, 0);
        QVERIFY(contents.problems.isEmpty());
    }

    void fallbacksFromEnvelope()
    {
        // envelope_binary.bin: {"message":"hello world","level":"error"} without id or time.
        const EnvelopeContents contents = EnvelopeParser::decode(readData(u"envelope_binary.bin"_s), received);
        QCOMPARE(contents.events.size(), 1);
        QCOMPARE(contents.events.constFirst().timestamp, received);
        QCOMPARE(contents.events.constFirst().level, Level::Error);
        // Without a receive time and without sent_at there is no time to give it: a problem, not a guess.
        const EnvelopeContents undated = EnvelopeParser::decode(readData(u"envelope_binary.bin"_s));
        QCOMPARE(undated.events.size(), 0);
        QCOMPARE(undated.problems.size(), 1);
        QCOMPARE(undated.problems.constFirst().itemIndex, 1);
        QVERIFY(undated.problems.constFirst().message.contains(u"timestamp"));
        // sent_at is preferred to the receive time. envelope_php_error.txt has both an event
        // timestamp and sent_at: the event's own time wins.
        const EnvelopeContents php = EnvelopeParser::decode(readData(u"envelope_php_error.txt"_s), received);
        QCOMPARE(php.events.constFirst().timestamp.toSecsSinceEpoch(), 1701074659);
        const EnvelopeContents sent = EnvelopeParser::decode(
            QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","sent_at":"2024-04-04T14:12:00Z"})"
                       "\n{\"type\":\"event\"}\n{\"message\":\"x\"}\n"),
            received);
        QCOMPARE(sent.events.constFirst().timestamp, QDateTime(QDate(2024, 4, 4), QTime(14, 12), QTimeZone::UTC));
        QCOMPARE(sent.events.constFirst().eventId, u"0123456789abcdef0123456789abcdef"_s);
    }

    void sessionWithoutLengthAtEof()
    {
        const EnvelopeContents contents = EnvelopeParser::decode(readData(u"envelope_no_len_w_eof_empty_headers.txt"_s));
        QCOMPARE(contents.sessions.size(), 1);
        QCOMPARE(contents.sessions.constFirst().started, QDateTime(QDate(2020, 2, 7), QTime(14, 16), QTimeZone::UTC));
        QCOMPARE(contents.sessions.constFirst().release, u"sentry-test@1.0.0"_s);
        QCOMPARE(contents.sessions.constFirst().status, u"ok"_s);
    }

    void sessionsAggregates()
    {
        const QByteArray bytes = R"({"sent_at":"2024-01-01T00:00:00Z"}
{"type":"sessions"}
{"aggregates":[{"started":"2024-01-01T00:00:00Z","exited":5,"errored":2},{"started":"2024-01-01T00:01:00Z","did":"u1","crashed":1}],"attrs":{"release":"app@1.0","environment":"prod"}}
)";
        const EnvelopeContents contents = EnvelopeParser::decode(bytes);
        QVERIFY(contents.problems.isEmpty());
        QCOMPARE(contents.sessionAggregates.size(), 2);
        QCOMPARE(contents.sessionAggregates.at(0).exited, 5);
        QCOMPARE(contents.sessionAggregates.at(0).errored, 2);
        QCOMPARE(contents.sessionAggregates.at(0).crashed, 0);
        QCOMPARE(contents.sessionAggregates.at(1).did, u"u1"_s);
        QCOMPARE(contents.sessionAggregates.at(1).crashed, 1);
        QCOMPARE(contents.sessionAggregates.at(1).release, u"app@1.0"_s);
        QCOMPARE(contents.sessionAggregates.at(1).environment, u"prod"_s);
    }

    void framing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<QByteArray>>("payloads");
        QTest::addColumn<QString>("skipped");
        const QByteArray h = R"({"event_id":"0123456789abcdef0123456789abcdef"})";
        QTest::newRow("trailing newline") << h + "\n{\"type\":\"attachment\",\"length\":3}\nabc\n"
                                          << QStringList {u"attachment"_s} << QList<QByteArray> {"abc"} << QString();
        QTest::newRow("no trailing newline") << h + "\n{\"type\":\"attachment\",\"length\":3}\nabc"
                                             << QStringList {u"attachment"_s} << QList<QByteArray> {"abc"} << QString();
        QTest::newRow("length covers newlines") << h + "\n{\"type\":\"attachment\",\"length\":4}\na\nb\n\n"
                                                << QStringList {u"attachment"_s} << QList<QByteArray> {"a\nb\n"} << QString();
        QTest::newRow("CRLF lines") << h
                + "\r\n{\"type\":\"attachment\"}\r\nabc\r\n{\"type\":\"attachment\",\"length\":2}\r\nxy\r\n"
                                    << QStringList {u"attachment"_s, u"attachment"_s} << QList<QByteArray> {"abc", "xy"}
                                    << QString();
        QTest::newRow("blank lines between items")
            << h + "\n\n{\"type\":\"attachment\"}\nabc\n\n\n{\"type\":\"attachment\"}\nd"
            << QStringList {u"attachment"_s, u"attachment"_s} << QList<QByteArray> {"abc", "d"} << QString();
        QTest::newRow("header only, no newline") << h << QStringList() << QList<QByteArray>() << QString();
        QTest::newRow("item header at EOF") << h + "\n{\"type\":\"attachment\",\"length\":0}" << QStringList {u"attachment"_s}
                                            << QList<QByteArray> {""} << QString();
        QTest::newRow("unknown types counted")
            << h
                + "\n{\"type\":\"client_report\"}\n{}\n{\"type\":\"mystery\",\"length\":2}\n{}\n"
                  "{\"type\":\"client_report\"}\n{}\n{\"type\":\"attachment\"}\nz\n"
            << QStringList {u"attachment"_s} << QList<QByteArray> {"z"} << u"client_report:2 mystery:1"_s;
    }

    void framing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, types);
        QFETCH(QList<QByteArray>, payloads);
        QFETCH(QString, skipped);
        const Envelope envelope = EnvelopeParser::parse(bytes);
        QVERIFY2(envelope.problems.isEmpty(), qPrintable(envelope.problems.value(0).toString()));
        QCOMPARE(envelope.eventId(), u"0123456789abcdef0123456789abcdef"_s);
        QStringList gotTypes;
        QList<QByteArray> gotPayloads;
        for (const EnvelopeItem &item : envelope.items) {
            gotTypes << item.type;
            gotPayloads << item.payload;
        }
        QCOMPARE(gotTypes, types);
        QCOMPARE(gotPayloads, payloads);
        QCOMPARE(skippedText(envelope.skippedTypes), skipped);
    }

    void errorsKeepEarlierItems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("goodItems");
        QTest::addColumn<int>("itemIndex");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("message");
        const QByteArray h = "{}\n"; // 3 bytes
        const QByteArray good = "{\"type\":\"attachment\",\"length\":2}\nab\n"; // 36 bytes, item 0
        QTest::newRow("length past the end") << h + good + "{\"type\":\"attachment\",\"length\":100}\nshort\n"
                                             << 1 << 1 << qsizetype(3 + 36 + 35) << u"length 100 runs past the end"_s;
        QTest::newRow("bad item header JSON") << h + good + "{\"type\":\"attach" << 1 << 1 << qsizetype(39) << u"item header"_s;
        QTest::newRow("length is a string") << h + good + "{\"type\":\"attachment\",\"length\":\"2\"}\nab\n"
                                            << 1 << 1 << qsizetype(39) << u"whole number"_s;
        QTest::newRow("negative length") << h + good + "{\"type\":\"attachment\",\"length\":-1}\n"
                                         << 1 << 1 << qsizetype(39) << u"whole number"_s;
        QTest::newRow("huge length") << h + good + "{\"type\":\"attachment\",\"length\":1e300}\n"
                                     << 1 << 1 << qsizetype(39) << u"whole number"_s;
        QTest::newRow("bad envelope header")
            << QByteArray("{\"event_id\":\n") + good << 0 << -1 << qsizetype(0) << u"invalid JSON"_s;
        QTest::newRow("envelope header not an object")
            << QByteArray("[1]\n") + good << 0 << -1 << qsizetype(0) << u"JSON object"_s;
        QTest::newRow("empty input") << QByteArray() << 0 << -1 << qsizetype(0) << u"empty"_s;
    }

    void errorsKeepEarlierItems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, goodItems);
        QFETCH(int, itemIndex);
        QFETCH(qsizetype, offset);
        QFETCH(QString, message);
        const Envelope envelope = EnvelopeParser::parse(bytes);
        QCOMPARE(envelope.items.size(), goodItems);
        if (goodItems > 0)
            QCOMPARE(envelope.items.constFirst().payload, QByteArray("ab"));
        QCOMPARE(envelope.problems.size(), 1);
        const EnvelopeProblem &problem = envelope.problems.constFirst();
        QCOMPARE(problem.itemIndex, itemIndex);
        QCOMPARE(problem.offset, offset);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        QVERIFY(problem.toString().contains(QString::number(offset)));
    }

    void badPayloadCostsOnlyItsItem()
    {
        const QByteArray bytes = "{\"event_id\":\"0123456789abcdef0123456789abcdef\",\"sent_at\":\"2024-01-01T00:00:00Z\"}\n"
                                 "{\"type\":\"event\"}\n{not json\n"
                                 "{\"type\":\"session\"}\n{\"status\":\"ok\"}\n" // no "started"
                                 "{}\n{}\n" // an item header without type
                                 "{\"type\":\"transaction\"}\n{\"transaction\":\"GET /\",\"timestamp\":1}\n";
        const EnvelopeContents contents = EnvelopeParser::decode(bytes);
        QCOMPARE(contents.events.size(), 1);
        QCOMPARE(contents.events.constFirst().type, u"transaction"_s);
        QCOMPARE(contents.events.constFirst().transaction, u"GET /"_s);
        QCOMPARE(contents.problems.size(), 3);
        QCOMPARE(contents.problems.at(0).itemIndex, 0);
        QCOMPARE(contents.problems.at(0).offset, bytes.indexOf("{not json"));
        QVERIFY(contents.problems.at(0).message.startsWith(u"event: invalid JSON"));
        QCOMPARE(contents.problems.at(1).itemIndex, 1);
        QVERIFY(contents.problems.at(1).message.contains(u"started"));
        QCOMPARE(contents.problems.at(2).itemIndex, 2);
        QVERIFY(contents.problems.at(2).message.contains(u"type"));
    }
};

QTEST_GUILESS_MAIN(TestEnvelopeParser)
#include "TestEnvelopeParser.moc"

// SimdEventParser against the Qt path (InputLimits::parseObject + EventJsonParser::parse), which
// stays the reference: on every event record under tests/data and resources/demo, and on unit
// cases for each kind of rejected, lenient and not-handled record.
#include "TestData.h"
#include "ingest/EnvelopeParser.h"
#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/LineReader.h"
#include "ingest/SimdEventParser.h"
#include "store/PreparedEvent.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace lookout;
using Status = SimdParseResult::Status;

Q_DECLARE_METATYPE(SimdParseResult::Status)

namespace {

struct QtResult
{
    std::optional<Event> event;
    QString error;
};

QtResult qtPath(QByteArrayView json)
{
    QtResult result;
    if (const std::optional<QJsonObject> object = InputLimits::parseObject(json, &result.error))
        result.event = EventJsonParser::parse(*object, &result.error);
    return result;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Parsed:
        return QStringLiteral("Parsed");
    case Status::Rejected:
        return QStringLiteral("Rejected");
    case Status::NotHandled:
        return QStringLiteral("NotHandled");
    }
    return {};
}

// Empty when the fast path agrees with the Qt path on json; else what differs (the first field).
QString disagreement(const SimdParseResult &fast, const QtResult &qt)
{
    switch (fast.status) {
    case Status::NotHandled:
        return {}; // the caller takes the Qt path: nothing to agree on
    case Status::Rejected:
        if (qt.event)
            return QStringLiteral("fast path rejects (%1), the Qt path parses").arg(fast.error);
        if (qt.error != fast.error)
            return QStringLiteral("messages differ: fast \"%1\", Qt \"%2\"").arg(fast.error, qt.error);
        return {};
    case Status::Parsed:
        if (!fast.event)
            return QStringLiteral("Parsed without an event");
        if (!qt.event)
            return QStringLiteral("fast path parses, the Qt path rejects: %1").arg(qt.error);
        const QStringList fastLines = test::describeEvent(*fast.event).split(QLatin1Char('\n'));
        const QStringList qtLines = test::describeEvent(*qt.event).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(fastLines.size(), qtLines.size()); ++i) {
            const QString a = fastLines.value(i, QStringLiteral("(end)"));
            const QString b = qtLines.value(i, QStringLiteral("(end)"));
            if (a != b)
                return QStringLiteral("field differs:\n  fast: %1\n  Qt:   %2").arg(a.left(600), b.left(600));
        }
        return {};
    }
    return {};
}

// Empty when the storing scope of the fast path stores what the Qt path's event stores (grouping,
// title, search text, user key, payload) and takes the same records the whole fast path does.
QString storingDisagreement(QByteArrayView json, const SimdParseResult &whole, const QtResult &qt)
{
    const SimdParseResult lean = SimdEventParser::parse(json, SimdEventParser::Scope::Storing);
    if (whole.status != Status::NotHandled && lean.status != whole.status)
        return QStringLiteral("storing scope: %1, the whole fast path: %2")
            .arg(statusName(lean.status), statusName(whole.status));
    if (lean.status != Status::Parsed)
        return lean.status == Status::Rejected ? disagreement(lean, qt) : QString();
    if (!qt.event)
        return QStringLiteral("storing scope parses, the Qt path rejects: %1").arg(qt.error);
    const QByteArray raw = json.toByteArray();
    const PreparedEvent a = PreparedEvent::from(*lean.event, raw);
    const PreparedEvent b = PreparedEvent::from(*qt.event, raw);
    const QList<std::pair<const char *, std::pair<QString, QString>>> fields {
        {"eventId", {a.eventId, b.eventId}},
        {"timestampMs", {QString::number(a.timestampMs), QString::number(b.timestampMs)}},
        {"hashes", {a.hashes.join(u','), b.hashes.join(u',')}},
        {"title", {a.title, b.title}},
        {"culprit", {a.culprit, b.culprit}},
        {"level", {a.level, b.level}},
        {"platform", {a.platform, b.platform}},
        {"release",
            {a.release.isNull() ? QStringLiteral("(null)") : a.release,
                b.release.isNull() ? QStringLiteral("(null)") : b.release}},
        {"environment", {a.environment, b.environment}},
        {"userKey", {a.userKey, b.userKey}},
        {"payload", {QString::fromLatin1(a.payload.toHex()), QString::fromLatin1(b.payload.toHex())}},
        {"text.message", {a.text.message, b.text.message}},
        {"text.exception", {a.text.exception, b.text.exception}},
        {"text.frames", {a.text.frames, b.text.frames}},
        {"text.breadcrumbs", {a.text.breadcrumbs, b.text.breadcrumbs}},
        {"text.tags", {a.text.tags, b.text.tags}},
    };
    for (const auto &[name, values] : fields) {
        if (values.first != values.second)
            return QStringLiteral("storing scope: %1 differs:\n  fast: %2\n  Qt:   %3")
                .arg(QLatin1StringView(name), values.first.left(600), values.second.left(600));
    }
    return {};
}

// Compares a set of records, counting outcomes; fails on the first few disagreements.
class Differential
{
public:
    int parsed = 0;
    int rejected = 0;
    int notHandled = 0;
    QStringList problems;
    QStringList notHandledWhy;

    void check(const QString &where, QByteArrayView json)
    {
        const SimdParseResult fast = SimdEventParser::parse(json);
        const QtResult qt = qtPath(json);
        const QString difference = disagreement(fast, qt);
        if (!difference.isEmpty())
            problems << where + QStringLiteral(": ") + difference;
        const QString storing = storingDisagreement(json, fast, qt);
        if (!storing.isEmpty())
            problems << where + QStringLiteral(": ") + storing;
        switch (fast.status) {
        case Status::Parsed:
            ++parsed;
            break;
        case Status::Rejected:
            ++rejected;
            break;
        case Status::NotHandled:
            ++notHandled;
            notHandledWhy << where + QStringLiteral(": ") + fast.error;
            break;
        }
    }

    void checkLines(const QString &path, qint64 maxLines = -1)
    {
        LineReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(path));
        QByteArray line;
        while ((maxLines < 0 || reader.lineNumber() < maxLines) && reader.next(&line) == LineReader::Status::Line) {
            if (!line.trimmed().isEmpty())
                check(QStringLiteral("%1:%2").arg(path).arg(reader.lineNumber()), line);
        }
    }

    int total() const { return parsed + rejected + notHandled; }
    QString summary() const
    {
        return QStringLiteral("%1 records: %2 parsed, %3 rejected, %4 not handled")
            .arg(total())
            .arg(parsed)
            .arg(rejected)
            .arg(notHandled);
    }
    bool agrees() const { return problems.isEmpty(); }
    QString report() const { return summary() + QLatin1Char('\n') + problems.mid(0, 5).join(QLatin1Char('\n')); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

const QByteArray head = R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":1700000000.5)";

QByteArray eventWith(const QByteArray &members)
{
    return members.isEmpty() ? QByteArray(head + '}') : QByteArray(head + ',' + members + '}');
}

QByteArray nested(int levels)
{
    // levels counts the record's own object: {"extra":[[...]]} with levels - 1 arrays.
    return head + R"(,"extra":)" + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + '}';
}

QByteArray frames(int count)
{
    QByteArray list;
    for (int i = 0; i < count; ++i)
        list += QByteArray(i ? "," : "") + "{\"function\":\"f" + QByteArray::number(i) + "\",\"lineno\":" + QByteArray::number(i)
            + '}';
    return '[' + list + ']';
}

// The unit cases, outside the test class: moc lexes raw strings naively, and JSON in them (an odd
// number of quotes, a "//" in a URL) would hide the class from it.
void addUnitCases()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Status>("expected");

    // Rejected by both, with the Qt path's message.
    QTest::newRow("truncated") << QByteArray(head + ",\"exception\":{\"values\":[{\"type\":\"E\"") << Status::Rejected;
    QTest::newRow("invalid UTF-8") << eventWith("\"message\":\"caf" + QByteArray("\xc3\x28", 2) + '"') << Status::Rejected;
    QTest::newRow("overlong UTF-8") << eventWith("\"message\":\"" + QByteArray("\xc0\xaf", 2) + '"') << Status::Rejected;
    QTest::newRow("surrogate in UTF-8") << eventWith("\"message\":\"" + QByteArray("\xed\xa0\x80", 3) + '"') << Status::Rejected;
    QTest::newRow("NUL in a string") << eventWith(QByteArray("\"message\":\"a"
                                                             "\0"
                                                             "b\"",
        15)) << Status::Rejected;
    QTest::newRow("NUL after the object") << QByteArray(eventWith({}).chopped(1) + "}" + QByteArray(1, '\0')) << Status::Rejected;
    QTest::newRow("200 deep") << nested(200) << Status::Rejected;
    QTest::newRow("65 deep") << nested(65) << Status::Rejected;
    QTest::newRow("64 deep") << nested(64) << Status::Parsed;
    QTest::newRow("top-level array") << QByteArray("[" + eventWith({}) + "]") << Status::Rejected;
    QTest::newRow("top-level string") << QByteArray("\"event\"") << Status::Rejected;
    QTest::newRow("top-level number") << QByteArray("42") << Status::Rejected;
    QTest::newRow("empty") << QByteArray() << Status::Rejected;
    QTest::newRow("blank") << QByteArray("   ") << Status::Rejected;
    QTest::newRow("trailing garbage") << QByteArray(eventWith({}) + " x") << Status::Rejected;
    QTest::newRow("trailing comma") << QByteArray(head + ",}") << Status::Rejected;
    QTest::newRow("number underflows") << eventWith(R"("extra":{"x":1e-400})") << Status::Rejected;
    QTest::newRow("number overflows") << eventWith(R"("extra":{"x":1e400})") << Status::Rejected;
    QTest::newRow("too large") << QByteArray(eventWith("\"message\":\"" + QByteArray(InputLimits::maxRecordBytes, 'x') + '"'))
                               << Status::Rejected;
    QTest::newRow("no event_id") << QByteArray(R"({"timestamp":1})") << Status::Rejected;
    QTest::newRow("short event_id") << QByteArray(R"({"event_id":"abc","timestamp":1})") << Status::Rejected;
    QTest::newRow("event_id a number") << QByteArray(R"({"event_id":12345,"timestamp":1})") << Status::Rejected;
    QTest::newRow("event_id not hex") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdeg","timestamp":1})")
                                      << Status::Rejected;
    QTest::newRow("no timestamp") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef"})") << Status::Rejected;
    QTest::newRow("timestamp garbage") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":"garbage"})")
                                       << Status::Rejected;
    QTest::newRow("timestamp negative") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":-1})")
                                        << Status::Rejected;
    QTest::newRow("timestamp past 3000") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":1e11})")
                                         << Status::Rejected;
    QTest::newRow("timestamp null") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":null})")
                                    << Status::Rejected;

    // Parsed leniently, exactly as the Qt path reads them.
    QTest::newRow("minimal") << eventWith({}) << Status::Parsed;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + eventWith({})) << Status::Parsed;
    QTest::newRow("id with dashes, upper case")
        << QByteArray(R"({"event_id":"01234567-89AB-CDEF-0123-456789ABCDEF","timestamp":1})") << Status::Parsed;
    QTest::newRow("timestamp string number")
        << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":"1700000000.25"})") << Status::Parsed;
    QTest::newRow("timestamp RFC 3339") << QByteArray(
        R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":"2025-11-20T13:00:00.5+01:00"})")
                                        << Status::Parsed;
    QTest::newRow("timestamp no zone") << QByteArray(
        R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":"2025-11-20T12:00:00"})")
                                       << Status::Parsed;
    QTest::newRow("timestamp integer") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcdef","timestamp":1700000000})")
                                       << Status::Parsed;
    QTest::newRow("exception 5") << eventWith(R"("exception":5)") << Status::Parsed;
    QTest::newRow("exception string") << eventWith("\"exception\":\"boom\"") << Status::Parsed;
    QTest::newRow("exception values 5") << eventWith(R"("exception":{"values":5})") << Status::Parsed;
    QTest::newRow("exception values null") << eventWith(R"("exception":{"values":null,"type":"E"})") << Status::Parsed;
    QTest::newRow("exception single object") << eventWith(R"("exception":{"type":"E","value":"v"})") << Status::Parsed;
    QTest::newRow("exception empty object") << eventWith(R"("exception":{})") << Status::Parsed;
    QTest::newRow("exception bare list") << eventWith(R"("exception":[5,"x",{},null,{"type":"E"}])") << Status::Parsed;
    QTest::newRow("exception wrong types") << eventWith(
        R"("exception":{"values":[{"type":5,"value":true,"module":null,"thread_id":7,"mechanism":"m","stacktrace":[1],"raw_stacktrace":{"frames":5}}]})")
                                           << Status::Parsed;
    QTest::newRow("mechanism fields") << eventWith(
        R"("exception":[{"type":"E","mechanism":{"type":"onerror","description":1,"help_link":"h","source":"s","handled":"false","synthetic":true,"exception_id":"3","parent_id":2.9,"is_exception_group":1,"meta":{"errno":{"number":2}},"data":[1]}}])")
                                      << Status::Parsed;
    QTest::newRow("mechanism group") << eventWith(
        R"("exception":[{"type":"E","mechanism":{"is_exception_group":true,"exception_id":1e20}}])")
                                     << Status::Parsed;
    QTest::newRow("frame wrong types") << eventWith(
        R"("stacktrace":{"frames":[5,null,{"function":7,"lineno":"12","colno":12.7,"in_app":"true","context_line":null,"pre_context":[1,true,null,"x",{}],"post_context":"x","vars":[1],"data":5},{"lineno":1e10,"colno":-5,"in_app":false,"context_line":""},{"lineno":"abc","colno":" 42 "},{"lineno":2147483648,"colno":-2147483648},{"lineno":9007199254740993}],"registers":{"rip":"0x1"}})")
                                       << Status::Parsed;
    QTest::newRow("frame filename from URL") << eventWith(
        R"("stacktrace":{"frames":[{"abs_path":"https://example.com/static/app.js?v=1"},{"abs_path":"/usr/lib/x.py"},{"abs_path":"c:/x/y.js"},{"abs_path":"app:///main.js"}]})")
                                             << Status::Parsed;
    QTest::newRow("stacktrace not an object") << eventWith(R"("stacktrace":[{"function":"f"}])") << Status::Parsed;
    QTest::newRow("frames not a list") << eventWith(R"("stacktrace":{"frames":{"function":"f"}})") << Status::Parsed;
    QTest::newRow("threads") << eventWith(
        R"("threads":{"values":[{"id":1,"name":"main","crashed":true,"current":1,"main":true,"state":"RUNNABLE","stacktrace":{"frames":[{"function":"run"}]}},5,{"id":"t2","raw_stacktrace":{}}]})")
                             << Status::Parsed;
    QTest::newRow("threads 5") << eventWith(R"("threads":5)") << Status::Parsed;
    QTest::newRow("breadcrumbs") << eventWith(
        R"("breadcrumbs":{"values":[{"timestamp":"2025-11-20T12:00:00Z","type":"http","category":5,"level":"WARN","message":"m","data":{"url":"/x"}},{"timestamp":1.5,"level":5},7,{"timestamp":"nope","level":"critical","data":[1]}]})")
                                 << Status::Parsed;
    QTest::newRow("breadcrumbs bare list") << eventWith(R"("breadcrumbs":[{"message":"a"},{"message":"b"}])") << Status::Parsed;
    QTest::newRow("tags object") << eventWith(R"("tags":{"b":"1","a":2,"B":true,"c":null,"d":{"x":1},"é":1.5,"a":"dup"})")
                                 << Status::Parsed;
    QTest::newRow("tags pairs") << eventWith(
        R"("tags":[["a","1"],["b",2],["c"],["d","e","f"],{"key":"k","value":1},5,{"value":"v"}])")
                                << Status::Parsed;
    QTest::newRow("tags string") << eventWith("\"tags\":\"a=b\"") << Status::Parsed;
    QTest::newRow("user") << eventWith(
        R"("user":{"id":42,"email":"e@x","username":null,"ip_address":"{{auto}}","name":"N","geo":{"city":"Berlin"},"data":{"k":[1,2]},"other":1})")
                          << Status::Parsed;
    QTest::newRow("user 5") << eventWith(R"("user":5)") << Status::Parsed;
    QTest::newRow("request") << eventWith(
        R"("request":{"url":"https://x/y","method":"POST","query_string":{"b":"2","a":[1]},"fragment":"f","cookies":[["s","1"],["t",2]],"headers":[["Content-Type","text/plain"],["X",null]],"env":{"REMOTE_ADDR":"1.2.3.4"},"data":{"k":"v"}})")
                             << Status::Parsed;
    QTest::newRow("request strings") << eventWith(
        R"("request":{"query_string":"a=1&b=2","cookies":"s=1; t=2","headers":{"B":"1","A":"2"},"data":"raw"})")
                                     << Status::Parsed;
    QTest::newRow("request data null") << eventWith(R"("request":{"data":null})") << Status::Parsed;
    QTest::newRow("request no data") << eventWith(R"("request":{"url":"u"})") << Status::Parsed;
    QTest::newRow("request 5") << eventWith(R"("request":5)") << Status::Parsed;
    QTest::newRow("sdk") << eventWith(
        R"("sdk":{"name":"sentry.python","version":2,"integrations":["a",1],"packages":[{"name":"pypi:sentry-sdk","version":"2.0"},5,{"version":1}]})")
                         << Status::Parsed;
    QTest::newRow("logentry object") << eventWith(
        R"("logentry":{"message":"Order %s","formatted":"Order 7","params":[7,"x",null]})")
                                     << Status::Parsed;
    QTest::newRow("logentry beats message") << eventWith(R"("message":"m","logentry":{"formatted":"l"})") << Status::Parsed;
    QTest::newRow("logentry null hides message") << eventWith(R"("message":"m","logentry":null)") << Status::Parsed;
    QTest::newRow("message string") << eventWith("\"message\":\"Disk full\"") << Status::Parsed;
    QTest::newRow("message object") << eventWith(R"("message":{"message":"a %s","params":"x"})") << Status::Parsed;
    QTest::newRow("message number") << eventWith(R"("message":5)") << Status::Parsed;
    QTest::newRow("scalars") << eventWith(
        "\"platform\":null,\"level\":5,\"logger\":1,\"transaction\":true,\"culprit\":\"c\",\"server_name\":\"s\",\"release\":1.5,"
        "\"dist\":2,\"environment\":\"prod\",\"checksum\":\"abc\",\"group_id\":123,\"hashes\":[\"a\",1],\"fingerprint\":[\"{{ "
        "default }}\",2,null],\"received\":\"2025-11-20T12:00:00Z\",\"type\":\"csp\"")
                             << Status::Parsed;
    QTest::newRow("platform missing, level WARN") << eventWith("\"level\":\"WARN\"") << Status::Parsed;
    QTest::newRow("platform number") << eventWith(R"("platform":5)") << Status::Parsed;
    QTest::newRow("free-form parts") << eventWith(
        R"("contexts":{"os":{"name":"Linux"},"n":[1,2.5,-0,1e-310,1.5e308,9223372036854775807,9223372036854775808,12345678901234567890,9007199254740993,true,null,"\u0000\ud83d\ude00é\/"]},"extra":{"b":1,"a":{"x":{}},"b":2},"modules":{"django":"4.2"},"csp":{"blocked_uri":"x"},"template":{"filename":"t.html"})")
                                     << Status::Parsed;
    QTest::newRow("free-form not objects") << eventWith(R"("contexts":[1],"extra":"x","modules":5,"csp":null,"template":true)")
                                           << Status::Parsed;
    QTest::newRow("zero doubles") << eventWith(R"("extra":{"a":0.0,"b":-0.0,"c":0e10,"d":0.000e-500,"e":1.5e-300})")
                                  << Status::Parsed;
    QTest::newRow("duplicate top-level keys") << QByteArray(
        R"({"event_id":"ffffffffffffffffffffffffffffffff","timestamp":1,"event_id":"0123456789abcdef0123456789abcdef","level":"info","level":"fatal"})")
                                              << Status::Parsed;
    QTest::newRow("duplicate keys inside") << eventWith(
        R"("exception":{"values":[{"type":"A","type":"B","mechanism":{"handled":true},"mechanism":5,"stacktrace":{"frames":[{"function":"f","function":"g","lineno":1,"lineno":null}]}}],"values":[{"type":"C"}]})")
                                           << Status::Parsed;
    QTest::newRow("escaped event_id") << QByteArray(R"({"event_id":"0123456789abcdef0123456789abcde\u0066","timestamp":1})")
                                      << Status::Parsed;
    QTest::newRow("unicode") << eventWith(R"("message":"Grüße, 世界 😀","tags":{"ключ":"значение"})") << Status::Parsed;
    QTest::newRow("noncharacters") << eventWith("\"message\":\"\xef\xbf\xbf \xef\xbf\xbe \xef\xb7\x90 \\uffff\"")
                                   << Status::Parsed;
    QTest::newRow("CRLF and spaces") << QByteArray(" \t" + eventWith({}) + "\r\n") << Status::Parsed;
    QTest::newRow("escaped NUL") << eventWith("\"message\":\"a\\u0000b\"") << Status::Parsed;
    QTest::newRow("2500 frames") << eventWith(R"("exception":{"values":[{"type":"RecursionError","stacktrace":{"frames":)"
        + frames(2500) + "}}]}") << Status::Parsed;
    QTest::newRow("1000 frames") << eventWith(R"("stacktrace":{"frames":)" + frames(1000) + "}") << Status::Parsed;
    QTest::newRow("1001 frames") << eventWith(R"("stacktrace":{"frames":)" + frames(1001) + "}") << Status::Parsed;
    QByteArray crumbs;
    for (int i = 0; i < 1500; ++i)
        crumbs += (i ? ",{\"message\":\"b" : "{\"message\":\"b") + QByteArray::number(i) + "\"}";
    QTest::newRow("1500 breadcrumbs") << eventWith(R"("breadcrumbs":{"values":[)" + crumbs + "]}") << Status::Parsed;
    QTest::newRow("string at the limit") << eventWith("\"message\":\"" + QByteArray(InputLimits::maxStringChars, 'x') + '"')
                                         << Status::Parsed;
    QTest::newRow("long unread string") << eventWith("\"debug_meta\":\"" + QByteArray(InputLimits::maxStringChars + 1, 'x') + '"')
                                        << Status::Parsed;

    // Not handled: another form, or what the Qt path reads differently (truncation), or JSON
    // only Qt accepts.
    QTest::newRow("REST entries") << eventWith(R"("entries":[])") << Status::NotHandled;
    QTest::newRow("REST eventID") << QByteArray(
        R"({"eventID":"0123456789abcdef0123456789abcdef","dateCreated":"2025-01-01T00:00:00Z"})")
                                  << Status::NotHandled;
    QTest::newRow("REST dateCreated") << eventWith("\"dateCreated\":\"2025-01-01T00:00:00Z\"") << Status::NotHandled;
    QTest::newRow("REST wrapper") << QByteArray(R"({"event":{"eventID":"x"},"groupId":"1"})") << Status::NotHandled;
    QTest::newRow("event member with event_id") << eventWith(R"("event":{"a":1})") << Status::Parsed;
    QTest::newRow("session update") << QByteArray(R"({"sid":"x","status":"ok","attrs":{"release":"r"}})") << Status::NotHandled;
    QTest::newRow("session aggregates") << QByteArray(R"({"aggregates":[],"attrs":{"release":"r"}})") << Status::NotHandled;
    QTest::newRow("transaction") << eventWith("\"type\":\"transaction\",\"transaction\":\"/x\"") << Status::NotHandled;
    QTest::newRow("type transaction not a string") << eventWith(R"("type":["transaction"])") << Status::Parsed;
    QTest::newRow("legacy top-level key") << eventWith(R"("sentry.interfaces.Message":{"message":"m"})") << Status::NotHandled;
    QTest::newRow("legacy key without id") << QByteArray(R"({"sentry.interfaces.Exception":{"values":[]}})")
                                           << Status::NotHandled;
    QTest::newRow("legacy key in exception")
        << eventWith(R"("exception":{"values":[{"type":"E","sentry.interfaces.Stacktrace":{"frames":[{"function":"f"}]}}]})")
        << Status::NotHandled;
    QTest::newRow("long message") << eventWith("\"message\":\"" + QByteArray(InputLimits::maxStringChars + 1, 'x') + '"')
                                  << Status::NotHandled;
    QTest::newRow("long key in extra") << eventWith("\"extra\":{\"" + QByteArray(InputLimits::maxStringChars + 1, 'k') + "\":1}")
                                       << Status::NotHandled;
    // Parts the storing scope skips: it parses these, and stores what the Qt path's event stores.
    QTest::newRow("long string in breadcrumb data") << eventWith(
        R"("breadcrumbs":[{"message":"m","data":{"s":")" + QByteArray(InputLimits::maxStringChars + 1, 'd') + "\"}}]")
                                                    << Status::NotHandled;
    QTest::newRow("long pre_context line") << eventWith(
        R"("exception":{"values":[{"type":"E","stacktrace":{"frames":[{"function":"f","pre_context":[")"
        + QByteArray(InputLimits::maxStringChars + 1, 'p') + "\"]}]}}]}")
                                           << Status::NotHandled;
    QTest::newRow("long event_id") << QByteArray("{\"event_id\":\"" + QByteArray(InputLimits::maxStringChars + 1, 'a')
        + "\",\"timestamp\":1}") << Status::NotHandled;
    QTest::newRow("raw tab in a string") << eventWith("\"message\":\"a\tb\"") << Status::NotHandled;
    QTest::newRow("unpaired surrogate escape") << eventWith("\"message\":\"\\ud800\"") << Status::NotHandled;
    QTest::newRow("integer beyond 64 bits") << eventWith(R"("extra":{"n":123456789012345678901234567890})") << Status::NotHandled;
    QTest::newRow("unknown escape") << eventWith("\"message\":\"\\q\"") << Status::NotHandled; // Qt reads "q"
    QTest::newRow("number 1.") << eventWith(R"("extra":{"n":1.})") << Status::NotHandled;
}

} // namespace

class TestSimdEventParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sdkSamples()
    {
        Differential diff;
        for (const QString &path : filesUnder(test::dataPath(QStringLiteral("samples")), {QStringLiteral("*.json")}))
            diff.check(path, readFile(path));
        for (const QString &path :
            filesUnder(test::dataPath(QStringLiteral("../../resources/demo/templates")), {QStringLiteral("*.json")}))
            diff.check(path, readFile(path));
        qInfo().noquote() << diff.summary() << "\n " << diff.notHandledWhy.join(QStringLiteral("\n  "));
        QVERIFY2(diff.agrees(), qPrintable(diff.report()));
        QCOMPARE_GE(diff.total(), 7);
        QCOMPARE_GE(diff.parsed, 1); // python-modern.json; the raven-era samples use legacy keys
    }

    void jsonLinesFixtures()
    {
        Differential diff;
        diff.checkLines(test::dataPath(QStringLiteral("events/mixed.jsonl")));
        diff.checkLines(test::dataPath(QStringLiteral("events/mixed.jsonl.gz")));
        QVERIFY2(diff.agrees(), qPrintable(diff.report()));
        QCOMPARE(diff.total(), 46);
        QCOMPARE(diff.parsed, 40); // 20 events, twice
        QCOMPARE(diff.rejected, 6); // the 3 broken lines, twice
    }

    void benchSample()
    {
        // 200 events from bench/make-import-data (see tests/data/SOURCES.md): the benchmark's shape.
        Differential diff;
        diff.checkLines(test::dataPath(QStringLiteral("events/bench-sample.jsonl")));
        QVERIFY2(diff.agrees(), qPrintable(diff.report()));
        QCOMPARE(diff.total(), 200);
        QCOMPARE(diff.parsed, 200);
    }

    void externalFile()
    {
        // LOOKOUT_SIMD_DIFF_FILE=FILE.jsonl compares the first 2,000 lines of any export, e.g. the
        // benchmark's generated data in /tmp/lookout-bench.
        const QString path = qEnvironmentVariable("LOOKOUT_SIMD_DIFF_FILE");
        if (path.isEmpty())
            QSKIP("LOOKOUT_SIMD_DIFF_FILE not set");
        Differential diff;
        diff.checkLines(path, 2000);
        qInfo().noquote() << diff.summary();
        QVERIFY2(diff.agrees(), qPrintable(diff.report()));
    }

    void demoData()
    {
        Differential events;
        Differential sessions;
        for (const QString &path :
            filesUnder(test::dataPath(QStringLiteral("../../resources/demo")), {QStringLiteral("*.jsonl")}))
            (QFileInfo(path).fileName() == u"events.jsonl" ? events : sessions).checkLines(path);
        QVERIFY2(events.agrees(), qPrintable(events.report()));
        QVERIFY2(sessions.agrees(), qPrintable(sessions.report()));
        QCOMPARE_GE(events.total(), 1000);
        QCOMPARE(events.parsed, events.total()); // real SDK shapes: none may fall back
        QCOMPARE(sessions.notHandled, sessions.total()); // session updates and aggregates are not events
    }

    void envelopeEventItems()
    {
        Differential diff;
        int items = 0;
        for (const QString &path :
            filesUnder(test::dataPath(QStringLiteral("envelopes")), {QStringLiteral("*.txt"), QStringLiteral("*.bin")})) {
            const Envelope envelope = EnvelopeParser::parse(readFile(path));
            for (const EnvelopeItem &item : envelope.items) {
                if (item.type != u"event" && item.type != u"transaction")
                    continue;
                ++items;
                diff.check(QStringLiteral("%1 item %2").arg(path).arg(item.index), item.payload);
            }
        }
        qInfo().noquote() << diff.summary() << "\n " << diff.notHandledWhy.join(QStringLiteral("\n  "));
        QVERIFY2(diff.agrees(), qPrintable(diff.report()));
        QCOMPARE_GE(items, 10);
        QCOMPARE_GE(diff.parsed, 1);
    }

    void restEventsNotHandled()
    {
        for (const QString &path : filesUnder(test::dataPath(QStringLiteral("rest")), {QStringLiteral("*.json")})) {
            const SimdParseResult result = SimdEventParser::parse(readFile(path));
            QVERIFY2(result.status == Status::NotHandled, qPrintable(path + QStringLiteral(": ") + statusName(result.status)));
        }
    }

    void unitCases_data() { addUnitCases(); }

    void unitCases()
    {
        QFETCH(QByteArray, json);
        QFETCH(Status, expected);
        const SimdParseResult fast = SimdEventParser::parse(json);
        QVERIFY2(fast.status == expected, qPrintable(statusName(fast.status) + QStringLiteral(": ") + fast.error));
        const QtResult qt = qtPath(json);
        const QString difference = disagreement(fast, qt);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QString storing = storingDisagreement(json, fast, qt);
        QVERIFY2(storing.isEmpty(), qPrintable(storing));
        if (expected == Status::Rejected)
            QVERIFY(!fast.error.isEmpty());
    }

    void rejectionMessagesNameTheOffset()
    {
        const SimdParseResult deep = SimdEventParser::parse(nested(200));
        QCOMPARE(deep.status, Status::Rejected);
        QVERIFY2(deep.error.startsWith(u"JSON nested deeper than 64 levels at offset "), qPrintable(deep.error));
        const SimdParseResult utf8 = SimdEventParser::parse(eventWith("\"message\":\"" + QByteArray("\xff", 1) + '"'));
        QCOMPARE(utf8.error, QStringLiteral("invalid UTF-8 at offset %1").arg(head.size() + 12));
    }

    void limitsHoldOnTheFastPath()
    {
        const SimdParseResult result = SimdEventParser::parse(
            eventWith(R"("exception":{"values":[{"type":"E","stacktrace":{"frames":)" + frames(5000) + "}}]}"));
        QCOMPARE(result.status, Status::Parsed);
        const QList<Frame> &kept = result.event->exceptions.constFirst().stacktrace->frames;
        QCOMPARE(kept.size(), InputLimits::maxFrames);
        QCOMPARE(kept.at(499).function, QStringLiteral("f499"));
        QCOMPARE(kept.at(500).function, QStringLiteral("f4500"));
        QCOMPARE(kept.constLast().function, QStringLiteral("f4999"));
    }

    void threadsParseIndependently()
    {
        // The importer calls the parser from worker threads: each has its own simdjson parser.
        const QByteArray line = readFile(test::dataPath(QStringLiteral("events/bench-sample.jsonl"))).split('\n').constFirst();
        const QString expected = test::describeEvent(*SimdEventParser::parse(line).event);
        QList<QThread *> threads;
        QAtomicInt failures;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&] {
                for (int i = 0; i < 50; ++i) {
                    const SimdParseResult result = SimdEventParser::parse(line);
                    if (result.status != Status::Parsed || test::describeEvent(*result.event) != expected)
                        failures.ref();
                }
            });
            threads.constLast()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimdEventParser)
#include "TestSimdEventParser.moc"

#include "TestData.h"

#include "ingest/EventJsonParser.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace lookout::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(LOOKOUT_TEST_DATA_DIR "/") + relative;
}

QByteArray eventLine(
    const QString &eventId, double timestamp, const QString &exceptionType, const QString &function, const QString &user)
{
    const QJsonObject frame {{QStringLiteral("function"), function}, {QStringLiteral("module"), QStringLiteral("app.handlers")},
        {QStringLiteral("filename"), QStringLiteral("app/handlers.py")}, {QStringLiteral("lineno"), 42},
        {QStringLiteral("in_app"), true}};
    const QJsonObject exception {{QStringLiteral("type"), exceptionType},
        {QStringLiteral("value"), QStringLiteral("something failed")},
        {QStringLiteral("stacktrace"), QJsonObject {{QStringLiteral("frames"), QJsonArray {frame}}}}};
    QJsonObject event {{QStringLiteral("event_id"), eventId}, {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("platform"), QStringLiteral("python")}, {QStringLiteral("level"), QStringLiteral("error")},
        {QStringLiteral("exception"), QJsonObject {{QStringLiteral("values"), QJsonArray {exception}}}}};
    if (!user.isEmpty())
        event.insert(QStringLiteral("user"), QJsonObject {{QStringLiteral("id"), user}});
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void addEvent(Store &store, qint64 projectId, const QString &eventId, double timestamp, const QString &exceptionType,
    const QString &function, const QString &user)
{
    const QByteArray line = eventLine(eventId, timestamp, exceptionType, function, user);
    QString error;
    const std::optional<Event> event = EventJsonParser::parse(line, &error);
    QVERIFY2(event, qPrintable(error));
    QCOMPARE(store.insertEvent(projectId, *event, line), Store::InsertResult::Inserted);
}

} // namespace lookout::test

namespace lookout::test {

namespace {

class EventDescriber
{
public:
    QStringList lines;

    void add(const QString &path, const QString &value) { lines << path + QStringLiteral(" = ") + value; }

    static QString json(const QJsonValue &value)
    {
        if (value.isUndefined())
            return QStringLiteral("undefined");
        const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) + QStringLiteral(" (type %1)").arg(int(value.type()));
    }
    static QString text(const QString &value) { return json(value); }
    static QString list(const QStringList &values) { return json(QJsonArray::fromStringList(values)); }
    template<typename T>
    static QString optional(const std::optional<T> &value)
    {
        if (!value)
            return QStringLiteral("none");
        if constexpr (std::is_same_v<T, bool>)
            return *value ? QStringLiteral("true") : QStringLiteral("false");
        else
            return QString::number(*value);
    }
    static QString time(const QDateTime &value)
    {
        if (!value.isValid())
            return QStringLiteral("invalid");
        return value.toString(Qt::ISODateWithMs)
            + QStringLiteral(" (spec %1, offset %2)").arg(int(value.timeSpec())).arg(value.offsetFromUtc());
    }
    static QString pairs(const KeyValueList &values)
    {
        QJsonArray array;
        for (const auto &[k, v] : values)
            array.append(QJsonArray {k, v});
        return json(array);
    }

    void frame(const QString &p, const Frame &f)
    {
        add(p + QStringLiteral(".function"), text(f.function));
        add(p + QStringLiteral(".rawFunction"), text(f.rawFunction));
        add(p + QStringLiteral(".symbol"), text(f.symbol));
        add(p + QStringLiteral(".module"), text(f.module));
        add(p + QStringLiteral(".package"), text(f.package));
        add(p + QStringLiteral(".filename"), text(f.filename));
        add(p + QStringLiteral(".absPath"), text(f.absPath));
        add(p + QStringLiteral(".platform"), text(f.platform));
        add(p + QStringLiteral(".instructionAddr"), text(f.instructionAddr));
        add(p + QStringLiteral(".symbolAddr"), text(f.symbolAddr));
        add(p + QStringLiteral(".imageAddr"), text(f.imageAddr));
        add(p + QStringLiteral(".lineno"), optional(f.lineno));
        add(p + QStringLiteral(".colno"), optional(f.colno));
        add(p + QStringLiteral(".inApp"), optional(f.inApp));
        add(p + QStringLiteral(".contextLine"), text(f.contextLine));
        add(p + QStringLiteral(".hasContextLine"), optional(std::optional<bool>(f.hasContextLine)));
        add(p + QStringLiteral(".preContext"), list(f.preContext));
        add(p + QStringLiteral(".postContext"), list(f.postContext));
        add(p + QStringLiteral(".vars"), json(f.vars));
        add(p + QStringLiteral(".data"), json(f.data));
    }

    void stacktrace(const QString &p, const std::optional<Stacktrace> &s)
    {
        add(p, s ? QStringLiteral("%1 frames").arg(s->frames.size()) : QStringLiteral("none"));
        if (!s)
            return;
        for (qsizetype i = 0; i < s->frames.size(); ++i)
            frame(p + QStringLiteral(".frames[%1]").arg(i), s->frames.at(i));
        add(p + QStringLiteral(".registers"), json(s->registers));
    }

    void mechanism(const QString &p, const std::optional<Mechanism> &m)
    {
        add(p, m ? QStringLiteral("present") : QStringLiteral("none"));
        if (!m)
            return;
        add(p + QStringLiteral(".type"), text(m->type));
        add(p + QStringLiteral(".description"), text(m->description));
        add(p + QStringLiteral(".helpLink"), text(m->helpLink));
        add(p + QStringLiteral(".source"), text(m->source));
        add(p + QStringLiteral(".handled"), optional(m->handled));
        add(p + QStringLiteral(".synthetic"), optional(m->synthetic));
        add(p + QStringLiteral(".exceptionId"), optional(m->exceptionId));
        add(p + QStringLiteral(".parentId"), optional(m->parentId));
        add(p + QStringLiteral(".isExceptionGroup"), optional(std::optional<bool>(m->isExceptionGroup)));
        add(p + QStringLiteral(".meta"), json(m->meta));
        add(p + QStringLiteral(".data"), json(m->data));
    }

    void event(const Event &e)
    {
        add(QStringLiteral("eventId"), text(e.eventId));
        add(QStringLiteral("timestamp"), time(e.timestamp));
        add(QStringLiteral("received"), time(e.received));
        add(QStringLiteral("type"), text(e.type));
        add(QStringLiteral("platform"), text(e.platform));
        add(QStringLiteral("level"), levelToString(e.level));
        add(QStringLiteral("logger"), text(e.logger));
        add(QStringLiteral("transaction"), text(e.transaction));
        add(QStringLiteral("culprit"), text(e.culprit));
        add(QStringLiteral("serverName"), text(e.serverName));
        add(QStringLiteral("release"), text(e.release));
        add(QStringLiteral("dist"), text(e.dist));
        add(QStringLiteral("environment"), text(e.environment));
        add(QStringLiteral("logentry.message"), text(e.logentry.message));
        add(QStringLiteral("logentry.formatted"), text(e.logentry.formatted));
        add(QStringLiteral("logentry.params"), json(e.logentry.params));
        add(QStringLiteral("fingerprint"), list(e.fingerprint));
        add(QStringLiteral("tags"), pairs(e.tags));
        add(QStringLiteral("contexts"), json(e.contexts));
        add(QStringLiteral("extra"), json(e.extra));
        add(QStringLiteral("modules"), json(e.modules));
        add(QStringLiteral("user.id"), text(e.user.id));
        add(QStringLiteral("user.email"), text(e.user.email));
        add(QStringLiteral("user.username"), text(e.user.username));
        add(QStringLiteral("user.ipAddress"), text(e.user.ipAddress));
        add(QStringLiteral("user.name"), text(e.user.name));
        add(QStringLiteral("user.geo"), json(e.user.geo));
        add(QStringLiteral("user.data"), json(e.user.data));
        add(QStringLiteral("request.url"), text(e.request.url));
        add(QStringLiteral("request.method"), text(e.request.method));
        add(QStringLiteral("request.queryString"), text(e.request.queryString));
        add(QStringLiteral("request.fragment"), text(e.request.fragment));
        add(QStringLiteral("request.cookies"), text(e.request.cookies));
        add(QStringLiteral("request.headers"), pairs(e.request.headers));
        add(QStringLiteral("request.env"), pairs(e.request.env));
        add(QStringLiteral("request.data"), json(e.request.data));
        add(QStringLiteral("sdk.name"), text(e.sdk.name));
        add(QStringLiteral("sdk.version"), text(e.sdk.version));
        add(QStringLiteral("sdk.integrations"), list(e.sdk.integrations));
        add(QStringLiteral("sdk.packages"), pairs(e.sdk.packages));
        add(QStringLiteral("exceptions"), QString::number(e.exceptions.size()));
        for (qsizetype i = 0; i < e.exceptions.size(); ++i) {
            const ExceptionValue &x = e.exceptions.at(i);
            const QString p = QStringLiteral("exceptions[%1]").arg(i);
            add(p + QStringLiteral(".type"), text(x.type));
            add(p + QStringLiteral(".value"), text(x.value));
            add(p + QStringLiteral(".module"), text(x.module));
            add(p + QStringLiteral(".threadId"), text(x.threadId));
            mechanism(p + QStringLiteral(".mechanism"), x.mechanism);
            stacktrace(p + QStringLiteral(".stacktrace"), x.stacktrace);
            stacktrace(p + QStringLiteral(".rawStacktrace"), x.rawStacktrace);
        }
        stacktrace(QStringLiteral("stacktrace"), e.stacktrace);
        add(QStringLiteral("threads"), QString::number(e.threads.size()));
        for (qsizetype i = 0; i < e.threads.size(); ++i) {
            const Thread &t = e.threads.at(i);
            const QString p = QStringLiteral("threads[%1]").arg(i);
            add(p + QStringLiteral(".id"), text(t.id));
            add(p + QStringLiteral(".name"), text(t.name));
            add(p + QStringLiteral(".crashed"), optional(t.crashed));
            add(p + QStringLiteral(".current"), optional(t.current));
            add(p + QStringLiteral(".main"), optional(t.main));
            add(p + QStringLiteral(".state"), text(t.state));
            stacktrace(p + QStringLiteral(".stacktrace"), t.stacktrace);
            stacktrace(p + QStringLiteral(".rawStacktrace"), t.rawStacktrace);
        }
        add(QStringLiteral("breadcrumbs"), QString::number(e.breadcrumbs.size()));
        for (qsizetype i = 0; i < e.breadcrumbs.size(); ++i) {
            const Breadcrumb &b = e.breadcrumbs.at(i);
            const QString p = QStringLiteral("breadcrumbs[%1]").arg(i);
            add(p + QStringLiteral(".timestamp"), time(b.timestamp));
            add(p + QStringLiteral(".type"), text(b.type));
            add(p + QStringLiteral(".category"), text(b.category));
            add(p + QStringLiteral(".level"), levelToString(b.level));
            add(p + QStringLiteral(".message"), text(b.message));
            add(p + QStringLiteral(".data"), json(b.data));
        }
        add(QStringLiteral("checksum"), text(e.checksum));
        add(QStringLiteral("csp"), json(e.csp));
        add(QStringLiteral("templateInfo"), json(e.templateInfo));
        add(QStringLiteral("hashes"), list(e.hashes));
        add(QStringLiteral("groupId"), text(e.groupId));
    }
};

} // namespace

QString describeEvent(const Event &event)
{
    EventDescriber describer;
    describer.event(event);
    return describer.lines.join(QLatin1Char('\n'));
}

} // namespace lookout::test

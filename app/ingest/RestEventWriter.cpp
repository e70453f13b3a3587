#include "ingest/RestEventWriter.h"

#include <QJsonArray>

namespace lookout {

static QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

template<typename T>
static QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

static QJsonArray pairArray(const KeyValueList &pairs)
{
    QJsonArray array;
    for (const auto &[k, v] : pairs)
        array.append(QJsonArray {k, v});
    return array;
}

static QJsonObject frameJson(const Frame &f)
{
    QJsonArray context;
    if (f.lineno) {
        int line = *f.lineno - int(f.preContext.size());
        for (const QString &text : f.preContext)
            context.append(QJsonArray {line++, text});
        if (f.hasContextLine)
            context.append(QJsonArray {line++, f.contextLine});
        for (const QString &text : f.postContext)
            context.append(QJsonArray {line++, text});
    }
    return QJsonObject {{QStringLiteral("filename"), orNull(f.filename)}, {QStringLiteral("absPath"), orNull(f.absPath)},
        {QStringLiteral("module"), orNull(f.module)}, {QStringLiteral("package"), orNull(f.package)},
        {QStringLiteral("platform"), orNull(f.platform)}, {QStringLiteral("instructionAddr"), orNull(f.instructionAddr)},
        {QStringLiteral("symbolAddr"), orNull(f.symbolAddr)}, {QStringLiteral("function"), orNull(f.function)},
        {QStringLiteral("rawFunction"), orNull(f.rawFunction)}, {QStringLiteral("symbol"), orNull(f.symbol)},
        {QStringLiteral("lineNo"), orNull(f.lineno)}, {QStringLiteral("colNo"), orNull(f.colno)},
        {QStringLiteral("inApp"), f.inApp.value_or(false)}, {QStringLiteral("context"), context},
        {QStringLiteral("vars"), f.vars.isEmpty() ? QJsonValue() : QJsonValue(f.vars)}, {QStringLiteral("data"), f.data}};
}

static QJsonValue stacktraceJson(const std::optional<Stacktrace> &stack)
{
    if (!stack)
        return QJsonValue();
    QJsonArray frames;
    bool systemFrames = false;
    for (const Frame &frame : stack->frames) {
        frames.append(frameJson(frame));
        systemFrames = systemFrames || !frame.inApp.value_or(false);
    }
    return QJsonObject {{QStringLiteral("frames"), frames}, {QStringLiteral("framesOmitted"), QJsonValue()},
        {QStringLiteral("registers"), stack->registers.isEmpty() ? QJsonValue() : QJsonValue(stack->registers)},
        {QStringLiteral("hasSystemFrames"), systemFrames}};
}

static QJsonValue mechanismJson(const std::optional<Mechanism> &m)
{
    if (!m)
        return QJsonValue();
    return QJsonObject {{QStringLiteral("type"), m->type}, {QStringLiteral("handled"), orNull(m->handled)},
        {QStringLiteral("synthetic"), orNull(m->synthetic)}, {QStringLiteral("description"), orNull(m->description)},
        {QStringLiteral("help_link"), orNull(m->helpLink)},
        {QStringLiteral("exception_id"), m->exceptionId ? QJsonValue(*m->exceptionId) : QJsonValue()},
        {QStringLiteral("parent_id"), m->parentId ? QJsonValue(*m->parentId) : QJsonValue()}, {QStringLiteral("meta"), m->meta},
        {QStringLiteral("data"), m->data}};
}

QJsonObject RestEventWriter::toRest(const Event &event, const QString &issueId)
{
    QJsonArray entries;
    if (!event.exceptions.isEmpty()) {
        QJsonArray values;
        for (const ExceptionValue &e : event.exceptions) {
            values.append(QJsonObject {{QStringLiteral("type"), e.type}, {QStringLiteral("value"), orNull(e.value)},
                {QStringLiteral("module"), orNull(e.module)}, {QStringLiteral("threadId"), orNull(e.threadId)},
                {QStringLiteral("mechanism"), mechanismJson(e.mechanism)},
                {QStringLiteral("stacktrace"), stacktraceJson(e.stacktrace)},
                {QStringLiteral("rawStacktrace"), stacktraceJson(e.rawStacktrace)}});
        }
        entries.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("exception")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("values"), values}, {QStringLiteral("excOmitted"), QJsonValue()}}}});
    }
    if (event.stacktrace)
        entries.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("stacktrace")}, {QStringLiteral("data"), stacktraceJson(event.stacktrace)}});
    if (!event.threads.isEmpty()) {
        QJsonArray values;
        for (const Thread &t : event.threads) {
            values.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("name"), orNull(t.name)},
                {QStringLiteral("crashed"), t.crashed.value_or(false)}, {QStringLiteral("current"), t.current.value_or(false)},
                {QStringLiteral("main"), orNull(t.main)}, {QStringLiteral("state"), orNull(t.state)},
                {QStringLiteral("stacktrace"), stacktraceJson(t.stacktrace)},
                {QStringLiteral("rawStacktrace"), stacktraceJson(t.rawStacktrace)}});
        }
        entries.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("threads")},
            {QStringLiteral("data"), QJsonObject {{QStringLiteral("values"), values}}}});
    }
    if (!event.logentry.text().isEmpty()) {
        entries.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("formatted"), event.logentry.text()},
                    {QStringLiteral("message"), orNull(event.logentry.message)},
                    {QStringLiteral("params"), event.logentry.params}}}});
    }
    if (!event.breadcrumbs.isEmpty()) {
        QJsonArray values;
        for (const Breadcrumb &b : event.breadcrumbs) {
            values.append(
                QJsonObject {{QStringLiteral("timestamp"),
                                 b.timestamp.isValid() ? QJsonValue(b.timestamp.toString(Qt::ISODateWithMs)) : QJsonValue()},
                    {QStringLiteral("type"), b.type.isEmpty() ? QStringLiteral("default") : b.type},
                    {QStringLiteral("category"), orNull(b.category)}, {QStringLiteral("level"), levelToString(b.level)},
                    {QStringLiteral("message"), orNull(b.message)},
                    {QStringLiteral("data"), b.data.isEmpty() ? QJsonValue() : QJsonValue(b.data)},
                    {QStringLiteral("event_id"), QJsonValue()}});
        }
        entries.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("breadcrumbs")},
            {QStringLiteral("data"), QJsonObject {{QStringLiteral("values"), values}}}});
    }
    if (!event.request.isEmpty()) {
        const Request &r = event.request;
        entries.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("request")},
            {QStringLiteral("data"),
                QJsonObject {{QStringLiteral("url"), r.url}, {QStringLiteral("method"), orNull(r.method)},
                    {QStringLiteral("query"), r.queryString}, {QStringLiteral("fragment"), orNull(r.fragment)},
                    {QStringLiteral("data"), r.data}, {QStringLiteral("headers"), pairArray(r.headers)},
                    {QStringLiteral("cookies"), orNull(r.cookies)}, {QStringLiteral("env"), pairArray(r.env)}}}});
    }
    QJsonArray tags;
    for (const auto &[key, value] : event.tags)
        tags.append(QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    const User &u = event.user;
    const QJsonValue user = u.isEmpty()
        ? QJsonValue()
        : QJsonValue(QJsonObject {{QStringLiteral("id"), orNull(u.id)}, {QStringLiteral("email"), orNull(u.email)},
              {QStringLiteral("username"), orNull(u.username)}, {QStringLiteral("ip_address"), orNull(u.ipAddress)},
              {QStringLiteral("name"), orNull(u.name)},
              {QStringLiteral("data"), u.data.isEmpty() ? QJsonValue() : QJsonValue(u.data)}});
    const QString created = event.timestamp.toString(Qt::ISODateWithMs);
    return QJsonObject {{QStringLiteral("id"), event.eventId}, {QStringLiteral("eventID"), event.eventId},
        {QStringLiteral("groupID"), orNull(issueId.isEmpty() ? event.groupId : issueId)},
        {QStringLiteral("title"), event.title()}, {QStringLiteral("culprit"), event.effectiveCulprit()},
        {QStringLiteral("message"), event.logentry.text()}, {QStringLiteral("type"), event.type},
        {QStringLiteral("platform"), event.platform}, {QStringLiteral("dateCreated"), created},
        {QStringLiteral("dateReceived"), event.received.isValid() ? event.received.toString(Qt::ISODateWithMs) : created},
        {QStringLiteral("release"),
            event.release.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject {{QStringLiteral("version"), event.release}})},
        {QStringLiteral("dist"), orNull(event.dist)}, {QStringLiteral("tags"), tags}, {QStringLiteral("user"), user},
        {QStringLiteral("contexts"), event.contexts}, {QStringLiteral("context"), event.extra},
        {QStringLiteral("packages"), event.modules},
        {QStringLiteral("sdk"),
            event.sdk.name.isEmpty() ? QJsonValue()
                                     : QJsonValue(QJsonObject {{QStringLiteral("name"), event.sdk.name},
                                           {QStringLiteral("version"), event.sdk.version}})},
        {QStringLiteral("fingerprints"), QJsonArray::fromStringList(event.hashes)}, {QStringLiteral("entries"), entries},
        {QStringLiteral("errors"), QJsonArray()}};
}

} // namespace lookout

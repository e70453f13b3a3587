#include "FakeEventRenderer.h"

#include "FakeData.h"
#include "FakeRenderer.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

const FakeIssue *issueOf(const FakeData &data, const FakeEvent &event)
{
    return const_cast<FakeData &>(data).issue(QString::number(event.issueId));
}

QString platformOf(const FakeData &data, const FakeEvent &event)
{
    const FakeProject *project = data.project(event.projectId);
    return project ? project->platform : u"other"_s;
}

QString sdkName(const QString &platform)
{
    if (platform == u"javascript"_s)
        return u"sentry.javascript.react"_s;
    if (platform == u"cocoa"_s)
        return u"sentry.cocoa"_s;
    if (platform == u"java"_s)
        return u"sentry.java.spring-boot.jakarta"_s;
    return u"sentry."_s + platform;
}

QJsonObject frameJson(const FakeFrame &frame, int lineShift)
{
    const int line = frame.lineNo + lineShift;
    QJsonArray context;
    if (!frame.contextLine.isEmpty()) {
        context.append(QJsonArray {line - 1, QString()});
        context.append(QJsonArray {line, frame.contextLine});
        context.append(QJsonArray {line + 1, QString()});
    }
    return {
        {u"filename"_s, frame.filename},
        {u"absPath"_s, frame.filename},
        {u"module"_s, frame.module.isEmpty() ? QJsonValue::Null : QJsonValue(frame.module)},
        {u"package"_s, QJsonValue::Null},
        {u"platform"_s, QJsonValue::Null},
        {u"instructionAddr"_s, QJsonValue::Null},
        {u"symbolAddr"_s, QJsonValue::Null},
        {u"function"_s, frame.function},
        {u"rawFunction"_s, QJsonValue::Null},
        {u"symbol"_s, QJsonValue::Null},
        {u"context"_s, context},
        {u"lineNo"_s, line},
        {u"colNo"_s, QJsonValue::Null},
        {u"inApp"_s, frame.inApp},
        {u"trust"_s, QJsonValue::Null},
        {u"errors"_s, QJsonValue::Null},
        {u"lock"_s, QJsonValue::Null},
        {u"vars"_s, QJsonValue::Null},
    };
}

} // namespace

FakeEventRenderer::FakeEventRenderer(const FakeData &data, const QString &baseUrl)
    : m_data(data)
    , m_baseUrl(baseUrl)
{ }

QJsonArray FakeEventRenderer::tags(const FakeData &data, const FakeEvent &event)
{
    const FakeIssue *issue = issueOf(data, event);
    QMap<QString, QString> tags; // sorted by key, as Sentry lists them
    tags.insert(u"environment"_s, event.environment);
    tags.insert(u"level"_s, event.level);
    tags.insert(u"release"_s, event.release);
    tags.insert(u"browser"_s, event.browser);
    tags.insert(u"os"_s, event.os);
    tags.insert(u"transaction"_s, event.transaction);
    if (!event.userId.isEmpty())
        tags.insert(u"user"_s, u"id:"_s + event.userId);
    if (issue && issue->type == u"error"_s) {
        tags.insert(u"handled"_s, issue->handled ? u"yes"_s : u"no"_s);
        tags.insert(u"mechanism"_s, issue->mechanism);
    }
    QJsonArray array;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (!it.value().isEmpty())
            array.append(QJsonObject {{u"key"_s, it.key()}, {u"value"_s, it.value()},
                {u"query"_s, QString(it.key() + u":\""_s + it.value() + u"\""_s)}});
    }
    return array;
}

QJsonObject FakeEventRenderer::summary(const FakeEvent &event) const
{
    const FakeIssue *issue = issueOf(m_data, event);
    const QString title = issue ? issue->title : event.message;
    return {
        {u"id"_s, event.eventId},
        {u"event.type"_s, issue ? issue->type : u"default"_s},
        {u"groupID"_s, QString::number(event.issueId)},
        {u"eventID"_s, event.eventId},
        {u"projectID"_s, QString::number(event.projectId)},
        {u"message"_s, event.message.isEmpty() ? title : event.message},
        {u"title"_s, title},
        {u"location"_s, issue && !issue->frames.isEmpty() ? QJsonValue(issue->frames.last().filename) : QJsonValue::Null},
        {u"culprit"_s, issue ? QJsonValue(issue->culprit) : QJsonValue::Null},
        {u"user"_s,
            event.userId.isEmpty()
                ? QJsonValue::Null
                : QJsonValue(QJsonObject {{u"id"_s, event.userId}, {u"email"_s, event.userEmail},
                      {u"username"_s, QJsonValue::Null}, {u"ip_address"_s, QJsonValue::Null}, {u"name"_s, QJsonValue::Null},
                      {u"geo"_s, QJsonValue::Null}, {u"data"_s, QJsonValue::Null}})},
        {u"tags"_s, tags(m_data, event)},
        {u"platform"_s, platformOf(m_data, event)},
        {u"dateCreated"_s, FakeRenderer::iso(event.dateCreated)},
        {u"crashFile"_s, QJsonValue::Null},
        {u"metadata"_s, issue ? FakeRenderer(m_data, m_baseUrl, {}).metadata(*issue) : QJsonObject()},
    };
}

QJsonArray FakeEventRenderer::entries(const FakeEvent &event, const FakeIssue &issue) const
{
    QJsonArray result;
    if (issue.type == u"error"_s) {
        QJsonArray frames;
        for (const FakeFrame &frame : issue.frames)
            frames.append(frameJson(frame, event.variant % 3));
        const QJsonObject exception {
            {u"type"_s, issue.exceptionType},
            {u"value"_s, issue.exceptionValue},
            {u"module"_s, issue.exceptionModule.isEmpty() ? QJsonValue::Null : QJsonValue(issue.exceptionModule)},
            {u"mechanism"_s, QJsonObject {{u"type"_s, issue.mechanism}, {u"handled"_s, issue.handled}}},
            {u"threadId"_s, QJsonValue::Null},
            {u"stacktrace"_s,
                QJsonObject {{u"frames"_s, frames}, {u"framesOmitted"_s, QJsonValue::Null}, {u"registers"_s, QJsonValue::Null},
                    {u"hasSystemFrames"_s, true}}},
            {u"rawStacktrace"_s, QJsonValue::Null},
        };
        result.append(QJsonObject {{u"type"_s, u"exception"_s},
            {u"data"_s,
                QJsonObject {
                    {u"values"_s, QJsonArray {exception}}, {u"excOmitted"_s, QJsonValue::Null}, {u"hasSystemFrames"_s, true}}}});
    } else {
        result.append(QJsonObject {{u"type"_s, u"message"_s},
            {u"data"_s,
                QJsonObject {{u"formatted"_s, event.message.isEmpty() ? issue.title : event.message},
                    {u"message"_s, QJsonValue::Null}, {u"params"_s, QJsonValue::Null}}}});
    }
    QJsonArray crumbs;
    for (int i = 0; i < 2 + event.variant % 3; ++i) {
        crumbs.append(QJsonObject {{u"type"_s, u"http"_s}, {u"category"_s, u"http"_s}, {u"level"_s, u"info"_s},
            {u"message"_s, QJsonValue::Null}, {u"event_id"_s, QJsonValue::Null},
            {u"timestamp"_s, FakeRenderer::iso(event.dateCreated.addSecs(-10 * (3 - i)))},
            {u"data"_s, QJsonObject {{u"method"_s, u"GET"_s}, {u"url"_s, u"/api/items/%1"_s.arg(i)}, {u"status_code"_s, 200}}}});
    }
    result.append(QJsonObject {{u"type"_s, u"breadcrumbs"_s}, {u"data"_s, QJsonObject {{u"values"_s, crumbs}}}});
    if (!event.transaction.isEmpty() && event.transaction.contains(u'/')) {
        const QString path = event.transaction.section(u' ', -1);
        result.append(QJsonObject {{u"type"_s, u"request"_s},
            {u"data"_s,
                QJsonObject {{u"url"_s, QString(u"https://shop.example.com"_s + path)},
                    {u"method"_s, event.transaction.contains(u' ') ? event.transaction.section(u' ', 0, 0) : u"GET"_s},
                    {u"query"_s, QJsonArray {}}, {u"fragment"_s, QJsonValue::Null}, {u"data"_s, QJsonValue::Null},
                    {u"headers"_s, QJsonArray {QJsonArray {u"Accept"_s, u"application/json"_s}}}, {u"cookies"_s, QJsonArray {}},
                    {u"env"_s, QJsonValue::Null}, {u"inferredContentType"_s, QJsonValue::Null},
                    {u"apiTarget"_s, QJsonValue::Null}}}});
    }
    return result;
}

QJsonObject FakeEventRenderer::contexts(const FakeEvent &event) const
{
    QJsonObject contexts;
    if (!event.os.isEmpty()) {
        contexts.insert(u"os"_s,
            QJsonObject {
                {u"name"_s, event.os.section(u' ', 0, 0)}, {u"version"_s, event.os.section(u' ', 1)}, {u"type"_s, u"os"_s}});
    }
    if (!event.browser.isEmpty()) {
        contexts.insert(u"browser"_s,
            QJsonObject {{u"name"_s, event.browser.section(u' ', 0, 0)}, {u"version"_s, event.browser.section(u' ', 1)},
                {u"type"_s, u"browser"_s}});
    }
    contexts.insert(u"trace"_s,
        QJsonObject {{u"trace_id"_s, FakeData::makeEventId(qHash(event.eventId))}, {u"span_id"_s, event.eventId.left(16)},
            {u"op"_s, u"http.server"_s}, {u"status"_s, u"internal_error"_s}, {u"type"_s, u"trace"_s}});
    return contexts;
}

QJsonObject FakeEventRenderer::release(const QString &version) const
{
    const FakeRelease *release = m_data.release(version);
    if (!release)
        return {};
    return {
        {u"id"_s, release->id},
        {u"commitCount"_s, 0},
        {u"data"_s, QJsonObject {}},
        {u"dateCreated"_s, FakeRenderer::iso(release->dateCreated)},
        {u"dateReleased"_s, FakeRenderer::iso(release->dateReleased)},
        {u"deployCount"_s, 0},
        {u"ref"_s, QJsonValue::Null},
        {u"lastCommit"_s, QJsonValue::Null},
        {u"lastDeploy"_s, QJsonValue::Null},
        {u"status"_s, u"open"_s},
        {u"url"_s, QJsonValue::Null},
        {u"userAgent"_s, QJsonValue::Null},
        {u"version"_s, release->version},
        {u"versionInfo"_s, QJsonValue::Null},
    };
}

QJsonObject FakeEventRenderer::full(const FakeEvent &event, bool detail) const
{
    const FakeIssue *issue = issueOf(m_data, event);
    const FakeIssue fallback;
    const FakeIssue &owner = issue ? *issue : fallback;
    QJsonObject json = summary(event);
    json.insert(u"type"_s, owner.type);
    json.insert(u"dateReceived"_s, FakeRenderer::iso(event.dateCreated.addMSecs(250)));
    json.insert(u"size"_s, 4096 + event.variant);
    json.insert(u"entries"_s, entries(event, owner));
    json.insert(u"dist"_s, QJsonValue::Null);
    json.insert(u"contexts"_s, contexts(event));
    json.insert(u"context"_s, QJsonObject {});
    json.insert(u"packages"_s, QJsonObject {});
    json.insert(u"sdk"_s, QJsonObject {{u"name"_s, sdkName(json[u"platform"_s].toString())}, {u"version"_s, u"8.1.0"_s}});
    json.insert(u"errors"_s, QJsonArray {});
    json.insert(u"occurrence"_s, QJsonValue::Null);
    json.insert(u"_meta"_s, QJsonObject {});
    json.insert(u"fingerprints"_s, QJsonArray {FakeData::makeEventId(quint64(event.issueId))});
    json.insert(
        u"groupingConfig"_s, QJsonObject {{u"id"_s, u"newstyle:2023-01-11"_s}, {u"enhancements"_s, u"eJybzDRxY3J-bm5-"_s}});
    if (!detail)
        return json;
    const QJsonObject releaseJson = release(event.release);
    json.insert(u"release"_s, releaseJson.isEmpty() ? QJsonValue::Null : QJsonValue(releaseJson));
    json.insert(u"userReport"_s, QJsonValue::Null);
    json.insert(u"sdkUpdates"_s, QJsonArray {});
    json.insert(u"resolvedWith"_s, QJsonArray {});
    // Neighbours within the issue, oldest to newest, as Sentry's event navigation has them.
    const QList<const FakeEvent *> siblings = m_data.issueEvents(event.issueId); // newest first
    QJsonValue previous = QJsonValue::Null;
    QJsonValue next = QJsonValue::Null;
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (siblings[i]->eventId != event.eventId)
            continue;
        if (i + 1 < siblings.size())
            previous = siblings[i + 1]->eventId;
        if (i > 0)
            next = siblings[i - 1]->eventId;
    }
    json.insert(u"previousEventID"_s, previous);
    json.insert(u"nextEventID"_s, next);
    return json;
}

} // namespace lookout::fake

#include "FakeIssueUpdate.h"

#include "FakeData.h"
#include "FakeRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

FakeResponse fieldError(const QString &field, const QString &message)
{
    return FakeResponse::json(QJsonObject {{field, QJsonArray {message}}}, 400);
}

bool isBool(const QJsonValue &value)
{
    return value.isBool() || (value.isDouble() && (value.toInt() == 0 || value.toInt() == 1));
}

bool toBool(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toInt() != 0;
}

} // namespace

FakeIssueUpdate::FakeIssueUpdate(FakeData &data, const QDateTime &now, const QString &baseUrl)
    : m_data(data)
    , m_now(now)
    , m_baseUrl(baseUrl)
{ }

FakeResponse FakeIssueUpdate::apply(const QList<FakeIssue *> &issues, const QByteArray &body, bool single)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return FakeResponse::detail(400, u"JSON parse error - "_s + parseError.errorString());
    const QJsonObject changes = document.object();
    QJsonObject result;

    // Everything is validated before anything changes: a refused update changes nothing.
    static const QStringList statuses {u"resolved"_s, u"unresolved"_s, u"ignored"_s, u"resolvedInNextRelease"_s, u"muted"_s};
    const QString status = changes.value(u"status"_s).toString();
    if (changes.contains(u"status"_s) && !statuses.contains(status))
        return fieldError(u"status"_s, u"\"%1\" is not a valid choice."_s.arg(changes.value(u"status"_s).toVariant().toString()));
    const QJsonObject details = changes.value(u"statusDetails"_s).toObject();
    if (details.contains(u"inRelease"_s) && details.value(u"inRelease"_s).toString() != u"latest"_s
        && !m_data.release(details.value(u"inRelease"_s).toString()))
        return FakeResponse::json(QJsonObject {{u"statusDetails"_s,
                                      QJsonObject {{u"inRelease"_s, QJsonArray {u"Unable to find the given release."_s}}}}},
            400);
    for (const QString &key :
        {u"ignoreDuration"_s, u"ignoreCount"_s, u"ignoreWindow"_s, u"ignoreUserCount"_s, u"ignoreUserWindow"_s}) {
        if (details.contains(key) && (!details.value(key).isDouble() || details.value(key).toInt() < 0))
            return FakeResponse::json(
                QJsonObject {{u"statusDetails"_s, QJsonObject {{key, QJsonArray {u"A valid integer is required."_s}}}}}, 400);
    }
    for (const QString &key : {u"hasSeen"_s, u"isBookmarked"_s, u"isSubscribed"_s, u"isPublic"_s, u"inbox"_s, u"merge"_s}) {
        if (changes.contains(key) && !isBool(changes.value(key)))
            return fieldError(key, u"Must be a valid boolean."_s);
    }
    if (changes.contains(u"priority"_s)
        && !QStringList {u"low"_s, u"medium"_s, u"high"_s}.contains(changes.value(u"priority"_s).toString()))
        return fieldError(u"priority"_s, u"\"%1\" is not a valid choice."_s.arg(changes.value(u"priority"_s).toString()));
    QString assignee;
    if (changes.contains(u"assignedTo"_s) && !changes.value(u"assignedTo"_s).isNull()
        && !changes.value(u"assignedTo"_s).toString().isEmpty()) {
        const QString actor = changes.value(u"assignedTo"_s).toString();
        if (actor.startsWith(u"team:"_s) && m_data.team(actor.mid(5)))
            assignee = u"team:"_s + m_data.team(actor.mid(5))->id;
        else if (const FakeUser *user = m_data.user(actor.startsWith(u"user:"_s) ? actor.mid(5) : actor))
            assignee = u"user:"_s + user->id;
        else
            return fieldError(u"assignedTo"_s, u"Unknown actor input"_s);
    }
    const bool merge = changes.contains(u"merge"_s) && toBool(changes.value(u"merge"_s));
    if (merge && (single || issues.size() < 2))
        return FakeResponse::detail(400, u"Only a single issue can be merged."_s);

    if (changes.contains(u"status"_s)) {
        QJsonObject newDetails;
        QString newStatus = status;
        QString substatus;
        if (status == u"resolvedInNextRelease"_s || details.value(u"inNextRelease"_s).toBool()) {
            newStatus = u"resolved"_s;
            newDetails.insert(u"inNextRelease"_s, true);
        } else if (status == u"resolved"_s && details.contains(u"inRelease"_s)) {
            QString version = details.value(u"inRelease"_s).toString();
            if (version == u"latest"_s && !m_data.releases.isEmpty())
                version = std::max_element(m_data.releases.begin(), m_data.releases.end(), [](const auto &a, const auto &b) {
                    return a.dateCreated < b.dateCreated;
                })->version;
            newDetails.insert(u"inRelease"_s, version);
        } else if (status == u"ignored"_s || status == u"muted"_s) {
            newStatus = u"ignored"_s;
            substatus = u"archived_forever"_s;
            if (details.contains(u"ignoreDuration"_s)) {
                newDetails.insert(
                    u"ignoreUntil"_s, FakeRenderer::iso(m_now.addSecs(60 * qint64(details.value(u"ignoreDuration"_s).toInt()))));
                substatus = u"archived_until_condition_met"_s;
            }
            for (const QString &key : {u"ignoreCount"_s, u"ignoreWindow"_s, u"ignoreUserCount"_s, u"ignoreUserWindow"_s}) {
                if (details.contains(key)) {
                    newDetails.insert(key, details.value(key).toInt());
                    substatus = u"archived_until_condition_met"_s;
                }
            }
            if (changes.value(u"substatus"_s).isString())
                substatus = changes.value(u"substatus"_s).toString();
        } else if (status == u"unresolved"_s) {
            substatus = u"ongoing"_s;
        }
        for (FakeIssue *issue : issues) {
            issue->status = newStatus;
            issue->substatus = substatus;
            issue->statusDetails = newDetails;
        }
        result.insert(u"status"_s, newStatus);
        result.insert(u"statusDetails"_s, newDetails);
    }
    if (changes.contains(u"assignedTo"_s)) {
        for (FakeIssue *issue : issues)
            issue->assignedTo = assignee;
        const QJsonValue rendered = FakeRenderer(m_data, m_baseUrl, m_now).assignee(assignee);
        if (rendered.isObject())
            result.insert(u"assignedTo"_s, rendered);
    }
    const auto setFlag = [&](const QString &key, bool FakeIssue::*field) {
        if (!changes.contains(key))
            return;
        for (FakeIssue *issue : issues)
            issue->*field = toBool(changes.value(key));
        result.insert(key, toBool(changes.value(key)));
    };
    setFlag(u"hasSeen"_s, &FakeIssue::hasSeen);
    setFlag(u"isBookmarked"_s, &FakeIssue::isBookmarked);
    setFlag(u"isSubscribed"_s, &FakeIssue::isSubscribed);
    setFlag(u"isPublic"_s, &FakeIssue::isPublic);
    if (changes.contains(u"inbox"_s))
        result.insert(u"inbox"_s, toBool(changes.value(u"inbox"_s)));
    if (changes.contains(u"priority"_s)) {
        for (FakeIssue *issue : issues)
            issue->priority = changes.value(u"priority"_s).toString();
        result.insert(u"priority"_s, changes.value(u"priority"_s).toString());
    }
    if (merge) {
        // Like Sentry, the issue with the most events absorbs the others.
        const FakeIssue *parent = *std::max_element(issues.begin(), issues.end(),
            [](const FakeIssue *a, const FakeIssue *b) { return a->count != b->count ? a->count < b->count : a->id > b->id; });
        const qint64 parentId = parent->id;
        QList<qint64> children;
        QJsonArray childIds;
        for (const FakeIssue *issue : issues) {
            if (issue->id != parentId) {
                children << issue->id;
                childIds.append(QString::number(issue->id));
            }
        }
        m_data.merge(parentId, children);
        result.insert(u"merge"_s, QJsonObject {{u"parent"_s, QString::number(parentId)}, {u"children"_s, childIds}});
    }
    if (single)
        return FakeResponse::json(FakeRenderer(m_data, m_baseUrl, m_now).issue(*issues.first(), QString(), false));
    return FakeResponse::json(result);
}

} // namespace lookout::fake

#include "sync/OutboxSender.h"

#include "api/SentryClient.h"
#include "core/Clock.h"
#include "sync/SentryIssueParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace lookout {

Q_LOGGING_CATEGORY(lcOutbox, "lookout.outbox", QtInfoMsg)

namespace {

bool isMerge(const OutboxEntry &entry)
{
    return QJsonDocument::fromJson(entry.body).object().contains(u"merge"_s);
}

// Sentry refused the action itself, as opposed to not being reachable or not accepting the token.
bool isRefusal(const ApiError &error)
{
    if (error.kind == ApiError::Kind::InvalidRequest)
        return true;
    const int status = error.httpStatus;
    return error.kind == ApiError::Kind::Http && status >= 400 && status < 500 && status != 401 && status != 408;
}

} // namespace

OutboxSender::OutboxSender(SentryClient &client, SyncStore &store, const Clock &clock, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
    , m_accountId(accountId)
{ }

SentryReply *OutboxSender::track(SentryReply *reply)
{
    m_replies.append(reply);
    connect(reply, &SentryReply::finished, this, [this, reply] {
        m_replies.removeAll(QPointer<SentryReply>(reply));
        reply->deleteLater();
    });
    return reply;
}

void OutboxSender::start()
{
    next();
}

void OutboxSender::cancel()
{
    finish(false, tr("Cancelled"));
}

void OutboxSender::next()
{
    if (m_finished)
        return;
    const QList<OutboxEntry> entries = m_store.outbox({OutboxEntry::State::Pending, OutboxEntry::State::Sending}, m_accountId);
    if (entries.isEmpty()) {
        finish(true, QString());
        return;
    }
    const OutboxEntry &entry = entries.constFirst();
    if (entry.state == OutboxEntry::State::Sending && isMerge(entry)) {
        qCInfo(lcOutbox) << "outbox entry" << entry.id << "was in flight when Lookout stopped; checking the merge";
        verifyMerge(entry, std::nullopt);
        return;
    }
    send(entry);
}

void OutboxSender::send(const OutboxEntry &entry)
{
    if (!m_store.markOutboxSending(entry.id, m_clock.now())) {
        stop(m_store.errorString());
        return;
    }
    Q_EMIT entryChanged(entry.id, OutboxEntry::stateName(OutboxEntry::State::Sending), QString());
    const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
    // A user's action goes before background requests queued on the same client.
    SentryReply *reply = entry.sentryIds.size() == 1 && !isMerge(entry)
        ? m_client.updateIssue(entry.sentryIds.constFirst(), body, 1)
        : m_client.updateIssues(entry.sentryIds, body, 1);
    track(reply);
    connect(reply, &SentryReply::finished, this, [this, entry, reply] {
        if (!m_finished)
            handleAnswer(entry, reply);
    });
}

void OutboxSender::handleAnswer(const OutboxEntry &entry, SentryReply *reply)
{
    if (reply->isOk()) {
        accept(entry, reply->httpStatus(), reply->json());
        return;
    }
    const ApiError &error = reply->error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    // Qt sends a request again by itself when a kept-alive connection drops before the answer, so
    // a merge Sentry did apply can come back refused ("only a single issue"): Sentry's issues
    // tell what happened.
    if (isMerge(entry)) {
        verifyMerge(entry, error);
        return;
    }
    if (isRefusal(error)) {
        reject(entry, error.httpStatus, error.detail.isEmpty() ? error.message : error.detail);
        return;
    }
    // Whether Sentry applied it is unknown: an update sets absolute state, so it is sent again.
    if (!m_store.markOutboxPending(entry.id)) {
        stop(m_store.errorString());
        return;
    }
    m_result.offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    stop(error.message);
}

bool OutboxSender::storeIssue(const QJsonObject &json, qint64 *issueId)
{
    QString error;
    const std::optional<SyncedIssue> issue = SentryIssueParser::parse(json, &error);
    if (!issue) {
        qCWarning(lcOutbox).noquote() << "Sentry's answer is not an issue:" << error;
        return true;
    }
    qint64 projectId = m_store.projectBySentryId(m_accountId, issue->projectSentryId);
    if (projectId == 0)
        projectId
            = m_store.ensureProject(m_accountId, issue->projectSentryId, issue->projectSlug, issue->projectName, issue->platform);
    const std::optional<IssueUpsert> stored = projectId == 0 ? std::nullopt : m_store.upsertIssue(m_accountId, projectId, *issue);
    if (stored && issueId)
        *issueId = stored->issueId;
    return stored.has_value();
}

void OutboxSender::accept(const OutboxEntry &entry, int status, const QJsonDocument &answer)
{
    if (status == 204) { // a bulk update that matched nothing: every issue is gone
        reject(entry, status, tr("Sentry has none of these issues any more (merged or deleted)"));
        return;
    }
    const bool merge = isMerge(entry);
    QString parent;
    bool ok = m_store.begin() && m_store.markOutboxDone(entry.id, status, answer.toJson(QJsonDocument::Compact));
    if (ok && merge) {
        parent = answer.object().value(u"merge"_s).toObject().value(u"parent"_s).toString();
        // Sentry kept another issue than the one we folded the others into here.
        const qint64 local = m_store.issueBySentryId(m_accountId, entry.sentryIds.value(0));
        const qint64 existing = parent.isEmpty() ? 0 : m_store.issueBySentryId(m_accountId, parent);
        if (!parent.isEmpty() && parent != entry.sentryIds.value(0) && local != 0)
            ok = existing != 0 ? m_store.mergeLocally(existing, {local}) : m_store.rekeyIssue(local, m_accountId, parent);
        const qint64 kept = parent.isEmpty() ? 0 : m_store.issueBySentryId(m_accountId, parent);
        if (ok && kept != 0)
            ok = m_store.regroupEvents(kept, parent);
    } else if (ok && answer.isObject() && answer.object().contains(u"project"_s)) {
        ok = storeIssue(answer.object(), nullptr);
    }
    if (!ok || !m_store.commit()) {
        m_store.rollback();
        stop(m_store.errorString());
        return;
    }
    ++m_result.sent;
    Q_EMIT entryChanged(entry.id, OutboxEntry::stateName(OutboxEntry::State::Done), QString());
    Q_EMIT committed();
    if (!merge || parent.isEmpty()) {
        next();
        return;
    }
    // The kept issue's counts now include the merged ones: read them.
    OutboxEntry kept = entry;
    kept.sentryIds = {parent};
    refresh(kept, 0, [this] { next(); });
}

void OutboxSender::reject(const OutboxEntry &entry, int status, const QString &message)
{
    qCWarning(lcOutbox).noquote() << "Sentry refused outbox entry" << entry.id << '(' << entry.action << "):" << message;
    if (!m_store.markOutboxFailed(entry.id, status, message)) {
        stop(m_store.errorString());
        return;
    }
    ++m_result.failed;
    Q_EMIT entryChanged(entry.id, OutboxEntry::stateName(OutboxEntry::State::Failed), message);
    // What Sentry has is the truth now; a refused merge gives the folded issues back their events.
    const qint64 mergedInto = isMerge(entry) ? m_store.issueBySentryId(m_accountId, entry.sentryIds.value(0)) : 0;
    refresh(entry, mergedInto, [this] { next(); });
}

void OutboxSender::refresh(const OutboxEntry &entry, qint64 mergedInto, const std::function<void()> &then)
{
    auto outstanding = std::make_shared<int>(int(entry.sentryIds.size()));
    if (*outstanding == 0) {
        then();
        return;
    }
    for (const QString &sentryId : entry.sentryIds) {
        SentryReply *reply = track(m_client.issue(sentryId));
        connect(reply, &SentryReply::finished, this, [this, reply, sentryId, mergedInto, outstanding, then] {
            if (m_finished)
                return;
            if (reply->isOk()) {
                qint64 issueId = 0;
                bool ok = m_store.begin() && storeIssue(reply->json().object(), &issueId);
                if (ok && mergedInto != 0 && issueId != 0 && issueId != mergedInto)
                    ok = m_store.moveGroupEvents(mergedInto, issueId, sentryId);
                if (!ok || !m_store.commit()) {
                    m_store.rollback();
                    qCWarning(lcOutbox).noquote() << "cannot store issue" << sentryId << ':' << m_store.errorString();
                }
            } else if (reply->error().httpStatus != 404) {
                qCWarning(lcOutbox).noquote() << "cannot read issue" << sentryId << "back:" << reply->error().message;
            }
            if (--*outstanding == 0) {
                Q_EMIT committed();
                then();
            }
        });
    }
}

void OutboxSender::verifyMerge(const OutboxEntry &entry, const std::optional<ApiError> &failure)
{
    struct Check
    {
        int outstanding = 0;
        int gone = 0;
        QString survivor;
        QString error;
    };
    auto check = std::make_shared<Check>();
    check->outstanding = int(entry.sentryIds.size());
    for (const QString &sentryId : entry.sentryIds) {
        SentryReply *reply = track(m_client.issue(sentryId));
        connect(reply, &SentryReply::finished, this, [this, reply, sentryId, entry, check, failure] {
            if (m_finished)
                return;
            if (reply->isOk()) {
                // Sentry answers for a merged issue with the issue it went into.
                const QString id = reply->json().object().value(u"id"_s).toString();
                if (id != sentryId)
                    ++check->gone;
                if (check->survivor.isEmpty())
                    check->survivor = id;
            } else if (reply->error().httpStatus == 404) {
                ++check->gone;
            } else {
                check->error = reply->error().message;
            }
            if (--check->outstanding > 0)
                return;
            if (!check->error.isEmpty()) {
                stop(check->error);
                return;
            }
            if (check->gone == 0 && !failure) { // in flight when the program stopped, and never applied
                send(entry);
                return;
            }
            if (check->gone == 0 && isRefusal(*failure)) {
                reject(entry, failure->httpStatus, failure->detail.isEmpty() ? failure->message : failure->detail);
                return;
            }
            if (check->gone == 0) { // unknown: stays "sending", to be checked again next time
                stop(failure->message);
                return;
            }
            qCInfo(lcOutbox) << "outbox entry" << entry.id << "was merged by Sentry already; not merging again";
            const QJsonObject merged {{u"merge"_s, QJsonObject {{u"parent"_s, check->survivor}}}};
            accept(entry, 200, QJsonDocument(merged));
        });
    }
}

void OutboxSender::stop(const QString &error)
{
    finish(false, error);
}

void OutboxSender::finish(bool ok, const QString &error)
{
    if (m_finished)
        return;
    // Marked first: aborting a reply reports it finished at once, and that must change nothing.
    m_finished = true;
    for (const QPointer<SentryReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    m_result.ok = ok;
    m_result.error = error;
    m_result.remaining = int(m_store.outbox({OutboxEntry::State::Pending, OutboxEntry::State::Sending}, m_accountId).size());
    Q_EMIT finished(m_result);
}

} // namespace lookout

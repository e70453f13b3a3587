#pragma once

#include "api/ApiError.h"
#include "store/SyncStore.h"
#include "sync/SyncTypes.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace lookout {

class Clock;
class SentryClient;
class SentryReply;

// Sends an account's outbox to Sentry, oldest first, one action at a time (the transport paces
// them by the rate limits). Exactly once, also across crashes: an entry is marked "sending" and
// committed before its request leaves. An entry found "sending" at start was in flight when the
// program stopped: an update sets absolute state, so it is simply sent again; a merge is not
// repeatable, so the issues are read first, and if any of them is gone (folded into another) the
// merge is taken as done. A merge whose answer is anything but a clean success is checked the
// same way before it counts as refused.
//
// Sentry refusing an action (HTTP 400, 403, 404, ...) marks it failed with Sentry's message, and
// the issues are read again so the local state is Sentry's (a refused merge is undone). Anything
// else (no network, 5xx after retries, an expired token) stops the sender and leaves the entry to
// be sent next time. Nothing is ever dropped.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(SentryClient &client, SyncStore &store, const Clock &clock, qint64 accountId, QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    void entryChanged(qint64 entryId, const QString &state, const QString &error);
    void committed();
    void finished(const lookout::OutboxResult &result);

private:
    void next();
    void send(const OutboxEntry &entry);
    // Reads the merged issues: if any is gone, Sentry merged them. failure: the merge's own answer
    // when it was not a clean success (none: the merge was in flight when the program stopped).
    void verifyMerge(const OutboxEntry &entry, const std::optional<ApiError> &failure);
    void handleAnswer(const OutboxEntry &entry, SentryReply *reply);
    void accept(const OutboxEntry &entry, int status, const QJsonDocument &answer);
    void reject(const OutboxEntry &entry, int status, const QString &message);
    // Reads the entry's issues from Sentry into the store, then calls then (also when some failed).
    void refresh(const OutboxEntry &entry, qint64 mergedInto, const std::function<void()> &then);
    bool storeIssue(const QJsonObject &json, qint64 *issueId);
    void stop(const QString &error);
    void finish(bool ok, const QString &error);
    SentryReply *track(SentryReply *reply);

    SentryClient &m_client;
    SyncStore &m_store;
    const Clock &m_clock;
    qint64 m_accountId;
    QList<QPointer<SentryReply>> m_replies;
    OutboxResult m_result;
    bool m_finished = false;
};

} // namespace lookout

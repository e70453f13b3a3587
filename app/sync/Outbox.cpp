#include "sync/Outbox.h"

#include "store/SyncStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// Sentry's bulk update takes at most this many ids.
constexpr qsizetype maxIdsPerUpdate = 100;

// Sentry keeps the issue with the most events and folds the others into it; guessing the same
// here keeps the optimistic state close to what Sentry will answer.
qint64 mergeParent(SyncStore &store, const QList<qint64> &ids)
{
    qint64 best = ids.constFirst();
    qint64 bestCount = -1;
    for (qint64 id : ids) {
        const std::optional<IssueSummary> issue = store.store().issue(id);
        const qint64 count = issue ? issue->timesSeen : 0;
        if (count > bestCount || (count == bestCount && id < best)) {
            best = id;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

std::optional<Outbox::Queued> Outbox::queue(SyncStore &store, const TriageAction &action, const QDateTime &now, QString *error)
{
    if (action.issueIds.isEmpty()) {
        *error = QCoreApplication::translate("Outbox", "no issues given");
        return std::nullopt;
    }
    QList<SyncStore::IssueIdentity> issues;
    for (qint64 id : action.issueIds) {
        const std::optional<SyncStore::IssueIdentity> identity = store.issueIdentity(id);
        if (!identity) {
            *error = QCoreApplication::translate("Outbox", "there is no issue %1").arg(id);
            return std::nullopt;
        }
        if (std::none_of(issues.cbegin(), issues.cend(), [id](const auto &known) { return known.issueId == id; }))
            issues.append(*identity);
    }
    const bool merge = action.kind == TriageAction::Kind::Merge;
    if (merge) {
        if (issues.size() < 2) {
            *error = QCoreApplication::translate("Outbox", "merging needs at least two issues");
            return std::nullopt;
        }
        const qint64 account = issues.constFirst().accountId;
        if (std::any_of(issues.cbegin(), issues.cend(), [account](const auto &i) { return i.accountId != account; })) {
            *error = QCoreApplication::translate(
                "Outbox", "only issues of the same Sentry organisation (or only local ones) can be merged");
            return std::nullopt;
        }
        if (account != 0 && issues.size() > maxIdsPerUpdate) {
            *error = QCoreApplication::translate("Outbox", "Sentry merges at most %1 issues at once").arg(maxIdsPerUpdate);
            return std::nullopt;
        }
    }
    if (action.kind == TriageAction::Kind::ResolveInRelease && action.release.isEmpty()) {
        *error = QCoreApplication::translate("Outbox", "resolving in a release needs the release");
        return std::nullopt;
    }

    const QJsonObject body = action.body();
    const QByteArray bodyJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Queued queued;
    QMap<qint64, QStringList> byAccount; // ordered, so entries are written in a stable order
    QList<qint64> ids;
    for (const SyncStore::IssueIdentity &issue : std::as_const(issues)) {
        ids << issue.issueId;
        if (issue.accountId == 0)
            ++queued.localOnly;
        else
            byAccount[issue.accountId] << issue.sentryId;
    }
    if (!store.begin()) {
        *error = store.errorString();
        return std::nullopt;
    }
    bool ok = true;
    if (merge) {
        const qint64 parent = mergeParent(store, ids);
        QList<qint64> children = ids;
        children.removeAll(parent);
        ok = store.mergeLocally(parent, children);
        if (ok && !byAccount.isEmpty()) {
            // The parent goes first: a sync that meets a child again folds it into that one.
            QStringList sentryIds = byAccount.first();
            const QString parentSentryId = issues.at(ids.indexOf(parent)).sentryId;
            sentryIds.removeAll(parentSentryId);
            sentryIds.prepend(parentSentryId);
            const qint64 entry = store.addOutbox(
                byAccount.firstKey(), action.describe(TriageAction::Language::English), sentryIds, bodyJson, now);
            ok = entry != 0;
            queued.entryIds << entry;
        }
    } else {
        ok = store.applyTriage(ids, body);
        for (auto it = byAccount.cbegin(); ok && it != byAccount.cend(); ++it) {
            for (qsizetype from = 0; ok && from < it.value().size(); from += maxIdsPerUpdate) {
                const qint64 entry = store.addOutbox(it.key(), action.describe(TriageAction::Language::English),
                    it.value().mid(from, maxIdsPerUpdate), bodyJson, now);
                ok = entry != 0;
                queued.entryIds << entry;
            }
        }
    }
    if (!ok || !store.commit()) {
        *error = store.errorString();
        store.rollback();
        return std::nullopt;
    }
    return queued;
}

} // namespace lookout

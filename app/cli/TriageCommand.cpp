// lookoutctl resolve|unresolve|ignore|assign|bookmark|unbookmark|seen|unseen|merge, and outbox:
// triage actions applied to the cache at once and queued for Sentry (the same path as the GUI's).
#include "CliCommon.h"
#include "SyncCommand.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lookout::cli {

namespace {

std::optional<qint64> findIssue(Store &store, const QString &name)
{
    bool numeric = false;
    const qint64 id = name.toLongLong(&numeric);
    const std::optional<IssueSummary> issue = numeric ? store.issue(id) : store.issueByShortId(name);
    if (!issue)
        return std::nullopt;
    return issue->id;
}

std::optional<int> positive(const QCommandLineParser &parser, const QString &option, QString *error)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value <= 0)
        *error = u"--%1 needs a positive number"_s.arg(option);
    return value;
}

QString shortIdOf(SyncStore &sync, qint64 accountId, const QString &sentryId)
{
    const qint64 id = sync.issueBySentryId(accountId, sentryId);
    const std::optional<IssueSummary> issue = id != 0 ? sync.store().issue(id) : std::nullopt;
    return issue ? issue->shortId : u"sentry:"_s + sentryId;
}

// Sends the queued actions of the configured account and reports each refusal.
int send(Store &store, const AccountConfig &account)
{
    SyncEngine engine(store.path());
    engine.setAccount(account);
    QEventLoop loop;
    OutboxResult result;
    QHash<qint64, QString> refusals;
    QObject::connect(
        &engine, &SyncEngine::outboxEntryChanged, &loop, [&refusals](qint64 id, const QString &state, const QString &error) {
            if (state == u"failed"_s)
                refusals.insert(id, error);
        });
    QObject::connect(&engine, &SyncEngine::outboxFinished, &loop, [&](const OutboxResult &r) {
        result = r;
        loop.quit();
    });
    engine.sendOutbox();
    loop.exec();
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        err() << "lookoutctl: Sentry refused action " << it.key() << ": " << it.value() << '\n';
    out() << "sent " << result.sent << ", refused " << result.failed << ", still queued " << result.remaining << '\n';
    if (!result.ok)
        out() << "not sent: " << result.error << " (queued; 'lookoutctl outbox' lists it)\n";
    return result.failed > 0 ? Failed : Ok;
}

} // namespace

int runTriage(Store &store, const QStringList &arguments)
{
    const QString command = arguments.constFirst().section(u' ', -1);
    std::optional<TriageAction::Kind> kind;
    if (command == u"resolve"_s)
        kind = TriageAction::Kind::Resolve;
    else if (command == u"ignore"_s || command == u"archive"_s)
        kind = TriageAction::Kind::Ignore;
    else
        kind = TriageAction::kindFromName(command);
    if (!kind)
        return usageError(u"unknown triage command '%1'"_s.arg(command));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Apply a triage action to issues (short ids such as BACKEND-API-3, or numeric ids) in the cache at once, and"
        " queue it for Sentry; then try to send the queue unless --offline. Issues imported locally only change here."_s);
    addAccountOptions(parser);
    parser.addOption({u"offline"_s, u"Only queue; send with the next sync or triage command."_s});
    if (kind == TriageAction::Kind::Resolve) {
        parser.addOption({u"in-next-release"_s, u"Resolve in the next release."_s});
        parser.addOption({u"in-release"_s, u"Resolve in this release."_s, u"VERSION"_s});
    } else if (kind == TriageAction::Kind::Ignore) {
        parser.addOption({u"for"_s, u"Ignore for this many minutes."_s, u"MINUTES"_s});
        parser.addOption({u"until-count"_s, u"Ignore until N more events."_s, u"N"_s});
        parser.addOption({u"window"_s, u"... within this many minutes."_s, u"MINUTES"_s});
        parser.addOption({u"until-users"_s, u"Ignore until N more users are affected."_s, u"N"_s});
        parser.addOption({u"user-window"_s, u"... within this many minutes."_s, u"MINUTES"_s});
    } else if (kind == TriageAction::Kind::Assign) {
        parser.addOption({u"to"_s, u"user:ID, team:ID, #team, an email or a username; \"none\" unassigns."_s, u"ASSIGNEE"_s});
    }
    parser.addPositionalArgument(u"issues"_s, u"Issues (short or numeric ids)."_s, u"ISSUE..."_s);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    TriageAction action;
    action.kind = *kind;
    QString error;
    if (kind == TriageAction::Kind::Resolve && parser.isSet(u"in-next-release"_s)) {
        action.kind = TriageAction::Kind::ResolveInNextRelease;
    } else if (kind == TriageAction::Kind::Resolve && parser.isSet(u"in-release"_s)) {
        action.kind = TriageAction::Kind::ResolveInRelease;
        action.release = parser.value(u"in-release"_s);
    } else if (kind == TriageAction::Kind::Ignore) {
        action.ignoreMinutes = positive(parser, u"for"_s, &error);
        action.ignoreCount = positive(parser, u"until-count"_s, &error);
        action.ignoreWindowMinutes = positive(parser, u"window"_s, &error);
        action.ignoreUserCount = positive(parser, u"until-users"_s, &error);
        action.ignoreUserWindowMinutes = positive(parser, u"user-window"_s, &error);
    } else if (kind == TriageAction::Kind::Assign) {
        if (!parser.isSet(u"to"_s))
            return usageError(u"assign needs --to ASSIGNEE (or --to none)"_s);
        action.assignee = parser.value(u"to"_s) == u"none"_s ? QString() : parser.value(u"to"_s);
    }
    if (!error.isEmpty())
        return usageError(error);
    if (parser.positionalArguments().isEmpty())
        return usageError(u"%1 needs at least one ISSUE"_s.arg(command));
    for (const QString &name : parser.positionalArguments()) {
        const std::optional<qint64> id = findIssue(store, name);
        if (!id) {
            err() << "lookoutctl: no issue '" << name << "' in " << store.path() << '\n';
            return Failed;
        }
        action.issueIds << *id;
    }

    SyncStore sync(store);
    const std::optional<Outbox::Queued> queued = Outbox::queue(sync, action, SystemClock::instance().now(), &error);
    if (!queued) {
        err() << "lookoutctl: " << error << '\n';
        return Failed;
    }
    out() << action.describe(TriageAction::Language::English) << ": " << action.issueIds.size()
          << " issue(s) changed in the cache";
    if (!queued->entryIds.isEmpty())
        out() << ", queued for Sentry";
    out() << '\n';
    if (queued->entryIds.isEmpty() || parser.isSet(u"offline"_s))
        return Ok;
    const AccountConfig account = accountFromOptions(parser, &error);
    if (!error.isEmpty() || !account.isComplete()) {
        out() << "not sent: " << (error.isEmpty() ? account.missing() : error) << " (queued; 'lookoutctl outbox' lists it)\n";
        return Ok;
    }
    return send(store, account);
}

int runOutbox(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List triage actions waiting for Sentry, and those Sentry refused."_s);
    parser.addOption({u"all"_s, u"Also the actions Sentry accepted."_s});
    parser.addOption({u"json"_s, u"As a JSON array."_s});
    parser.addOption({u"send"_s, u"Send the waiting actions to Sentry instead of listing them."_s});
    addAccountOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"send"_s)) {
        QString error;
        const AccountConfig account = accountFromOptions(parser, &error);
        if (!error.isEmpty())
            return usageError(u"--url: "_s + error);
        if (!account.isComplete())
            return usageError(account.missing());
        return send(store, account);
    }
    SyncStore sync(store);
    QList<OutboxEntry::State> states {OutboxEntry::State::Pending, OutboxEntry::State::Sending, OutboxEntry::State::Failed};
    if (parser.isSet(u"all"_s))
        states.clear();
    const QList<OutboxEntry> entries = sync.outbox(states);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const OutboxEntry &e : entries) {
            QJsonArray issues;
            for (const QString &id : e.sentryIds)
                issues.append(shortIdOf(sync, e.accountId, id));
            array.append(QJsonObject {{u"id"_s, e.id}, {u"state"_s, OutboxEntry::stateName(e.state)}, {u"action"_s, e.action},
                {u"issues"_s, issues}, {u"sentryIds"_s, QJsonArray::fromStringList(e.sentryIds)},
                {u"body"_s, QJsonDocument::fromJson(e.body).object()}, {u"attempts"_s, e.attempts},
                {u"created"_s, e.createdAt.toString(Qt::ISODateWithMs)}, {u"httpStatus"_s, e.httpStatus},
                {u"error"_s, e.error.isEmpty() ? QJsonValue() : QJsonValue(e.error)}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const OutboxEntry &e : entries) {
        QStringList issues;
        for (const QString &id : e.sentryIds)
            issues << shortIdOf(sync, e.accountId, id);
        out() << QStringLiteral("%1 %2 %3  %4")
                     .arg(e.id, 5)
                     .arg(OutboxEntry::stateName(e.state), -8)
                     .arg(e.action, -24)
                     .arg(issues.join(u' '));
        if (e.attempts > 0)
            out() << "  (" << e.attempts << (e.attempts == 1 ? " attempt" : " attempts") << ')';
        if (!e.error.isEmpty())
            out() << "\n      Sentry: " << e.error;
        out() << '\n';
    }
    out() << entries.size() << (entries.size() == 1 ? " action\n" : " actions\n");
    return Ok;
}

} // namespace lookout::cli

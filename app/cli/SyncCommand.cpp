// lookoutctl sync: mirrors a Sentry organisation into the cache.
#include "SyncCommand.h"
#include "CliCommon.h"
#include "api/TokenStore.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace lookout::cli {

void addAccountOptions(QCommandLineParser &parser)
{
    parser.addOption({u"url"_s, u"Sentry's URL (default: SENTRY_URL, .sentryclirc, https://sentry.io)."_s, u"URL"_s});
    parser.addOption({u"org"_s, u"The organisation slug (default: SENTRY_ORG, .sentryclirc)."_s, u"ORG"_s});
    parser.addOption({u"token"_s, u"An auth token (default: SENTRY_AUTH_TOKEN, .sentryclirc)."_s, u"TOKEN"_s});
}

AccountConfig accountFromOptions(const QCommandLineParser &parser, QString *error)
{
    QStringList warnings;
    AccountConfig account
        = AccountConfig::discover(QProcessEnvironment::systemEnvironment(), QDir::homePath(), QDir::currentPath(), &warnings);
    for (const QString &warning : std::as_const(warnings))
        err() << "lookoutctl: " << warning << '\n';
    if (parser.isSet(u"url"_s)) {
        const QUrl url = AccountConfig::parseUrl(parser.value(u"url"_s), error);
        if (!url.isValid())
            return {};
        account.url = url;
        account.origins.insert(u"url"_s, u"--url"_s);
    }
    if (parser.isSet(u"org"_s)) {
        account.org = parser.value(u"org"_s);
        account.origins.insert(u"org"_s, u"--org"_s);
    }
    if (parser.isSet(u"token"_s)) {
        account.token = parser.value(u"token"_s);
        account.origins.insert(u"token"_s, u"--token"_s);
    }
    return account;
}

namespace {

QString issueList(Store &store, const QList<qint64> &ids, int limit)
{
    QStringList names;
    for (qint64 id : ids.mid(0, limit)) {
        const std::optional<IssueSummary> issue = store.issue(id);
        names << (issue ? issue->shortId : QString::number(id));
    }
    if (ids.size() > limit)
        names << u"and %1 more"_s.arg(ids.size() - limit);
    return names.join(u", "_s);
}

void printSummary(Store &store, const AccountConfig &account, const SyncSummary &s)
{
    const QLocale c = QLocale::c();
    out() << (s.ok() ? "Synced " : "Stopped syncing ") << account.describe() << " (" << (s.incremental ? "incremental" : "full")
          << (s.resumed ? ", resumed" : "") << ")\n";
    out() << "  issues:   " << s.issuesListed << " listed, " << s.newIssues.size() << " new, " << s.issuesUpdated << " updated, "
          << s.regressedIssues.size() << " regressed\n";
    out() << "  events:   " << s.eventsStored << " stored\n";
    out() << "  releases: " << s.releases << ", session series: " << s.sessionSeries << '\n';
    out() << "  requests: " << s.requests << " (" << s.rateLimited << " answered 429, " << s.retries << " retried), "
          << c.formattedDataSize(s.bytesReceived) << " in " << QString::number(double(s.elapsedMs) / 1000.0, 'f', 1) << " s\n";
    if (s.outboxSent > 0 || s.outboxFailed > 0)
        out() << "  outbox:   " << s.outboxSent << " sent, " << s.outboxFailed << " refused by Sentry\n";
    // A first sync finds everything new; naming it all would say nothing.
    if (!s.initial && !s.newIssues.isEmpty())
        out() << "  new:       " << issueList(store, s.newIssues, 20) << '\n';
    if (!s.regressedIssues.isEmpty())
        out() << "  regressed: " << issueList(store, s.regressedIssues, 20) << '\n';
}

// --save-token keeps the token the account resolved to; with no token from anywhere, the saved one
// is used. Only where it is kept is printed, never the token.
int applyStoredToken(AccountConfig &account, bool save)
{
    if (save && account.token.isEmpty())
        return usageError(u"--save-token needs a token (--token, SENTRY_AUTH_TOKEN or .sentryclirc)"_s);
    if (!save && !account.token.isEmpty())
        return Ok;
    if (!account.url.isValid() || account.org.isEmpty())
        return Ok; // isComplete() names what is missing
    TokenStore tokens;
    QString error;
    if (save) {
        if (!tokens.store(account.url, account.org, account.token, &error)) {
            err() << "lookoutctl: cannot save the token: " << error << '\n';
            return Failed;
        }
        err() << "lookoutctl: token saved for " << account.describe() << ". " << tokens.backendDescription() << '\n';
        return Ok;
    }
    const std::optional<QString> token = tokens.read(account.url, account.org, &error);
    if (!error.isEmpty()) {
        err() << "lookoutctl: cannot read the saved token: " << error << '\n';
        return Failed;
    }
    if (token) {
        account.token = *token;
        account.origins.insert(u"token"_s,
            tokens.backend() == TokenStore::Backend::Keychain ? u"the keychain"_s
                                                              : QDir::toNativeSeparators(TokenStore::filePath()));
    }
    return Ok;
}

} // namespace

int runSync(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Mirror a Sentry organisation into the cache: unresolved issues and everything seen in the last 14 days,"
        " the latest event of each, releases with health and session series. Later runs fetch only what changed;"
        " an interrupted run resumes where it stopped."_s);
    addAccountOptions(parser);
    parser.addOption({u"full"_s, u"List every issue of the scope again rather than only what changed."_s});
    parser.addOption({u"project"_s, u"Only this project (repeatable)."_s, u"SLUG"_s});
    parser.addOption({u"query"_s, u"Sync the issues matching this search instead of the default scope."_s, u"SEARCH"_s});
    parser.addOption({u"period"_s, u"How far back the default scope reaches for issues of any status (default 14d)."_s,
        u"PERIOD"_s, u"14d"_s});
    parser.addOption({u"no-events"_s, u"Only issues, no events."_s});
    parser.addOption({u"no-health"_s, u"No releases and sessions."_s});
    parser.addOption({u"save-token"_s,
        u"Keep the token given (--token, SENTRY_AUTH_TOKEN, .sentryclirc) for this URL and org, in the OS keychain"
        " or, without one, a file only you can read; later syncs of the account then need no token."_s});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"sync takes no arguments"_s);
    QString error;
    AccountConfig account = accountFromOptions(parser, &error);
    if (!error.isEmpty())
        return usageError(u"--url: "_s + error);
    if (const int status = applyStoredToken(account, parser.isSet(u"save-token"_s)); status != Ok)
        return status;
    if (!account.isComplete())
        return usageError(account.missing());

    SyncOptions options;
    options.full = parser.isSet(u"full"_s);
    options.scope.projects = parser.values(u"project"_s);
    if (parser.isSet(u"query"_s))
        options.scope.listings = {{parser.value(u"query"_s), QString()}};
    else
        options.scope.listings = SyncScope::defaultListings(parser.value(u"period"_s));
    options.scope.events = !parser.isSet(u"no-events"_s);
    options.scope.releases = options.scope.sessions = !parser.isSet(u"no-health"_s);

    SyncEngine engine(store.path());
    engine.setAccount(account);
    QEventLoop loop;
    SyncSummary summary;
    const bool terminal = stderrIsTerminal();
    QObject::connect(&engine, &SyncEngine::progress, &loop, [terminal](const SyncProgress &p) {
        if (!terminal)
            return;
        QString line = syncPhaseName(p.phase);
        if (p.total > 0)
            line += u" %1/%2"_s.arg(p.done).arg(p.total);
        else if (p.done > 0)
            line += u" %1"_s.arg(p.done);
        err() << "\r\x1b[K" << line;
        err().flush();
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &result) {
        summary = result;
        loop.quit();
    });
    engine.sync(options);
    loop.exec();
    if (terminal)
        err() << "\r\x1b[K";
    printSummary(store, account, summary);
    out().flush();
    if (!summary.ok()) {
        err() << "lookoutctl: " << summary.error << '\n';
        return Failed;
    }
    return Ok;
}

} // namespace lookout::cli

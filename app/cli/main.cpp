// lookoutctl: the headless face of Lookout's core, for scripts, CI and benchmarks.
#include "CliCommon.h"
#include "GroupCommand.h"
#include "SyncCommand.h"
#include "allocator/Allocator.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "ingest/DemoData.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace lookout;
using namespace lookout::cli;

int lookout::cli::runStats(Store &store)
{
    out() << "cache:    " << store.path() << '\n'
          << "projects: " << store.projects().size() << '\n'
          << "issues:   " << store.issueCount({}) << '\n'
          << "events:   " << store.eventCount() << '\n'
          << "sessions: " << store.sessionPayloadCount() << '\n';
    return Ok;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookout"));
    QCoreApplication::setOrganizationName(QStringLiteral("lookout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOKOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lookout's command line: the local Sentry cache without the GUI.\n\n"
        "Commands (lookoutctl COMMAND --help for each):\n"
        "  import PATH... [--project SLUG] [--dry-run]   import events: JSON Lines, JSON, envelopes, gzip, directories\n"
        "  issues [--query SEARCH] [--sort KEY] [--limit N] [--json]   list issues (unresolved unless --query says otherwise)\n"
        "  show ISSUE_OR_EVENT [--json]      an issue with its latest event, or one event\n"
        "  ingest [--listen 127.0.0.1:PORT] [--db FILE] [--key KEY]   receive events from SDKs until SIGINT/SIGTERM;\n"
        "                                    prints the DSN first\n"
        "  export [--format jsonl] [--output FILE]   every event, as imported, one per line\n"
        "  stats                             count what the cache holds\n"
        "  health [--project P] [--release R] [--period 14d] [--json]   release health: adoption, crash-free sessions and users\n"
        "  group FILE                        an event's grouping variants, contributing values and hashes\n"
        "  sync [--url URL --org ORG --token TOKEN] [--full]   mirror a Sentry organisation (or SENTRY_* / .sentryclirc)\n"
        "  resolve|unresolve|ignore|assign|bookmark|unbookmark|seen|unseen|merge ISSUE... [--offline]\n"
        "                                    triage: applied to the cache at once, queued and sent to Sentry\n"
        "  outbox [--all] [--json]           triage actions waiting for Sentry, and those it refused\n"
        "  outbox --send [--url URL --org ORG --token TOKEN]   send the waiting actions now\n\n"
        "Exit status: 0 success, 1 failure (for import: some input was rejected; the rest is stored), 2 usage error."));
    parser.addHelpOption();
    // Not addVersionOption(): that prints the application name, which is "lookout" so that both
    // executables share one data folder.
    parser.addOption({QStringLiteral("version"), QStringLiteral("Displays version information.")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Use the cache FILE instead of the default."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Use the demo cache (built from the bundled demo data on first use).")});
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("import, ingest, issues, show, export, stats, health, group, sync, outbox or a triage action"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "lookoutctl " << QCoreApplication::applicationVersion() << '\n'
              << "allocator: " << lookout::allocatorDescription() << '\n';
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString &command = positional.constFirst();
    const QStringList commandArguments = QStringList {QStringLiteral("lookoutctl ") + command} + positional.mid(1);
    if (command == u"group") // needs no cache
        return runGroupCommand(commandArguments, out(), err());
    if (command == u"ingest") // opens its own connections, on its threads
        return runIngest(parser.value(QStringLiteral("db")), commandArguments);
    static const QStringList commands
        = {QStringLiteral("import"), QStringLiteral("issues"), QStringLiteral("show"), QStringLiteral("export"),
            QStringLiteral("stats"), QStringLiteral("sync"), QStringLiteral("outbox"), QStringLiteral("health")};
    static const QStringList triage = {QStringLiteral("resolve"), QStringLiteral("unresolve"), QStringLiteral("ignore"),
        QStringLiteral("archive"), QStringLiteral("assign"), QStringLiteral("bookmark"), QStringLiteral("unbookmark"),
        QStringLiteral("seen"), QStringLiteral("unseen"), QStringLiteral("merge")};
    if (!commands.contains(command) && !triage.contains(command))
        return usageError(QStringLiteral("unknown command '%1'").arg(command));

    Store store;
    QString error;
    if (parser.isSet(QStringLiteral("demo"))) {
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Paths::demoCache();
        if (!DemoData::open(store, path, SystemClock::instance().now(), &error)) {
            err() << "lookoutctl: cannot build the demo cache: " << error << '\n';
            return Failed;
        }
    } else if (!store.openRecovering(
                   parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Paths::defaultCache(),
                   SystemClock::instance().now())) {
        err() << "lookoutctl: " << store.errorString() << '\n';
        return Failed;
    }
    if (const std::optional<Store::Recovery> &recovery = store.recovery()) {
        err() << "lookoutctl: " << recovery->explain(store.path()) << '\n'
              << "lookoutctl: Sentry accounts are kept in the cache: run 'lookoutctl sync --url URL --org ORG' to fetch"
                 " them again (a token saved with --save-token is still used); imported files must be imported again.\n";
        err().flush();
    }

    if (command == u"import")
        return runImport(store, commandArguments);
    if (command == u"issues")
        return runIssues(store, commandArguments);
    if (command == u"show")
        return runShow(store, commandArguments);
    if (command == u"export")
        return runExport(store, commandArguments);
    if (command == u"sync")
        return runSync(store, commandArguments);
    if (command == u"outbox")
        return runOutbox(store, commandArguments);
    if (command == u"health")
        return runHealth(store, commandArguments);
    if (triage.contains(command))
        return runTriage(store, commandArguments);
    return runStats(store);
}

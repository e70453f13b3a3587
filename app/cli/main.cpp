// lookoutctl: the headless face of Lookout's core, for scripts, CI and benchmarks.
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/RelativeTime.h"
#include "ingest/DemoData.h"
#include "ingest/JsonlImporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace lookout;

namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "lookoutctl: " << message << "\nTry 'lookoutctl --help'.\n";
    return Usage;
}

int runImport(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import Sentry events (JSON Lines, optionally gzip) into the cache."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project the events belong to."), QStringLiteral("slug"),
        QStringLiteral("imported")});
    parser.addPositionalArgument(
        QStringLiteral("paths"), QStringLiteral("Files or directories to import."), QStringLiteral("PATH..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(QStringLiteral("import needs at least one PATH"));

    JsonlImporter importer(store);
    ImportReport report;
    for (const QString &path : paths)
        importer.importPath(path, parser.value(QStringLiteral("project")), &report);
    for (const ImportProblem &problem : std::as_const(report.problems))
        err() << problem.toString() << '\n';
    out() << report.summary() << '\n';
    return report.ok() ? Ok : Failed;
}

struct SortName
{
    const char *name;
    IssueSort sort;
};
constexpr SortName sortNames[] = {{"last_seen", IssueSort::LastSeen}, {"first_seen", IssueSort::FirstSeen},
    {"events", IssueSort::TimesSeen}, {"users", IssueSort::UserCount}, {"title", IssueSort::Title}, {"level", IssueSort::Level}};

int runIssues(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the issues in the cache, newest first."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Only this project."), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("sort"), QStringLiteral("last_seen, first_seen, events, users, title or level."),
        QStringLiteral("key"), QStringLiteral("last_seen")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N issues (default 100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per line instead of a table.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    IssueQuery query;
    const QString sortName = parser.value(QStringLiteral("sort"));
    bool sortKnown = false;
    for (const SortName &s : sortNames) {
        if (sortName == QLatin1String(s.name)) {
            query.sort = s.sort;
            sortKnown = true;
        }
    }
    if (!sortKnown)
        return usageError(QStringLiteral("unknown sort '%1'").arg(sortName));
    query.descending = query.sort != IssueSort::Title;
    bool limitOk = false;
    const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&limitOk);
    if (!limitOk || limit < 0)
        return usageError(QStringLiteral("--limit needs a number"));
    if (parser.isSet(QStringLiteral("project"))) {
        const QString slug = parser.value(QStringLiteral("project"));
        const QList<ProjectSummary> projects = store.projects();
        const auto it = std::find_if(projects.cbegin(), projects.cend(), [&](const ProjectSummary &p) { return p.slug == slug; });
        if (it == projects.cend()) {
            err() << "lookoutctl: no project '" << slug << "' in " << store.path() << '\n';
            return Failed;
        }
        query.projectId = it->id;
    }

    const QDateTime now = SystemClock::instance().now();
    const QList<IssueSummary> issues = store.issues(query, 0, limit);
    if (parser.isSet(QStringLiteral("json"))) {
        for (const IssueSummary &issue : issues) {
            const QJsonObject object {{QStringLiteral("shortId"), issue.shortId}, {QStringLiteral("project"), issue.projectSlug},
                {QStringLiteral("title"), issue.title}, {QStringLiteral("culprit"), issue.culprit},
                {QStringLiteral("level"), levelToString(issue.level)}, {QStringLiteral("status"), issue.status},
                {QStringLiteral("count"), issue.timesSeen}, {QStringLiteral("userCount"), issue.userCount},
                {QStringLiteral("firstSeen"), issue.firstSeen.toString(Qt::ISODateWithMs)},
                {QStringLiteral("lastSeen"), issue.lastSeen.toString(Qt::ISODateWithMs)}};
            out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        }
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(QStringLiteral("ID"), -18)
                 .arg(QStringLiteral("LEVEL"), -8)
                 .arg(QStringLiteral("EVENTS"), 7)
                 .arg(QStringLiteral("USERS"), 6)
                 .arg(QStringLiteral("LAST SEEN"), -11)
                 .arg(QStringLiteral("TITLE"));
    for (const IssueSummary &issue : issues) {
        out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                     .arg(issue.shortId, -18)
                     .arg(levelToString(issue.level), -8)
                     .arg(issue.timesSeen, 7)
                     .arg(issue.userCount, 6)
                     .arg(relativeTime(issue.lastSeen, now), -11)
                     .arg(issue.title.left(100));
    }
    out() << QStringLiteral("%1 of %2 issues\n").arg(issues.size()).arg(store.issueCount(query));
    return Ok;
}

int runStats(Store &store)
{
    IssueQuery all;
    out() << "cache:    " << store.path() << '\n'
          << "projects: " << store.projects().size() << '\n'
          << "issues:   " << store.issueCount(all) << '\n'
          << "events:   " << store.eventCount() << '\n'
          << "sessions: " << store.sessionPayloadCount() << '\n';
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookout"));
    QCoreApplication::setOrganizationName(QStringLiteral("lookout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOKOUT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lookout's command line: the local Sentry cache without the GUI.\n\n"
        "Commands:\n"
        "  import PATH... [--project SLUG]   import JSON Lines files of events (gzip too), or directories of them\n"
        "  issues [--project SLUG] [--sort KEY] [--limit N] [--json]   list issues\n"
        "  stats                             count what the cache holds\n\n"
        "Exit status: 0 success, 1 failure (for import: some input was rejected; the rest is stored), 2 usage error."));
    parser.addHelpOption();
    // Not addVersionOption(): that prints the application name, which is "lookout" so that both
    // executables share one data folder.
    parser.addOption({QStringLiteral("version"), QStringLiteral("Displays version information.")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Use the cache FILE instead of the default."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("demo"), QStringLiteral("Use the demo cache (built from the bundled demo data on first use).")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, issues or stats"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "lookoutctl " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString &command = positional.constFirst();
    const QStringList commandArguments = QStringList {QStringLiteral("lookoutctl ") + command} + positional.mid(1);

    Store store;
    QString error;
    if (parser.isSet(QStringLiteral("demo"))) {
        const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Paths::demoCache();
        if (!DemoData::open(store, path, SystemClock::instance().now(), &error)) {
            err() << "lookoutctl: cannot build the demo cache: " << error << '\n';
            return Failed;
        }
    } else if (!store.open(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Paths::defaultCache())) {
        err() << "lookoutctl: " << store.errorString() << '\n';
        return Failed;
    }

    if (command == u"import")
        return runImport(store, commandArguments);
    if (command == u"issues")
        return runIssues(store, commandArguments);
    if (command == u"stats")
        return runStats(store);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

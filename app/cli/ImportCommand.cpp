#include "CliCommon.h"
#include "ingest/Importer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace lookout::cli {

int runImport(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import Sentry events into the cache: JSON Lines / NDJSON (normalised or REST events), JSON files, envelopes;"
        " gzip too; directories are walked."));
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project the events belong to."), QStringLiteral("slug"),
        QStringLiteral("imported")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Parse, group and report, but keep nothing.")});
    parser.addPositionalArgument(
        QStringLiteral("paths"), QStringLiteral("Files or directories to import."), QStringLiteral("PATH..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(QStringLiteral("import needs at least one PATH"));

    ImportOptions options;
    options.projectSlug = parser.value(QStringLiteral("project"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool terminal = stderrIsTerminal();
    if (terminal) {
        options.progress = [](const ImportProgress &p) {
            const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) : 100;
            err() << "\r\033[K" << QFileInfo(p.file).fileName() << ": " << percent << "% (" << p.events << " events)";
            err().flush();
        };
    }
    Importer importer(store, options);
    ImportReport report;
    for (const QString &path : paths)
        importer.importPath(path, &report);
    importer.finish(&report);
    if (terminal)
        err() << "\r\033[K";
    for (const ImportProblem &problem : std::as_const(report.problems))
        err() << problem.toString() << '\n';
    err().flush();
    out() << (options.dryRun ? QStringLiteral("dry run, nothing kept: ") : QString()) << report.summary() << '\n';
    return report.ok() ? Ok : Failed;
}

} // namespace lookout::cli

// lookoutctl ingest: the local ingest endpoint without the GUI, until SIGINT or SIGTERM.
#include "CliCommon.h"
#include "core/Paths.h"
#include "ingest/IngestServer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lookout::cli {

namespace {

int signalPipe[2] = {-1, -1};

// Async-signal-safe: one byte down the pipe; the event loop does the rest.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

} // namespace

int runIngest(const QString &globalDb, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Receive events from Sentry SDKs (and tools made for Spotlight) and store them in the cache, grouped, until"
        " SIGINT or SIGTERM. Prints the DSN to give the SDK on the first line of standard output."_s);
    parser.addOption({u"listen"_s,
        u"Address and port to listen on (default 127.0.0.1:8969, Spotlight's port; port 0 picks a free one). Anything"
        " but a loopback address exposes the endpoint to the network."_s,
        u"host:port"_s, u"127.0.0.1:8969"_s});
    parser.addOption({u"db"_s, u"Use the cache FILE instead of the default."_s, u"FILE"_s});
    parser.addOption({u"key"_s, u"Accept only this DSN public key (repeatable); without, any key is accepted."_s, u"KEY"_s});
    parser.addOption({u"project"_s, u"Project the events go to."_s, u"slug"_s, u"local"_s});
    parser.addOption({u"max-body"_s, u"Refuse bodies over this many MB with 413."_s, u"MB"_s, u"20"_s});
    parser.addOption({u"rate"_s, u"Requests per second before 429 (0: no limit)."_s, u"N"_s, u"5000"_s});
    parser.addOption({u"rejected"_s, u"Keep malformed envelopes here (default: rejected/ beside the cache)."_s, u"DIR"_s});
    parser.addOption({u"threads"_s, u"Network threads serving the connections (0: one per core, 2 to 4)."_s, u"N"_s, u"0"_s});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"ingest takes no positional arguments"_s);

    IngestSettings settings;
    if (!parseListen(parser.value(u"listen"_s), &settings.address, &settings.port))
        return usageError(u"--listen wants HOST:PORT, e.g. 127.0.0.1:8969, not '%1'"_s.arg(parser.value(u"listen"_s)));
    settings.dbPath = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : !globalDb.isEmpty() ? globalDb : Paths::defaultCache();
    settings.keys = parser.values(u"key"_s);
    settings.projectSlug = parser.value(u"project"_s);
    bool ok = false;
    const double maxMb = parser.value(u"max-body"_s).toDouble(&ok);
    if (!ok || maxMb <= 0)
        return usageError(u"--max-body wants a positive number of MB"_s);
    settings.maxBodyBytes = qsizetype(maxMb * 1024 * 1024);
    settings.requestsPerSecond = parser.value(u"rate"_s).toDouble(&ok);
    if (!ok || settings.requestsPerSecond < 0)
        return usageError(u"--rate wants a number of requests per second"_s);
    settings.burst = std::max(1, int(settings.requestsPerSecond * 2));
    settings.networkThreads = parser.value(u"threads"_s).toInt(&ok);
    if (!ok || settings.networkThreads < 0 || settings.networkThreads > 64)
        return usageError(u"--threads wants a number of threads from 0 to 64"_s);
    settings.rejectedDir = parser.isSet(u"rejected"_s) ? parser.value(u"rejected"_s)
                                                       : QFileInfo(settings.dbPath).absoluteDir().filePath(u"rejected"_s);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err() << "lookoutctl: cannot set up signal handling\n";
        return Failed;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    IngestServer server;
    if (!server.start(settings)) {
        err() << "lookoutctl: " << server.errorString() << '\n';
        return Failed;
    }
    // A second connection for reading what the writer stored, to name new issues.
    Store reader;
    reader.open(settings.dbPath);

    if (!IngestServer::isLoopback(settings.address))
        err() << "lookoutctl: warning: listening on " << settings.address.toString()
              << ", not a loopback address: anyone who can reach this machine can send events to it\n";
    out() << server.dsn() << '\n';
    out().flush();
    err() << "Listening on " << server.dsn().section(u'@', 1).section(u'/', 0, 0) << " (envelopes, store, Spotlight's /stream),"
          << " storing in " << settings.dbPath << "; SIGINT or SIGTERM stops.\n";
    err().flush();

    QObject::connect(&server, &IngestServer::stored, &server, [&reader](const IngestBatch &batch) {
        for (const qint64 id : batch.newIssues) {
            if (const auto issue = reader.issue(id))
                err() << "new issue " << issue->shortId << ": " << issue->title.left(120) << '\n';
        }
        for (const QString &problem : batch.problems)
            err() << problem << '\n';
        err().flush();
    });
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();

    notifier.setEnabled(false);
    server.stop(); // everything answered 200 is committed here
    QCoreApplication::processEvents(); // the last batch's news
    const IngestCounters &counters = server.counters();
    err() << "Stopped: " << counters.requests.load() << " requests, " << counters.accepted.load() << " accepted, "
          << counters.rejected.load() << " rejected (400), " << counters.tooLarge.load() << " too large (413), "
          << counters.rateLimited.load() << " rate limited (429), " << counters.unauthorized.load()
          << " unauthorized (401); everything accepted is stored.\n";
    err().flush();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return Ok;
}

} // namespace lookout::cli

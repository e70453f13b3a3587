// fakesentry: the fake Sentry API server, run by hand or by benchmarks.
//   fakesentry --port PORT [--seed demo|bench|empty] [--issues N] [--events-per-issue N]
//              [--latency-ms N] [--token TOKEN] [--rate-limit N/s] [--org SLUG]
// Prints "url http://127.0.0.1:PORT" and "org SLUG" once it listens, then serves until killed.

#include "FakeSentry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;
using lookout::fake::FakeSentry;
using lookout::fake::SeedOptions;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "fakesentry: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fakesentry"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake Sentry REST API server for tests and benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free one)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Data set: demo, bench or empty."_s, u"KIND"_s, u"demo"_s);
    const QCommandLineOption issues(u"issues"_s, u"Number of issues (default: demo 30, bench 1000)."_s, u"N"_s);
    const QCommandLineOption events(u"events-per-issue"_s, u"Events stored per issue (default: demo 3, bench 1)."_s, u"N"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay before every answer."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption token(
        u"token"_s, u"The accepted auth token (default: %1)."_s.arg(FakeSentry::defaultToken()), u"TOKEN"_s);
    const QCommandLineOption rate(
        u"rate-limit"_s, u"Requests per second per endpoint, e.g. 40/s; 0 for none."_s, u"N/s"_s, u"40/s"_s);
    const QCommandLineOption org(u"org"_s, u"Organisation slug."_s, u"SLUG"_s);
    parser.addOptions({port, seed, issues, events, latency, token, rate, org});
    parser.process(app);

    SeedOptions options;
    if (!SeedOptions::parseKind(parser.value(seed), &options.kind))
        return fail(u"--seed must be demo, bench or empty"_s);
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const int n = parser.value(option).toInt(&valid);
        ok = ok && valid && n >= 0;
        return n;
    };
    options.issues = number(issues, -1);
    options.eventsPerIssue = number(events, -1);
    const int latencyMs = number(latency, 0);
    const int portNumber = number(port, 0);
    QString rateText = parser.value(rate);
    rateText.remove(u"/s"_s);
    bool rateOk = false;
    const int perSecond = rateText.toInt(&rateOk);
    if (!ok || !rateOk || portNumber > 65535 || perSecond < 0)
        return fail(u"--port, --issues, --events-per-issue, --latency-ms and --rate-limit take non-negative numbers"_s);
    // Run by hand, the data ends now (on the hour), so "the last 14 days" holds it all.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.anchor = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::UTC);

    FakeSentry server;
    if (parser.isSet(org))
        server.data().orgSlug = parser.value(org);
    server.seed(options);
    if (parser.isSet(token))
        server.setToken(parser.value(token));
    server.setLatency(std::chrono::milliseconds(latencyMs));
    server.setRateLimit(perSecond, 1);
    if (!server.listen(quint16(portNumber)))
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(portNumber));
    std::printf("url %s\norg %s\n", qPrintable(server.baseUrl().toString()), qPrintable(server.orgSlug()));
    std::fflush(stdout);
    return app.exec();
}

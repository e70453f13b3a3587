// bench_import_stages FILE.jsonl [N]: where an import's time goes, stage by stage, on one thread.
// Each stage runs over the same first N lines and its CPU time is printed, so a change to one
// stage can be measured without the noise of the others (and of SQLite's I/O).
#include "grouping/Grouper.h"
#include "ingest/EventJsonParser.h"
#include "ingest/InputLimits.h"
#include "ingest/SimdEventParser.h"
#include "store/EventText.h"
#include "store/PreparedEvent.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <zlib.h>

#include <ctime>
#include <functional>

using namespace lookout;

static double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_import_stages FILE.jsonl [N]\n");
        return 2;
    }
    const qsizetype limit = argc > 2 ? QByteArray(argv[2]).toLongLong() : 5000;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QList<QByteArray> lines;
    qint64 bytes = 0;
    while (!file.atEnd() && lines.size() < limit) {
        lines.append(file.readLine().trimmed());
        bytes += lines.constLast().size();
    }
    QTextStream out(stdout);
    const auto stage = [&](const char *name, const std::function<void()> &run) {
        const double start = cpuSeconds();
        run();
        const double seconds = cpuSeconds() - start;
        out << QString::asprintf("%-28s %8.3f s  %8.1f us/event  %9.0f events/s\n", name, seconds,
            seconds * 1e6 / double(lines.size()), double(lines.size()) / seconds);
        out.flush();
    };
    out << lines.size() << " events, " << bytes / 1000000.0 << " MB\n";

    QList<QJsonObject> objects;
    stage("scan+QJsonDocument", [&] {
        for (const QByteArray &line : std::as_const(lines)) {
            QString error;
            objects.append(*InputLimits::parseObject(line, &error));
        }
    });
    stage("scanJson only", [&] {
        for (const QByteArray &line : std::as_const(lines))
            InputLimits::scanJson(line);
    });
    QList<Event> events;
    stage("EventJsonParser", [&] {
        for (const QJsonObject &object : std::as_const(objects)) {
            QString error;
            events.append(*EventJsonParser::parse(object, &error));
        }
    });
    // The fast path for the two stages above together: raw bytes to Event, with the same limits.
    QList<Event> simdEvents;
    qsizetype notParsed = 0;
    stage("SimdEventParser", [&] {
        for (const QByteArray &line : std::as_const(lines)) {
            SimdParseResult result = SimdEventParser::parse(line);
            if (result.status == SimdParseResult::Status::Parsed)
                simdEvents.append(std::move(*result.event));
            else
                ++notParsed;
        }
    });
    out << "  (SimdEventParser: " << simdEvents.size() << " parsed, " << notParsed << " rejected or not handled)\n";
    simdEvents.clear();
    stage("SimdEventParser (storing)", [&] {
        for (const QByteArray &line : std::as_const(lines)) {
            SimdParseResult result = SimdEventParser::parse(line, SimdEventParser::Scope::Storing);
            if (result.status == SimdParseResult::Status::Parsed)
                simdEvents.append(std::move(*result.event));
        }
    });
    simdEvents.clear();
    stage("group", [&] {
        for (const Event &event : std::as_const(events))
            group(event).hashes();
    });
    stage("EventText", [&] {
        for (const Event &event : std::as_const(events))
            EventText::from(event);
    });
    qsizetype compressed = 0;
    stage("compressPayload (zstd)", [&] {
        for (const QByteArray &line : std::as_const(lines))
            compressed += compressPayload(line).size();
    });
    out << "  (compressPayload: " << compressed / qMax<qsizetype>(1, lines.size()) << " bytes per event)\n";
    stage("qCompress level 1", [&] {
        for (const QByteArray &line : std::as_const(lines))
            qCompress(line, 1);
    });
    stage("store insert (in memory)", [&] {
        Store store;
        store.open(QStringLiteral(":memory:"));
        const qint64 project = store.ensureProject(QStringLiteral("bench"));
        store.begin();
        for (qsizetype i = 0; i < events.size(); ++i)
            store.insertEvent(project, events.at(i), lines.at(i));
        store.commit();
    });
    return 0;
}

#pragma once

// What TestGrouping compares cached grouping against: the events of the test data and the demo,
// grouping with the caches off, and inputs made to probe the caches' keys.
#include "TestData.h"
#include "domain/Event.h"
#include "grouping/Grouper.h"
#include "grouping/GroupingCaches.h"
#include "grouping/RuleGlob.h"
#include "ingest/EventJsonParser.h"
#include "ingest/RestEventParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <thread>
#include <utility>
#include <vector>

namespace lookout::test {

// One event to group, with the project config its input names (Sentry's cases have some).
struct CorpusEvent
{
    QString label;
    Event event;
    GroupingConfig config;
};

// Every event of the test data and the demo, read as the importer reads it; records that are no
// event (demo sessions, a deliberately bad line) are left out.
inline QList<CorpusEvent> groupingCorpus()
{
    QStringList files;
    const QString demo = test::dataPath(QStringLiteral("../../resources/demo"));
    for (const QString &root : {test::dataPath(QStringLiteral("events")), test::dataPath(QStringLiteral("samples")),
             test::dataPath(QStringLiteral("grouping/cases")), demo}) {
        QDirIterator it(root, {QStringLiteral("*.jsonl"), QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    QList<CorpusEvent> corpus;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QList<QByteArray> records = path.endsWith(u".jsonl") ? file.readAll().split('\n') : QList {file.readAll()};
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject json = QJsonDocument::fromJson(records.at(i)).object();
            if (json.isEmpty())
                continue;
            if (!json.contains(u"event_id"))
                json.insert(QStringLiteral("event_id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
            if (!json.contains(u"timestamp"))
                json.insert(QStringLiteral("timestamp"), 1700000000.0);
            QString error;
            std::optional<Event> event
                = RestEventParser::isRestForm(json) ? RestEventParser::parse(json, &error) : EventJsonParser::parse(json, &error);
            if (event)
                corpus.append({QStringLiteral("%1:%2").arg(QDir(demo).relativeFilePath(path)).arg(i + 1), std::move(*event),
                    GroupingConfig::fromTestInput(json)});
        }
    }
    return corpus;
}

inline QString groupedText(const Event &event, const GroupingConfig &config = {})
{
    return formatGroupingResult(group(event, config));
}

// Groups with every cache off: the plain computation the cached one must equal. Switching empties
// every cache, so a test that wants them warm groups its uncached answers first.
inline QString groupedWithoutCaches(const Event &event, const GroupingConfig &config = {})
{
    GroupingCaches::setEnabled(false);
    const QString text = groupedText(event, config);
    GroupingCaches::setEnabled(true);
    return text;
}

// Empty when equal, else the label and the first line that differs.
inline QString difference(const QString &label, const QString &expected, const QString &actual)
{
    if (expected == actual)
        return {};
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0;; ++i) {
        if (i >= a.size() || i >= b.size() || a.at(i) != b.at(i))
            return QStringLiteral("%1, line %2:\n  uncached: %3\n  cached:   %4")
                .arg(label)
                .arg(i + 1)
                .arg(a.value(i, QStringLiteral("<end>")), b.value(i, QStringLiteral("<end>")));
    }
}

// Groups the corpus on `count` threads at once, each in its own order; per thread, the results in
// corpus order.
inline QList<QStringList> groupOnThreads(const QList<CorpusEvent> &corpus, int count)
{
    QList<QStringList> results(count, QStringList(corpus.size()));
    std::vector<std::thread> threads;
    threads.reserve(size_t(count));
    for (int t = 0; t < count; ++t) {
        threads.emplace_back([&corpus, &out = results[t], t, count] {
            for (qsizetype i = 0; i < corpus.size(); ++i) {
                const qsizetype rotated = (i + t * corpus.size() / count) % corpus.size();
                const qsizetype at = t % 2 ? corpus.size() - 1 - rotated : rotated;
                out[at] = groupedText(corpus.at(at).event, corpus.at(at).config);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    return results;
}

// The stack trace grouping reads first: the outermost exception's, else the event's, else a
// thread's; null when none has two frames or more.
inline Stacktrace *mainStack(Event &event)
{
    for (auto it = event.exceptions.rbegin(); it != event.exceptions.rend(); ++it) {
        if (it->stacktrace && it->stacktrace->frames.size() >= 2)
            return &*it->stacktrace;
    }
    if (event.stacktrace && event.stacktrace->frames.size() >= 2)
        return &*event.stacktrace;
    for (Thread &thread : event.threads) {
        if (thread.stacktrace && thread.stacktrace->frames.size() >= 2)
            return &*thread.stacktrace;
    }
    return nullptr;
}

// Which frame of a stack trace of `frames` to change (one near each end and one in the middle,
// none when there are too few to have a frame before), and as which event platform (empty: its own).
inline QList<std::pair<qsizetype, QString>> frameChoices(qsizetype frames)
{
    QList<std::pair<qsizetype, QString>> choices;
    if (frames < 2)
        return choices;
    for (const qsizetype at : {qsizetype(1), frames / 2, frames - 1}) {
        for (const QString &platform : {QString(), QStringLiteral("python"), QStringLiteral("javascript")})
            choices.append({at, platform});
    }
    return choices;
}

// One change to one frame; `previous` is the frame before it (copying it makes a recursion).
using FrameMutation = std::function<void(Frame &frame, const Frame &previous)>;

// A change to each frame field grouping reads, in an order that matters (see the last two).
inline QList<std::pair<const char *, FrameMutation>> frameMutations()
{
    return {
        {"function", [](Frame &f, const Frame &) { f.function += QStringLiteral("_x"); }},
        {"no function", [](Frame &f, const Frame &) { f.function.clear(); }},
        {"raw function", [](Frame &f, const Frame &) { f.rawFunction = QStringLiteral("raw::fn(int)"); }},
        {"module", [](Frame &f, const Frame &) { f.module += QStringLiteral(".x"); }},
        {"package", [](Frame &f, const Frame &) { f.package = QStringLiteral("/usr/lib/libx.so"); }},
        {"filename", [](Frame &f, const Frame &) { f.filename = QStringLiteral("Other.File"); }},
        {"abs_path", [](Frame &f, const Frame &) { f.absPath = QStringLiteral("https://cdn.example.com/a.js"); }},
        {"context line", [](Frame &f, const Frame &) { f.contextLine = QStringLiteral("  x = y  "); }},
        {"in_app", [](Frame &f, const Frame &) { f.inApp = !f.inApp.value_or(false); }},
        {"no in_app", [](Frame &f, const Frame &) { f.inApp.reset(); }},
        {"platform", [](Frame &f, const Frame &) { f.platform = QStringLiteral("native"); }},
        {"sourcemap", [](Frame &f, const Frame &) { f.data.insert(QStringLiteral("sourcemap"), QStringLiteral("a.map")); }},
        // These two differ only in whether the frame repeats the one before (the line is no key
        // field), so the second must not be answered with the first's stack trace.
        {"same as before, other line",
            [](Frame &f, const Frame &previous) {
                f = previous;
                f.lineno = previous.lineno.value_or(0) + 1;
            }},
        {"recursion", [](Frame &f, const Frame &previous) { f = previous; }},
    };
}

// Changes each field grouping reads in a few frames of the sample's main stack trace (see
// frameChoices), groups each changed event without caches, then with the caches on throughout, so
// that they know the unchanged stack trace and every changed one before the next. The first
// difference, or nothing; `checked` counts the changed events.
inline QString frameMutationDifference(const QString &name, const Event &sample, int &checked)
{
    const QList<std::pair<const char *, FrameMutation>> mutations = frameMutations();
    Event probe = sample;
    for (const auto &[at, platform] : frameChoices(mainStack(probe) ? mainStack(probe)->frames.size() : 0)) {
        Event base = sample;
        if (!platform.isEmpty())
            base.platform = platform;
        if (platform == u"javascript") { // a source map matters only beside a context line
            for (Frame &frame : mainStack(base)->frames)
                frame.contextLine = frame.contextLine.isEmpty() ? QStringLiteral("run();") : frame.contextLine;
        }
        QList<Event> events;
        QStringList plain;
        for (const auto &mutation : mutations) {
            Event event = base;
            QList<Frame> &list = mainStack(event)->frames;
            mutation.second(list[at], list.at(at - 1));
            plain << groupedWithoutCaches(event);
            events << event;
        }
        GroupingCaches::clear();
        groupedText(base);
        for (qsizetype m = 0; m < events.size(); ++m) {
            const QString label
                = QStringLiteral("%1 %2, frame %3, %4").arg(name, platform).arg(at).arg(QLatin1StringView(mutations.at(m).first));
            for (int round = 0; round < 2; ++round) {
                if (const QString diff = difference(label, plain.at(m), groupedText(events.at(m))); !diff.isEmpty())
                    return diff;
            }
            ++checked;
        }
    }
    return {};
}

// Rule globs where RuleGlob answers without its regular expression (a rooted path prefix, the
// rooted retry of a relative path, a value without the glob's plain text), with what the regular
// expression answers: pattern, path-like, value, matches.
struct GlobCase
{
    const char16_t *pattern;
    bool pathLike;
    const char16_t *value;
    bool matches;
};
inline QList<GlobCase> globShortcutCases()
{
    return {{u"/usr/lib/**", true, u"/usr/lib/libz.so", true}, {u"/usr/lib/**", true, u"/usr/lib", false},
        {u"/usr/lib/**", true, u"usr/lib/libz.so", true}, {u"/usr/lib/**", true, u"/usr/libx/a", false},
        {u"/usr/lib/**", true, u"/usr/lib/a\nb", false}, {u"/usr/lib/**", true, u"/usr/lib/\n", false},
        {u"/usr/lib/**", true, u"C:\\usr\\lib\\x", false}, {u"/usr/lib/**", true, u"\\usr\\lib\\x", true},
        {u"/usr/lib/**", true, u"usr/lib", false}, {u"/lib/**", true, u"lib/x", true}, {u"/lib/**", true, u"/lib/", true},
        {u"**https://unpkg.com/**", true, u"https://unpkg.com/react@18/index.js", true},
        {u"**https://unpkg.com/**", true, u"x/https://unpkg.com/a", false},
        {u"**https://unpkg.com/**", true, u"https://unpkg.org/a", false}, {u"?[[]Sentry*", false, u"-[SentryClient x]", true},
        {u"?[[]Sentry*", false, u"-[Other x]", false}, {u"unpkg/**", false, u"unpkg/react", true},
        {u"unpkg/**", false, u"unpkg", false}, {u"unpkg/**", false, u"x/unpkg/y", false},
        {u"/var/**/Frameworks/**", true, u"/var/containers/MyApp/Frameworks/lib", true},
        {u"/var/**/Frameworks/**", true, u"var/a/Frameworks/b", true},
        {u"/var/**/Frameworks/**", true, u"/var/Frameworks/b", true}};
}

// Pieces of text that each pattern alternative needs, and near misses.
inline QStringList parameterizerPieces()
{
    return {QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("12"), QStringLiteral("255"), QStringLiteral("2024"),
        QStringLiteral(":"), QStringLiteral("::"), QStringLiteral("-"), QStringLiteral("."), QStringLiteral("@"),
        QStringLiteral("://"), QStringLiteral("0x"), QStringLiteral("fe80:"), QStringLiteral("%"),
        QStringLiteral("datetime.datetime("), QStringLiteral(")"), QStringLiteral("Jan"), QStringLiteral("Monday"),
        QStringLiteral(","), QStringLiteral("T"), QStringLiteral("Z"), QStringLiteral(" "), QStringLiteral("\n"),
        QStringLiteral("f"), QStringLiteral("deadbeef"), QStringLiteral("s"), QStringLiteral("ms"), QStringLiteral("="),
        QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("true"), QStringLiteral("https"), QStringLiteral("com"),
        QStringLiteral("GMT"), QStringLiteral("+"), QStringLiteral("pm"), QStringLiteral("\u00e9"), QStringLiteral("\u0663")};
}

} // namespace lookout::test

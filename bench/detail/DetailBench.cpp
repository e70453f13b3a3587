// The issue detail's speed: an event with 500 frames (with source context) and 200 breadcrumbs,
// opened and painted in the detail view, then switching between two such events; beside the
// time to only parse the same event JSON, measured in the same run. Targets (issue 6): under
// 100 ms to paint, under 50 ms to switch.

#include "IssueDetailView.h"
#include "core/Clock.h"
#include "ingest/EventJsonParser.h"
#include "store/EventPayload.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

QByteArray bigEvent(int seed, const QString &platform, const QString &type, int frames, int breadcrumbs)
{
    const double now = 1700000000.0 + seed;
    QJsonArray frameList;
    for (int i = 0; i < frames; ++i) {
        const bool inApp = i % 3 == 0;
        QJsonArray pre;
        QJsonArray post;
        for (int k = 0; k < 5; ++k) {
            pre.append(u"    value_%1 = compute(%2, \"text\")  # line %3"_s.arg(k).arg(i).arg(k));
            post.append(u"    return value_%1 + %2"_s.arg(k).arg(i));
        }
        QJsonObject frame {{u"function"_s, u"handler_%1"_s.arg(i)}, {u"module"_s, u"app.module_%1"_s.arg(i % 40)},
            {u"filename"_s, u"app/module_%1.py"_s.arg(i % 40)}, {u"abs_path"_s, u"/srv/app/app/module_%1.py"_s.arg(i % 40)},
            {u"lineno"_s, 10 + i}, {u"in_app"_s, inApp}, {u"pre_context"_s, pre},
            {u"context_line"_s, u"    result = handler_%1(request, value_0)"_s.arg(i + 1)}, {u"post_context"_s, post}};
        if (inApp)
            frame.insert(u"vars"_s,
                QJsonObject {{u"request"_s, u"<Request %1>"_s.arg(i)}, {u"count"_s, i},
                    {u"payload"_s, QJsonObject {{u"id"_s, i}, {u"items"_s, QJsonArray {1, 2, 3}}}}});
        frameList.append(frame);
    }
    static const char *categories[] = {"navigation", "xhr", "ui.click", "console", "query", "default"};
    QJsonArray crumbs;
    for (int i = 0; i < breadcrumbs; ++i) {
        const QString category = QString::fromLatin1(categories[i % 6]);
        QJsonObject crumb {{u"timestamp"_s, now - (breadcrumbs - i) * 0.5}, {u"category"_s, category},
            {u"level"_s, i % 17 == 0 ? u"warning"_s : u"info"_s}, {u"message"_s, u"breadcrumb %1 of %2"_s.arg(i).arg(category)}};
        if (category == u"xhr")
            crumb.insert(u"data"_s,
                QJsonObject {
                    {u"method"_s, u"GET"_s}, {u"url"_s, u"https://api.example.com/items/%1"_s.arg(i)}, {u"status_code"_s, 200}});
        crumbs.append(crumb);
    }
    const QJsonObject event {{u"event_id"_s, u"%1"_s.arg(seed, 32, 16, QLatin1Char('0'))}, {u"timestamp"_s, now},
        {u"platform"_s, platform}, {u"level"_s, u"error"_s}, {u"release"_s, u"bench@1.0"_s},
        {u"exception"_s,
            QJsonObject {{u"values"_s,
                QJsonArray {QJsonObject {{u"type"_s, type}, {u"value"_s, u"benchmark failure"_s},
                    {u"stacktrace"_s, QJsonObject {{u"frames"_s, frameList}}}}}}}},
        {u"breadcrumbs"_s, QJsonObject {{u"values"_s, crumbs}}},
        {u"tags"_s, QJsonObject {{u"browser"_s, u"Firefox"_s}, {u"os"_s, u"Linux"_s}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

// The offscreen platform warns about a window-manager hint it cannot pass on.
QtMessageHandler defaultHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(u"propagateSizeHints"))
        defaultHandler(type, context, message);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double paintedIn(QApplication &app, IssueDetailView &detail, qint64 issue)
{
    QElapsedTimer timer;
    timer.start();
    detail.showIssue(issue);
    app.sendPostedEvents(); // layout requests
    detail.repaint(); // paints synchronously
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    defaultHandler = qInstallMessageHandler(quietHandler);
    constexpr int frames = 500;
    constexpr int breadcrumbs = 200;
    constexpr int rounds = 20;
    const QByteArray first = bigEvent(1, u"python"_s, u"FirstError"_s, frames, breadcrumbs);
    const QByteArray second = bigEvent(2, u"python"_s, u"SecondError"_s, frames, breadcrumbs);

    QList<double> parse;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!parseEventPayload(first, &error)) {
            std::fprintf(stderr, "bench_detail: %s\n", qPrintable(error));
            return 1;
        }
        parse.append(double(timer.nsecsElapsed()) / 1e6);
    }

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    const qint64 project = store.ensureProject(u"bench"_s);
    for (const QByteArray &json : {first, second}) {
        QString error;
        const std::optional<Event> event = EventJsonParser::parse(json, &error);
        if (!event || store.insertEvent(project, *event, json) != Store::InsertResult::Inserted) {
            std::fprintf(stderr, "bench_detail: cannot store the event: %s\n", qPrintable(error + store.errorString()));
            return 1;
        }
    }
    const QList<IssueSummary> issues = store.issues({}, 0, 2);
    if (issues.size() != 2)
        return 1;

    IssueDetailView detail(&store, &SystemClock::instance());
    detail.resize(1400, 900);
    detail.show();
    while (!detail.windowHandle() || !detail.windowHandle()->isExposed())
        app.processEvents();

    // The first open also loads KSyntaxHighlighting's definitions, once per run of the app.
    const double cold = paintedIn(app, detail, issues.at(0).id);
    QList<double> switches;
    for (int i = 0; i < rounds; ++i)
        switches.append(paintedIn(app, detail, issues.at((i + 1) % 2).id));
    QList<double> reopen;
    for (int i = 0; i < rounds; ++i) {
        detail.clear();
        reopen.append(paintedIn(app, detail, issues.at(0).id));
    }
    const double paint = median(reopen);
    const double switching = median(switches);

    std::printf("issue detail benchmark: one event of %d frames (all with 11 context lines, vars on a third) and %d "
                "breadcrumbs, %.0f KB of JSON\n\n",
        frames, breadcrumbs, double(first.size()) / 1024.0);
    std::printf("  %-52s %8.1f ms\n", "parse the event JSON only (median)", median(parse));
    std::printf("  %-52s %8.1f ms\n", "open and paint the detail, first in the process", cold);
    std::printf(
        "  %-52s %8.1f ms   target < 100 ms: %s\n", "open and paint the detail (median)", paint, paint < 100 ? "met" : "NOT met");
    std::printf("  %-52s %8.1f ms   target <  50 ms: %s\n", "switch between the two events (median)", switching,
        switching < 50 ? "met" : "NOT met");
    std::printf("  %-52s %8.1f ms\n", "switch, slowest of 20", *std::max_element(switches.cbegin(), switches.cend()));
    return 0;
}

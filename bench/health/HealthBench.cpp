// Release health's speed (issue 7): 20 projects, 200 releases, 90 days of hourly session series
// (two environments) and outcomes. Times showing the health view, switching project and switching
// range, each with its charts painted, beside the time of the view's SQL queries alone
// (HealthStore::releases, series and outcomes for the same project and range) in the same run.
// Target: under 150 ms each.

#include "ReleaseHealthView.h"
#include "core/Clock.h"
#include "health/HealthStore.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

constexpr int projects = 20;
constexpr int releasesPerProject = 10;
constexpr int days = 90;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Deterministic pseudo-random numbers, so every run measures the same data.
quint32 next(quint32 &state)
{
    state = state * 1664525u + 1013904223u;
    return state >> 8;
}

bool generate(Store &store, qint64 nowHour, QList<qint64> *projectIds, qint64 *rows)
{
    sqlite3 *db = store.syncHandle();
    if (!store.begin())
        return false;
    sqlite3_stmt *hourly = nullptr, *release = nullptr, *outcome = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO session_hourly (project_id, hour, release, environment, source, sessions, errored, abnormal, crashed,"
        " users, users_errored, users_abnormal, users_crashed) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        -1, &hourly, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO releases (project_id, version, first_seen, date_created, new_groups) VALUES (?1, ?2, ?3, ?3, ?4)", -1,
        &release, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO outcome_hourly (project_id, hour, category, outcome, quantity) VALUES (?1, ?2, 'error', ?3, ?4)", -1,
        &outcome, nullptr);
    quint32 rng = 20261120;
    const qint64 firstHour = nowHour - days * 24;
    for (int p = 0; p < projects; ++p) {
        const qint64 projectId = store.ensureProject(u"project-%1"_s.arg(p, 2, 10, QLatin1Char('0')));
        projectIds->append(projectId);
        // Releases every 9 days; each is used until two later ones have taken over.
        QList<qint64> released;
        QStringList versions;
        for (int r = 0; r < releasesPerProject; ++r) {
            released.append(firstHour + r * 9 * 24 + qint64(next(rng) % 24));
            versions.append(u"project-%1@%2.%3.0"_s.arg(p).arg(1 + r / 4).arg(r % 4 * 5));
            const QByteArray version = versions.last().toUtf8();
            sqlite3_bind_int64(release, 1, projectId);
            sqlite3_bind_text(release, 2, version.constData(), int(version.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(release, 3, released.last() * 3'600'000);
            sqlite3_bind_int64(release, 4, next(rng) % 6);
            sqlite3_step(release);
            sqlite3_reset(release);
        }
        for (qint64 hour = firstHour; hour < nowHour; ++hour) {
            for (int r = 0; r < releasesPerProject; ++r) {
                if (released[r] > hour || (r + 2 < releasesPerProject && released[r + 2] <= hour))
                    continue;
                const QByteArray version = versions[r].toUtf8();
                for (const char *environment : {"production", "staging"}) {
                    const qint64 sessions = (environment[0] == 'p' ? 400 : 20) + next(rng) % 200;
                    const qint64 crashed = next(rng) % (r == 5 ? 12 : 3), abnormal = next(rng) % 2, errored = next(rng) % 9;
                    const qint64 users = sessions / 4;
                    sqlite3_bind_int64(hourly, 1, projectId);
                    sqlite3_bind_int64(hourly, 2, hour);
                    sqlite3_bind_text(hourly, 3, version.constData(), int(version.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_text(hourly, 4, environment, -1, SQLITE_STATIC);
                    const qint64 values[] = {sessions, errored, abnormal, crashed, users, errored / 2, abnormal, crashed};
                    for (int v = 0; v < 8; ++v)
                        sqlite3_bind_int64(hourly, 5 + v, values[v]);
                    if (sqlite3_step(hourly) != SQLITE_DONE)
                        return false;
                    sqlite3_reset(hourly);
                    ++*rows;
                }
            }
            for (const char *name : {"accepted", "filtered", "rate_limited", "invalid"}) {
                sqlite3_bind_int64(outcome, 1, projectId);
                sqlite3_bind_int64(outcome, 2, hour);
                sqlite3_bind_text(outcome, 3, name, -1, SQLITE_STATIC);
                sqlite3_bind_int64(outcome, 4, name[0] == 'a' ? 50 + next(rng) % 50 : next(rng) % 5);
                sqlite3_step(outcome);
                sqlite3_reset(outcome);
            }
        }
    }
    sqlite3_finalize(hourly);
    sqlite3_finalize(release);
    sqlite3_finalize(outcome);
    return store.commit() && sqlite3_exec(db, "ANALYZE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

double queriesOnly(Store &store, qint64 projectId, qint64 hours, const Clock &clock)
{
    QElapsedTimer timer;
    timer.start();
    HealthStore health(store);
    const HealthWindow window = HealthWindow::last(projectId, hours, clock.now());
    const int step = healthStepHours(hours);
    const QList<ReleaseHealth> releases = health.releases(window);
    const HealthSeries series = health.series(window, step);
    const OutcomeSeries outcomes = health.outcomes(window, step);
    Q_UNUSED(releases)
    Q_UNUSED(series)
    Q_UNUSED(outcomes)
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(u"health.sqlite"_s))) {
        std::fprintf(stderr, "bench_health: cannot open a cache: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const SystemClock &clock = SystemClock::instance();
    const qint64 nowHour = clock.now().toMSecsSinceEpoch() / 3'600'000 + 1;
    QList<qint64> projectIds;
    qint64 rows = 0;
    QElapsedTimer generation;
    generation.start();
    if (!generate(store, nowHour, &projectIds, &rows)) {
        std::fprintf(stderr, "bench_health: cannot write the data: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    const double generated = ms(generation);

    // Baseline: the view's queries alone, per project switch and per range.
    QList<double> sqlProject, sqlRange;
    for (int i = 0; i < 20; ++i)
        sqlProject.append(queriesOnly(store, projectIds.at(i % projects), 14 * 24, clock));
    for (int i = 0; i < 20; ++i)
        sqlRange.append(queriesOnly(store, projectIds.at(3), ReleaseHealthView::presetHours().at(i % 5), clock));

    // Show: construct, lay out and paint the view (first project, 14 days), as opening the page does.
    QList<double> show;
    double cold = 0;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        ReleaseHealthView view(&store, &clock);
        view.resize(1280, 800);
        view.show();
        view.repaint();
        app.processEvents();
        if (i == 0)
            cold = ms(timer);
        else
            show.append(ms(timer));
    }
    ReleaseHealthView view(&store, &clock);
    view.resize(1280, 800);
    view.show();
    view.repaint();
    app.processEvents();
    QList<double> switchProject, switchRange, slowestRange;
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.setProject(projectIds.at(i % projects));
        view.repaint();
        switchProject.append(ms(timer));
    }
    for (int i = 0; i < 20; ++i) {
        const qint64 hours = ReleaseHealthView::presetHours().at(i % 5);
        QElapsedTimer timer;
        timer.start();
        view.setRange(hours);
        view.repaint();
        switchRange.append(ms(timer));
        if (hours == 90 * 24)
            slowestRange.append(ms(timer));
    }
    const auto verdict = [](double value) { return value < 150 ? "met" : "NOT met"; };
    std::printf("release health benchmark: %d projects, %d releases, %d days hourly, 2 environments"
                " (%lld session rows, %lld outcome rows; generated in %.0f ms)\n",
        projects, projects * releasesPerProject, days, static_cast<long long>(rows),
        static_cast<long long>(projects) * days * 24 * 4, generated);
    std::printf("  %-56s %8.1f ms\n", "SQL only: releases + series + outcomes, 14 d (median)", median(sqlProject));
    std::printf("  %-56s %8.1f ms\n", "SQL only: the same over 24 h..90 d (median)", median(sqlRange));
    std::printf("  %-56s %8.1f ms\n", "show the view, first in the process", cold);
    std::printf(
        "  %-56s %8.1f ms   target < 150 ms: %s\n", "show the view, painted (median)", median(show), verdict(median(show)));
    std::printf("  %-56s %8.1f ms   target < 150 ms: %s\n", "switch project, painted (median)", median(switchProject),
        verdict(median(switchProject)));
    std::printf("  %-56s %8.1f ms   target < 150 ms: %s\n", "switch range, painted (median over 24 h..90 d)", median(switchRange),
        verdict(median(switchRange)));
    std::printf("  %-56s %8.1f ms   target < 150 ms: %s\n", "switch range to 90 d, painted (median)", median(slowestRange),
        verdict(median(slowestRange)));
    return 0;
}

#pragma once

#include "health/ReleaseHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QPalette;

namespace lookout {

// What a chart shows, as a table: written out by "Export data (CSV)".
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;
    QString toCsv() const;
};

// Builds the health view's charts. Each returns a new QChart (the caller owns it) styled for the
// palette, with hover tooltips giving exact values, and fills *table with the plotted numbers.
namespace HealthCharts {

// Crash-free sessions (or users) per release over time; buckets without sessions (users) are left
// out rather than drawn as 100 %. Two charts, not one: crash-free users run far lower and noisier
// (few users per bucket), and on a shared axis they would flatten the sessions' differences.
QChart *crashFree(
    const HealthSeries &series, const QStringList &versions, bool users, const QPalette &palette, ChartTable *table);
// Sessions by final state over time, stacked: healthy, errored, abnormal, crashed.
QChart *sessionStatus(const HealthSeries &series, const QPalette &palette, ChartTable *table);
// Each release's share of the sessions over time, stacked to 100 %; releases beyond `versions` are "Other".
QChart *adoption(const HealthSeries &series, const QStringList &versions, const QPalette &palette, ChartTable *table);
// Two releases side by side: crash-free sessions and users, and errored and abnormal shares.
QChart *compare(const ReleaseHealth &a, const ReleaseHealth &b, const QPalette &palette, ChartTable *table);
// Sentry's ingestion outcomes over time (accepted, filtered, rate_limited, invalid, ...).
QChart *outcomes(const OutcomeSeries &series, const QPalette &palette, ChartTable *table);

// The colours the charts give the four session states and the releases, for the palette.
QColor statusColor(int status, const QPalette &palette); // SessionStatus as int
QColor releaseColor(int index, const QPalette &palette);

} // namespace HealthCharts
} // namespace lookout

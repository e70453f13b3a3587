#include "HealthCharts.h"

#include "PlainText.h"
#include "health/ReleaseVersion.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lookout {

QString ChartTable::toCsv() const
{
    // RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
    const auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
            return text;
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"") + quoted + QStringLiteral("\"");
    };
    QString csv;
    const auto line = [&](const QStringList &fields) {
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(field(f));
        csv += escaped.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return csv;
}

namespace HealthCharts {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // "99,5 %" in German. Localised, Qt Charts replaces only the number's "%.1f" of an axis's label
    // format and keeps the rest as written, so a percent sign there is "%", not printf's "%%"; and
    // it draws no label at all for "%d", so whole numbers are "%.0f".
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
}

QDateTimeAxis *timeAxis(QChart *chart, const HealthSeries &series, const QPalette &palette)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(series.stepHours >= 24 ? QStringLiteral("d MMM") : QStringLiteral("d MMM HH:mm"));
    // Ticks fall at min + k * (max - min) / (ticks - 1), computed in floating point; a second past
    // the hour keeps them from landing a hair before it and being labelled hh:59.
    axis->setRange(series.bucketStart(0).addSecs(1).toLocalTime(), series.bucketStart(series.count).addSecs(1).toLocalTime());
    axis->setTickCount(series.count > 48 ? 8 : 7);
    styleAxis(axis, palette);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, double min, double max, const QString &format, const QPalette &palette)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    styleAxis(axis, palette);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString timeText(const QDateTime &time, int stepHours)
{
    const QDateTime local = time.toLocalTime();
    return stepHours >= 24 ? QLocale().toString(local.date(), QLocale::ShortFormat)
                           : QLocale().toString(local, QLocale::ShortFormat);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The bucket a hovered x (ms since the epoch, local axis) falls in.
int bucketAt(const HealthSeries &series, double x)
{
    const double first = double(series.bucketStart(0).toMSecsSinceEpoch());
    const int i = int(std::floor((x - first) / (double(series.stepHours) * 3'600'000.0)));
    return std::clamp(i, 0, std::max(0, series.count - 1));
}

double xOf(const HealthSeries &series, int bucket)
{
    // Points sit in the middle of their bucket, so a tooltip names the bucket under the cursor.
    return double(series.bucketStart(bucket).toMSecsSinceEpoch()) + double(series.stepHours) * 1'800'000.0;
}

QString percent(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals) + QStringLiteral(" %");
}

// Qt Charts draws legend labels as rich text: a release named "<img src=x>" must show as written.
QString chartLabel(const QString &text)
{
    return Qt::mightBeRichText(text) ? text.toHtmlEscaped() : text;
}

void showTip(const QString &text, bool state)
{
    if (state)
        QToolTip::showText(QCursor::pos(), plainToolTip(text)); // release names come from the data
    else
        QToolTip::hideText();
}

} // namespace

QColor statusColor(int status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (SessionStatus(status)) {
    case SessionStatus::Healthy:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x43, 0xa0, 0x47);
    case SessionStatus::Errored:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xf5, 0x9e, 0x0b);
    case SessionStatus::Abnormal:
        return dark ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x7c, 0x4d, 0xff);
    case SessionStatus::Crashed:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xd3, 0x2f, 0x2f);
    }
    return palette.color(QPalette::Text);
}

QColor releaseColor(int index, const QPalette &palette)
{
    static const QColor light[]
        = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x55, 0x0d), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
            QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
    const QColor c = light[index % std::size(light)];
    return isDark(palette) ? c.lighter(140) : c;
}

QChart *crashFree(const HealthSeries &series, const QStringList &versions, bool users, const QPalette &palette, ChartTable *table)
{
    QChart *chart = newChart(users ? QObject::tr("Crash-free users") : QObject::tr("Crash-free sessions"), palette);
    QDateTimeAxis *x = timeAxis(chart, series, palette);
    double low = 100.0;
    table->header = {QStringLiteral("bucket_start"), QStringLiteral("release"),
        users ? QStringLiteral("users") : QStringLiteral("sessions"),
        users ? QStringLiteral("users_crashed") : QStringLiteral("sessions_crashed"),
        users ? QStringLiteral("crash_free_users") : QStringLiteral("crash_free_sessions")};
    QList<QLineSeries *> lines;
    for (int v = 0; v < versions.size(); ++v) {
        const QString &version = versions.at(v);
        const QList<HealthBucket> buckets = series.releases.value(version);
        auto *line = new QLineSeries;
        line->setName(chartLabel(ReleaseVersion::shortVersion(version)));
        line->setPen(QPen(releaseColor(v, palette), 2));
        line->setPointsVisible(series.count <= 60);
        for (int i = 0; i < buckets.size(); ++i) {
            const HealthBucket &b = buckets.at(i);
            const qint64 total = users ? b.users.total : b.sessions.total;
            const qint64 crashed = users ? b.users.crashed : b.sessions.crashed;
            const std::optional<double> rate = HealthMath::crashFreeRate(crashed, total);
            if (!rate)
                continue;
            line->append(xOf(series, i), *rate);
            low = std::min(low, *rate);
            table->rows.append({isoTime(series.bucketStart(i)), version, QString::number(total), QString::number(crashed),
                QString::number(*rate, 'f', 4)});
        }
        const HealthSeries copy = series;
        QObject::connect(line, &QLineSeries::hovered, line, [copy, version, buckets, users](const QPointF &point, bool state) {
            const int i = bucketAt(copy, point.x());
            const HealthBucket b = buckets.value(i);
            const qint64 total = users ? b.users.total : b.sessions.total;
            const qint64 crashed = users ? b.users.crashed : b.sessions.crashed;
            const std::optional<double> rate = HealthMath::crashFreeRate(crashed, total);
            showTip(
                QStringLiteral("%1\n%2\n%3 (%4)")
                    .arg(version, timeText(copy.bucketStart(i), copy.stepHours), rate ? percent(*rate, 3) : QStringLiteral("—"),
                        users ? QObject::tr("%1 of %2 users crashed").arg(crashed).arg(total)
                              : QObject::tr("%1 of %2 sessions crashed").arg(crashed).arg(total)),
                state);
        });
        lines << line;
    }
    // Crash-free rates live near 100 %: a 0-100 axis would flatten every difference that matters.
    const double min = std::max(0.0, std::floor(low - 0.5));
    QValueAxis *y = valueAxis(chart, min, 100.0, min >= 90.0 ? QStringLiteral("%.1f %") : QStringLiteral("%.0f %"), palette);
    if (100.0 - min <= 10.0)
        y->setTickCount(int(100.0 - min) + 1); // whole percent steps
    else
        y->applyNiceNumbers();
    for (QLineSeries *line : std::as_const(lines))
        attach(chart, line, x, y);
    return chart;
}

QChart *sessionStatus(const HealthSeries &series, const QPalette &palette, ChartTable *table)
{
    QChart *chart = newChart(QObject::tr("Sessions by status"), palette);
    QDateTimeAxis *x = timeAxis(chart, series, palette);
    table->header = {QStringLiteral("bucket_start"), QStringLiteral("healthy"), QStringLiteral("errored"),
        QStringLiteral("abnormal"), QStringLiteral("crashed"), QStringLiteral("total")};
    const QString names[] = {QObject::tr("Healthy"), QObject::tr("Errored"), QObject::tr("Abnormal"), QObject::tr("Crashed")};
    const auto value = [](const SessionCounts &c, int status) {
        switch (SessionStatus(status)) {
        case SessionStatus::Healthy:
            return c.healthy();
        case SessionStatus::Errored:
            return c.errored;
        case SessionStatus::Abnormal:
            return c.abnormal;
        case SessionStatus::Crashed:
            return c.crashed;
        }
        return qint64(0);
    };
    qint64 peak = 0;
    QList<QAreaSeries *> areas;
    QLineSeries *lower = nullptr;
    QList<qint64> base(series.count, 0);
    for (int status = 0; status < 4; ++status) {
        auto *upper = new QLineSeries;
        for (int i = 0; i < series.count; ++i) {
            base[i] += value(series.all.at(i).sessions, status);
            // Steps, not slopes: a bucket's count holds for the whole bucket.
            upper->append(double(series.bucketStart(i).toMSecsSinceEpoch()), double(base[i]));
            upper->append(double(series.bucketStart(i + 1).toMSecsSinceEpoch()) - 1, double(base[i]));
            peak = std::max(peak, base[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area); // an area series does not own its lines; the chart owns the area
        area->setName(names[status]);
        const QColor color = statusColor(status, palette);
        area->setColor(color);
        area->setBorderColor(color.darker(110));
        const HealthSeries copy = series;
        QObject::connect(area, &QAreaSeries::hovered, area, [copy](const QPointF &point, bool state) {
            const int i = bucketAt(copy, point.x());
            const SessionCounts c = copy.all.value(i).sessions;
            const auto share
                = [&](qint64 n) { return c.total > 0 ? percent(100.0 * double(n) / double(c.total), 2) : QString(); };
            showTip(QObject::tr("%1\n%2 sessions\nHealthy: %3 (%4)\nErrored: %5 (%6)\nAbnormal: %7 (%8)\nCrashed: %9 (%10)")
                        .arg(timeText(copy.bucketStart(i), copy.stepHours), QLocale().toString(c.total),
                            QLocale().toString(c.healthy()), share(c.healthy()), QLocale().toString(c.errored), share(c.errored),
                            QLocale().toString(c.abnormal), share(c.abnormal))
                        .arg(QLocale().toString(c.crashed), share(c.crashed)),
                state);
        });
        areas.append(area);
        lower = upper;
    }
    for (int i = 0; i < series.count; ++i) {
        const SessionCounts &c = series.all.at(i).sessions;
        table->rows.append({isoTime(series.bucketStart(i)), QString::number(c.healthy()), QString::number(c.errored),
            QString::number(c.abnormal), QString::number(c.crashed), QString::number(c.total)});
    }
    QValueAxis *y = valueAxis(chart, 0, std::max<double>(1.0, double(peak) * 1.05), QStringLiteral("%.0f"), palette);
    for (QAreaSeries *area : std::as_const(areas))
        attach(chart, area, x, y);
    return chart;
}

QChart *adoption(const HealthSeries &series, const QStringList &versions, const QPalette &palette, ChartTable *table)
{
    QChart *chart = newChart(QObject::tr("Adoption (share of sessions)"), palette);
    QDateTimeAxis *x = timeAxis(chart, series, palette);
    QStringList shown = versions;
    QList<QList<qint64>> counts; // per shown release, then "Other"
    for (const QString &version : std::as_const(shown)) {
        QList<qint64> values(series.count, 0);
        const QList<HealthBucket> buckets = series.releases.value(version);
        for (int i = 0; i < buckets.size(); ++i)
            values[i] = buckets.at(i).sessions.total;
        counts.append(values);
    }
    QList<qint64> other(series.count, 0);
    bool anyOther = false;
    for (auto it = series.releases.cbegin(); it != series.releases.cend(); ++it) {
        if (shown.contains(it.key()))
            continue;
        for (int i = 0; i < it->size(); ++i) {
            other[i] += it->at(i).sessions.total;
            anyOther = anyOther || it->at(i).sessions.total > 0;
        }
    }
    if (anyOther) {
        shown.append(QObject::tr("Other"));
        counts.append(other);
    }
    table->header = QStringList {QStringLiteral("bucket_start")} + shown;
    for (int i = 0; i < series.count; ++i) {
        QStringList row {isoTime(series.bucketStart(i))};
        const qint64 total = series.all.at(i).sessions.total;
        for (const QList<qint64> &values : std::as_const(counts))
            row.append(total > 0 ? QString::number(100.0 * double(values.at(i)) / double(total), 'f', 3) : QString());
        table->rows.append(row);
    }
    QValueAxis *y = valueAxis(chart, 0, 100, QStringLiteral("%.0f %"), palette);
    QList<double> base(series.count, 0.0);
    QLineSeries *lower = nullptr;
    for (int r = 0; r < shown.size(); ++r) {
        auto *upper = new QLineSeries;
        for (int i = 0; i < series.count; ++i) {
            const qint64 total = series.all.at(i).sessions.total;
            base[i] += total > 0 ? 100.0 * double(counts.at(r).at(i)) / double(total) : 0.0;
            upper->append(double(series.bucketStart(i).toMSecsSinceEpoch()), base[i]);
            upper->append(double(series.bucketStart(i + 1).toMSecsSinceEpoch()) - 1, base[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area); // an area series does not own its lines; the chart owns the area
        const bool isOther = anyOther && r == shown.size() - 1;
        area->setName(isOther ? shown.at(r) : chartLabel(ReleaseVersion::shortVersion(shown.at(r))));
        const QColor color = isOther ? palette.color(QPalette::Mid) : releaseColor(r, palette);
        area->setColor(color);
        area->setBorderColor(color.darker(115));
        const HealthSeries copy = series;
        const QString name = shown.at(r);
        const QList<qint64> values = counts.at(r);
        QObject::connect(area, &QAreaSeries::hovered, area, [copy, name, values](const QPointF &point, bool state) {
            const int i = bucketAt(copy, point.x());
            const qint64 total = copy.all.value(i).sessions.total;
            showTip(QObject::tr("%1\n%2: %3 of %4 sessions (%5)")
                        .arg(timeText(copy.bucketStart(i), copy.stepHours), name, QLocale().toString(values.value(i)),
                            QLocale().toString(total),
                            total > 0 ? percent(100.0 * double(values.value(i)) / double(total), 1) : QStringLiteral("—")),
                state);
        });
        attach(chart, area, x, y);
        lower = upper;
    }
    return chart;
}

QChart *compare(const ReleaseHealth &a, const ReleaseHealth &b, const QPalette &palette, ChartTable *table)
{
    QChart *chart = newChart(QObject::tr("%1 against %2").arg(a.version, b.version), palette);
    const QStringList categories {QObject::tr("Crash-free sessions"), QObject::tr("Crash-free users")};
    auto *bars = new QBarSeries;
    double low = 100.0;
    table->header = {QStringLiteral("release"), QStringLiteral("crash_free_sessions"), QStringLiteral("crash_free_users"),
        QStringLiteral("sessions"), QStringLiteral("sessions_crashed"), QStringLiteral("sessions_abnormal"),
        QStringLiteral("sessions_errored"), QStringLiteral("users"), QStringLiteral("users_crashed"), QStringLiteral("adoption")};
    int index = 0;
    for (const ReleaseHealth *r : {&a, &b}) {
        auto *set = new QBarSet(r->version);
        set->setColor(releaseColor(index++, palette));
        const std::optional<double> s = r->crashFreeSessions(), u = r->crashFreeUsers();
        *set << s.value_or(0.0) << u.value_or(0.0);
        low = std::min({low, s.value_or(100.0), u.value_or(100.0)});
        const ReleaseHealth copy = *r;
        QObject::connect(set, &QBarSet::hovered, set, [copy](bool state, int i) {
            const bool users = i == 1;
            const std::optional<double> rate = users ? copy.crashFreeUsers() : copy.crashFreeSessions();
            showTip(QObject::tr("%1\n%2: %3\n%4")
                        .arg(copy.version, users ? QObject::tr("Crash-free users") : QObject::tr("Crash-free sessions"),
                            rate ? percent(*rate, 3) : QStringLiteral("—"),
                            users ? QObject::tr("%1 of %2 users crashed").arg(copy.users.crashed).arg(copy.users.total)
                                  : QObject::tr("%1 of %2 sessions crashed; %3 abnormal, %4 errored")
                                        .arg(copy.sessions.crashed)
                                        .arg(copy.sessions.total)
                                        .arg(copy.sessions.abnormal)
                                        .arg(copy.sessions.errored)),
                state);
        });
        bars->append(set);
        const auto number = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 4) : QString(); };
        table->rows.append({r->version, number(s), number(u), QString::number(r->sessions.total),
            QString::number(r->sessions.crashed), QString::number(r->sessions.abnormal), QString::number(r->sessions.errored),
            QString::number(r->users.total), QString::number(r->users.crashed), number(r->adoption())});
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setLabelsPrecision(5);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, palette);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis *y = valueAxis(chart, std::max(0.0, std::floor(low - 0.5)), 100.0, QStringLiteral("%.1f %"), palette);
    if (y->max() - y->min() <= 10.0)
        y->setTickCount(int(y->max() - y->min()) + 1);
    else
        y->applyNiceNumbers();
    bars->attachAxis(y);
    return chart;
}

QChart *outcomes(const OutcomeSeries &series, const QPalette &palette, ChartTable *table)
{
    QChart *chart = newChart(QObject::tr("Ingestion outcomes (errors)"), palette);
    HealthSeries time;
    time.fromHour = series.fromHour;
    time.stepHours = series.stepHours;
    time.count = series.count;
    QDateTimeAxis *x = timeAxis(chart, time, palette);
    // Sentry's outcome names, in the order its Stats page shows them.
    QStringList names {
        QStringLiteral("accepted"), QStringLiteral("filtered"), QStringLiteral("rate_limited"), QStringLiteral("invalid")};
    for (auto it = series.outcomes.cbegin(); it != series.outcomes.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    const bool dark = isDark(palette);
    const QColor colors[] = {dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x43, 0xa0, 0x47),
        dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1e, 0x88, 0xe5), dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xd3, 0x2f, 0x2f),
        dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xf5, 0x9e, 0x0b)};
    table->header = QStringList {QStringLiteral("bucket_start")} + names;
    for (int i = 0; i < series.count; ++i) {
        QStringList row {isoTime(time.bucketStart(i))};
        for (const QString &name : std::as_const(names))
            row.append(QString::number(series.outcomes.value(name).value(i)));
        table->rows.append(row);
    }
    qint64 peak = 0;
    QList<QLineSeries *> lines;
    for (int n = 0; n < names.size(); ++n) {
        const QList<qint64> values = series.outcomes.value(names.at(n));
        auto *line = new QLineSeries;
        line->setName(
            chartLabel(QStringLiteral("%1 (%2)").arg(names.at(n), QLocale().toString(series.totals.value(names.at(n))))));
        line->setPen(QPen(n < int(std::size(colors)) ? colors[n] : releaseColor(n, palette), 2));
        for (int i = 0; i < series.count; ++i) {
            line->append(xOf(time, i), double(values.value(i)));
            peak = std::max(peak, values.value(i));
        }
        const QString name = names.at(n);
        QObject::connect(line, &QLineSeries::hovered, line, [time, name, values](const QPointF &point, bool state) {
            const int i = bucketAt(time, point.x());
            showTip(QStringLiteral("%1\n%2: %3")
                        .arg(timeText(time.bucketStart(i), time.stepHours), name, QLocale().toString(values.value(i))),
                state);
        });
        lines.append(line);
    }
    QValueAxis *y = valueAxis(chart, 0, std::max<double>(1.0, double(peak) * 1.05), QStringLiteral("%.0f"), palette);
    for (QLineSeries *line : std::as_const(lines))
        attach(chart, line, x, y);
    return chart;
}

} // namespace HealthCharts
} // namespace lookout

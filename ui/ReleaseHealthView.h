#pragma once

#include "HealthCharts.h"
#include "health/ReleaseHealth.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace lookout {

class Clock;
class ReleaseHealthModel;
class Store;

// The release manager's view: a project's releases over a period (adoption, crash-free sessions
// and users, sessions, users, new issues, status against the user's thresholds), and charts of
// the selected releases. Everything is read from the cache, so it works offline.
class ReleaseHealthView : public QWidget
{
    Q_OBJECT
public:
    enum Chart {
        CrashFreeSessionsChart,
        CrashFreeUsersChart,
        SessionStatusChart,
        AdoptionChart,
        CompareChart,
        OutcomesChart,
        NUM_CHARTS
    };
    // The periods offered, in hours; a custom one can be set with setRange.
    static QList<qint64> presetHours() { return {24, 7 * 24, 14 * 24, 30 * 24, 90 * 24}; }

    ReleaseHealthView(Store *store, const Clock *clock, QWidget *parent = nullptr);
    ~ReleaseHealthView() override;

    ReleaseHealthModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabWidget *chartTabs() const { return m_tabs; }
    QChart *chart(Chart chart) const;
    // What the chart shows, as CSV (what "Export data" writes).
    QString csv(Chart chart) const;

    qint64 projectId() const { return m_projectId; }
    bool setProject(qint64 projectId);
    bool setProjectSlug(const QString &slug);
    // The last `hours` hours up to now.
    void setRange(qint64 hours);
    // [from, to), rounded out to whole hours.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setEnvironment(const QString &environment);
    void setThresholds(const HealthThresholds &thresholds);
    // The releases the charts show: the table's selection, else the newest few with sessions.
    QStringList chartedReleases() const;

    bool exportPng(Chart chart, const QString &file) const;
    bool exportCsv(Chart chart, const QString &file) const;

public Q_SLOTS:
    // Folds payloads that arrived since (imports, syncs) into the series, then reads everything again.
    void reload();

Q_SIGNALS:
    // "Issues first seen in this release": the issue list with release: and firstSeen filters.
    void issuesRequested(qint64 projectId, const QString &release, const QDateTime &firstSeen);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    void fillProjects();
    void fillEnvironments();
    void applyWindow();
    void updateCharts();
    void setChart(Chart chart, QChart *newChart, const ChartTable &table);
    void exportCurrent(bool png);
    void editThresholds();
    void openIssuesOfCurrent();
    void showContextMenu(const QPoint &pos);

    Store *m_store;
    const Clock *m_clock;
    ReleaseHealthModel *m_model;
    QComboBox *m_project;
    QComboBox *m_range;
    QComboBox *m_environment;
    QLabel *m_summary;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QChartView *m_views[NUM_CHARTS] {};
    QList<ChartTable> m_tables;
    qint64 m_projectId = 0;
    qint64 m_hours = 14 * 24;
    QDateTime m_customFrom;
    QDateTime m_customTo;
    QString m_environmentName;
    bool m_filling = false;
};

} // namespace lookout

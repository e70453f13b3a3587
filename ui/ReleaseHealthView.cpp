#include "ReleaseHealthView.h"

#include "HealthCharts.h"
#include "ReleaseHealthModel.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "health/HealthStore.h"
#include "health/ReleaseVersion.h"
#include "store/Store.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace lookout {

namespace {

constexpr int maxChartedReleases = 6;

QString rangeName(qint64 hours)
{
    if (hours < 48)
        return ReleaseHealthView::tr("Last %n hours", nullptr, int(hours));
    const int days = int(hours / 24); // not inside tr(): lupdate 6.8 hangs on a division there
    return ReleaseHealthView::tr("Last %n days", nullptr, days);
}

} // namespace

ReleaseHealthView::ReleaseHealthView(Store *store, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_model(new ReleaseHealthModel(store, clock, this))
    , m_project(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("releaseHealthView"));
    m_tables.resize(NUM_CHARTS);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QWidget(this);
    buildToolbar(bar);
    layout->addWidget(bar);

    m_table->setObjectName(QStringLiteral("releaseTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ReleaseHealthModel::VersionColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReleaseHealthModel::VersionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setToolTip(
        tr("Select releases to chart them (two to compare); Enter shows the issues first seen in the current one"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReleaseHealthView::updateCharts);
    connect(m_table, &QTableView::doubleClicked, this, &ReleaseHealthView::openIssuesOfCurrent);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &ReleaseHealthView::openIssuesOfCurrent);
    }

    const QString titles[NUM_CHARTS] = {
        tr("Crash-free sessions"), tr("Crash-free users"), tr("Session status"), tr("Adoption"), tr("Compare"), tr("Outcomes")};
    for (int c = 0; c < NUM_CHARTS; ++c) {
        m_views[c] = new QChartView(this);
        m_views[c]->setObjectName(QStringLiteral("healthChart%1").arg(c));
        m_views[c]->setRenderHint(QPainter::Antialiasing);
        m_views[c]->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_views[c], &QWidget::customContextMenuRequested, this, &ReleaseHealthView::showContextMenu);
        m_tabs->addTab(m_views[c], titles[c]);
    }
    m_tabs->setTabToolTip(
        OutcomesChart, tr("What Sentry did with this project's events: accepted, filtered, rate limited, invalid"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Chart as PNG…"), this, [this] { exportCurrent(true); });
    exportMenu->addAction(tr("Data as CSV…"), this, [this] { exportCurrent(false); });
    exportButton->setMenu(exportMenu);
    m_tabs->setCornerWidget(exportButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("healthSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({220, 420});
    layout->addWidget(splitter, 1);

    const QSettings settings;
    HealthThresholds thresholds;
    thresholds.warning = settings.value(QStringLiteral("health/warning"), thresholds.warning).toDouble();
    thresholds.critical = settings.value(QStringLiteral("health/critical"), thresholds.critical).toDouble();
    m_model->setThresholds(thresholds);
    reload();
}

ReleaseHealthView::~ReleaseHealthView() = default;

void ReleaseHealthView::buildToolbar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_project->setObjectName(QStringLiteral("healthProject"));
    m_range->setObjectName(QStringLiteral("healthRange"));
    m_environment->setObjectName(QStringLiteral("healthEnvironment"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const qint64 hours : presetHours())
        m_range->addItem(rangeName(hours), hours);
    m_range->addItem(tr("Custom…"), 0);
    m_range->setCurrentIndex(int(presetHours().indexOf(m_hours)));
    auto *projectLabel = new QLabel(tr("&Project:"), bar);
    projectLabel->setBuddy(m_project);
    auto *rangeLabel = new QLabel(tr("P&eriod:"), bar);
    rangeLabel->setBuddy(m_range);
    auto *environmentLabel = new QLabel(tr("E&nvironment:"), bar);
    environmentLabel->setBuddy(m_environment);
    auto *thresholds = new QPushButton(tr("&Thresholds…"), bar);
    thresholds->setToolTip(tr("Crash-free sessions below which a release is amber or red"));
    auto *issues = new QPushButton(tr("New &issues"), bar);
    issues->setObjectName(QStringLiteral("healthIssues"));
    issues->setToolTip(tr("The issues first seen in the current release (Enter)"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    row->addWidget(projectLabel);
    row->addWidget(m_project);
    row->addSpacing(8);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);
    row->addSpacing(8);
    row->addWidget(environmentLabel);
    row->addWidget(m_environment);
    row->addSpacing(8);
    row->addWidget(thresholds);
    row->addWidget(issues);
    row->addStretch(1);
    row->addWidget(m_summary);

    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_projectId = m_project->currentData().toLongLong();
        fillEnvironments();
        applyWindow();
    });
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        const qint64 hours = m_range->itemData(index).toLongLong();
        if (hours > 0) {
            setRange(hours);
            return;
        }
        // Custom: pick the start and end.
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Custom period"));
        auto *form = new QFormLayout(&dialog);
        const QDateTime now = m_clock->now().toLocalTime();
        auto *from = new QDateTimeEdit(m_customFrom.isValid() ? m_customFrom.toLocalTime() : now.addDays(-7), &dialog);
        auto *to = new QDateTimeEdit(m_customTo.isValid() ? m_customTo.toLocalTime() : now, &dialog);
        from->setCalendarPopup(true);
        to->setCalendarPopup(true);
        form->addRow(tr("From:"), from);
        form->addRow(tr("To:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
            setCustomRange(from->dateTime(), to->dateTime());
        else
            m_range->setCurrentIndex(m_customFrom.isValid() ? m_range->count() - 1 : int(presetHours().indexOf(m_hours)));
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_environmentName = m_environment->currentData().toString();
        applyWindow();
    });
    connect(thresholds, &QPushButton::clicked, this, &ReleaseHealthView::editThresholds);
    connect(issues, &QPushButton::clicked, this, &ReleaseHealthView::openIssuesOfCurrent);
}

void ReleaseHealthView::reload()
{
    HealthStore health(*m_store);
    if (!health.refresh())
        Q_EMIT statusMessage(tr("Release health could not read new sessions: %1").arg(health.errorString()));
    fillProjects();
    fillEnvironments();
    applyWindow();
}

void ReleaseHealthView::fillProjects()
{
    m_filling = true;
    m_project->clear();
    const QList<qint64> withSessions = HealthStore(*m_store).projectsWithSessions();
    for (const ProjectSummary &project : m_store->projects()) {
        if (withSessions.contains(project.id))
            m_project->addItem(project.name.isEmpty() ? project.slug : project.name, project.id);
    }
    int index = m_project->findData(m_projectId);
    if (index < 0)
        index = m_project->count() > 0 ? 0 : -1;
    m_project->setCurrentIndex(index);
    m_projectId = index >= 0 ? m_project->itemData(index).toLongLong() : 0;
    m_filling = false;
}

void ReleaseHealthView::fillEnvironments()
{
    m_filling = true;
    m_environment->clear();
    m_environment->addItem(tr("All environments"), QString());
    if (m_projectId != 0) {
        for (const QString &name : HealthStore(*m_store).environments(m_projectId))
            m_environment->addItem(name, name);
    }
    const int index = m_environment->findData(m_environmentName);
    m_environment->setCurrentIndex(std::max(0, index));
    m_environmentName = m_environment->currentData().toString();
    m_filling = false;
}

bool ReleaseHealthView::setProject(qint64 projectId)
{
    const int index = m_project->findData(projectId);
    if (index < 0)
        return false;
    m_project->setCurrentIndex(index); // applies through currentIndexChanged
    return true;
}

bool ReleaseHealthView::setProjectSlug(const QString &slug)
{
    for (const ProjectSummary &project : m_store->projects()) {
        if (project.slug == slug)
            return setProject(project.id);
    }
    return false;
}

void ReleaseHealthView::setRange(qint64 hours)
{
    m_hours = std::max<qint64>(1, hours);
    m_customFrom = m_customTo = QDateTime();
    const qsizetype preset = presetHours().indexOf(m_hours);
    m_range->setCurrentIndex(preset >= 0 ? int(preset) : m_range->count() - 1);
    applyWindow();
}

void ReleaseHealthView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = from;
    m_customTo = to;
    m_range->setCurrentIndex(m_range->count() - 1);
    applyWindow();
}

void ReleaseHealthView::setEnvironment(const QString &environment)
{
    const int index = m_environment->findData(environment);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

void ReleaseHealthView::setThresholds(const HealthThresholds &thresholds)
{
    m_model->setThresholds(thresholds);
}

void ReleaseHealthView::applyWindow()
{
    HealthWindow window = HealthWindow::last(m_projectId, m_hours, m_clock->now(), m_environmentName);
    if (m_customFrom.isValid() && m_customTo.isValid()) {
        window.fromHour = m_customFrom.toMSecsSinceEpoch() / 3'600'000;
        window.toHour = (m_customTo.toMSecsSinceEpoch() + 3'599'999) / 3'600'000;
    }
    m_model->setWindow(window);
    if (m_projectId == 0) {
        m_summary->setText(tr("No sessions in this cache: sync with Sentry or import session envelopes."));
    } else {
        const qint64 newest = HealthStore(*m_store).newestHour(m_projectId);
        const QDateTime newestTime = QDateTime::fromMSecsSinceEpoch((newest + 1) * 3'600'000, QTimeZone::UTC);
        m_summary->setText((m_model->rowCount() == 1 ? tr("1 release") : tr("%1 releases").arg(m_model->rowCount()))
            + (newest > 0 && newestTime.secsTo(m_clock->now()) > 2 * 3600
                    ? tr(" · newest sessions %1").arg(relativeTime(newestTime, m_clock->now()))
                    : QString()));
    }
    updateCharts();
}

QStringList ReleaseHealthView::chartedReleases() const
{
    QStringList versions;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        if (versions.size() < maxChartedReleases)
            versions.append(index.data(ReleaseHealthModel::VersionRole).toString());
    }
    if (!versions.isEmpty())
        return versions;
    // Nothing selected: the newest releases that had sessions in the period.
    QList<ReleaseHealth> releases = m_model->releases();
    std::sort(releases.begin(), releases.end(),
        [](const ReleaseHealth &a, const ReleaseHealth &b) { return ReleaseVersion::compare(a.version, b.version) > 0; });
    for (const ReleaseHealth &r : std::as_const(releases)) {
        if (r.sessions.total > 0 && versions.size() < maxChartedReleases)
            versions.append(r.version);
    }
    return versions;
}

void ReleaseHealthView::updateCharts()
{
    HealthStore health(*m_store);
    const HealthWindow window = m_model->window();
    const int step = healthStepHours(window.hours());
    const HealthSeries series = health.series(window, step);
    const QStringList versions = chartedReleases();
    const QPalette pal = palette();
    ChartTable table;
    setChart(CrashFreeSessionsChart, HealthCharts::crashFree(series, versions, false, pal, &table), table);
    table = {};
    setChart(CrashFreeUsersChart, HealthCharts::crashFree(series, versions, true, pal, &table), table);
    table = {};
    setChart(SessionStatusChart, HealthCharts::sessionStatus(series, pal, &table), table);
    table = {};
    setChart(AdoptionChart, HealthCharts::adoption(series, versions, pal, &table), table);
    table = {};
    const int a = versions.size() > 0 ? m_model->rowOf(versions.at(0)) : -1;
    const int b = versions.size() > 1 ? m_model->rowOf(versions.at(1)) : -1;
    if (a >= 0 && b >= 0) {
        setChart(CompareChart, HealthCharts::compare(m_model->release(a), m_model->release(b), pal, &table), table);
    } else {
        QChart *empty = HealthCharts::outcomes({}, pal, &table);
        empty->setTitle(tr("Select two releases to compare them"));
        setChart(CompareChart, empty, {});
    }
    table = {};
    const OutcomeSeries outcomes = health.outcomes(window, step);
    QChart *outcomeChart = HealthCharts::outcomes(outcomes, pal, &table);
    if (outcomes.outcomes.isEmpty())
        outcomeChart->setTitle(tr("No ingestion outcomes for this project: they come from Sentry's stats_v2 on sync"));
    setChart(OutcomesChart, outcomeChart, table);
}

void ReleaseHealthView::setChart(Chart chart, QChart *newChart, const ChartTable &table)
{
    QChart *old = m_views[chart]->chart();
    m_views[chart]->setChart(newChart);
    delete old; // setChart hands the old chart back to us
    m_tables[chart] = table;
}

QChart *ReleaseHealthView::chart(Chart chart) const
{
    return m_views[chart]->chart();
}

QString ReleaseHealthView::csv(Chart chart) const
{
    return m_tables.at(chart).toCsv();
}

bool ReleaseHealthView::exportPng(Chart chart, const QString &file) const
{
    return m_views[chart]->grab().save(file, "PNG");
}

bool ReleaseHealthView::exportCsv(Chart chart, const QString &file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(csv(chart).toUtf8());
    return out.commit();
}

void ReleaseHealthView::exportCurrent(bool png)
{
    const Chart chart = Chart(m_tabs->currentIndex());
    const QString base = QStringLiteral("release-health-%1").arg(m_tabs->tabText(chart).toLower().replace(u' ', u'-'));
    const QString file = QFileDialog::getSaveFileName(this, png ? tr("Export chart") : tr("Export chart data"),
        base + (png ? QStringLiteral(".png") : QStringLiteral(".csv")), png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    const bool ok = png ? exportPng(chart, file) : exportCsv(chart, file);
    Q_EMIT statusMessage(ok ? tr("Saved %1").arg(file) : tr("Could not write %1").arg(file));
}

void ReleaseHealthView::showContextMenu(const QPoint &pos)
{
    auto *view = qobject_cast<QChartView *>(sender());
    if (!view)
        return;
    m_tabs->setCurrentWidget(view);
    QMenu menu(this);
    menu.addAction(tr("Export chart as PNG…"), this, [this] { exportCurrent(true); });
    menu.addAction(tr("Export data as CSV…"), this, [this] { exportCurrent(false); });
    menu.exec(view->mapToGlobal(pos));
}

void ReleaseHealthView::editThresholds()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Health thresholds"));
    auto *form = new QFormLayout(&dialog);
    const HealthThresholds current = m_model->thresholds();
    const auto spin = [&](double value) {
        auto *box = new QDoubleSpinBox(&dialog);
        box->setRange(0, 100);
        box->setDecimals(2);
        box->setSingleStep(0.1);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(value);
        return box;
    };
    QDoubleSpinBox *warning = spin(current.warning);
    QDoubleSpinBox *critical = spin(current.critical);
    form->addRow(tr("Amber below (crash-free sessions):"), warning);
    form->addRow(tr("Red below (crash-free sessions):"), critical);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    HealthThresholds thresholds;
    thresholds.warning = std::max(warning->value(), critical->value());
    thresholds.critical = std::min(warning->value(), critical->value());
    QSettings settings;
    settings.setValue(QStringLiteral("health/warning"), thresholds.warning);
    settings.setValue(QStringLiteral("health/critical"), thresholds.critical);
    m_model->setThresholds(thresholds);
}

void ReleaseHealthView::openIssuesOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        Q_EMIT statusMessage(tr("Select a release first"));
        return;
    }
    const ReleaseHealth &release = m_model->release(current.row());
    Q_EMIT issuesRequested(m_projectId, release.version, release.firstSeen);
}

void ReleaseHealthView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts are drawn in the palette's colours: a theme switch redraws them.
    if (event->type() == QEvent::PaletteChange && m_views[0])
        updateCharts();
}

} // namespace lookout

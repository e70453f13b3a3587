// The health view offscreen on the demo data: the table's threshold colours, the charts' values
// against the store's series, comparison, export, and the jump to a release's issues.
#include "IssueListModel.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ReleaseHealthModel.h"
#include "ReleaseHealthView.h"
#include "health/HealthStore.h"
#include "ingest/DemoData.h"
#include "store/Store.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace lookout;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
QList<T *> seriesOf(QChart *chart)
{
    QList<T *> result;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            result.append(t);
    }
    return result;
}

} // namespace

class TestReleaseHealthView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(
            DemoData::open(m_store, m_dir.filePath(QStringLiteral("demo.sqlite")), m_clock.now(), &error), qPrintable(error));
    }

    void showsTheDemoReleasesWithThresholdColours()
    {
        ReleaseHealthView view(&m_store, &m_clock);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setProjectSlug(u"ios-app"_s));
        view.setRange(14 * 24);
        ReleaseHealthModel *model = view.model();
        QCOMPARE(model->rowCount(), 3);
        // The demo's bad release: about 98.2 % crash-free sessions, red; the others above 99.5 %.
        QString bad;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ReleaseHealth &r = model->release(row);
            const QModelIndex rate = model->index(row, ReleaseHealthModel::CrashFreeSessionsColumn);
            if (r.version.startsWith(u"ios-app@4.8.0"_s)) {
                bad = r.version;
                QVERIFY(*r.crashFreeSessions() < 99.0 && *r.crashFreeSessions() > 97.0);
                QCOMPARE(rate.data(ReleaseHealthModel::StatusRole).toInt(), int(HealthThresholds::Status::Critical));
                QCOMPARE(rate.data(Qt::ForegroundRole).value<QColor>(),
                    ReleaseHealthModel::statusColor(HealthThresholds::Status::Critical, false));
            } else {
                QVERIFY(*r.crashFreeSessions() > 99.5);
                QCOMPARE(rate.data(ReleaseHealthModel::StatusRole).toInt(), int(HealthThresholds::Status::Healthy));
            }
        }
        QVERIFY(!bad.isEmpty());

        // The crash-free chart draws, per release, the store's hourly series as rates.
        const HealthWindow window = model->window();
        const HealthSeries series = HealthStore(m_store).series(window, healthStepHours(window.hours()));
        QChart *chart = view.chart(ReleaseHealthView::CrashFreeSessionsChart);
        const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart);
        QCOMPARE(lines.size(), 3);
        QLineSeries *badLine = nullptr;
        for (QLineSeries *line : lines) {
            if (line->name() == bad.section(u'@', 1))
                badLine = line;
        }
        QVERIFY(badLine);
        QList<double> expected;
        for (const HealthBucket &b : series.releases.value(bad)) {
            if (b.sessions.total > 0)
                expected.append(100.0 * (1.0 - double(b.sessions.crashed) / double(b.sessions.total)));
        }
        QVERIFY(expected.size() > 10);
        QCOMPARE(badLine->count(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(badLine->at(int(i)).y(), expected.at(i));
        // Its CSV has the same points.
        const QString csv = view.csv(ReleaseHealthView::CrashFreeSessionsChart);
        QVERIFY(csv.startsWith(u"bucket_start,release,sessions,sessions_crashed,crash_free_sessions\r\n"_s));
        QCOMPARE(csv.count(bad), expected.size());

        // Session status: four stacked areas whose top is every session of the bucket.
        const QList<QAreaSeries *> areas = seriesOf<QAreaSeries>(view.chart(ReleaseHealthView::SessionStatusChart));
        QCOMPARE(areas.size(), 4);
        QCOMPARE(areas.last()->name(), u"Crashed"_s);
        const int last = series.count - 1;
        QCOMPARE(areas.last()->upperSeries()->at(2 * last).y(), double(series.all.at(last).sessions.total));
        QCOMPARE(areas.first()->upperSeries()->at(2 * last).y(), double(series.all.at(last).sessions.healthy()));

        // Adoption: the shares stack to 100 % where there were sessions.
        const QList<QAreaSeries *> shares = seriesOf<QAreaSeries>(view.chart(ReleaseHealthView::AdoptionChart));
        QVERIFY(!shares.isEmpty());
        QCOMPARE(shares.last()->upperSeries()->at(2 * last).y(), 100.0);

        // Two releases selected: compared side by side.
        QTableView *table = view.table();
        table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.chartedReleases().size(), 2);
        const QList<QBarSeries *> bars = seriesOf<QBarSeries>(view.chart(ReleaseHealthView::CompareChart));
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 2);
        QCOMPARE(bars.first()->barSets().at(0)->label(), model->release(0).version);
        QCOMPARE(bars.first()->barSets().at(0)->at(0), *model->release(0).crashFreeSessions());
        QCOMPARE(bars.first()->barSets().at(1)->at(1), *model->release(1).crashFreeUsers());
        QCOMPARE(seriesOf<QLineSeries>(view.chart(ReleaseHealthView::CrashFreeSessionsChart)).size(), 2);

        // Export.
        const QString png = m_dir.filePath(u"chart.png"_s);
        QVERIFY(view.exportPng(ReleaseHealthView::CrashFreeSessionsChart, png));
        QVERIFY(!QImage(png).isNull());
        const QString csvFile = m_dir.filePath(u"chart.csv"_s);
        QVERIFY(view.exportCsv(ReleaseHealthView::SessionStatusChart, csvFile));
        QFile written(csvFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("bucket_start,healthy,errored,abnormal,crashed,total\r\n"));
    }

    // Each chart's value axis is labelled: painted text left of the plot area, in a language whose
    // numbers differ from C's too. (Localised numbers made Qt Charts drop every "%d" label.)
    void everyValueAxisIsLabelled_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"de"_s}) {
            for (const auto &[chart, name] : {std::pair {ReleaseHealthView::CrashFreeSessionsChart, "crash-free sessions"},
                     {ReleaseHealthView::CrashFreeUsersChart, "crash-free users"},
                     {ReleaseHealthView::SessionStatusChart, "session status"}, {ReleaseHealthView::AdoptionChart, "adoption"},
                     {ReleaseHealthView::CompareChart, "compare"}, {ReleaseHealthView::OutcomesChart, "outcomes"}}) {
                QTest::addRow("%s %s", name, qPrintable(language)) << int(chart) << language;
            }
        }
    }

    void everyValueAxisIsLabelled()
    {
        QFETCH(int, chart);
        QFETCH(QString, language);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        ReleaseHealthView view(&m_store, &m_clock);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setProjectSlug(u"backend-api"_s));
        view.chartTabs()->setCurrentIndex(chart);
        QChart *shown = view.chart(ReleaseHealthView::Chart(chart));
        QList<QAbstractAxis *> axes = shown->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        QVERIFY(qobject_cast<QValueAxis *>(axes.first()));
        QGraphicsView *chartView = shown->scene()->views().constFirst();
        QTRY_VERIFY(chartView->isVisible());
        const QImage image = chartView->grab().toImage();
        // Left of the plot area, clear of the axis's ticks: only the labels are drawn there.
        const QRect plot = chartView->mapFromScene(shown->mapToScene(shown->plotArea())).boundingRect();
        const QColor background = image.pixelColor(2, plot.center().y());
        int ink = 0;
        for (int x = 2; x < plot.left() - 8; ++x) {
            for (int y = plot.top(); y <= plot.bottom(); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.lightness() - background.lightness()) > 80)
                    ++ink;
            }
        }
        QLocale::setDefault(before);
        QVERIFY2(ink > 50, qPrintable(u"%1 dark pixels left of the plot area %2"_s.arg(ink).arg(plot.left())));
    }

    void environmentAndRangeFilterTheTable()
    {
        ReleaseHealthView view(&m_store, &m_clock);
        QVERIFY(view.setProjectSlug(u"ios-app"_s));
        view.setRange(14 * 24);
        qint64 all = 0;
        for (const ReleaseHealth &r : view.model()->releases())
            all += r.sessions.total;
        view.setEnvironment(u"staging"_s);
        qint64 staging = 0;
        for (const ReleaseHealth &r : view.model()->releases())
            staging += r.sessions.total;
        QVERIFY(staging > 0 && staging < all / 10);
        view.setEnvironment(QString());
        view.setRange(24);
        qint64 day = 0;
        for (const ReleaseHealth &r : view.model()->releases())
            day += r.sessions.total;
        QVERIFY(day > 0 && day < all / 5);
    }

    void aReleaseLeadsToItsNewIssues()
    {
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReleaseHealthView *view = window.showHealth();
        QVERIFY(view->isVisible());
        QVERIFY(view->setProjectSlug(u"backend-api"_s));
        QSignalSpy requested(view, &ReleaseHealthView::issuesRequested);
        const int row = 0;
        view->table()->setCurrentIndex(view->model()->index(row, 0));
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        const ReleaseHealth release = view->model()->release(row);
        QCOMPARE(requested.at(0).at(1).toString(), release.version);
        QVERIFY(!view->isVisible()); // back on the issue list, filtered
        QCOMPARE(window.issueModel()->query().release, release.version);
        QCOMPARE(*window.issueModel()->query().firstSeenAfterMs, release.firstSeen.toMSecsSinceEpoch());
        QVERIFY(window.issueModel()->totalCount() >= 1);
        window.showIssues();
        QVERIFY(window.issueModel()->query().release.isNull());
    }

private:
    test::MockClock m_clock;
    QTemporaryDir m_dir;
    Store m_store;
};

QTEST_MAIN(TestReleaseHealthView)
#include "TestReleaseHealthView.moc"

#include "IssueListModel.h"
#include "IssueListView.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "SidebarModel.h"
#include "Theme.h"
#include "ingest/DemoData.h"
#include "store/Store.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lookout;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's own settings or cache
        QSettings().clear(); // and nothing an earlier run left
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(
            DemoData::open(m_store, m_dir.filePath(QStringLiteral("demo.sqlite")), m_clock.now(), &error), qPrintable(error));
    }

    void showsTheDemoIssues()
    {
        MainWindow window(&m_store, &m_clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        IssueListView *view = window.findChild<IssueListView *>(QStringLiteral("issueList"));
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() > 10);

        // The first row is the issue the store says was seen last, shown with its culprit.
        const IssueSummary newest = m_store.issues({}, 0, 1).constFirst();
        const QModelIndex title = model->index(0, IssueListModel::TitleColumn);
        QCOMPARE(title.data().toString(), newest.title);
        QCOMPARE(title.data(IssueListModel::CulpritRole).toString(), newest.culprit);
        QVERIFY(view->visualRect(title).height() > view->fontMetrics().height()); // two-line rows
        QVERIFY(window.statusBar()->findChild<QLabel *>() != nullptr);
    }

    void sidebarFiltersByProject()
    {
        MainWindow window(&m_store, &m_clock);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *sidebar = window.sidebarView();
        const qint64 all = window.issueModel()->totalCount();
        // All issues, then "Imported" with the demo's projects (it has no Sentry account).
        QCOMPARE(sidebar->model()->rowCount(), 2);
        const QModelIndex imported = sidebar->model()->index(1, 0);
        QCOMPARE(sidebar->model()->rowCount(imported), m_store.projects().size());

        const QModelIndex second = sidebar->model()->index(1, 0, imported);
        const QString slug = second.data(SidebarModel::ProjectSlugsRole).toStringList().value(0);
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(second).center());
        QTRY_COMPARE(window.issueModel()->index(0, IssueListModel::ProjectColumn).data().toString(), slug);
        QVERIFY(window.issueModel()->totalCount() < all);
        for (int row = 0; row < window.issueModel()->rowCount(); ++row)
            QCOMPARE(window.issueModel()->index(row, IssueListModel::ProjectColumn).data().toString(), slug);
    }

    void theDarkThemeIsDarkAndRemembered()
    {
        MainWindow window(&m_store, &m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *dark = window.findChild<QAction *>(QStringLiteral("view.theme.dark"));
        QVERIFY(dark);
        dark->trigger();
        QTRY_VERIFY(window.issueView()->palette().color(QPalette::Base).lightness() < 100);
        QCOMPARE(Theme::saved(), Theme::Kind::Dark);
        window.findChild<QAction *>(QStringLiteral("view.theme.light"))->trigger();
        QTRY_VERIFY(window.issueView()->palette().color(QPalette::Base).lightness() > 200);
        QCOMPARE(Theme::saved(), Theme::Kind::Light);
    }

    void clickingAHeaderSortsByIt()
    {
        MainWindow window(&m_store, &m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IssueListView *view = window.issueView();
        view->sortByColumn(IssueListModel::EventsColumn, Qt::DescendingOrder);
        const QAbstractItemModel *model = view->model();
        const qint64 first = model->index(0, IssueListModel::EventsColumn).data(IssueListModel::SortValueRole).toLongLong();
        const qint64 second = model->index(1, IssueListModel::EventsColumn).data(IssueListModel::SortValueRole).toLongLong();
        QVERIFY(first >= second);
        QCOMPARE(first, m_store.issues(IssueQuery::sortedBy(IssueSort::TimesSeen), 0, 1).constFirst().timesSeen);
    }

    void remembersLayout()
    {
        {
            MainWindow window(&m_store, &m_clock);
            window.show();
            window.issueView()->setColumnWidth(IssueListModel::ProjectColumn, 187);
            window.close();
        }
        MainWindow again(&m_store, &m_clock);
        QCOMPARE(again.issueView()->columnWidth(IssueListModel::ProjectColumn), 187);
    }

private:
    QTemporaryDir m_dir;
    test::MockClock m_clock;
    Store m_store;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

// The window as the desktop sees it: Sentry issue links opened and dropped, the theme following the
// desktop's colour scheme, the application icon, window state kept without a clean close.
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "Theme.h"
#include "store/Store.h"
#include "store/SyncStore.h"

#include <QApplication>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>

using namespace lookout;
using lookout::test::MockClock;
using namespace Qt::StringLiterals;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"desktop.sqlite"_s)));
        SyncStore sync(m_store);
        // An account on a server nothing listens on: no test here syncs for real.
        const qint64 account = sync.ensureAccount(u"https://sentry.io"_s, u"acme"_s);
        const qint64 project = sync.ensureProject(account, u"7"_s, u"api"_s, u"API"_s, u"python"_s);
        QVERIFY(sync.begin());
        for (int i = 0; i < 3; ++i) {
            SyncedIssue issue;
            issue.sentryId = QString::number(4500 + i);
            issue.shortId = u"API-%1"_s.arg(i + 1);
            issue.title = u"ValueError: case %1"_s.arg(i);
            issue.level = u"error"_s;
            issue.status = u"unresolved"_s;
            issue.projectSentryId = u"7"_s;
            issue.projectSlug = u"api"_s;
            issue.firstSeen = m_clock.now().addDays(-2);
            issue.lastSeen = m_clock.now().addSecs(-60 * i);
            const auto stored = sync.upsertIssue(account, project, issue);
            QVERIFY(stored);
            m_ids << stored->issueId;
        }
        QVERIFY(sync.commit());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(&m_store, &m_clock);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->detailView()->issueId(), m_ids.at(0)); // the newest, as always
    }

    void cleanup() { m_window.reset(); }

    void aLinkOpensItsIssue()
    {
        QCOMPARE(m_window->openSentryLink(u"https://acme.sentry.io/issues/4502/?project=7&referrer=slack"_s),
            MainWindow::LinkResult::Opened);
        QCOMPARE(m_window->detailView()->issueId(), m_ids.at(2));
        QCOMPARE(m_window->issueModel()->issueIdAt(m_window->issueView()->currentIndex().row()), m_ids.at(2));
    }

    void aLinkElsewhereSaysWhy()
    {
        QCOMPARE(m_window->openSentryLink(u"https://globex.sentry.io/issues/4502/"_s), MainWindow::LinkResult::NoAccount);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no account of globex"_s),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->detailView()->issueId(), m_ids.at(0)); // nothing else moved

        QCOMPARE(m_window->openSentryLink(u"https://acme.sentry.io/issues/999/"_s, false), MainWindow::LinkResult::NotCached);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"issue 999 of acme is not in the cache"_s));

        QCOMPARE(m_window->openSentryLink(u"https://acme.sentry.io/releases/"_s), MainWindow::LinkResult::NotALink);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"not a link to a Sentry issue"_s));
    }

    void droppingALinkOpensItsIssue_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text/uri-list") << u"text/uri-list"_s;
        QTest::newRow("text/plain") << u"text/plain"_s;
    }

    void droppingALinkOpensItsIssue()
    {
        QFETCH(QString, format);
        QMimeData mime;
        const QString link = u"https://acme.sentry.io/issues/4501/"_s;
        if (format == u"text/uri-list"_s)
            mime.setUrls({QUrl(link)});
        else
            mime.setText(link);
        QWidget *target = m_window.get();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDropEvent drop(at, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(m_window->detailView()->issueId(), m_ids.at(1));
    }

    void otherLinksAreNotTakenByTheWindow()
    {
        QMimeData mime;
        mime.setUrls({QUrl(u"https://example.com/issues/4501/"_s)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void argumentsOpenLinks()
    {
        // What a second start hands over (SingleInstance): links open, the window comes forward.
        m_window->showMinimized();
        m_window->bringToFront();
        QVERIFY(!(m_window->windowState() & Qt::WindowMinimized));
        m_window->openArguments({u"https://sentry.io/organizations/acme/issues/4502/"_s}, u"/tmp"_s);
        QCOMPARE(m_window->detailView()->issueId(), m_ids.at(2));
    }

    void systemThemeFollowsTheDesktop()
    {
        Theme::apply(Theme::Kind::System);
        const auto windowLightness = [] { return QApplication::palette().color(QPalette::Window).lightness(); };
        // What the platform emits when the desktop switches (the offscreen platform never does).
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Dark);
        QVERIFY2(windowLightness() < 100, qPrintable(QString::number(windowLightness())));
        QTRY_VERIFY(m_window->issueView()->palette().color(QPalette::Base).lightness() < 100);
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Light);
        QVERIFY(windowLightness() > 150);
        QTRY_VERIFY(m_window->issueView()->palette().color(QPalette::Base).lightness() > 150);

        // A theme chosen in View > Theme stays, whatever the desktop does.
        Theme::apply(Theme::Kind::Light);
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Dark);
        QVERIFY(windowLightness() > 150);
        Theme::apply(Theme::Kind::System);
        Q_EMIT QGuiApplication::styleHints()->colorSchemeChanged(Qt::ColorScheme::Light);
    }

    void theAppIconHasEverySize()
    {
        const QIcon icon = Theme::appIcon();
        QVERIFY(!icon.isNull());
        // Crisp from the tray's 16 px to a 2x dock's 512 px: drawn sizes, not one scaled.
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(QSize(32, 32), 2.0).deviceIndependentSize(), QSizeF(32, 32));
        QCOMPARE(icon.pixmap(QSize(32, 32), 2.0).size(), QSize(64, 64));
    }

    void windowStateIsSavedWithoutClosing()
    {
        // A crash or a kill never runs closeEvent: the layout is saved soon after it changes.
        QSettings().remove(u"mainWindow"_s);
        QSplitter *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        QVERIFY(sizes.size() == 2 && sizes.at(0) > 0);
        // What dragging the handle does.
        splitter->setSizes({sizes.at(0) + 60, sizes.at(1) - 60});
        Q_EMIT splitter->splitterMoved(sizes.at(0) + 60, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!QSettings().value(u"mainWindow/splitter"_s).toByteArray().isEmpty(), 10000);
        QSplitter restored;
        restored.addWidget(new QWidget);
        restored.addWidget(new QWidget);
        QVERIFY(restored.restoreState(QSettings().value(u"mainWindow/splitter"_s).toByteArray()));
    }

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    Store m_store;
    QList<qint64> m_ids;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"

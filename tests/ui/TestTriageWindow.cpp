// Keyboard triage in the main window, offscreen: keys go to the window as a user types them, and
// the store's issues and outbox are checked after each.
#include "CommandPalette.h"
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "SearchBar.h"
#include "ShortcutDialog.h"
#include "SidebarModel.h"
#include "StackTracePane.h"
#include "TestData.h"
#include "TriageActions.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/TriageSession.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace lookout;
using namespace Qt::StringLiterals;

class TestTriageWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::MockClock m_clock;
    Store m_store;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids; // by last seen, newest first: the list's order

    IssueListModel *model() const { return m_window->issueModel(); }
    IssueListView *view() const { return m_window->issueView(); }

    // Runs act on the next modal dialog once it is up (exec() blocks the test meanwhile); a dialog
    // left open by a failing check is closed so that the test ends.
    void whenModal(std::function<void(QWidget *)> act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, act] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            timer->deleteLater();
            timer->stop();
            act(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
        timer->start();
    }

    void press(QKeySequence keys) { QTest::keySequence(view(), keys); }

    QString status(qint64 id) { return m_store.issue(id)->status; }

    QList<OutboxEntry> outbox()
    {
        SyncStore sync(m_store);
        return sync.outbox();
    }

    int rowMark(int row) const
    {
        const QVariant mark = model()->index(row, 0).data(IssueListModel::OutboxMarkRole);
        return mark.isValid() ? mark.toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(m_store.open(m_dir.filePath(u"triage-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))));
        SyncStore sync(m_store);
        const qint64 account = sync.ensureAccount(u"https://sentry.example.com"_s, u"acme"_s);
        const qint64 project = sync.ensureProject(account, u"11"_s, u"api"_s, u"API"_s, u"python"_s);
        QVERIFY(account != 0 && project != 0);
        m_ids.clear();
        QVERIFY(sync.begin());
        for (int i = 0; i < 6; ++i) {
            SyncedIssue issue;
            issue.sentryId = QString::number(500 + i);
            issue.shortId = u"API-%1"_s.arg(i + 1);
            issue.title = u"ValueError: case %1"_s.arg(i);
            issue.level = u"error"_s;
            issue.status = u"unresolved"_s;
            issue.projectSentryId = u"11"_s;
            issue.projectSlug = u"api"_s;
            issue.count = 10 + i;
            issue.firstSeen = m_clock.now().addDays(-3);
            issue.lastSeen = m_clock.now().addSecs(-60 * i);
            if (i == 5)
                issue.assignee = u"ana@example.com"_s;
            const auto stored = sync.upsertIssue(account, project, issue);
            QVERIFY(stored);
            m_ids << stored->issueId;
        }
        QVERIFY(sync.commit());
        m_window = std::make_unique<MainWindow>(&m_store, &m_clock);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(view()->hasFocus()); // the list has the keys from the start
        QCOMPARE(model()->rowCount(), 6);
        QCOMPARE(model()->issueIdAt(0), m_ids.at(0));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.close();
    }

    void resolveGoesToTheOutboxAndUndoTakesItBack()
    {
        QCOMPARE(view()->currentIndex().row(), 0); // the list opens on its first row
        press(QKeySequence(Qt::Key_J));
        QCOMPARE(view()->currentIndex().row(), 1);
        press(QKeySequence(Qt::Key_R));
        QCOMPARE(status(m_ids.at(1)), u"resolved"_s);
        QCOMPARE(status(m_ids.at(0)), u"unresolved"_s);
        QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().sentryIds, QStringList {u"501"_s});
        QCOMPARE(entries.constFirst().state, OutboxEntry::State::Pending);
        // The row stays where it was, says what happened and that Sentry has not confirmed it.
        QCOMPARE(model()->issueIdAt(1), m_ids.at(1));
        QCOMPARE(model()->index(1, 0).data(IssueListModel::StatusRole).toString(), u"resolved"_s);
        QCOMPARE(rowMark(1), int(OutboxMark::Kind::Pending));
        QCOMPARE(rowMark(0), -1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Resolve"_s, Qt::CaseInsensitive));

        press(QKeySequence::Undo);
        QCOMPARE(status(m_ids.at(1)), u"unresolved"_s);
        QVERIFY(outbox().isEmpty());
        QCOMPARE(rowMark(1), -1);
        QCOMPARE(model()->index(1, 0).data(IssueListModel::StatusRole).toString(), u"unresolved"_s);
        QVERIFY(!m_window->triageSession()->canUndo());
    }

    void pickedRowsAreTriagedTogether()
    {
        press(QKeySequence(Qt::Key_X)); // pick row 0
        press(QKeySequence(Qt::Key_J));
        press(QKeySequence(Qt::Key_J));
        press(QKeySequence(Qt::Key_X)); // pick row 2; row 1 stays unpicked
        QCOMPARE(view()->selectionModel()->selectedRows().size(), 2);
        press(QKeySequence(Qt::Key_B));
        QVERIFY(m_store.issue(m_ids.at(0))->bookmarked);
        QVERIFY(!m_store.issue(m_ids.at(1))->bookmarked);
        QVERIFY(m_store.issue(m_ids.at(2))->bookmarked);
        const QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 1); // one bulk update
        QCOMPARE(entries.constFirst().sentryIds, (QStringList {u"500"_s, u"502"_s}));
        // b again: they are bookmarked, so it takes the bookmark away
        press(QKeySequence(Qt::Key_B));
        QVERIFY(!m_store.issue(m_ids.at(0))->bookmarked);
        QCOMPARE(outbox().size(), 2);
    }

    void selectAllMatchingReachesRowsNotLoaded()
    {
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(m_window->triageActions()->allMatchingSelected());
        QCOMPARE(m_window->triageActions()->targets().size(), 6);
        press(QKeySequence(Qt::Key_M));
        for (qint64 id : std::as_const(m_ids))
            QVERIFY(m_store.issue(id)->hasSeen);
    }

    // The stack trace's own keys and the window's triage keys are all reachable from a frame: a key
    // both claim there does nothing at all (Qt calls it an ambiguous shortcut).
    void stackTraceKeysAndTriageKeysBothWorkOnAFrame()
    {
        const qint64 project = m_store.issue(m_ids.at(0))->projectId;
        test::addEvent(m_store, project, u"0123456789abcdef0123456789abcdef"_s, 1795176000.0, u"KeyError"_s);
        qint64 issue = 0;
        for (const IssueSummary &summary : m_store.issues({}, 0, 100)) {
            if (summary.title.startsWith(u"KeyError"))
                issue = summary.id;
        }
        QVERIFY(issue != 0);
        m_window->refresh();
        QVERIFY(m_window->openIssue(issue));
        QCOMPARE(model()->issueIdAt(view()->currentIndex().row()), issue);
        StackTracePane *pane = m_window->detailView()->stackTrace();
        QTreeView *tree = pane->view();
        QModelIndex frame;
        for (int row = 0; row < tree->model()->rowCount() && !frame.isValid(); ++row) {
            const QModelIndex section = tree->model()->index(row, 0);
            if (tree->model()->rowCount(section) > 0)
                frame = tree->model()->index(0, 0, section);
        }
        QVERIFY(frame.isValid());
        tree->setFocus();
        tree->setCurrentIndex(frame);
        QVERIFY(pane->moreLinesAction()->isEnabled());
        QVERIFY(!m_store.issue(issue)->hasSeen);
        QTest::keySequence(tree, m_window->triageActions()->action(u"issue.seen"_s)->shortcut());
        QVERIFY(m_store.issue(issue)->hasSeen);
        int moreLines = 0;
        connect(pane->moreLinesAction(), &QAction::triggered, this, [&moreLines] { ++moreLines; });
        // The event has no more lines to show and no checkout is mapped: the key asks for one.
        bool askedForCheckout = false;
        whenModal([&askedForCheckout](QWidget *) { askedForCheckout = true; });
        QTest::keySequence(tree, pane->moreLinesAction()->shortcut());
        QCOMPARE(moreLines, 1);
        QVERIFY(askedForCheckout);
        QVERIFY(m_store.issue(issue)->hasSeen); // not toggled back
    }

    void anActionAlreadySentCannotBeUndone()
    {
        press(QKeySequence(Qt::Key_U)); // unresolve: queued though nothing changes
        press(QKeySequence(Qt::Key_R));
        SyncStore sync(m_store);
        const qint64 entry = outbox().constLast().id;
        QVERIFY(sync.markOutboxSending(entry, m_clock.now())); // the sender took it
        press(QKeySequence::Undo);
        QCOMPARE(status(m_ids.at(0)), u"resolved"_s);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"already been sent"_s),
            qPrintable(m_window->statusBar()->currentMessage()));

        // Sentry refuses it: the row says so, with Sentry's words.
        QVERIFY(sync.markOutboxFailed(entry, 403, u"You do not have permission to perform this action."_s));
        model()->refreshOutboxMarks();
        QCOMPARE(rowMark(0), int(OutboxMark::Kind::Failed));
        QVERIFY(model()->index(0, IssueListModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(u"permission"_s));
    }

    void theCommandPaletteRunsWhatIsTyped()
    {
        bool seen = false;
        whenModal([&](QWidget *modal) {
            auto *palette = qobject_cast<CommandPalette *>(modal);
            QVERIFY(palette);
            seen = true;
            QTest::keyClicks(palette->filterEdit(), u"resolve next"_s);
            QCOMPARE(palette->chosen()->objectName(), u"issue.resolveNextRelease"_s);
            QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        });
        press(QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(seen);
        QTRY_COMPARE(status(m_ids.at(0)), u"resolved"_s);
        QVERIFY(outbox().constFirst().body.contains("inNextRelease"));
    }

    void reboundKeysWorkAndAreRemembered()
    {
        QAction *resolve = m_window->triageActions()->action(u"issue.resolve"_s);
        {
            ShortcutDialog dialog(CommandPalette::windowActions(m_window.get()));
            QVERIFY(!dialog.rebind(resolve, QKeySequence(Qt::Key_B))); // bookmark has it
            QCOMPARE(resolve->shortcut(), QKeySequence(Qt::Key_R));
            QVERIFY(dialog.rebind(resolve, QKeySequence(Qt::Key_E)));
        }
        press(QKeySequence(Qt::Key_E));
        QCOMPARE(status(m_ids.at(0)), u"resolved"_s);

        // A new window has the user's key, and the default again once reset.
        m_window = std::make_unique<MainWindow>(&m_store, &m_clock);
        QCOMPARE(m_window->triageActions()->action(u"issue.resolve"_s)->shortcut(), QKeySequence(Qt::Key_E));
        QAction *again = m_window->triageActions()->action(u"issue.resolve"_s);
        again->setShortcut(ShortcutSettings::defaultShortcut(again));
        ShortcutSettings::save(again);
        QVERIFY(!QSettings().contains(u"shortcuts/issue.resolve"_s));
    }

    void searchingAndSavedSearchesFromTheKeyboard()
    {
        SearchBar *bar = m_window->searchBar();
        QCOMPARE(bar->text(), u"is:unresolved"_s); // Sentry's default on a first start
        press(QKeySequence(Qt::Key_Slash));
        QTRY_VERIFY(bar->hasFocus());
        QTest::keyClicks(bar, u"level:fatal"_s); // replaces the selected text
        QTest::keyClick(bar, Qt::Key_Return);
        QTRY_COMPARE(model()->totalCount(), 0);
        QVERIFY(view()->hasFocus()); // back to the list

        // A bad term is said, and the list keeps the last good search.
        bar->setFocus();
        bar->selectAll();
        QTest::keyClicks(bar, u"lvl:fatal"_s);
        bar->commit();
        QVERIFY(!bar->errorMessage().isEmpty());
        QCOMPARE(model()->totalCount(), 0);

        bar->selectAll();
        QTest::keyClicks(bar, u"is:unresolved case"_s);
        QTest::keyClick(bar, Qt::Key_Return);
        QTRY_COMPARE(model()->totalCount(), 6);

        // Ctrl+S keeps it in the sidebar under a name; choosing it there brings it back.
        whenModal([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->setTextValue(u"Cases"_s);
            input->accept();
        });
        press(QKeySequence::Save);
        const QModelIndexList found = m_window->sidebarModel()->match(m_window->sidebarModel()->index(0, 0),
            SidebarModel::KindRole, int(SidebarModel::Kind::SavedSearch), -1, Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().data().toString(), u"Cases"_s);
        bar->setText(u"level:fatal"_s);
        bar->commit();
        QTRY_COMPARE(model()->totalCount(), 0);
        m_window->sidebarView()->setCurrentIndex(found.constFirst());
        QCOMPARE(bar->text(), u"is:unresolved case"_s);
        QTRY_COMPARE(model()->totalCount(), 6);
        // and the next start begins with it
        QCOMPARE(QSettings().value(u"issueList/search"_s).toString(), u"is:unresolved case"_s);
        QSettings().remove(u"issueList/search"_s);
    }

    void sortsWithoutAColumnAreInTheViewMenu()
    {
        QAction *trend = m_window->findChild<QAction *>(u"view.sort.trend"_s);
        QVERIFY(trend);
        trend->trigger();
        QCOMPARE(model()->query().sort, IssueSort::Trend);
        QCOMPARE(model()->rowCount(), 6);
        m_window->findChild<QAction *>(u"view.sort.freq"_s)->trigger();
        QCOMPARE(model()->query().sort, IssueSort::TimesSeen);
        // the busiest first: the seeded counts grow with the row number
        QCOMPARE(model()->issueIdAt(0), m_ids.at(5));
    }

    void theDetailHasTheTriageButtons()
    {
        auto *bar = m_window->findChild<QWidget *>(u"triageBar"_s);
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QToolButton *resolve = nullptr;
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            if (button->defaultAction()->objectName() == u"issue.resolve"_s)
                resolve = button;
        }
        QVERIFY(resolve);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QCOMPARE(status(m_ids.at(0)), u"resolved"_s);
        QCOMPARE(outbox().size(), 1);
    }

    void typingInALineEditKeepsItsLetters()
    {
        // The search field (or any line edit) types r; it does not resolve.
        auto *edit = new QLineEdit(m_window.get());
        edit->show();
        edit->setFocus();
        QTest::keyClicks(edit, u"r"_s);
        QCOMPARE(edit->text(), u"r"_s);
        QCOMPARE(status(m_ids.at(0)), u"unresolved"_s);
    }
};

QTEST_MAIN(TestTriageWindow)
#include "TestTriageWindow.moc"

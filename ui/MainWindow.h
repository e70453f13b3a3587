#pragma once

#include "source/SourceMapping.h"

#include <QMainWindow>

class QLabel;
class QTreeView;
class QSplitter;
class QMenu;
class QToolBar;
class QStackedWidget;
class QTimer;

namespace lookout {

class Clock;
class IngestServer;
class IssueDetailView;
class LocalIngestDialog;
class IssueListModel;
class IssueListView;
class SearchBar;
class SidebarModel;
class ReleaseHealthView;
class Store;
class SyncController;
class SyncEngine;
class Notifier;
class SyncScheduler;
class SyncStatusWidget;
class TrayNotifier;
class WelcomePage;
class TriageActions;
class TriageSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // engine: how syncs run (tests give one on their thread); by default one on its own thread.
    MainWindow(Store *store, const Clock *clock, SyncEngine *engine = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    IssueListModel *issueModel() const { return m_issueModel; }
    IssueListView *issueView() const { return m_issueView; }
    QTreeView *sidebarView() const { return m_sidebarView; }
    SidebarModel *sidebarModel() const { return m_sidebar; }
    IssueDetailView *detailView() const { return m_detail; }
    QSplitter *detailSplitter() const { return m_detailSplitter; }
    SourceMapping &sourceMapping() { return m_sourceMapping; }
    TriageSession *triageSession() const { return m_triage; }
    TriageActions *triageActions() const { return m_triageActions; }
    SyncController *syncController() const { return m_sync; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    Notifier *notifier() const { return m_notifier; }
    WelcomePage *welcomePage() const { return m_welcome; }
    SearchBar *searchBar() const { return m_search; }
    IngestServer *ingestServer() const { return m_ingest; }
    QAction *ingestToggle() const { return m_ingestToggle; }

    // Selects the issue in the list when it is there and shows it in the detail view.
    bool openIssue(qint64 issueId);
    // The release health page (made when first shown), and back to the issues.
    ReleaseHealthView *showHealth();
    void showIssues();

    // MainWindowLinks.cpp: a Sentry issue link (https://ORG.sentry.io/issues/ID/, …) opens its
    // issue when it is cached; the status bar says why not otherwise.
    enum class LinkResult {
        Opened,
        NotALink,
        NoAccount, // no connected account of the link's organisation
        Syncing, // not cached yet: a sync of its account runs and the link is tried again after it
        NotCached,
    };
    LinkResult openSentryLink(const QString &text, bool syncWhenMissing = true);
    // Command-line arguments (this start's or a second start's): issue links open, files import.
    void openArguments(const QStringList &arguments, const QString &workingDirectory);
    // Raised above other windows and focused (a second start asks for this).
    void bringToFront();

public Q_SLOTS:
    void refresh();
    // Moves the keyboard into the detail of the selected issue (Enter or O in the list).
    void focusDetail();
    void editSourceMapping(const QString &project, const QString &framePath);
    void showCommandPalette();
    void showShortcuts();
    void syncNow();
    void connectAccount();
    void importFiles(const QStringList &files);
    void chooseFilesToImport();
    void openDemo();
    void showPreferences();
    // MainWindowIngest.cpp: the local ingest endpoint (remembered in QSettings ingest/*).
    void setIngestEnabled(bool on);
    LocalIngestDialog *showIngestDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void createActions();
    void updateStatus(qint64 issueCount);
    void restoreWindowState();
    void saveWindowState() const;
    // The window state is saved a moment after it changes, not only on close: a crash keeps it.
    void scheduleStateSave();
    void setupLinks();
    void showCurrentIssue();
    void selectFirstIssue();
    void sidebarChanged(const QModelIndex &current);
    void selectProject(qint64 projectId);
    void issuesChanged(const QList<qint64> &issueIds);
    void syncFinished(bool ok, const QString &message);
    // MainWindowWatch.cpp: first start, accounts, imports, automatic sync and notifications.
    void setupWatching();
    void createFileActions(QMenu *file, QToolBar *toolbar);
    void updateWelcome();
    void createIngestActions(QMenu *file);
    void ingestArrived();
    // MainWindowSearch.cpp
    void setupSearch(QToolBar *toolbar);
    void openSavedSearch(const QModelIndex &index);
    void saveSearch();

    Store *m_store;
    const Clock *m_clock;
    IssueListModel *m_issueModel;
    SidebarModel *m_sidebar;
    IssueListView *m_issueView;
    QTreeView *m_sidebarView;
    QSplitter *m_splitter;
    QSplitter *m_detailSplitter;
    IssueDetailView *m_detail;
    TriageSession *m_triage;
    TriageActions *m_triageActions;
    SyncEngine *m_syncEngine;
    SyncController *m_sync;
    SyncStatusWidget *m_syncStatus;
    SyncScheduler *m_scheduler = nullptr;
    Notifier *m_notifier = nullptr;
    TrayNotifier *m_tray = nullptr;
    WelcomePage *m_welcome = nullptr;
    QAction *m_searchAction = nullptr; // the search bar's place in the toolbar
    SearchBar *m_search = nullptr;
    QList<QAction *> m_searchActions;
    QMenu *m_sortMenu = nullptr;
    SourceMapping m_sourceMapping;
    QLabel *m_countLabel;
    QLabel *m_cacheLabel;
    QStackedWidget *m_pages;
    ReleaseHealthView *m_health = nullptr;
    QTimer *m_stateSaveTimer = nullptr;
    QString m_pendingLink;
    IngestServer *m_ingest = nullptr;
    QAction *m_ingestToggle = nullptr;
    LocalIngestDialog *m_ingestDialog = nullptr;
    QTimer *m_ingestRefresh = nullptr;
    QList<qint64> m_ingestNewIssues;
    qint64 m_ingestEvents = 0;
};

} // namespace lookout

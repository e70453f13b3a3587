#include "MainWindow.h"

#include "CommandPalette.h"
#include "IssueDetailView.h"
#include "IssueListModel.h"
#include "IssueListView.h"
#include "ReleaseHealthView.h"
#include "SearchBar.h"
#include "ShortcutDialog.h"
#include "SidebarModel.h"
#include "SourceMappingDialog.h"
#include "StackTracePane.h"
#include "SyncStatusWidget.h"
#include "Theme.h"
#include "TriageActions.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/SyncController.h"
#include "sync/SyncEngine.h"
#include "sync/TriageSession.h"
#include "watch/Notifier.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <tuple>

using namespace Qt::StringLiterals;

namespace lookout {

MainWindow::MainWindow(Store *store, const Clock *clock, SyncEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_clock(clock)
    , m_issueModel(new IssueListModel(store, clock, this))
    , m_sidebar(new SidebarModel(store, this))
    , m_issueView(new IssueListView(this))
    , m_sidebarView(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailSplitter(new QSplitter(Qt::Vertical, this))
    , m_detail(new IssueDetailView(store, clock, this))
    , m_triage(new TriageSession(*store, *clock, this))
    , m_triageActions(nullptr)
    , m_syncEngine(engine ? engine : new SyncEngine(store->path(), this))
    , m_sync(new SyncController(m_syncEngine, *store, *clock, this))
    , m_syncStatus(new SyncStatusWidget(m_sync, clock, this))
    , m_countLabel(new QLabel(this))
    , m_cacheLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lookout — %1").arg(QFileInfo(store->path()).fileName()));

    m_sidebarView->setObjectName(QStringLiteral("sidebar"));
    m_sidebarView->setModel(m_sidebar);
    m_sidebarView->setHeaderHidden(true);
    m_sidebarView->setUniformRowHeights(true);
    m_sidebarView->setMinimumWidth(150); // project names stay readable in a small window
    m_sidebarView->expandAll();
    m_sidebarView->setCurrentIndex(m_sidebar->index(0, 0));
    connect(m_sidebar, &QAbstractItemModel::modelReset, m_sidebarView, &QTreeView::expandAll);
    m_issueView->setIssueModel(m_issueModel);
    // The list opens on its first issue, so the keys act at once; and again after each reload.
    connect(m_issueModel, &QAbstractItemModel::modelReset, this, &MainWindow::selectFirstIssue, Qt::QueuedConnection);

    {
        QSettings settings;
        m_sourceMapping.load(settings);
        m_detail->setEditorCommand(settings.value(QStringLiteral("editor/command")).toString());
    }
    m_detail->setSourceMapping(&m_sourceMapping);

    // The list above the selected issue's detail: the detail gets the full width, which stack
    // traces and source lines need more than height.
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->addWidget(m_issueView);
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->setStretchFactor(1, 1);
    m_detailSplitter->setChildrenCollapsible(false);
    m_detailSplitter->setSizes({280, 520});

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebarView);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1060});
    // Pages: the issues, and release health (added when first shown).
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    m_cacheLabel->setText(tr("Cache: %1").arg(QFileInfo(store->path()).fileName()));
    m_cacheLabel->setToolTip(store->path());
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_cacheLabel);

    // Sync: what it commits is read when it ends (the list does not move under the keyboard
    // meanwhile); actions taken offline go as soon as the outbox can be sent.
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    connect(m_sync, &SyncController::outboxChanged, m_issueModel, &IssueListModel::refreshOutboxMarks);
    connect(m_sync, &SyncController::outboxSent, this, [this](bool ok, const QString &message) {
        m_issueModel->refreshOutboxMarks();
        m_syncStatus->refresh();
        if (!ok && !m_sync->isOffline()) // offline, the status bar says so already
            statusBar()->showMessage(tr("Triage actions not sent yet: %1").arg(message), 12000);
    });
    connect(m_triage, &TriageSession::outboxChanged, m_sync, &SyncController::sendOutbox);
    connect(m_triage, &TriageSession::outboxChanged, m_syncStatus, &SyncStatusWidget::refresh);
    setupWatching();

    connect(m_sidebarView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::sidebarChanged);
    connect(m_issueModel, &IssueListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_issueView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentIssue);
    connect(m_detail, &IssueDetailView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_detail, &IssueDetailView::sourceMappingRequested, this, &MainWindow::editSourceMapping);
    m_detail->setSyncController(m_sync); // events the cache lacks, fetched on demand
    updateStatus(m_issueModel->totalCount());

    m_triageActions = new TriageActions(store, m_issueView, m_issueModel, m_triage, this);
    connect(m_triage, &TriageSession::issuesChanged, this, &MainWindow::issuesChanged);
    connect(
        m_triageActions, &TriageActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_triageActions, &TriageActions::errorMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 12000);
        QApplication::beep();
    });

    createActions();
    updateWelcome(); // again, now that the search bar it hides exists
    {
        QList<QAction *> triage;
        for (const char *id :
            {"issue.resolve", "issue.ignore", "issue.unresolve", "issue.assign", "issue.bookmark", "issue.seen"})
            triage << m_triageActions->action(QString::fromLatin1(id));
        m_detail->setTriageActions(triage);
    }
    restoreWindowState();
    setupLinks();
    m_stateSaveTimer = new QTimer(this);
    m_stateSaveTimer->setSingleShot(true);
    m_stateSaveTimer->setInterval(2000);
    connect(m_stateSaveTimer, &QTimer::timeout, this, &MainWindow::saveWindowState);
    for (QSplitter *splitter : {m_splitter, m_detailSplitter})
        connect(splitter, &QSplitter::splitterMoved, this, &MainWindow::scheduleStateSave);
    connect(m_issueView->header(), &QHeaderView::sectionResized, this, &MainWindow::scheduleStateSave);
    connect(m_issueView->header(), &QHeaderView::sectionMoved, this, &MainWindow::scheduleStateSave);
    connect(m_issueView->header(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::scheduleStateSave);
    selectFirstIssue();
    // The keys triage from the start; the search bar is one "/" away.
    m_issueView->setFocus();
}

void MainWindow::selectFirstIssue()
{
    if (m_issueView->currentIndex().isValid() || m_issueModel->rowCount() == 0)
        return;
    m_issueView->selectionModel()->setCurrentIndex(
        m_issueModel->index(0, IssueListModel::TitleColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

MainWindow::~MainWindow()
{
    // Views emit as they are torn down (sections resized, splitters moved): nothing left to save.
    for (QObject *sender : std::initializer_list<QObject *> {m_issueView->header(), m_splitter, m_detailSplitter})
        sender->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    createFileActions(file, toolbar);
    QAction *sync = file->addAction(tr("&Sync Now"), this, &MainWindow::syncNow);
    sync->setObjectName(QStringLiteral("window.sync"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    sync->setStatusTip(tr("Bring the cache up to date with Sentry, after sending waiting triage actions"));
    connect(m_sync, &SyncController::runningChanged, sync, [sync](bool running) { sync->setEnabled(!running); });
    toolbar->addAction(sync);
    setupSearch(toolbar);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, [this] { showPreferences(); });
    preferences->setObjectName(QStringLiteral("window.preferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("window.quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_triageActions->action(QStringLiteral("issue.undo")));
    edit->addSeparator();
    QAction *palette = edit->addAction(tr("&Command Palette…"), this, &MainWindow::showCommandPalette);
    palette->setObjectName(QStringLiteral("window.commandPalette"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *shortcuts = edit->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("window.shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_Question));

    edit->addSeparator();
    edit->addActions(m_searchActions);

    QMenu *issue = menuBar()->addMenu(tr("&Issue"));
    m_triageActions->fillMenu(issue);
    issue->removeAction(m_triageActions->action(QStringLiteral("issue.undo")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("view.refresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    // Enter or O in the list opens the issue: the keyboard moves to its stack trace. Escape
    // in the detail goes back to the list.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_O)}) {
        auto *open = new QShortcut(key, m_issueView);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &MainWindow::focusDetail);
    }
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_detail);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { m_issueView->setFocus(); });
    QAction *issues = view->addAction(tr("&Issues"), this, &MainWindow::showIssues);
    issues->setObjectName(QStringLiteral("view.issues"));
    issues->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    issues->setStatusTip(tr("The issue list, without the filters a release's issues set"));
    QAction *health = view->addAction(tr("Release &Health"), this, [this] { showHealth(); });
    health->setObjectName(QStringLiteral("view.health"));
    health->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    health->setStatusTip(tr("Adoption and crash-free sessions and users of each release"));
    view->addSeparator();
    view->addMenu(m_sortMenu);
    // Sentry's stream offers both spans for its graph column; the choice is kept.
    QMenu *spark = view->addMenu(tr("Event &Graph"));
    auto *spans = new QActionGroup(spark);
    const bool fortnight = QSettings().value(u"issueList/sparkline"_s).toString() == u"14d"_s;
    m_issueModel->setSparklinePeriod(
        fortnight ? IssueListModel::SparklinePeriod::Fortnight : IssueListModel::SparklinePeriod::Day);
    for (const auto &[period, text, key] : {std::tuple {IssueListModel::SparklinePeriod::Day, tr("Last &24 Hours"), u"24h"_s},
             std::tuple {IssueListModel::SparklinePeriod::Fortnight, tr("Last &14 Days"), u"14d"_s}}) {
        QAction *action = spark->addAction(text);
        action->setObjectName(u"view.graph."_s + key);
        action->setCheckable(true);
        action->setChecked(m_issueModel->sparklinePeriod() == period);
        spans->addAction(action);
        connect(action, &QAction::triggered, this, [this, period, key] {
            m_issueModel->setSparklinePeriod(period);
            QSettings().setValue(u"issueList/sparkline"_s, key);
        });
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    const Theme::Kind current = Theme::saved();
    for (const auto &[kind, text] : {std::pair {Theme::Kind::System, tr("As the &System")},
             std::pair {Theme::Kind::Light, tr("&Light")}, std::pair {Theme::Kind::Dark, tr("&Dark")}}) {
        QAction *choice = theme->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(kind == current);
        choice->setObjectName(u"view.theme."_s + Theme::name(kind));
        themes->addAction(choice);
        connect(choice, &QAction::triggered, this, [kind] {
            Theme::apply(kind);
            Theme::save(kind);
        });
    }
    QAction *mapping = view->addAction(tr("&Source Mapping…"), this, [this] {
        if (const auto issue = m_detail->issue())
            editSourceMapping(issue->projectSlug, QString());
    });
    mapping->setStatusTip(tr("Map paths in the selected issue's frames to a local checkout"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Lookout"), this, [this] {
        QMessageBox::about(this, tr("About Lookout"),
            tr("Lookout %1\nAn offline-first desktop triage client for Sentry.").arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);

    // Keys the user rebound, over the defaults above.
    ShortcutSettings::restore(CommandPalette::windowActions(this));
}

void MainWindow::syncNow()
{
    if (!m_sync->hasAccounts()) {
        statusBar()->showMessage(tr("No Sentry account is connected: this cache holds imported events only."), 8000);
        return;
    }
    m_sync->syncNow();
}

void MainWindow::syncFinished(bool ok, const QString &message)
{
    // The sync ran on another connection: read what it committed, keeping the issue in view.
    m_search->setMe(SyncStore(*m_store).me()); // the first sync learns who "me" is
    const qint64 current = m_issueModel->issueIdAt(m_issueView->currentIndex().row());
    refresh();
    if (current != 0) {
        const int row = m_issueModel->rowOf(current);
        if (row >= 0)
            m_issueView->selectionModel()->setCurrentIndex(m_issueModel->index(row, IssueListModel::TitleColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_syncStatus->refresh();
    updateWelcome();
    statusBar()->showMessage(message, ok ? 8000 : 20000);
}

void MainWindow::showCommandPalette()
{
    CommandPalette palette(CommandPalette::windowActions(this), this);
    palette.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutDialog dialog(CommandPalette::windowActions(this), this);
    dialog.exec();
}

void MainWindow::issuesChanged(const QList<qint64> &issueIds)
{
    m_issueModel->refreshIssues(issueIds);
    if (const auto shown = m_detail->issue(); shown && issueIds.contains(shown->id))
        m_detail->showIssue(shown->id);
}

void MainWindow::sidebarChanged(const QModelIndex &current)
{
    switch (SidebarModel::Kind(current.data(SidebarModel::KindRole).toInt())) {
    case SidebarModel::Kind::All:
        m_issueModel->setProjectScope(0, {});
        break;
    case SidebarModel::Kind::Project:
        m_issueModel->setProjectScope(current.data(SidebarModel::ProjectIdRole).toLongLong(), {});
        break;
    case SidebarModel::Kind::Account:
    case SidebarModel::Kind::Imported: {
        QStringList slugs = current.data(SidebarModel::ProjectSlugsRole).toStringList();
        if (slugs.isEmpty())
            slugs << QString(); // an account with no projects yet shows nothing, not everything
        m_issueModel->setProjectScope(0, slugs);
        break;
    }
    case SidebarModel::Kind::SavedSearch:
        openSavedSearch(current);
        break;
    case SidebarModel::Kind::SavedSearches:
        break;
    }
}

void MainWindow::selectProject(qint64 projectId)
{
    const QModelIndex index = m_sidebar->indexOfProject(projectId);
    if (index.isValid())
        m_sidebarView->setCurrentIndex(index);
}

void MainWindow::refresh()
{
    // The sidebar's counts changed; what it had selected stays selected.
    const QModelIndex before = m_sidebarView->currentIndex();
    const int kind = before.data(SidebarModel::KindRole).toInt();
    const QString text = before.data(Qt::DisplayRole).toString().section(u" ("_s, 0, 0);
    const qint64 project = before.data(SidebarModel::ProjectIdRole).toLongLong();
    {
        const QSignalBlocker blocker(m_sidebarView->selectionModel());
        m_sidebar->reload();
        QModelIndex again = m_sidebar->indexOfProject(project);
        if (kind != int(SidebarModel::Kind::Project)) {
            const QModelIndexList same = m_sidebar->match(
                m_sidebar->index(0, 0), SidebarModel::KindRole, kind, -1, Qt::MatchExactly | Qt::MatchRecursive);
            for (const QModelIndex &candidate : same) {
                if (candidate.data(Qt::DisplayRole).toString().section(u" ("_s, 0, 0) == text)
                    again = candidate;
            }
        }
        m_sidebarView->setCurrentIndex(again.isValid() ? again : m_sidebar->index(0, 0));
    }
    m_issueModel->reload();
    // The shown issue's counts may have moved, and it may have newer events; the event being read
    // stays on screen.
    m_detail->refreshIssue();
}

ReleaseHealthView *MainWindow::showHealth()
{
    if (!m_health) {
        m_health = new ReleaseHealthView(m_store, m_clock, this);
        m_pages->addWidget(m_health);
        connect(m_health, &ReleaseHealthView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
        // From a release to the issues first seen in it: the link between health and triage.
        connect(m_health, &ReleaseHealthView::issuesRequested, this,
            [this](qint64 projectId, const QString &release, const QDateTime &firstSeen) {
                selectProject(projectId);
                IssueQuery filter;
                filter.release = release;
                if (firstSeen.isValid())
                    filter.firstSeenAfterMs = firstSeen.toMSecsSinceEpoch();
                m_issueModel->setFilter(filter);
                m_pages->setCurrentWidget(m_splitter);
                m_issueView->setFocus();
                statusBar()->showMessage(
                    tr("Issues of %1 first seen since it was released — Ctrl+1 shows every issue again").arg(release));
            });
    } else {
        m_health->reload();
    }
    m_pages->setCurrentWidget(m_health);
    return m_health;
}

void MainWindow::showIssues()
{
    if (m_pages->currentWidget() == m_splitter && m_issueModel->query().release.isNull())
        return;
    m_issueModel->setFilter({});
    m_pages->setCurrentWidget(m_splitter);
    m_issueView->setFocus();
}

void MainWindow::showCurrentIssue()
{
    const QModelIndex current = m_issueView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(0).data(IssueListModel::IssueIdRole).toLongLong();
    if (id != m_detail->issueId())
        m_detail->showIssue(id);
    m_triageActions->setFallbackIssue(m_detail->issueId());
    if (m_notifier)
        m_notifier->markRead(id);
}

bool MainWindow::openIssue(qint64 issueId)
{
    for (int row = 0;; ++row) {
        if (row >= m_issueModel->rowCount()) {
            if (!m_issueModel->canFetchMore({}))
                break;
            m_issueModel->fetchMore({});
            if (row >= m_issueModel->rowCount())
                break;
        }
        const QModelIndex index = m_issueModel->index(row, IssueListModel::TitleColumn);
        if (index.data(IssueListModel::IssueIdRole).toLongLong() == issueId) {
            m_issueView->setCurrentIndex(index);
            m_issueView->scrollTo(index);
            return m_detail->issueId() == issueId;
        }
    }
    // Not in the list as filtered: the detail shows it all the same.
    return m_detail->showIssue(issueId);
}

void MainWindow::focusDetail()
{
    showCurrentIssue();
    if (m_detail->issueId() != 0)
        m_detail->stackTrace()->view()->setFocus();
}

void MainWindow::editSourceMapping(const QString &project, const QString &framePath)
{
    if (project.isEmpty())
        return;
    QSettings settings;
    SourceMappingDialog dialog(
        project, m_sourceMapping.mappings(project), settings.value(QStringLiteral("editor/command")).toString(), framePath, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sourceMapping.setMappings(project, dialog.mappings());
    m_sourceMapping.save(settings);
    settings.setValue(QStringLiteral("editor/command"), dialog.editorCommand());
    m_detail->setEditorCommand(dialog.editorCommand());
    m_detail->setSourceMapping(&m_sourceMapping);
}

void MainWindow::updateStatus(qint64 issueCount)
{
    m_countLabel->setText(issueCount == 1 ? tr("1 issue") : tr("%n issues", nullptr, int(issueCount)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_stateSaveTimer->stop();
    saveWindowState();
    event->accept();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    scheduleStateSave();
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    scheduleStateSave();
}

void MainWindow::scheduleStateSave()
{
    // Only a shown window has a state worth keeping (not the one being built or restored).
    if (m_stateSaveTimer && isVisible())
        m_stateSaveTimer->start();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("mainWindow/detailSplitter")).toByteArray());
    // Columns saved by a build with other columns would land in the wrong places.
    if (settings.value(QStringLiteral("issueList/columns")).toInt() == IssueListModel::NUM_COLUMNS)
        m_issueView->header()->restoreState(settings.value(QStringLiteral("issueList/header")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/detailSplitter"), m_detailSplitter->saveState());
    settings.setValue(QStringLiteral("issueList/header"), m_issueView->header()->saveState());
    settings.setValue(QStringLiteral("issueList/columns"), int(IssueListModel::NUM_COLUMNS));
}

} // namespace lookout

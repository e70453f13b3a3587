// The main window's first start, accounts, imports, automatic sync and notifications: the parts
// that connect the window to the world outside the cache.
#include "MainWindow.h"

#include "AccountDialog.h"
#include "FileDropFilter.h"
#include "ImportDialog.h"
#include "IssueListModel.h"
#include "PreferencesDialog.h"
#include "SyncStatusWidget.h"
#include "TrayNotifier.h"
#include "WelcomePage.h"
#include "api/TokenStore.h"
#include "ingest/Importer.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/SyncController.h"
#include "sync/SyncScheduler.h"
#include "watch/NotificationSettings.h"
#include "watch/Notifier.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace lookout {

void MainWindow::setupWatching()
{
    QSettings settings;

    // Automatic sync: the scheduler says when; every sync, automatic or not, moves the next one.
    m_scheduler = new SyncScheduler(this);
    m_scheduler->setSettings(AutoSyncSettings::load(settings));
    m_scheduler->watchNetworkInformation();
    connect(m_scheduler, &SyncScheduler::syncDue, this, [this] {
        if (!m_sync->isRunning() && m_sync->hasAccounts())
            m_sync->syncNow();
    });
    connect(m_sync, &SyncController::syncStarted, m_scheduler, &SyncScheduler::syncStarted);
    connect(m_sync, &SyncController::syncEnded, m_scheduler, [this](bool ok, bool offline, bool cancelled) {
        m_scheduler->syncFinished(cancelled ? SyncScheduler::Result::Cancelled
                : ok                        ? SyncScheduler::Result::Completed
                : offline                   ? SyncScheduler::Result::NetworkError
                                            : SyncScheduler::Result::OtherError);
    });
    m_scheduler->start();

    // Notifications: new issues, regressions and watched searches after each sync.
    m_notifier = new Notifier(m_store, m_clock, this);
    m_notifier->setSettings(NotificationSettings::load(settings));
    connect(m_sync, &SyncController::issuesFound, m_notifier,
        [this](const QList<qint64> &found, const QList<qint64> &regressed, bool initial) {
            m_notifier->syncFinished(found, regressed, initial);
        });
    m_tray = new TrayNotifier(m_notifier, this);
    if (!QApplication::windowIcon().isNull())
        m_tray->setBaseIcon(QApplication::windowIcon());
    connect(m_tray, &TrayNotifier::openIssue, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        openIssue(id);
    });
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayNotifier::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    // First start: three ways in, instead of an empty list. Files dropped anywhere are imported.
    m_welcome = new WelcomePage(this);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::connectAccountRequested, this, &MainWindow::connectAccount);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importFiles);
    auto *drops = new FileDropFilter(this);
    drops->watch(this);
    connect(drops, &FileDropFilter::filesDropped, this, &MainWindow::importFiles);
    updateWelcome();
}

void MainWindow::createFileActions(QMenu *file, QToolBar *toolbar)
{
    QAction *connectAccount = file->addAction(tr("&Connect Sentry Account…"), this, &MainWindow::connectAccount);
    connectAccount->setObjectName(QStringLiteral("window.connectAccount"));
    connectAccount->setStatusTip(tr("Add a Sentry organisation to sync (sentry.io or self-hosted)"));
    QAction *import = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    import->setObjectName(QStringLiteral("window.import"));
    import->setShortcut(QKeySequence::Open);
    import->setStatusTip(tr("Import exported events, envelopes or JSON Lines (also by dropping files on the window)"));
    QAction *demo = file->addAction(tr("Open &Demo Data"), this, &MainWindow::openDemo);
    demo->setObjectName(QStringLiteral("window.demo"));
    demo->setStatusTip(tr("Open the bundled demo in a window of its own"));
    file->addSeparator();
    createIngestActions(file);
    file->addSeparator();
    toolbar->addAction(import);
}

void MainWindow::updateWelcome()
{
    if (!m_welcome)
        return;
    const bool empty = m_store->issueCount({}) == 0 && !m_sync->hasAccounts();
    // Nothing to search before there is anything: the welcome page's three ways in stand alone.
    if (m_searchAction)
        m_searchAction->setVisible(!empty);
    if (empty)
        m_pages->setCurrentWidget(m_welcome);
    else if (m_pages->currentWidget() == m_welcome)
        m_pages->setCurrentWidget(m_splitter);
}

void MainWindow::connectAccount()
{
    QStringList warnings;
    TokenStore tokens;
    AccountDialog dialog(AccountDialog::discovered(&warnings), &tokens, this);
    dialog.setDiscoveryWarnings(warnings);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AccountConfig account = dialog.account();
    SyncStore sync(*m_store);
    if (sync.ensureAccount(account.url.adjusted(QUrl::StripTrailingSlash).toString(), account.org) == 0) {
        statusBar()->showMessage(tr("Could not add the account: %1").arg(sync.errorString()), 20000);
        return;
    }
    statusBar()->showMessage(dialog.storageDescription(), 12000);
    m_syncStatus->refresh();
    updateWelcome();
    m_sync->syncNow();
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = WelcomePage::chooseFiles(this);
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    auto *dialog = new ImportDialog(m_store->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        refresh();
        m_notifier->checkRules();
        updateWelcome();
    });
    dialog->show();
    dialog->start(files);
}

void MainWindow::openDemo()
{
    // Its own window and cache: the demo never mixes with the user's data.
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--demo")}))
        statusBar()->showMessage(tr("Could not start the demo."), 12000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::applied, this,
        [this](const AutoSyncSettings &sync, const NotificationSettings &notifications) {
            m_scheduler->setSettings(sync);
            m_notifier->setSettings(notifications);
        });
    dialog.exec();
}

} // namespace lookout

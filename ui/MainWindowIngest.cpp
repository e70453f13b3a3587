// The main window's local ingest: the switch, the DSN dialog, and the list kept live while SDKs
// send (the endpoint and its writer run on threads of their own: nothing here waits for them).
#include "MainWindow.h"

#include "IssueListModel.h"
#include "IssueListView.h"
#include "LocalIngestDialog.h"
#include "SidebarModel.h"
#include "ingest/IngestServer.h"
#include "store/Store.h"
#include "watch/Notifier.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lookout {

void MainWindow::createIngestActions(QMenu *file)
{
    m_ingest = new IngestServer(this);
    // Commits come as often as the writer makes them; the list is read again at most this often,
    // so a flood does not keep reloading it, and a new issue still shows within a second.
    m_ingestRefresh = new QTimer(this);
    m_ingestRefresh->setSingleShot(true);
    m_ingestRefresh->setInterval(300);
    connect(m_ingest, &IngestServer::stored, this, [this](const IngestBatch &batch) {
        m_ingestNewIssues += batch.newIssues;
        m_ingestEvents += batch.events;
        if (!m_ingestRefresh->isActive())
            m_ingestRefresh->start();
    });
    connect(m_ingestRefresh, &QTimer::timeout, this, &MainWindow::ingestArrived);
    connect(m_ingest, &IngestServer::stopped, this,
        [this] { statusBar()->showMessage(tr("Local ingest stopped; everything received is stored."), 8000); });

    m_ingestToggle = file->addAction(tr("Receive Events &Locally"));
    m_ingestToggle->setObjectName(u"window.ingest"_s);
    m_ingestToggle->setCheckable(true);
    m_ingestToggle->setStatusTip(tr("Be the Sentry your SDK sends to while you develop (a DSN on 127.0.0.1)"));
    connect(m_ingestToggle, &QAction::toggled, this, &MainWindow::setIngestEnabled);
    QAction *dialog = file->addAction(tr("Local Ingest &DSN…"), this, [this] { showIngestDialog(); });
    dialog->setObjectName(u"window.ingestDsn"_s);
    dialog->setStatusTip(tr("The DSN to give your SDK, with a Copy button"));
    if (QSettings().value(u"ingest/enabled"_s, false).toBool())
        m_ingestToggle->setChecked(true);
}

void MainWindow::setIngestEnabled(bool on)
{
    if (on == m_ingest->isRunning())
        return;
    QSettings settings;
    if (!on) {
        // Not stop(): under a flood of events that waits for the network thread, tens of
        // milliseconds. What it received is stored all the same, and then it says so (stopped).
        m_ingest->stopLater();
        settings.setValue(u"ingest/enabled"_s, false);
        return;
    }
    // One key per installation, so the DSN pasted into an app stays valid across restarts.
    QString key = settings.value(u"ingest/key"_s).toString();
    if (key.isEmpty()) {
        key = QUuid::createUuid().toString(QUuid::Id128);
        settings.setValue(u"ingest/key"_s, key);
    }
    IngestSettings ingest;
    ingest.port = quint16(settings.value(u"ingest/port"_s, 8969).toInt());
    ingest.dbPath = m_store->path();
    ingest.dsnKey = key;
    ingest.rejectedDir = QFileInfo(m_store->path()).absoluteDir().filePath(u"rejected"_s);
    if (!m_ingest->start(ingest)) {
        const QSignalBlocker blocker(m_ingestToggle);
        m_ingestToggle->setChecked(false);
        statusBar()->showMessage(tr("Local ingest not started: %1").arg(m_ingest->errorString()), 20000);
        return;
    }
    settings.setValue(u"ingest/enabled"_s, true);
    {
        const QSignalBlocker blocker(m_ingestToggle);
        m_ingestToggle->setChecked(true);
    }
    statusBar()->showMessage(tr("Receiving events at %1").arg(m_ingest->dsn()), 12000);
}

LocalIngestDialog *MainWindow::showIngestDialog()
{
    if (!m_ingestDialog)
        m_ingestDialog = new LocalIngestDialog(m_ingest, m_ingestToggle, this);
    m_ingestDialog->refresh();
    m_ingestDialog->show();
    m_ingestDialog->raise();
    m_ingestDialog->activateWindow();
    return m_ingestDialog;
}

void MainWindow::ingestArrived()
{
    const QList<qint64> newIssues = std::exchange(m_ingestNewIssues, {});
    const qint64 events = std::exchange(m_ingestEvents, 0);
    // Read what the writer committed, keeping the issue in view (as after a sync).
    const qint64 current = m_issueModel->issueIdAt(m_issueView->currentIndex().row());
    refresh();
    if (current != 0) {
        const int row = m_issueModel->rowOf(current);
        if (row >= 0)
            m_issueView->selectionModel()->setCurrentIndex(m_issueModel->index(row, IssueListModel::TitleColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateWelcome();
    m_notifier->syncFinished(newIssues, {}, false);
    if (events > 0)
        statusBar()->showMessage(newIssues.isEmpty()
                ? tr("Received %n event(s)", nullptr, int(events))
                : tr("Received %n event(s)", nullptr, int(events)) + tr(", %n new issue(s)", nullptr, int(newIssues.size())),
            6000);
}

} // namespace lookout

// The main window from outside: Sentry issue links (command line, a second start, a drop) and the
// files a second start passes on.
#include "MainWindow.h"

#include "IssueDetailView.h"
#include "SentryLinkDropFilter.h"
#include "api/SentryIssueLink.h"
#include "store/Store.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QStatusBar>
#include <QUrl>

namespace lookout {

void MainWindow::setupLinks()
{
    auto *drops = new SentryLinkDropFilter(this);
    drops->watch(this);
    connect(drops, &SentryLinkDropFilter::linkDropped, this, [this](const QString &link) { openSentryLink(link); });
    // A link whose issue was not cached yet is tried again when the sync it started ends.
    connect(m_sync, &SyncController::finished, this, [this] {
        const QString link = std::exchange(m_pendingLink, QString());
        if (!link.isEmpty())
            openSentryLink(link, false);
    });
}

MainWindow::LinkResult MainWindow::openSentryLink(const QString &text, bool syncWhenMissing)
{
    QString error;
    const std::optional<SentryIssueLink> link = SentryIssueLink::parse(text, &error);
    if (!link) {
        statusBar()->showMessage(error, 12000);
        return LinkResult::NotALink;
    }
    const SentryIssueLink::Target target = link->resolve(*m_store);
    if (target.issueId != 0) {
        showIssues();
        openIssue(target.issueId);
        if (!link->eventId.isEmpty() && !m_detail->showEvent(link->eventId))
            statusBar()->showMessage(tr("Event %1 of %2 is not in the cache: showing the issue's latest event")
                                         .arg(link->eventId.left(12), link->toDisplayString()),
                12000);
        return LinkResult::Opened;
    }
    if (target.accountId == 0) {
        statusBar()->showMessage(tr("Sentry %1 is not in this cache, and no account of %2 on %3 is connected "
                                    "(File > Connect Sentry Account…)")
                                     .arg(link->toDisplayString(), link->org, link->server.host()),
            20000);
        return LinkResult::NoAccount;
    }
    if (syncWhenMissing && !m_sync->isOffline()) {
        m_pendingLink = text;
        if (!m_sync->isRunning())
            m_sync->syncNow();
        statusBar()->showMessage(
            tr("Sentry %1 is not in the cache yet: syncing %2…").arg(link->toDisplayString(), link->org), 20000);
        return LinkResult::Syncing;
    }
    statusBar()->showMessage(
        tr("Sentry %1 is not in the cache (a sync brings the issues Sentry lists for %2; this one may be resolved or "
           "older)")
            .arg(link->toDisplayString(), link->org),
        20000);
    return LinkResult::NotCached;
}

void MainWindow::openArguments(const QStringList &arguments, const QString &workingDirectory)
{
    QStringList files;
    const QDir base(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory);
    for (const QString &argument : arguments) {
        const QUrl url(argument);
        if (url.scheme() == u"http" || url.scheme() == u"https")
            openSentryLink(argument);
        else if (url.isLocalFile())
            files << url.toLocalFile();
        else if (!argument.isEmpty())
            files << base.absoluteFilePath(argument);
    }
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

} // namespace lookout

// The detail view and Sentry: events the cache lacks are fetched on demand for synced issues.
#include "IssueDetailView.h"

#include "ElidedLabel.h"
#include "EventListModel.h"
#include "EventsPane.h"
#include "api/SentryClient.h"
#include "sync/SyncController.h"

#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace lookout {

bool IssueDetailView::canFetch() const
{
    return m_sync && !m_sync->isOffline();
}

bool IssueDetailView::olderOnSentry() const
{
    if (!m_issue)
        return false;
    const EventsPane::Coverage c = EventsPane::coverage(*m_store, *m_issue);
    return c.synced && !c.complete;
}

bool IssueDetailView::newerOnSentry() const
{
    if (!m_issue || !olderOnSentry() || !m_issue->lastSeen.isValid())
        return false;
    const QList<Store::EventRow> newest = m_store->eventRows(m_issue->id, 0, 1);
    // Sentry's lastSeen and an event's timestamp differ by how late the event arrived: a second's slack.
    return newest.isEmpty() || m_issue->lastSeen > newest.constFirst().timestamp.addSecs(1);
}

bool IssueDetailView::fetchFromSentry(const QString &requested, const QString &what)
{
    if (!m_issue)
        return false;
    if (!canFetch()) {
        QString subject = what;
        if (!subject.isEmpty())
            subject[0] = subject[0].toUpper();
        Q_EMIT statusMessage(tr("%1 is not cached, and Lookout is offline.").arg(subject));
        return false;
    }
    m_fetching = requested;
    m_eventLabel->setText(tr("Loading %1 from Sentry…").arg(what));
    m_sync->fetchEvent(m_issue->id, requested);
    return true;
}

void IssueDetailView::eventFetched(qint64 issueId, const QString &requested, const QString &eventId)
{
    if (!m_issue || issueId != m_issue->id)
        return;
    if (!m_fetching.isEmpty() && requested == m_fetching) {
        m_fetching.clear();
        if (!showEvent(eventId))
            updateEventBar();
        return;
    }
    if (!m_stored.eventId.isEmpty() && m_fetching.isEmpty())
        updateEventBar(); // one more cached event: positions and counts moved
}

void IssueDetailView::eventFetchFailed(qint64 issueId, const QString &requested, const QString &message)
{
    if (!m_issue || issueId != m_issue->id)
        return;
    if (requested.isEmpty() && m_olderPending) {
        m_olderPending = false;
        if (!m_stored.eventId.isEmpty())
            updateEventBar();
        Q_EMIT statusMessage(m_sync && m_sync->isOffline() ? tr("Older events are not cached, and Lookout is offline.")
                                                           : tr("Could not load older events from Sentry: %1").arg(message));
        return;
    }
    if (m_fetching.isEmpty() || requested != m_fetching)
        return;
    m_fetching.clear();
    if (!m_stored.eventId.isEmpty())
        updateEventBar();
    const QString text = m_sync && m_sync->isOffline() ? tr("That event is not cached, and Lookout is offline.")
                                                       : tr("Could not load the event from Sentry: %1").arg(message);
    m_eventLabel->setText(text);
    Q_EMIT statusMessage(text);
}

void IssueDetailView::moreEventsLoaded(qint64 issueId)
{
    if (!m_issue || issueId != m_issue->id)
        return;
    if (m_olderPending) {
        m_olderPending = false;
        if (const std::optional<StoredEvent> older = m_store->adjacentEvent(m_issue->id, m_event.eventId, false)) {
            display(*older);
            return;
        }
        Q_EMIT statusMessage(tr("Sentry has no older event of this issue."));
    }
    if (!m_stored.eventId.isEmpty() && m_fetching.isEmpty())
        updateEventBar();
}

bool IssueDetailView::openEvent(const QString &eventId)
{
    if (showEvent(eventId))
        return true;
    if (!m_issue || !EventsPane::coverage(*m_store, *m_issue).synced)
        return false;
    return fetchFromSentry(eventId, tr("event %1").arg(eventId.left(8)));
}

} // namespace lookout

#include "EventsPane.h"

#include "EventListModel.h"
#include "store/Store.h"
#include "store/SyncStore.h"
#include "sync/EventPager.h"
#include "sync/SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

EventsPane::EventsPane(Store *store, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new EventListModel(store, clock, this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load More from Sentry"), this))
{
    setObjectName(u"eventsPane"_s);
    m_view->setObjectName(u"eventsView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    connect(m_view, &QTreeView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT eventActivated(index.data(EventListModel::EventIdRole).toString()); });
    // Scrolling to the end of what the cache holds asks Sentry for the next page.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &EventsPane::maybeLoadAtEnd);

    m_status->setObjectName(u"eventsStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // Sentry's error details are not ours to render
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_loadMore->setObjectName(u"loadMoreEvents"_s);
    m_loadMore->setAutoDefault(false);
    connect(m_loadMore, &QPushButton::clicked, this, &EventsPane::loadMore);

    auto *footer = new QWidget(this);
    footer->setObjectName(u"eventsFooter"_s);
    auto *row = new QHBoxLayout(footer);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_status, 1);
    row->addWidget(m_loadMore);
    // The same height with or without the button, so the table does not jump.
    footer->setMinimumHeight(m_loadMore->sizeHint().height() + row->contentsMargins().top() + row->contentsMargins().bottom());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(footer);
    updateStatus();
}

void EventsPane::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncController::offlineChanged, this, &EventsPane::updateStatus);
    connect(sync, &SyncController::eventsLoaded, this, [this](qint64 id, qint64 stored, bool) {
        if (id != issueId())
            return;
        m_loading = false;
        m_error.clear();
        m_heldUntil = {};
        if (stored > 0)
            m_model->refresh();
        updateStatus();
        Q_EMIT eventsAdded(id);
    });
    connect(sync, &SyncController::eventLoaded, this, [this](qint64 id, const QString &, const QString &) {
        if (id == issueId()) {
            m_model->refresh();
            updateStatus();
        }
    });
    connect(sync, &SyncController::eventLoadFailed, this, [this](qint64 id, const QString &requested, const QString &message) {
        if (id != issueId() || !requested.isEmpty())
            return; // one event's failure is the event bar's to show
        m_loading = false;
        m_error = message;
        m_heldUntil = {};
        updateStatus();
    });
    connect(sync, &SyncController::eventsRateLimited, this, [this](qint64 id, const QDateTime &until) {
        if (id != issueId() || !m_loading)
            return;
        m_heldUntil = until;
        updateStatus();
    });
    updateStatus();
}

void EventsPane::setIssue(const IssueSummary &issue)
{
    const bool other = !m_issue || m_issue->id != issue.id;
    m_issue = issue;
    if (other) {
        m_loading = false;
        m_error.clear();
        m_heldUntil = {};
    }
    m_model->setIssue(issue.id);
    // Releases ("backend-api@2.14.0") would be cut off at the default width; the key tags take the rest.
    for (const int column : {EventListModel::TimeColumn, EventListModel::ReleaseColumn})
        m_view->resizeColumnToContents(column);
    updateStatus();
}

void EventsPane::clear()
{
    m_issue.reset();
    m_loading = false;
    m_error.clear();
    m_model->setIssue(0);
    updateStatus();
}

EventsPane::Coverage EventsPane::coverage(Store &store, const IssueSummary &issue)
{
    Coverage c;
    c.cached = store.cachedEventCount(issue.id);
    SyncStore sync(store);
    const std::optional<SyncStore::IssueIdentity> identity = sync.issueIdentity(issue.id);
    c.synced = identity && identity->accountId != 0;
    if (!c.synced) {
        c.total = c.cached;
        return c;
    }
    const std::optional<IssueSummary> current = store.issue(issue.id); // the count of the latest sync
    c.total = std::max(current ? current->timesSeen : issue.timesSeen, c.cached);
    c.complete = c.cached >= c.total || EventPager::listingComplete(sync, identity->accountId, issue.id, c.total);
    return c;
}

bool EventsPane::canLoadMore() const
{
    if (!m_issue || !m_sync || m_sync->isOffline())
        return false;
    const Coverage c = coverage(*m_store, *m_issue);
    return c.synced && !c.complete;
}

void EventsPane::loadMore()
{
    if (m_loading || !canLoadMore())
        return;
    m_loading = true;
    m_error.clear();
    updateStatus();
    m_sync->loadMoreEvents(m_issue->id);
}

void EventsPane::maybeLoadAtEnd()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // Only at the end of everything cached, and not again by itself after an error: Retry is there.
    if (bar->maximum() > 0 && bar->value() == bar->maximum() && !m_model->canFetchMore({}) && m_error.isEmpty())
        loadMore();
}

void EventsPane::updateStatus()
{
    if (!m_issue) {
        m_status->clear();
        m_loadMore->hide();
        return;
    }
    const QLocale locale;
    const Coverage c = coverage(*m_store, *m_issue);
    const QString counts = tr("%1 of %2 events cached").arg(locale.toString(c.cached), locale.toString(c.total));
    QString text;
    bool button = false;
    QString buttonText = tr("Load More from Sentry");
    if (!c.synced) {
        text = c.cached == 1 ? tr("This imported issue's only event is here.")
                             : tr("All %1 events of this imported issue are here.").arg(locale.toString(c.cached));
    } else if (c.complete) {
        text = c.cached >= c.total ? (c.cached == 1 ? tr("The issue's only event is cached.")
                                                    : tr("All %1 events cached.").arg(locale.toString(c.cached)))
                                   : tr("All events Sentry still keeps are cached (%1 of the %2 it counted).")
                                         .arg(locale.toString(c.cached), locale.toString(c.total));
    } else if (!m_sync || m_sync->isOffline()) {
        text = tr("%1; Lookout is offline: connect to load more.").arg(counts);
    } else if (m_loading) {
        text = tr("%1 · loading more from Sentry…").arg(counts);
        if (m_heldUntil.isValid())
            text += u' '
                + tr("Sentry's rate limit holds requests until %1.").arg(locale.toString(m_heldUntil.toLocalTime().time()));
        button = true;
    } else if (!m_error.isEmpty()) {
        text = tr("%1. Loading more failed: %2").arg(counts, m_error);
        buttonText = tr("Retry");
        button = true;
    } else {
        text = counts + u'.';
        button = true;
    }
    m_status->setText(text);
    m_status->setForegroundRole(m_error.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_loadMore->setText(buttonText);
    m_loadMore->setVisible(button);
    m_loadMore->setEnabled(!m_loading);
}

} // namespace lookout

#include "IssueDetailView.h"

#include "ElidedLabel.h"
#include "EventListModel.h"
#include "EventsPane.h"
#include "api/SentryClient.h"
#include "store/RecommendedEvent.h"
#include "sync/SyncController.h"

#include "BreadcrumbModel.h"
#include "BreadcrumbPane.h"
#include "CodeViewer.h"
#include "ContextsModel.h"
#include "IssueHeader.h"
#include "IssueMarkdown.h"
#include "JsonFormatter.h"
#include "KeyValueView.h"
#include "LinkOpener.h"
#include "RequestModel.h"
#include "StackTracePane.h"
#include "TagsPane.h"
#include "UserModel.h"
#include "core/Clock.h"
#include "core/RelativeTime.h"
#include "store/EventPayload.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lookout {

IssueDetailView::IssueDetailView(Store *store, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_header(new IssueHeader(clock, this))
    , m_eventLabel(new ElidedLabel(this))
    , m_events(new EventsPane(store, clock, this))
    , m_tabs(new QTabWidget(this))
    , m_stackTrace(new StackTracePane(this))
    , m_breadcrumbs(new BreadcrumbPane(this))
    , m_tags(new TagsPane(this))
    , m_contexts(new ContextsModel(this))
    , m_request(new RequestModel(this))
    , m_user(new UserModel(this))
    , m_contextsView(new KeyValueView(tr("No contexts in this event."), this))
    , m_requestView(new KeyValueView(tr("No HTTP request in this event."), this))
    , m_userView(new KeyValueView(tr("No user in this event."), this))
    , m_json(new CodeViewer(this))
{
    setObjectName(u"issueDetail"_s);
    createActions();
    m_empty->setObjectName(u"issueDetailEmpty"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Select an issue to see its stack trace, breadcrumbs and tags."));
    m_contextsView->setObjectName(u"contextsView"_s);
    m_contextsView->setKeyValueModel(m_contexts);
    m_requestView->setObjectName(u"requestView"_s);
    m_requestView->setKeyValueModel(m_request);
    m_userView->setObjectName(u"userView"_s);
    m_userView->setKeyValueModel(m_user);
    m_json->setObjectName(u"rawJsonView"_s);
    m_json->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(u"issueDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(StackTraceTab, m_stackTrace, tr("Stack Trace"));
    m_tabs->insertTab(BreadcrumbsTab, m_breadcrumbs, tr("Breadcrumbs"));
    m_tabs->insertTab(TagsTab, m_tags, tr("Tags"));
    m_tabs->insertTab(ContextsTab, m_contextsView, tr("Contexts"));
    m_tabs->insertTab(RequestTab, m_requestView, tr("Request"));
    m_tabs->insertTab(UserTab, m_userView, tr("User"));
    m_tabs->insertTab(JsonTab, m_json, tr("JSON"));
    m_tabs->insertTab(EventsTab, m_events, tr("Events"));
    // An event chosen in the table is shown from its stack trace on.
    connect(m_events, &EventsPane::eventActivated, this, [this](const QString &eventId) {
        if (showEvent(eventId))
            m_tabs->setCurrentIndex(StackTraceTab);
    });
    connect(m_events, &EventsPane::eventsAdded, this, &IssueDetailView::moreEventsLoaded);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    m_triageBar = new QWidget(this);
    m_triageBar->setObjectName(u"triageBar"_s);
    auto *triage = new QHBoxLayout(m_triageBar);
    triage->setContentsMargins(8, 0, 8, 0);
    triage->setSpacing(2);
    triage->addStretch(1);
    m_triageBar->hide(); // until the window hands over its triage actions
    layout->addWidget(m_triageBar);
    layout->addWidget(createEventBar());
    layout->addWidget(m_tabs, 1);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_tabs, &QTabWidget::currentChanged, this, &IssueDetailView::loadCurrentTab);
    connect(m_stackTrace, &StackTracePane::statusMessage, this, &IssueDetailView::statusMessage);
    connect(m_stackTrace, &StackTracePane::sourceMappingRequested, this, [this](const QString &path) {
        if (m_issue)
            Q_EMIT sourceMappingRequested(m_issue->projectSlug, path);
    });
    clear();
}

IssueDetailView::~IssueDetailView() = default;

void IssueDetailView::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(text + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')');
        }
        addAction(action);
        return action;
    };
    m_recommended = make(tr("Recommended"), u"recommendedEventAction"_s, QKeySequence(Qt::ALT | Qt::Key_R));
    m_recommended->setStatusTip(tr("The cached event with the most to debug with: in-app source, variables, breadcrumbs, trace"));
    m_oldest = make(tr("« Oldest"), u"oldestEventAction"_s, QKeySequence(Qt::ALT | Qt::Key_Home));
    m_older = make(tr("‹ Older"), u"olderEventAction"_s, QKeySequence(Qt::ALT | Qt::Key_Left));
    m_newer = make(tr("Newer ›"), u"newerEventAction"_s, QKeySequence(Qt::ALT | Qt::Key_Right));
    m_latest = make(tr("Latest »"), u"latestEventAction"_s, QKeySequence(Qt::ALT | Qt::Key_End));
    m_copyId = make(tr("Copy Event ID"), u"copyEventIdAction"_s, {});
    m_copyMarkdown = make(tr("Copy as Markdown"), u"copyMarkdownAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_openInSentry = make(tr("Open in Sentry"), u"openInSentryAction"_s, {});
    connect(m_recommended, &QAction::triggered, this, &IssueDetailView::showRecommended);
    connect(m_oldest, &QAction::triggered, this, &IssueDetailView::showOldest);
    connect(m_older, &QAction::triggered, this, &IssueDetailView::showOlder);
    connect(m_newer, &QAction::triggered, this, &IssueDetailView::showNewer);
    connect(m_latest, &QAction::triggered, this, &IssueDetailView::showLatest);
    connect(m_copyId, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_event.eventId);
        Q_EMIT statusMessage(tr("Copied the event id %1").arg(m_event.eventId));
    });
    connect(m_copyMarkdown, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(markdown());
        Q_EMIT statusMessage(tr("Copied the issue as Markdown"));
    });
    connect(m_openInSentry, &QAction::triggered, this, [this] {
        if (!m_url.isEmpty())
            LinkOpener::open(QUrl(m_url));
    });
}

QWidget *IssueDetailView::createEventBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"eventBar"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 2, 8, 4);
    layout->setSpacing(2);
    const auto button = [bar](QAction *action) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    for (QAction *action : {m_recommended, m_oldest, m_older, m_newer, m_latest})
        layout->addWidget(button(action));
    layout->addSpacing(10);
    m_eventLabel->setObjectName(u"eventLabel"_s);
    m_eventLabel->setTextFormat(Qt::PlainText);
    // A narrow window clips the label rather than growing to fit it.
    m_eventLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_eventLabel, 1);
    for (QAction *action : {m_copyId, m_copyMarkdown, m_openInSentry})
        layout->addWidget(button(action));
    return bar;
}

void IssueDetailView::setTriageActions(const QList<QAction *> &actions)
{
    // The window's own actions: the same keys, the same outbox, shown where the issue is read.
    auto *layout = static_cast<QHBoxLayout *>(m_triageBar->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_triageBar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->insertWidget(layout->count() - 1, button);
    }
    m_triageBar->setVisible(!actions.isEmpty());
}

void IssueDetailView::setSyncController(SyncController *sync)
{
    m_sync = sync;
    m_events->setSyncController(sync);
    if (!sync)
        return;
    connect(sync, &SyncController::eventLoaded, this, &IssueDetailView::eventFetched);
    connect(sync, &SyncController::eventLoadFailed, this, &IssueDetailView::eventFetchFailed);
    connect(sync, &SyncController::offlineChanged, this, [this] {
        if (m_issue && !m_stored.eventId.isEmpty() && m_fetching.isEmpty())
            updateEventBar();
    });
}

QTreeView *IssueDetailView::eventsView() const
{
    return m_events->view();
}

void IssueDetailView::setSourceMapping(const SourceMapping *mapping)
{
    m_mapping = mapping;
    m_stackTrace->setSourceMapping(mapping, m_issue ? m_issue->projectSlug : QString());
}

void IssueDetailView::setEditorCommand(const QString &command)
{
    m_stackTrace->setEditorCommand(command);
}

void IssueDetailView::clear()
{
    m_issue.reset();
    m_fetching.clear();
    m_olderPending = false;
    m_stored = {};
    m_event = {};
    m_url.clear();
    m_tagsIssue = 0;
    m_header->clear();
    m_pages->setCurrentWidget(m_empty);
    for (QAction *action : {m_oldest, m_older, m_newer, m_latest, m_copyId, m_copyMarkdown, m_openInSentry})
        action->setEnabled(false);
}

bool IssueDetailView::showIssue(qint64 issueId)
{
    if (const std::optional<StoredEvent> latest = m_store->latestEvent(issueId))
        return display(*latest);
    // An issue synced without its events yet still shows its header.
    const std::optional<IssueSummary> issue = m_store->issue(issueId);
    if (!issue) {
        clear();
        return false;
    }
    clear();
    m_issue = issue;
    m_header->setIssue(*issue);
    m_event = {};
    m_stackTrace->setEvent(m_event);
    m_breadcrumbs->setEvent(m_event);
    m_pages->setCurrentIndex(1);
    m_eventLabel->setText(tr("No event of this issue is in the cache yet."));
    return true;
}

void IssueDetailView::refreshIssue()
{
    if (!m_issue)
        return;
    const std::optional<IssueSummary> issue = m_store->issue(m_issue->id);
    if (!issue || m_stored.eventId.isEmpty() || !m_store->hasEvent(m_stored.eventId)) {
        // Gone, merged away, or waiting for its first event: show what there is now.
        if (!issue || !showIssue(issue->id))
            clear();
        return;
    }
    m_issue = issue;
    m_header->setIssue(*m_issue);
    // The tag distribution reads every event of the issue: done again when its tab is next opened,
    // not on every refresh while events stream in.
    if (m_tabs->currentIndex() != TagsTab)
        m_tagsIssue = 0;
    if (m_eventsIssue == m_issue->id) {
        if (m_tabs->currentIndex() == EventsTab) {
            // Reloaded in place: the list keeps where the user had scrolled to.
            QScrollBar *bar = m_events->view()->verticalScrollBar();
            const int scrolled = bar->value();
            m_events->setIssue(*m_issue);
            bar->setValue(scrolled);
        } else {
            m_eventsIssue = 0;
        }
    }
    updateEventBar();
}

bool IssueDetailView::showEvent(const QString &eventId)
{
    const std::optional<StoredEvent> stored = m_store->event(eventId);
    return stored && display(*stored);
}

void IssueDetailView::showLatest()
{
    if (!m_issue)
        return;
    if (newerOnSentry() && canFetch() && fetchFromSentry(SentryClient::latestEvent(), tr("the latest event")))
        return;
    showIssue(m_issue->id);
}

void IssueDetailView::showRecommended()
{
    if (!m_issue)
        return;
    const QString eventId = RecommendedEvent::choose(*m_store, m_issue->id);
    if (!eventId.isEmpty() && showEvent(eventId))
        Q_EMIT statusMessage(eventId == m_store->eventRows(m_issue->id, 0, 1).value(0).eventId
                ? tr("The latest event is also the most helpful one cached")
                : tr("Showing the cached event with the most to debug with"));
}

void IssueDetailView::showOldest()
{
    if (!m_issue)
        return;
    if (olderOnSentry()) {
        if (fetchFromSentry(SentryClient::oldestEvent(), tr("the oldest event")))
            return;
    }
    if (const std::optional<StoredEvent> stored = m_store->oldestEvent(m_issue->id))
        display(*stored);
}

void IssueDetailView::showNewer()
{
    if (!m_issue || m_event.eventId.isEmpty())
        return;
    if (const std::optional<StoredEvent> stored = m_store->adjacentEvent(m_issue->id, m_event.eventId, true))
        display(*stored);
    else if (newerOnSentry())
        showLatest();
}

void IssueDetailView::showOlder()
{
    if (!m_issue || m_event.eventId.isEmpty())
        return;
    if (const std::optional<StoredEvent> stored = m_store->adjacentEvent(m_issue->id, m_event.eventId, false)) {
        display(*stored);
        return;
    }
    if (!olderOnSentry())
        return;
    if (!canFetch()) {
        Q_EMIT statusMessage(tr("Older events are not cached, and Lookout is offline."));
        return;
    }
    // The next page of Sentry's listing brings the events just older than the cache's oldest.
    if (m_events->issueId() != m_issue->id) {
        m_events->setIssue(*m_issue);
        m_eventsIssue = m_issue->id;
    }
    m_olderPending = true;
    m_eventLabel->setText(tr("Loading older events from Sentry…"));
    m_events->loadMore();
    if (!m_events->isLoading()) {
        m_olderPending = false;
        updateEventBar();
    }
}

bool IssueDetailView::display(const StoredEvent &stored)
{
    QString error;
    std::optional<Event> event = parseEventPayload(stored.payload, &error);
    if (!event) {
        // The payload stays readable in the JSON tab even when it no longer parses.
        Q_EMIT statusMessage(tr("Event %1 cannot be read: %2").arg(stored.eventId, error));
        event = Event {};
        event->eventId = stored.eventId;
        event->timestamp = stored.timestamp;
    }
    // Whatever was being fetched from Sentry is not wanted any more once another event is chosen.
    m_fetching.clear();
    m_olderPending = false;
    if (!m_issue || m_issue->id != stored.issueId) {
        m_issue = m_store->issue(stored.issueId);
        if (!m_issue) {
            clear();
            return false;
        }
        m_url = m_store->issueWebUrl(m_issue->id);
        m_header->setIssue(*m_issue);
        m_tags->clearDistribution();
        m_tagsIssue = 0;
        m_stackTrace->setSourceMapping(m_mapping, m_issue->projectSlug);
    }
    m_stored = stored;
    m_event = *event;
    m_stackTrace->setEvent(m_event);
    m_breadcrumbs->setEvent(m_event);
    m_tags->setEventTags(m_event.tags);
    m_contexts->setEvent(m_event);
    m_request->setEvent(m_event);
    m_user->setEvent(m_event);
    m_jsonLoaded = false;
    m_tabs->setTabText(BreadcrumbsTab, tr("Breadcrumbs (%1)").arg(m_breadcrumbs->model()->breadcrumbCount()));
    m_tabs->setTabText(TagsTab, tr("Tags (%1)").arg(m_event.tags.size()));
    m_tabs->setTabEnabled(RequestTab, !m_event.request.isEmpty());
    m_tabs->setTabEnabled(UserTab, !m_event.user.isEmpty());
    m_pages->setCurrentIndex(1);
    updateEventBar();
    loadCurrentTab();
    Q_EMIT eventShown(m_event.eventId);
    return true;
}

void IssueDetailView::updateEventBar()
{
    const qint64 count = m_store->cachedEventCount(m_issue->id);
    const qint64 position = m_store->eventPosition(m_issue->id, m_stored.eventId);
    m_tabs->setTabText(EventsTab, tr("Events (%1)").arg(QLocale().toString(count)));
    if (m_eventsIssue == m_issue->id) {
        const int row = m_events->model()->rowOf(m_stored.eventId);
        if (row >= 0)
            m_events->view()->setCurrentIndex(m_events->model()->index(row, 0));
    }
    QStringList parts {tr("Event %1").arg(m_stored.eventId.left(8))};
    const QDateTime when = m_event.timestamp.isValid() ? m_event.timestamp : m_stored.timestamp;
    if (when.isValid())
        parts << QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) + u" ("_s + relativeTime(when, m_clock->now())
                + u')';
    const EventsPane::Coverage coverage = EventsPane::coverage(*m_store, *m_issue);
    const bool older = coverage.synced && !coverage.complete; // Sentry has events the cache lacks
    const bool fetchable = older && canFetch();
    if (position > 0)
        parts << (older ? tr("%1 of %2 cached") : tr("%1 of %2")).arg(position).arg(count);
    if (!m_event.release.isEmpty())
        parts << m_event.release;
    if (!m_event.environment.isEmpty())
        parts << m_event.environment;
    m_eventLabel->setText(parts.join(u" · "_s));
    QString tip = m_stored.eventId + u'\n' + when.toLocalTime().toString(Qt::ISODateWithMs);
    if (older)
        tip += u'\n'
            + tr("Sentry counted %1 events of this issue; the Events tab loads more of them.")
                  .arg(QLocale().toString(coverage.total));
    m_eventLabel->setToolTip(tip);
    m_older->setEnabled(position > 0 && (position < count || fetchable));
    m_oldest->setEnabled(position > 0 && (position < count || fetchable));
    const bool newer = fetchable && newerOnSentry();
    m_newer->setEnabled(position > 1 || (position == 1 && newer));
    m_latest->setEnabled(position > 1 || (position == 1 && newer));
    m_copyId->setEnabled(!m_stored.eventId.isEmpty());
    m_copyMarkdown->setEnabled(true);
    m_openInSentry->setEnabled(!m_url.isEmpty());
    m_openInSentry->setToolTip(m_url.isEmpty() ? tr("This issue was not synced from Sentry") : m_url);
}

void IssueDetailView::loadCurrentTab()
{
    // The tag distribution reads every cached event of the issue and the JSON can be large: both
    // wait until their tab is shown.
    if (!m_issue)
        return;
    const int tab = m_tabs->currentIndex();
    if (tab == TagsTab && m_tagsIssue != m_issue->id) {
        m_tags->loadDistribution(m_store, m_issue->id);
        m_tagsIssue = m_issue->id;
    } else if (tab == EventsTab && m_eventsIssue != m_issue->id) {
        m_events->setIssue(*m_issue);
        m_eventsIssue = m_issue->id;
        const int row = m_events->model()->rowOf(m_stored.eventId);
        if (row >= 0)
            m_events->view()->setCurrentIndex(m_events->model()->index(row, 0));
    } else if (tab == JsonTab && !m_jsonLoaded) {
        m_json->setCode(JsonFormatter::indent(m_stored.payload), u"JSON"_s);
        m_jsonLoaded = true;
    }
}

QString IssueDetailView::markdown() const
{
    return m_issue ? IssueMarkdown::render(*m_issue, m_event, m_url) : QString();
}

} // namespace lookout

#pragma once

#include "domain/Event.h"
#include "domain/IssueSummary.h"
#include "store/Store.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace lookout {

class BreadcrumbPane;
class Clock;
class CodeViewer;
class ContextsModel;
class ElidedLabel;
class EventsPane;
class IssueHeader;
class KeyValueView;
class RequestModel;
class SourceMapping;
class StackTracePane;
class SyncController;
class TagsPane;
class UserModel;

// What an engineer reads to understand an issue: the header, navigation between its cached
// events, and the event's stack traces, breadcrumbs, tags, contexts, request, user and raw JSON.
// Every text that comes from an event is shown as plain text.
class IssueDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { StackTraceTab, BreadcrumbsTab, TagsTab, ContextsTab, RequestTab, UserTab, JsonTab, EventsTab };

    IssueDetailView(Store *store, const Clock *clock, QWidget *parent = nullptr);
    ~IssueDetailView() override;

    // Local source for frames; read again for the shown event when called.
    void setSourceMapping(const SourceMapping *mapping);
    void setEditorCommand(const QString &command);
    // Buttons for the window's triage actions, above the event bar.
    void setTriageActions(const QList<QAction *> &actions);
    // Where events the cache lacks come from, for synced issues while online (none: cache only).
    void setSyncController(SyncController *sync);

    // Shows the issue with its latest cached event; false when there is no such issue.
    bool showIssue(qint64 issueId);
    // After new data (a sync, events received locally): the issue's header and event counts are read
    // again, and the event the user is reading stays shown (an issue with no event yet shows its
    // first). An issue that is gone is cleared.
    void refreshIssue();
    // Shows one of the current issue's events (or any event, switching issue); false when unknown.
    bool showEvent(const QString &eventId);
    // Like showEvent(), but an event of the current (synced) issue that is not cached is fetched
    // from Sentry when online, with a loading state; false when it cannot be shown or fetched.
    bool openEvent(const QString &eventId);
    // The event being fetched from Sentry ("oldest", "latest", an id), or empty.
    QString fetchingEvent() const { return m_fetching; }
    void clear();

    qint64 issueId() const { return m_issue ? m_issue->id : 0; }
    std::optional<IssueSummary> issue() const { return m_issue; }
    QString eventId() const { return m_event.eventId; }
    const Event &event() const { return m_event; }
    QString issueUrl() const { return m_url; }
    QString markdown() const;

    IssueHeader *header() const { return m_header; }
    ElidedLabel *eventLabel() const { return m_eventLabel; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *eventsView() const;
    EventsPane *eventsPane() const { return m_events; }
    StackTracePane *stackTrace() const { return m_stackTrace; }
    BreadcrumbPane *breadcrumbs() const { return m_breadcrumbs; }
    TagsPane *tags() const { return m_tags; }
    KeyValueView *contextsView() const { return m_contextsView; }
    KeyValueView *requestView() const { return m_requestView; }
    KeyValueView *userView() const { return m_userView; }
    CodeViewer *rawJson() const { return m_json; }

    QAction *latestAction() const { return m_latest; }
    QAction *oldestAction() const { return m_oldest; }
    QAction *newerAction() const { return m_newer; }
    QAction *olderAction() const { return m_older; }
    QAction *copyEventIdAction() const { return m_copyId; }
    QAction *copyMarkdownAction() const { return m_copyMarkdown; }
    QAction *openInSentryAction() const { return m_openInSentry; }

public Q_SLOTS:
    void showLatest();
    void showRecommended();
    void showOldest();
    void showNewer();
    void showOlder();

Q_SIGNALS:
    void eventShown(const QString &eventId);
    void sourceMappingRequested(const QString &project, const QString &path);
    void statusMessage(const QString &message);

private:
    QWidget *createEventBar();
    void createActions();
    bool display(const StoredEvent &stored);
    void updateEventBar();
    void loadCurrentTab();
    // Asks Sentry for one event of the issue when online; false (and a status message) offline.
    bool fetchFromSentry(const QString &requested, const QString &what);
    bool canFetch() const;
    // Sentry has events of the issue the cache lacks: older ones, or newer than the newest cached.
    bool olderOnSentry() const;
    bool newerOnSentry() const;
    void eventFetched(qint64 issueId, const QString &requested, const QString &eventId);
    void eventFetchFailed(qint64 issueId, const QString &requested, const QString &message);
    void moreEventsLoaded(qint64 issueId);

    Store *m_store;
    const Clock *m_clock;
    const SourceMapping *m_mapping = nullptr;
    std::optional<IssueSummary> m_issue;
    StoredEvent m_stored;
    Event m_event;
    QString m_url;
    bool m_jsonLoaded = false;
    qint64 m_tagsIssue = 0;

    QStackedWidget *m_pages;
    QLabel *m_empty;
    IssueHeader *m_header;
    ElidedLabel *m_eventLabel;
    EventsPane *m_events;
    qint64 m_eventsIssue = 0;
    SyncController *m_sync = nullptr;
    QString m_fetching;
    bool m_olderPending = false; // Older was pressed at the end of the cache: a page is loading
    QTabWidget *m_tabs;
    StackTracePane *m_stackTrace;
    BreadcrumbPane *m_breadcrumbs;
    TagsPane *m_tags;
    ContextsModel *m_contexts;
    RequestModel *m_request;
    UserModel *m_user;
    KeyValueView *m_contextsView;
    KeyValueView *m_requestView;
    KeyValueView *m_userView;
    CodeViewer *m_json;
    QAction *m_latest;
    QAction *m_recommended = nullptr;
    QWidget *m_triageBar = nullptr;
    QAction *m_oldest;
    QAction *m_newer;
    QAction *m_older;
    QAction *m_copyId;
    QAction *m_copyMarkdown;
    QAction *m_openInSentry;
};

} // namespace lookout

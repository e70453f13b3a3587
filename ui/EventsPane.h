#pragma once

#include "domain/IssueSummary.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace lookout {

class Clock;
class EventListModel;
class Store;
class SyncController;

// The issue detail's Events tab: the issue's cached events, newest first, and below them how many
// of Sentry's events the cache holds. For a synced issue, while Lookout is online, more come from
// Sentry page by page: with the Load More button, or by scrolling to the end of the table. New
// rows are inserted where they sort; errors and rate limits show in the line below the table.
class EventsPane : public QWidget
{
    Q_OBJECT
public:
    EventsPane(Store *store, const Clock *clock, QWidget *parent = nullptr);

    // Fetching more needs the controller; without it (or offline) the pane says what is cached.
    void setSyncController(SyncController *sync);
    // Loads the first page of the issue's cached events (again, when it is another issue).
    void setIssue(const IssueSummary &issue);
    void clear();
    qint64 issueId() const { return m_issue ? m_issue->id : 0; }

    // What the cache knows of the issue's events on Sentry.
    struct Coverage
    {
        bool synced = false;
        qint64 cached = 0;
        qint64 total = 0; // Sentry's count (the cached count for an imported issue)
        bool complete = true; // nothing more to fetch
    };
    static Coverage coverage(Store &store, const IssueSummary &issue);
    // Whether a fetch can start now: a synced issue with more on Sentry, and Lookout online.
    bool canLoadMore() const;
    bool isLoading() const { return m_loading; }

    QTreeView *view() const { return m_view; }
    EventListModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *loadMoreButton() const { return m_loadMore; }

public Q_SLOTS:
    void loadMore();
    void updateStatus();

Q_SIGNALS:
    void eventActivated(const QString &eventId);
    // Events of issueId came from Sentry and are in the cache (the table shows them).
    void eventsAdded(qint64 issueId);

private:
    void maybeLoadAtEnd();

    Store *m_store;
    QPointer<SyncController> m_sync;
    std::optional<IssueSummary> m_issue;
    EventListModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_loadMore;
    bool m_loading = false;
    QString m_error;
    QDateTime m_heldUntil;
};

} // namespace lookout

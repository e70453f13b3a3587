#pragma once

#include "domain/IssueSummary.h"
#include "watch/NotificationSettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimeZone>

namespace lookout {

class Clock;
class Store;

// One thing worth telling the user about an issue. Title and body are plain text built from
// event data: whoever shows them must not interpret them as markup.
struct Notification
{
    enum class Reason { NewIssue, Regression, Threshold };
    Reason reason = Reason::NewIssue;
    qint64 issueId = 0;
    QString rule; // the WatchRule's name, for Threshold
    qint64 users = 0; // for Threshold: users counted in the rule's window
    QString title;
    QString body;
    QDateTime at;
    bool quiet = false; // raised in quiet hours: counted as unread, not shown
};

// Decides which notifications a sync raises: new issues and regressions (from
// SyncEngine::issuesFound) and issues crossing a WatchRule's "more than N users in M minutes",
// all subject to the settings (toggles, per-rule mute, quiet hours). No widgets: TrayNotifier
// shows what this raises. Time comes from the Clock; quiet hours are in timeZone() (the system's
// by default).
//
// Users in a window: the store keeps per issue its total distinct users (Sentry's userCount for
// synced issues) and events per hour, not users per hour. The count used is the largest of three
// lower bounds: distinct users of the issue's cached events in the window (exact for imported
// data; synced issues keep only their latest events); the issue's whole userCount when it was
// first seen within the window; and the growth of its userCount since the Notifier's first look
// at the store within the window (it looks after every sync; so at the start it knows little).
//
// An issue raises a Threshold notification when its count goes above N, and not again for that
// rule until it has been at or below N and M minutes have passed since the last one. New issues
// and regressions are raised once per issue and reason within an hour.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(Store *store, const Clock *clock, QObject *parent = nullptr);

    void setSettings(const NotificationSettings &settings);
    const NotificationSettings &settings() const { return m_settings; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    bool isQuietNow() const;

    // After a completed sync, with SyncEngine::issuesFound's arguments (local issue ids). The first
    // sync of an account finds every issue "new": it raises no new-issue or regression notice.
    // Also checks the rules. Returns everything raised, quiet ones included.
    QList<Notification> syncFinished(const QList<qint64> &newIssues, const QList<qint64> &regressedIssues, bool initialSync);
    // The rules alone (after an import, or on a timer).
    QList<Notification> checkRules();

    // Issues with notifications the user has not looked at yet (quiet ones too).
    int unreadCount() const { return int(m_unread.size()); }
    QList<Notification> unread() const;
    void markRead(qint64 issueId);
    void markAllRead();

    // The users counted for the issue over the last `minutes` (see the class comment).
    qint64 usersInWindow(const IssueSummary &issue, int minutes);

Q_SIGNALS:
    // What should pop up now (nothing in quiet hours), in order: new, regressions, thresholds.
    void notificationsRaised(const QList<lookout::Notification> &notifications);
    void unreadCountChanged(int count);

private:
    struct RuleState
    {
        bool above = false;
        QDateTime lastRaised;
    };
    struct Snapshot
    {
        QDateTime at;
        qint64 userCount = 0;
    };

    QList<Notification> raise(QList<Notification> candidates);
    bool recentlyRaised(Notification::Reason reason, qint64 issueId, const QDateTime &now);
    void checkRule(const WatchRule &rule, const QDateTime &now, QList<Notification> *out);
    void recordUserCounts(const QDateTime &now);
    void prune(const QDateTime &now);

    Store *m_store;
    const Clock *m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    NotificationSettings m_settings;
    QHash<qint64, Notification> m_unread; // by issue: the latest notification
    QList<qint64> m_unreadOrder;
    QHash<QPair<int, qint64>, QDateTime> m_raised; // (reason, issue) -> when, for new and regressed
    QHash<QPair<QString, qint64>, RuleState> m_ruleStates; // (rule name, issue)
    // Every issue's userCount when it changed (the first look included), oldest first, and when
    // the Notifier looked: together they give an issue's count at each look.
    QHash<qint64, QList<Snapshot>> m_snapshots;
    QList<QDateTime> m_looks;
};

} // namespace lookout

Q_DECLARE_METATYPE(lookout::Notification)

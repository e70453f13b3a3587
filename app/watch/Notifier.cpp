#include "watch/Notifier.h"

#include "core/Clock.h"
#include "search/IssueSearch.h"
#include "store/Store.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

constexpr qint64 kRepeatSecs = 3600; // a new issue or regression is told once an hour at most
constexpr qint64 kMaxRuleIssues = 500;

QString bodyFor(const IssueSummary &issue)
{
    QString title = issue.title.simplified();
    if (title.size() > 200)
        title = title.left(199) + u'…';
    return issue.shortId.isEmpty() ? title : issue.shortId + u": "_s + title;
}

} // namespace

Notifier::Notifier(Store *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    qRegisterMetaType<Notification>();
    qRegisterMetaType<QList<Notification>>();
}

void Notifier::setSettings(const NotificationSettings &settings)
{
    m_settings = settings;
}

bool Notifier::isQuietNow() const
{
    return m_settings.isQuietAt(m_clock->now().toTimeZone(m_zone).time());
}

QList<Notification> Notifier::syncFinished(const QList<qint64> &newIssues, const QList<qint64> &regressedIssues, bool initialSync)
{
    const QDateTime now = m_clock->now();
    QList<Notification> candidates;
    const auto consider = [&](Notification::Reason reason, qint64 issueId) {
        const std::optional<IssueSummary> issue = m_store->issue(issueId);
        // Resolved or ignored by the time the sync ended: nothing to act on.
        if (!issue || issue->status != u"unresolved"_s || recentlyRaised(reason, issueId, now))
            return;
        Notification notification;
        notification.reason = reason;
        notification.issueId = issueId;
        notification.title = reason == Notification::Reason::NewIssue ? tr("New issue in %1").arg(issue->projectSlug)
                                                                      : tr("Regression in %1").arg(issue->projectSlug);
        notification.body = bodyFor(*issue);
        notification.at = now;
        candidates.append(notification);
    };
    // The first sync of an account finds everything new; telling each would be noise.
    if (!initialSync) {
        if (m_settings.newIssues) {
            for (const qint64 id : newIssues)
                consider(Notification::Reason::NewIssue, id);
        }
        if (m_settings.regressions) {
            for (const qint64 id : regressedIssues)
                consider(Notification::Reason::Regression, id);
        }
    }
    QList<Notification> thresholds;
    recordUserCounts(now);
    for (const WatchRule &rule : std::as_const(m_settings.rules)) {
        if (!rule.muted)
            checkRule(rule, now, &thresholds);
    }
    prune(now);
    return raise(candidates + thresholds);
}

QList<Notification> Notifier::checkRules()
{
    return syncFinished({}, {}, false);
}

bool Notifier::recentlyRaised(Notification::Reason reason, qint64 issueId, const QDateTime &now)
{
    const QPair<int, qint64> key {int(reason), issueId};
    const auto it = m_raised.constFind(key);
    if (it != m_raised.cend() && it.value().secsTo(now) < kRepeatSecs)
        return true;
    m_raised.insert(key, now);
    return false;
}

QList<Notification> Notifier::raise(QList<Notification> notifications)
{
    if (notifications.isEmpty())
        return notifications;
    const bool quiet = isQuietNow();
    for (Notification &notification : notifications) {
        notification.quiet = quiet;
        m_unread.insert(notification.issueId, notification);
        m_unreadOrder.removeOne(notification.issueId);
        m_unreadOrder.append(notification.issueId);
    }
    if (!quiet)
        Q_EMIT notificationsRaised(notifications);
    Q_EMIT unreadCountChanged(unreadCount());
    return notifications;
}

QList<Notification> Notifier::unread() const
{
    QList<Notification> result;
    result.reserve(m_unreadOrder.size());
    for (const qint64 id : m_unreadOrder)
        result.append(m_unread.value(id));
    return result;
}

void Notifier::markRead(qint64 issueId)
{
    if (m_unread.remove(issueId) == 0)
        return;
    m_unreadOrder.removeOne(issueId);
    Q_EMIT unreadCountChanged(unreadCount());
}

void Notifier::markAllRead()
{
    if (m_unread.isEmpty())
        return;
    m_unread.clear();
    m_unreadOrder.clear();
    Q_EMIT unreadCountChanged(0);
}

void Notifier::checkRule(const WatchRule &rule, const QDateTime &now, QList<Notification> *out)
{
    const SearchResult parsed = IssueSearch::parse(rule.query, {now, {}});
    if (!parsed.isValid())
        return; // the preferences say why (WatchRule::problem)
    std::optional<IssueQuery> query = parsed.query;
    const qint64 from = now.addSecs(-60 * qint64(rule.minutes)).toMSecsSinceEpoch();
    // Every count used is at most the issue's userCount, and none can grow without a new event.
    query->lastSeenAfterMs = std::max(query->lastSeenAfterMs.value_or(from), from);
    query->minUserCount = std::max(query->minUserCount.value_or(0), qint64(rule.users) + 1);
    query->sort = IssueSort::UserCount;
    query->descending = true;
    QSet<qint64> looked;
    const QList<IssueSummary> issues = m_store->issues(*query, 0, kMaxRuleIssues);
    for (const IssueSummary &issue : issues) {
        looked.insert(issue.id);
        const qint64 users = usersInWindow(issue, rule.minutes);
        RuleState &state = m_ruleStates[{rule.name, issue.id}];
        const bool above = users > rule.users;
        const bool waited = !state.lastRaised.isValid() || state.lastRaised.secsTo(now) >= 60 * qint64(rule.minutes);
        if (above && !state.above && waited) {
            state.lastRaised = now;
            Notification notification;
            notification.reason = Notification::Reason::Threshold;
            notification.issueId = issue.id;
            notification.rule = rule.name;
            notification.users = users;
            notification.title = tr("%1: %2 users in %3 min").arg(rule.name).arg(users).arg(rule.minutes);
            notification.body = bodyFor(issue);
            notification.at = now;
            out->append(notification);
        }
        state.above = above;
    }
    // The rule's issues the search no longer finds are below its threshold now.
    for (auto it = m_ruleStates.begin(); it != m_ruleStates.end(); ++it) {
        if (it.key().first == rule.name && !looked.contains(it.key().second))
            it.value().above = false;
    }
}

qint64 Notifier::usersInWindow(const IssueSummary &issue, int minutes)
{
    const QDateTime now = m_clock->now();
    const QDateTime from = now.addSecs(-60 * qint64(minutes));
    qint64 users = m_store->distinctUsers(issue.id, from.toMSecsSinceEpoch(), now.toMSecsSinceEpoch() + 1);
    if (issue.firstSeen.isValid() && issue.firstSeen >= from)
        users = std::max(users, issue.userCount);
    // The count at the first look within the window: the last change recorded up to that look,
    // or, for an issue that appeared after it, the first count seen.
    const auto look = std::lower_bound(m_looks.cbegin(), m_looks.cend(), from);
    const auto snapshots = m_snapshots.constFind(issue.id);
    if (look != m_looks.cend() && snapshots != m_snapshots.cend() && !snapshots->isEmpty()) {
        const QDateTime baselineAt = *look;
        qint64 baseline = snapshots->constFirst().userCount;
        for (const Snapshot &snapshot : *snapshots) {
            if (snapshot.at > baselineAt)
                break;
            baseline = snapshot.userCount;
        }
        users = std::max(users, issue.userCount - baseline);
    }
    return users;
}

void Notifier::recordUserCounts(const QDateTime &now)
{
    // Without rules there is nothing to count for.
    if (m_settings.rules.isEmpty())
        return;
    const QList<QPair<qint64, qint64>> counts = m_store->issueUserCounts();
    for (const auto &[issueId, userCount] : counts) {
        QList<Snapshot> &snapshots = m_snapshots[issueId];
        if (snapshots.isEmpty() || snapshots.constLast().userCount != userCount)
            snapshots.append({now, userCount});
    }
    m_looks.append(now);
}

void Notifier::prune(const QDateTime &now)
{
    int longest = 0;
    for (const WatchRule &rule : std::as_const(m_settings.rules))
        longest = std::max(longest, rule.minutes);
    if (longest == 0) {
        m_snapshots.clear();
        m_looks.clear();
        m_ruleStates.clear();
    } else {
        const QDateTime cutoff = now.addSecs(-60 * qint64(longest));
        m_looks.erase(m_looks.begin(), std::lower_bound(m_looks.begin(), m_looks.end(), cutoff));
        // Each issue keeps the last count from before the cutoff: its count at the cutoff.
        for (QList<Snapshot> &snapshots : m_snapshots) {
            qsizetype drop = 0;
            while (drop + 1 < snapshots.size() && snapshots.at(drop + 1).at <= cutoff)
                ++drop;
            snapshots.remove(0, drop);
        }
        m_ruleStates.removeIf([&](const auto &it) {
            return !it.value().above && (!it.value().lastRaised.isValid() || it.value().lastRaised < cutoff);
        });
    }
    m_raised.removeIf([&](const auto &it) { return it.value().secsTo(now) >= kRepeatSecs; });
}

} // namespace lookout

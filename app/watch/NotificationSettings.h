#pragma once

#include <QList>
#include <QString>
#include <QTime>

class QSettings;

namespace lookout {

// "More than `users` users in `minutes` minutes" for the issues a search finds (Sentry's search
// syntax, as the issue list takes it), e.g. {"Checkout errors", "project:shop level:error", 50, 60}.
struct WatchRule
{
    QString name;
    QString query;
    int users = 10;
    int minutes = 60;
    bool muted = false;

    // Why the rule cannot be used (no name, a search that does not parse); empty when it can.
    QString problem() const;
    bool operator==(const WatchRule &other) const = default;
};

// What raises a desktop notification, kept in QSettings under "notifications/".
struct NotificationSettings
{
    bool newIssues = true;
    bool regressions = true;
    // Within quiet hours (local time; from > to spans midnight) nothing pops up; what happened
    // still counts as unread.
    bool quietHours = false;
    QTime quietFrom {22, 0};
    QTime quietTo {7, 0};
    QList<WatchRule> rules;

    static NotificationSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    bool isQuietAt(const QTime &localTime) const;

    bool operator==(const NotificationSettings &other) const = default;
};

} // namespace lookout

#include "watch/NotificationSettings.h"

#include "search/IssueSearch.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QTime timeValue(QSettings &settings, const QString &key, QTime fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), u"HH:mm"_s);
    return time.isValid() ? time : fallback;
}

} // namespace

QString WatchRule::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("WatchRule", "The rule needs a name.");
    // Relative times ("lastSeen:-1h") parse the same at any moment.
    const SearchResult parsed = IssueSearch::parse(query, {QDateTime::currentDateTimeUtc(), {}});
    if (!parsed.isValid())
        return QCoreApplication::translate("WatchRule", "The search cannot be used: %1").arg(parsed.error().toString());
    return {};
}

NotificationSettings NotificationSettings::load(QSettings &settings)
{
    NotificationSettings result;
    result.newIssues = settings.value(u"notifications/newIssues"_s, result.newIssues).toBool();
    result.regressions = settings.value(u"notifications/regressions"_s, result.regressions).toBool();
    result.quietHours = settings.value(u"notifications/quietHours"_s, result.quietHours).toBool();
    result.quietFrom = timeValue(settings, u"notifications/quietFrom"_s, result.quietFrom);
    result.quietTo = timeValue(settings, u"notifications/quietTo"_s, result.quietTo);
    const int count = settings.beginReadArray(u"notifications/rules"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        WatchRule rule;
        rule.name = settings.value(u"name"_s).toString();
        rule.query = settings.value(u"query"_s).toString();
        rule.users = std::max(0, settings.value(u"users"_s, rule.users).toInt());
        rule.minutes = std::max(1, settings.value(u"minutes"_s, rule.minutes).toInt());
        rule.muted = settings.value(u"muted"_s, false).toBool();
        if (!rule.name.isEmpty())
            result.rules.append(rule);
    }
    settings.endArray();
    return result;
}

void NotificationSettings::save(QSettings &settings) const
{
    settings.setValue(u"notifications/newIssues"_s, newIssues);
    settings.setValue(u"notifications/regressions"_s, regressions);
    settings.setValue(u"notifications/quietHours"_s, quietHours);
    settings.setValue(u"notifications/quietFrom"_s, quietFrom.toString(u"HH:mm"_s));
    settings.setValue(u"notifications/quietTo"_s, quietTo.toString(u"HH:mm"_s));
    settings.remove(u"notifications/rules"_s);
    settings.beginWriteArray(u"notifications/rules"_s, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        const WatchRule &rule = rules.at(i);
        settings.setValue(u"name"_s, rule.name);
        settings.setValue(u"query"_s, rule.query);
        settings.setValue(u"users"_s, rule.users);
        settings.setValue(u"minutes"_s, rule.minutes);
        settings.setValue(u"muted"_s, rule.muted);
    }
    settings.endArray();
}

bool NotificationSettings::isQuietAt(const QTime &localTime) const
{
    if (!quietHours || quietFrom == quietTo)
        return false;
    if (quietFrom < quietTo)
        return localTime >= quietFrom && localTime < quietTo;
    return localTime >= quietFrom || localTime < quietTo; // e.g. 22:00-07:00
}

} // namespace lookout

#include "sync/TriageAction.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

struct KindName
{
    TriageAction::Kind kind;
    const char16_t *name;
};

constexpr KindName kindNames[] = {
    {TriageAction::Kind::Resolve, u"resolve"},
    {TriageAction::Kind::ResolveInNextRelease, u"resolve-next-release"},
    {TriageAction::Kind::ResolveInRelease, u"resolve-in-release"},
    {TriageAction::Kind::Ignore, u"ignore"},
    {TriageAction::Kind::Unresolve, u"unresolve"},
    {TriageAction::Kind::Assign, u"assign"},
    {TriageAction::Kind::Bookmark, u"bookmark"},
    {TriageAction::Kind::Unbookmark, u"unbookmark"},
    {TriageAction::Kind::MarkSeen, u"seen"},
    {TriageAction::Kind::MarkUnseen, u"unseen"},
    {TriageAction::Kind::Merge, u"merge"},
};

} // namespace

QString TriageAction::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<TriageAction::Kind> TriageAction::kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString TriageAction::actor(const QString &assignee)
{
    if (assignee.startsWith(u'#'))
        return u"team:"_s + assignee.mid(1);
    return assignee;
}

QJsonObject TriageAction::body() const
{
    switch (kind) {
    case Kind::Resolve:
        return {{u"status"_s, u"resolved"_s}};
    case Kind::ResolveInNextRelease:
        return {{u"status"_s, u"resolved"_s}, {u"statusDetails"_s, QJsonObject {{u"inNextRelease"_s, true}}}};
    case Kind::ResolveInRelease:
        return {{u"status"_s, u"resolved"_s}, {u"statusDetails"_s, QJsonObject {{u"inRelease"_s, release}}}};
    case Kind::Ignore: {
        QJsonObject details;
        if (ignoreMinutes)
            details.insert(u"ignoreDuration"_s, *ignoreMinutes);
        if (ignoreCount)
            details.insert(u"ignoreCount"_s, *ignoreCount);
        if (ignoreWindowMinutes)
            details.insert(u"ignoreWindow"_s, *ignoreWindowMinutes);
        if (ignoreUserCount)
            details.insert(u"ignoreUserCount"_s, *ignoreUserCount);
        if (ignoreUserWindowMinutes)
            details.insert(u"ignoreUserWindow"_s, *ignoreUserWindowMinutes);
        return {{u"status"_s, u"ignored"_s}, {u"statusDetails"_s, details}};
    }
    case Kind::Unresolve:
        return {{u"status"_s, u"unresolved"_s}};
    case Kind::Assign:
        return {{u"assignedTo"_s, actor(assignee)}};
    case Kind::Bookmark:
        return {{u"isBookmarked"_s, true}};
    case Kind::Unbookmark:
        return {{u"isBookmarked"_s, false}};
    case Kind::MarkSeen:
        return {{u"hasSeen"_s, true}};
    case Kind::MarkUnseen:
        return {{u"hasSeen"_s, false}};
    case Kind::Merge:
        return {{u"merge"_s, 1}};
    }
    return {};
}

namespace {

// The texts are marked for lupdate where they stand; translated (context "TriageAction") or left
// English, where %n and %Ln are filled in as translate() would in the C locale.
QString text(TriageAction::Language language, const char *source, int n = -1)
{
    if (language == TriageAction::Language::User)
        return QCoreApplication::translate("TriageAction", source, nullptr, n);
    QString english = QString::fromUtf8(source);
    return n < 0 ? english : english.replace(u"%Ln"_s, QString::number(n)).replace(u"%n"_s, QString::number(n));
}

} // namespace

QString TriageAction::describe(Language language) const
{
    const auto t = [language](const char *source, int n = -1) { return text(language, source, n); };
    const auto number = [language](int n) { return language == Language::User ? QLocale().toString(n) : QString::number(n); };
    switch (kind) {
    case Kind::Resolve:
        return t(QT_TRANSLATE_NOOP("TriageAction", "resolve"));
    case Kind::ResolveInNextRelease:
        return t(QT_TRANSLATE_NOOP("TriageAction", "resolve in the next release"));
    case Kind::ResolveInRelease:
        return t(QT_TRANSLATE_NOOP("TriageAction", "resolve in release %1")).arg(release);
    case Kind::Ignore: {
        // Each condition a whole clause after "until", so that a translation can put its verb last.
        QStringList until;
        if (ignoreMinutes)
            until << t(QT_TRANSLATE_N_NOOP("TriageAction", "%Ln minutes have passed"), *ignoreMinutes);
        if (ignoreCount && ignoreWindowMinutes)
            until << t(QT_TRANSLATE_N_NOOP("TriageAction", "%Ln more events occur within %1 min"), *ignoreCount)
                         .arg(number(*ignoreWindowMinutes));
        else if (ignoreCount)
            until << t(QT_TRANSLATE_N_NOOP("TriageAction", "%Ln more events occur"), *ignoreCount);
        if (ignoreUserCount && ignoreUserWindowMinutes)
            until << t(QT_TRANSLATE_N_NOOP("TriageAction", "%Ln more users are affected within %1 min"), *ignoreUserCount)
                         .arg(number(*ignoreUserWindowMinutes));
        else if (ignoreUserCount)
            until << t(QT_TRANSLATE_N_NOOP("TriageAction", "%Ln more users are affected"), *ignoreUserCount);
        if (until.isEmpty())
            return t(QT_TRANSLATE_NOOP("TriageAction", "ignore forever"));
        QString conditions = until.takeFirst();
        for (const QString &next : std::as_const(until))
            conditions = t(QT_TRANSLATE_NOOP("TriageAction", "%1 or %2")).arg(conditions, next);
        return t(QT_TRANSLATE_NOOP("TriageAction", "ignore until %1")).arg(conditions);
    }
    case Kind::Unresolve:
        return t(QT_TRANSLATE_NOOP("TriageAction", "unresolve"));
    case Kind::Assign:
        return assignee.isEmpty() ? t(QT_TRANSLATE_NOOP("TriageAction", "unassign"))
                                  : t(QT_TRANSLATE_NOOP("TriageAction", "assign to %1")).arg(assignee);
    case Kind::Bookmark:
        return t(QT_TRANSLATE_NOOP("TriageAction", "bookmark"));
    case Kind::Unbookmark:
        return t(QT_TRANSLATE_NOOP("TriageAction", "remove the bookmark"));
    case Kind::MarkSeen:
        return t(QT_TRANSLATE_NOOP("TriageAction", "mark seen"));
    case Kind::MarkUnseen:
        return t(QT_TRANSLATE_NOOP("TriageAction", "mark unseen"));
    case Kind::Merge:
        return t(QT_TRANSLATE_NOOP("TriageAction", "merge"));
    }
    return kindName(kind);
}

} // namespace lookout

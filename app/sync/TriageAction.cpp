#include "sync/TriageAction.h"

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

QString TriageAction::describe() const
{
    switch (kind) {
    case Kind::ResolveInNextRelease:
        return u"resolve in the next release"_s;
    case Kind::ResolveInRelease:
        return u"resolve in release %1"_s.arg(release);
    case Kind::Ignore: {
        QStringList until;
        if (ignoreMinutes)
            until << u"%1 minutes have passed"_s.arg(*ignoreMinutes);
        if (ignoreCount)
            until << u"%1 more events"_s.arg(*ignoreCount)
                    + (ignoreWindowMinutes ? u" within %1 minutes"_s.arg(*ignoreWindowMinutes) : QString());
        if (ignoreUserCount)
            until << u"%1 more users"_s.arg(*ignoreUserCount)
                    + (ignoreUserWindowMinutes ? u" within %1 minutes"_s.arg(*ignoreUserWindowMinutes) : QString());
        return until.isEmpty() ? u"ignore forever"_s : u"ignore until "_s + until.join(u" or "_s);
    }
    case Kind::Assign:
        return assignee.isEmpty() ? u"unassign"_s : u"assign to "_s + assignee;
    case Kind::MarkSeen:
        return u"mark seen"_s;
    case Kind::MarkUnseen:
        return u"mark unseen"_s;
    default:
        return kindName(kind);
    }
}

} // namespace lookout

#include "search/SearchKeys.h"

namespace lookout {

const QList<SearchKey> &SearchKey::all()
{
    using F = IssueFilter::Field;
    using T = SearchKey::Type;
    using V = Store::ValueKind;
    static const QList<SearchKey> keys = {
        {QStringLiteral("is"), {}, T::Is, F::Status, QStringLiteral("status, assignment, bookmark or seen"),
            {QStringLiteral("unresolved"), QStringLiteral("resolved"), QStringLiteral("ignored"), QStringLiteral("archived"),
                QStringLiteral("assigned"), QStringLiteral("unassigned"), QStringLiteral("bookmarked"), QStringLiteral("unseen"),
                QStringLiteral("new"), QStringLiteral("ongoing"), QStringLiteral("regressed"), QStringLiteral("escalating")},
            std::nullopt},
        {QStringLiteral("assigned"), {}, T::Assigned, F::Assignee, QStringLiteral("who the issue is assigned to"),
            {QStringLiteral("me"), QStringLiteral("none")}, V::Assignee},
        {QStringLiteral("level"), {}, T::Enum, F::Level, QStringLiteral("the issue's level"),
            {QStringLiteral("fatal"), QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info"),
                QStringLiteral("debug")},
            std::nullopt},
        {QStringLiteral("release"), {}, T::Text, F::Release, QStringLiteral("a release of one of its events"), {}, V::Release},
        {QStringLiteral("environment"), {QStringLiteral("env")}, T::Text, F::Environment,
            QStringLiteral("an environment of one of its events"), {}, V::Environment},
        {QStringLiteral("project"), {}, T::Text, F::Project, QStringLiteral("the project's slug"), {}, V::Project},
        {QStringLiteral("platform"), {}, T::Text, F::Platform, QStringLiteral("the issue's platform"), {}, V::Platform},
        {QStringLiteral("firstSeen"), {QStringLiteral("first_seen"), QStringLiteral("age")}, T::Date, F::FirstSeen,
            QStringLiteral("when it was first seen: -24h (within), +7d (before), >2024-01-31"), {}, std::nullopt},
        {QStringLiteral("lastSeen"), {QStringLiteral("last_seen")}, T::Date, F::LastSeen,
            QStringLiteral("when it was last seen: -24h (within), +7d (before), >2024-01-31"), {}, std::nullopt},
        {QStringLiteral("times_seen"), {QStringLiteral("timesSeen")}, T::Number, F::TimesSeen,
            QStringLiteral("how many events: >100, <=10, 1k"), {}, std::nullopt},
        {QStringLiteral("user.count"), {QStringLiteral("users")}, T::Number, F::UserCount,
            QStringLiteral("how many users it affected: >10"), {}, std::nullopt},
        {QStringLiteral("has"), {}, T::Has, F::Status, QStringLiteral("it has a value for"),
            {QStringLiteral("assignee"), QStringLiteral("release"), QStringLiteral("environment"), QStringLiteral("user")},
            std::nullopt},
    };
    return keys;
}

const SearchKey *SearchKey::find(const QString &name)
{
    for (const SearchKey &key : all()) {
        if (key.name == name || key.aliases.contains(name))
            return &key;
    }
    return nullptr;
}

} // namespace lookout

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lookout {

// A triage action on issues, as the user asked for it. body() is Sentry's issue update for it (the
// PUT body); every action but merge sets absolute state, so sending one twice does no harm.
struct TriageAction
{
    enum class Kind {
        Resolve,
        ResolveInNextRelease,
        ResolveInRelease,
        Ignore, // archive: forever, or until a duration, a number of events or of users is reached
        Unresolve,
        Assign, // assignee empty: unassign
        Bookmark,
        Unbookmark,
        MarkSeen,
        MarkUnseen,
        Merge,
    };

    Kind kind = Kind::Resolve;
    QList<qint64> issueIds; // local ids
    QString release; // ResolveInRelease
    std::optional<int> ignoreMinutes;
    std::optional<int> ignoreCount; // with ignoreWindowMinutes: events within that window
    std::optional<int> ignoreWindowMinutes;
    std::optional<int> ignoreUserCount;
    std::optional<int> ignoreUserWindowMinutes;
    QString assignee; // "user:ID", "team:ID", "#team-slug", an email or a username

    QJsonObject body() const;
    // What it does, in a few words: "ignore until 100 more events occur". In the language the user
    // chose (the window's messages and its Undo item); in English for what is stored (the outbox's
    // entries outlive a change of language, and lookoutctl lists them).
    enum class Language { User, English };
    QString describe(Language language = Language::User) const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // The actor Sentry's assignedTo takes ("#team" means "team:team").
    static QString actor(const QString &assignee);
};

} // namespace lookout

#pragma once

#include "search/SearchSyntax.h"
#include "store/Store.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout {

// What a search is read against: the time relative dates count back from, and who "me" is.
struct SearchContext
{
    QDateTime now;
    QString me; // the account user's email, for assigned:me; empty when no user is known
};

struct SearchResult
{
    IssueQuery query; // filters and free text; only meaningful when isValid()
    QList<SearchToken> tokens; // the terms read, with their places in the text
    QList<SearchError> errors; // every bad term, in text order

    bool isValid() const { return errors.isEmpty(); }
    SearchError error() const { return errors.isEmpty() ? SearchError() : errors.constFirst(); }
};

// Sentry's issue search syntax, read into an IssueQuery the store answers in SQL:
//   is:unresolved|resolved|ignored|archived|assigned|unassigned|bookmarked|unseen (and the
//     substatuses new|ongoing|regressed|escalating), assigned:me|none|<email>|#team,
//   level:, release:, environment:, project:, platform: (values may hold '*' wildcards, or be a
//     list [a, b] meaning any of them),
//   firstSeen:/lastSeen: -24h (within), +7d (before), or an ISO date/time with >, >=, <, <=
//     (a date alone means that day, UTC), times_seen:/user.count: numbers with those operators,
//   has:assignee|release|environment|user, '!' before any key:value to negate it,
//   free text (words match as prefixes, "quoted text" as a phrase) over titles, culprits and
//   events' messages, exceptions, frames, breadcrumbs and tag values.
// Every term must hold. A term that cannot be read is an error naming it, never a filter that
// matches nothing. Unknown keys are errors: Sentry reads them as tag searches (tags[key]:value),
// but the cache keeps tag values only in its full-text index, not by key, so Lookout cannot answer
// them exactly and says so (free text finds the value).
class IssueSearch
{
public:
    static SearchResult parse(const QString &text, const SearchContext &context);

    // Sort names as lookoutctl and saved searches spell them: date, new, freq, user, trend (Sentry's)
    // and last_seen, first_seen, events, users, title, level.
    static std::optional<IssueSort> sortFromName(const QString &name);
    static QString sortName(IssueSort sort);
    static QStringList sortNames();
};

} // namespace lookout

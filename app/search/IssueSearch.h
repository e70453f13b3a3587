#pragma once

#include "store/Store.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace lookout {

// Sentry's issue search syntax, as far as the store can answer it: is:, level:, release:,
// environment:, project:, firstSeen:/lastSeen: (-24h, -7d, -30m, -2w), times_seen:>N,
// user.count:>N, has:, quoted values, and free text (full-text search). An empty query means
// every issue; "is:unresolved" is Sentry's default when no query is given at all.
class IssueSearch
{
public:
    static std::optional<IssueQuery> parse(const QString &text, const QDateTime &now, QString *error);
};

} // namespace lookout

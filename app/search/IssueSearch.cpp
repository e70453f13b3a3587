#include "search/IssueSearch.h"

#include <QRegularExpression>

namespace lookout {

// Splits on spaces outside double quotes; quotes group, they are not part of the value.
static QStringList tokens(const QString &text, QString *error)
{
    QStringList result;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any)
                result << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("unterminated quote in the search");
        return {};
    }
    if (any)
        result << current;
    return result;
}

static std::optional<qint64> relativeTime(const QString &value, const QDateTime &now)
{
    static const QRegularExpression pattern(QStringLiteral("^-(\\d+)([mhdw])$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 secs = unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 7 * 86400;
    return now.addSecs(-n * secs).toMSecsSinceEpoch();
}

static std::optional<qint64> atLeast(const QString &value)
{
    bool ok = false;
    if (value.startsWith(u">=")) {
        const qint64 n = value.mid(2).toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    if (value.startsWith(u'>')) {
        const qint64 n = value.mid(1).toLongLong(&ok);
        return ok ? std::optional<qint64>(n + 1) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<IssueQuery> IssueSearch::parse(const QString &text, const QDateTime &now, QString *error)
{
    IssueQuery query;
    QStringList words;
    const QStringList parts = tokens(text, error);
    if (!error->isEmpty())
        return std::nullopt;
    for (const QString &token : parts) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            words << token;
            continue;
        }
        const QString key = token.left(colon);
        const QString value = token.mid(colon + 1);
        const auto bad = [&](const QString &why) {
            *error = QStringLiteral("%1: %2").arg(token, why);
            return std::nullopt;
        };
        if (key.startsWith(QLatin1Char('!')))
            return bad(QStringLiteral("negation is not supported by the local search yet"));
        if (key == u"is") {
            if (value == u"unresolved" || value == u"resolved" || value == u"ignored")
                query.statuses << value;
            else if (value == u"archived")
                query.statuses << QStringLiteral("ignored");
            else if (value == u"bookmarked")
                query.bookmarkedOnly = true;
            else if (value == u"unseen")
                query.unseenOnly = true;
            else if (value == u"assigned")
                query.assigned = true;
            else if (value == u"unassigned")
                query.assigned = false;
            else
                return bad(QStringLiteral(
                    "unknown status; use unresolved, resolved, ignored, archived, assigned, unassigned, bookmarked or unseen"));
        } else if (key == u"level") {
            query.levels << value;
        } else if (key == u"release") {
            query.release = value;
        } else if (key == u"environment") {
            query.environment = value;
        } else if (key == u"project") {
            query.projectSlugs << value;
        } else if (key == u"firstSeen" || key == u"lastSeen" || key == u"age") {
            const std::optional<qint64> when = relativeTime(value, now);
            if (!when)
                return bad(QStringLiteral("expected a relative time such as -24h, -7d or -30m"));
            (key == u"lastSeen" ? query.lastSeenAfterMs : query.firstSeenAfterMs) = when;
        } else if (key == u"times_seen" || key == u"timesSeen") {
            query.minTimesSeen = atLeast(value);
            if (!query.minTimesSeen)
                return bad(QStringLiteral("expected >N or >=N"));
        } else if (key == u"user.count" || key == u"users") {
            query.minUserCount = atLeast(value);
            if (!query.minUserCount)
                return bad(QStringLiteral("expected >N or >=N"));
        } else if (key == u"has" && (value == u"assignee" || value == u"assigned")) {
            query.assigned = true;
        } else {
            return bad(QStringLiteral("unknown search key '%1'").arg(key));
        }
    }
    query.text = words.join(QLatin1Char(' '));
    return query;
}

} // namespace lookout

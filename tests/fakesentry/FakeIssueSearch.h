#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lookout::fake {

class FakeData;
struct FakeIssue;

// The part of Sentry's issue search syntax the fake understands:
//   is:unresolved|resolved|ignored|archived|assigned|unassigned|bookmarked|new|ongoing|regressed|escalating
//   level:error  release:V  firstRelease:V  environment:E  assigned:ID|email|#team  bookmarks:ID
//   lastSeen:/firstSeen: with >, >=, <, <= and an ISO time, or -24h (within) / +24h (older than)
//   timesSeen:>10  issue.id:N  and free text (title, culprit or short id); "!" negates a term.
// Any other key is a tag, matched against the issue's events.
class FakeIssueSearch
{
public:
    static std::optional<FakeIssueSearch> parse(const QString &query, const QDateTime &now, QString *error);
    bool matches(const FakeIssue &issue, const FakeData &data) const;

private:
    struct Term
    {
        QString key;
        QString op; // for comparisons: ">", ">=", "<", "<=" or "=" (anything else)
        QString value;
        QDateTime time;
        bool negated = false;
    };
    bool matchesTerm(const Term &term, const FakeIssue &issue, const FakeData &data) const;

    QList<Term> m_terms;
};

} // namespace lookout::fake

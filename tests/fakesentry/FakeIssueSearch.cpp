#include "FakeIssueSearch.h"

#include "FakeData.h"
#include "FakeEventRenderer.h"
#include "FakeRenderer.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lookout::fake {

namespace {

QStringList tokenize(const QString &query)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (QChar c : query) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

bool compare(qint64 left, const QString &op, qint64 right)
{
    if (op == u">"_s)
        return left > right;
    if (op == u">="_s)
        return left >= right;
    if (op == u"<"_s)
        return left < right;
    if (op == u"<="_s)
        return left <= right;
    return left == right;
}

bool anyEvent(const FakeData &data, const FakeIssue &issue, const std::function<bool(const FakeEvent &)> &test)
{
    for (const FakeEvent *event : data.issueEvents(issue.id)) {
        if (test(*event))
            return true;
    }
    return false;
}

} // namespace

std::optional<FakeIssueSearch> FakeIssueSearch::parse(const QString &query, const QDateTime &now, QString *error)
{
    FakeIssueSearch search;
    for (QString token : tokenize(query)) {
        Term term;
        if (token.startsWith(u'!')) {
            term.negated = true;
            token.remove(0, 1);
        }
        const qsizetype colon = token.indexOf(u':');
        if (colon <= 0) {
            term.key = u"text"_s;
            term.value = token;
            search.m_terms << term;
            continue;
        }
        term.key = token.left(colon);
        QString value = token.mid(colon + 1);
        for (const QString &op : {u">="_s, u"<="_s, u">"_s, u"<"_s}) {
            if (value.startsWith(op)) {
                term.op = op;
                value.remove(0, op.size());
                break;
            }
        }
        term.value = value;
        if (term.key == u"lastSeen"_s || term.key == u"firstSeen"_s) {
            const qint64 relative = FakeRenderer::periodSecs(value.mid(1));
            if ((value.startsWith(u'-') || value.startsWith(u'+')) && relative > 0) {
                // -24h: within the last 24 hours; +24h: longer ago than that.
                term.op = value.startsWith(u'-') ? u">="_s : u"<"_s;
                term.time = now.addSecs(-relative);
            } else {
                term.time = QDateTime::fromString(value, Qt::ISODateWithMs);
                if (term.time.isValid() && term.time.timeSpec() == Qt::LocalTime)
                    term.time.setTimeZone(QTimeZone::UTC); // Sentry reads times without a zone as UTC
            }
            if (!term.time.isValid()) {
                *error = u"Invalid date: %1"_s.arg(value);
                return std::nullopt;
            }
        }
        search.m_terms << term;
    }
    return search;
}

bool FakeIssueSearch::matches(const FakeIssue &issue, const FakeData &data) const
{
    for (const Term &term : m_terms) {
        if (matchesTerm(term, issue, data) == term.negated)
            return false;
    }
    return true;
}

bool FakeIssueSearch::matchesTerm(const Term &term, const FakeIssue &issue, const FakeData &data) const
{
    const QString &v = term.value;
    if (term.key == u"text"_s) {
        return issue.title.contains(v, Qt::CaseInsensitive) || issue.culprit.contains(v, Qt::CaseInsensitive)
            || issue.shortId.compare(v, Qt::CaseInsensitive) == 0;
    }
    if (term.key == u"is"_s) {
        if (v == u"unresolved"_s || v == u"resolved"_s || v == u"ignored"_s)
            return issue.status == v;
        if (v == u"archived"_s || v == u"muted"_s)
            return issue.status == u"ignored"_s;
        if (v == u"assigned"_s)
            return !issue.assignedTo.isEmpty();
        if (v == u"unassigned"_s)
            return issue.assignedTo.isEmpty();
        if (v == u"bookmarked"_s)
            return issue.isBookmarked;
        if (v == u"new"_s || v == u"ongoing"_s || v == u"regressed"_s || v == u"escalating"_s)
            return issue.status == u"unresolved"_s && issue.substatus == v;
        if (v == u"for_review"_s)
            return issue.status == u"unresolved"_s && !issue.hasSeen;
        return false;
    }
    if (term.key == u"level"_s)
        return issue.level == v;
    if (term.key == u"lastSeen"_s)
        return compare(issue.lastSeen.toMSecsSinceEpoch(), term.op, term.time.toMSecsSinceEpoch());
    if (term.key == u"firstSeen"_s)
        return compare(issue.firstSeen.toMSecsSinceEpoch(), term.op, term.time.toMSecsSinceEpoch());
    if (term.key == u"timesSeen"_s)
        return compare(issue.count, term.op, v.toLongLong());
    if (term.key == u"issue.id"_s || term.key == u"id"_s)
        return QString::number(issue.id) == v;
    if (term.key == u"firstRelease"_s)
        return issue.firstRelease == v;
    if (term.key == u"release"_s)
        return anyEvent(data, issue, [&v](const FakeEvent &e) { return e.release == v; });
    if (term.key == u"environment"_s)
        return anyEvent(data, issue, [&v](const FakeEvent &e) { return e.environment == v; });
    if (term.key == u"assigned"_s) {
        if (v.startsWith(u'#'))
            return issue.assignedTo == u"team:"_s + (data.team(v.mid(1)) ? data.team(v.mid(1))->id : QString());
        const FakeUser *user = data.user(v);
        return user && issue.assignedTo == u"user:"_s + user->id;
    }
    if (term.key == u"bookmarks"_s)
        return issue.isBookmarked;
    // Anything else is a tag.
    return anyEvent(data, issue, [&](const FakeEvent &e) {
        for (const QJsonValue &tag : FakeEventRenderer::tags(data, e)) {
            if (tag[u"key"_s].toString() == term.key && tag[u"value"_s].toString() == v)
                return true;
        }
        return false;
    });
}

} // namespace lookout::fake

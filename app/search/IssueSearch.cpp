#include "search/IssueSearch.h"

#include "search/SearchKeys.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace lookout {

namespace {

using Field = IssueFilter::Field;
using Op = IssueFilter::Op;

bool hasWordCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitute = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        previous = current;
    }
    return previous[b.size()];
}

QString closestKey(const QString &key)
{
    QString best;
    int bestDistance = 3;
    for (const SearchKey &k : SearchKey::all()) {
        QStringList names = k.aliases;
        names.prepend(k.name);
        for (const QString &name : std::as_const(names)) {
            const int d = editDistance(key, name);
            if (d < bestDistance) {
                bestDistance = d;
                best = k.name;
            }
        }
    }
    return best;
}

QString quotedList(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

class Reader
{
public:
    Reader(const QString &text, const SearchContext &context, SearchResult &result)
        : m_text(text)
        , m_context(context)
        , m_result(result)
    { }

    void read(const SearchToken &token)
    {
        m_token = &token;
        if (token.kind == SearchToken::Kind::Text)
            readText(token);
        else
            readFilter(token);
    }

private:
    void error(const QString &message) { error(m_token->span, message); }
    void error(const SearchSpan &span, const QString &message)
    {
        // The span is the part to underline; the term named is the whole term, as typed.
        const SearchSpan &term = m_token->span;
        m_result.errors.append({span, m_text.mid(term.start, term.length), message});
    }

    void add(Field field, bool negated, const QStringList &values = {})
    {
        m_result.query.filters.append(IssueFilter::of(field, negated, values));
    }

    void readText(const SearchToken &token)
    {
        if (!token.quoted && token.text.startsWith(u'!')) {
            error(QStringLiteral("'!' negates key:value terms only; free text cannot be negated"));
            return;
        }
        if (!hasWordCharacter(token.text)) {
            error(token.quoted && token.text.isEmpty() ? QStringLiteral("empty quotes: nothing to search for")
                                                       : QStringLiteral("no letters or digits to search for"));
            return;
        }
        m_result.query.textTerms.append({token.text, token.quoted});
    }

    void readFilter(const SearchToken &token)
    {
        const SearchKey *key = SearchKey::find(token.key);
        if (!key) {
            const QString closest = closestKey(token.key);
            QString message = QStringLiteral("unknown search key '%1'").arg(token.key);
            if (!closest.isEmpty())
                message += QStringLiteral("; did you mean '%1:'?").arg(closest);
            else
                message += QStringLiteral(
                    " (Sentry would search a tag of that name, but the cache keeps no tags by key; to find the text, "
                    "put it in quotes)");
            error(message);
            return;
        }
        if (!token.op.isEmpty() && key->type != SearchKey::Type::Date && key->type != SearchKey::Type::Number) {
            error(QStringLiteral("%1: takes no comparison ('%2'); only dates and counts do").arg(token.key, token.op));
            return;
        }
        if (token.list
            && (key->type == SearchKey::Type::Date || key->type == SearchKey::Type::Number
                || key->type == SearchKey::Type::Has)) {
            error(QStringLiteral("%1: takes one value, not a list").arg(token.key));
            return;
        }
        for (const QString &value : token.values) {
            if (value.isEmpty()) {
                error(QStringLiteral("%1: has an empty value").arg(token.key));
                return;
            }
        }
        switch (key->type) {
        case SearchKey::Type::Is:
            readIs(token, *key);
            break;
        case SearchKey::Type::Assigned:
            readAssigned(token);
            break;
        case SearchKey::Type::Has:
            readHas(token, *key);
            break;
        case SearchKey::Type::Enum: {
            QStringList values;
            for (const QString &value : token.values) {
                const QString v = value.toLower();
                if (!key->values.contains(v)) {
                    error(token.valueSpan,
                        QStringLiteral("unknown %1 '%2'; use %3").arg(key->name, value, quotedList(key->values)));
                    return;
                }
                values << v;
            }
            add(key->field, token.negated, values);
            break;
        }
        case SearchKey::Type::Text:
            add(key->field, token.negated, token.values);
            break;
        case SearchKey::Type::Date:
            readDate(token, *key);
            break;
        case SearchKey::Type::Number:
            readNumber(token, *key);
            break;
        }
    }

    void readIs(const SearchToken &token, const SearchKey &key)
    {
        QStringList statuses;
        QStringList substatuses;
        for (const QString &value : token.values) {
            const QString v = value.toLower();
            if (v == u"unresolved" || v == u"resolved" || v == u"ignored") {
                statuses << v;
            } else if (v == u"archived") {
                statuses << QStringLiteral("ignored"); // Sentry's new name for ignored
            } else if (v == u"new" || v == u"ongoing" || v == u"regressed" || v == u"escalating") {
                substatuses << v;
            } else if (token.list && key.values.contains(v)) {
                error(token.valueSpan, QStringLiteral("is:%1 cannot be in a list; write it as its own term").arg(v));
                return;
            } else if (v == u"assigned" || v == u"unassigned") {
                add(Field::Assigned, token.negated != (v == u"unassigned"));
            } else if (v == u"bookmarked") {
                add(Field::Bookmarked, token.negated);
            } else if (v == u"unseen") {
                add(Field::Unseen, token.negated);
            } else {
                error(token.valueSpan, QStringLiteral("unknown is: value '%1'; use %2").arg(value, quotedList(key.values)));
                return;
            }
        }
        if (!statuses.isEmpty() && !substatuses.isEmpty()) {
            error(token.valueSpan, QStringLiteral("a list cannot mix statuses and substatuses"));
            return;
        }
        if (!statuses.isEmpty())
            add(Field::Status, token.negated, statuses);
        if (!substatuses.isEmpty())
            add(Field::Substatus, token.negated, substatuses);
    }

    void readAssigned(const SearchToken &token)
    {
        QStringList values;
        for (const QString &value : token.values) {
            if (value.compare(u"none", Qt::CaseInsensitive) == 0) {
                if (token.list) {
                    error(token.valueSpan, QStringLiteral("assigned:none cannot be in a list; write it as its own term"));
                    return;
                }
                add(Field::Assigned, !token.negated);
                return;
            }
            if (value.compare(u"me", Qt::CaseInsensitive) == 0) {
                if (m_context.me.isEmpty()) {
                    error(token.valueSpan,
                        QStringLiteral("'me' is not known: no Sentry account user is set (sync with an account, or name "
                                       "the person by email)"));
                    return;
                }
                values << m_context.me;
            } else if (value == u"#") {
                error(token.valueSpan, QStringLiteral("a team needs a name after #"));
                return;
            } else {
                values << value;
            }
        }
        add(Field::Assignee, token.negated, values);
    }

    void readHas(const SearchToken &token, const SearchKey &key)
    {
        const QString v = token.values.constFirst().toLower();
        if (v == u"assignee" || v == u"assigned")
            add(Field::Assigned, token.negated);
        else if (v == u"release")
            add(Field::HasRelease, token.negated);
        else if (v == u"environment")
            add(Field::HasEnvironment, token.negated);
        else if (v == u"user")
            add(Field::HasUser, token.negated);
        else
            error(token.valueSpan,
                QStringLiteral("has:%1 is not something the cache knows; use %2")
                    .arg(token.values.constFirst(), quotedList(key.values)));
    }

    static std::optional<Op> comparison(const QString &op)
    {
        if (op == u">")
            return Op::Greater;
        if (op == u">=")
            return Op::GreaterEqual;
        if (op == u"<")
            return Op::Less;
        if (op == u"<=")
            return Op::LessEqual;
        return std::nullopt;
    }

    void readDate(const SearchToken &token, const SearchKey &key)
    {
        const QString value = token.values.constFirst();
        IssueFilter filter = IssueFilter::of(key.field, token.negated);
        static const QRegularExpression relative(QStringLiteral("^([+-])(\\d{1,6})([smhdw])$"));
        static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QRegularExpressionMatch match = relative.match(value);
        if (match.hasMatch()) {
            if (token.op == u"=") {
                error(token.valueSpan, QStringLiteral("a relative time takes no '='; -24h means within, +24h before"));
                return;
            }
            const qint64 n = match.captured(2).toLongLong();
            static const QHash<QChar, qint64> unit {{u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}, {u'w', 7 * 86400}};
            filter.number = m_context.now.toMSecsSinceEpoch() - n * unit.value(match.captured(3).at(0)) * 1000;
            // -24h: since then; +24h: before then (Sentry's meaning), unless an operator says otherwise.
            filter.op = comparison(token.op).value_or(match.captured(1) == u"-" ? Op::GreaterEqual : Op::LessEqual);
        } else if (dateOnly.match(value).hasMatch()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid()) {
                error(token.valueSpan, QStringLiteral("'%1' is not a date").arg(value));
                return;
            }
            const qint64 start = QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
            const qint64 end = start + 86400000;
            // A day, UTC: "after" it means from its end on, "before" it means before it starts.
            const std::optional<Op> op = comparison(token.op);
            filter.op = Op::Within;
            filter.number = start;
            filter.upper = end;
            if (op == Op::Greater || op == Op::GreaterEqual) {
                filter.op = Op::GreaterEqual;
                filter.number = op == Op::Greater ? end : start;
            } else if (op == Op::Less || op == Op::LessEqual) {
                filter.op = Op::Less;
                filter.number = op == Op::Less ? start : end;
            }
        } else {
            QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!when.isValid()) {
                error(token.valueSpan,
                    QStringLiteral("expected a relative time (-24h, +7d; units s, m, h, d, w) or an ISO date "
                                   "(2024-01-31, 2024-01-31T09:30:00Z)"));
                return;
            }
            if (when.timeSpec() == Qt::LocalTime)
                when.setTimeZone(QTimeZone::UTC); // as Sentry reads times without a zone
            filter.number = when.toMSecsSinceEpoch();
            filter.op = comparison(token.op).value_or(Op::Within);
            filter.upper = filter.number + 1000;
        }
        m_result.query.filters.append(filter);
    }

    void readNumber(const SearchToken &token, const SearchKey &key)
    {
        static const QRegularExpression number(QStringLiteral("^(\\d{1,15}(?:\\.\\d+)?)([kKmM]?)$"));
        const QString value = token.values.constFirst();
        const QRegularExpressionMatch match = number.match(value);
        if (!match.hasMatch()) {
            error(token.valueSpan, QStringLiteral("expected a count such as 100, >100, <=10 or 1.5k"));
            return;
        }
        const QString suffix = match.captured(2).toLower();
        const double scale = suffix == u"k" ? 1e3 : suffix == u"m" ? 1e6 : 1;
        IssueFilter filter = IssueFilter::of(key.field, token.negated);
        filter.op = comparison(token.op).value_or(Op::Equal);
        filter.number = qint64(match.captured(1).toDouble() * scale + 0.5);
        m_result.query.filters.append(filter);
    }

    const QString &m_text;
    const SearchContext &m_context;
    SearchResult &m_result;
    const SearchToken *m_token = nullptr;
};

struct SortName
{
    const char16_t *name;
    IssueSort sort;
};
constexpr SortName sortNameTable[]
    = {{u"date", IssueSort::LastSeen}, {u"new", IssueSort::FirstSeen}, {u"freq", IssueSort::TimesSeen},
        {u"user", IssueSort::UserCount}, {u"trend", IssueSort::Trend}, {u"title", IssueSort::Title}, {u"level", IssueSort::Level},
        {u"last_seen", IssueSort::LastSeen}, {u"first_seen", IssueSort::FirstSeen}, {u"events", IssueSort::TimesSeen},
        {u"times_seen", IssueSort::TimesSeen}, {u"users", IssueSort::UserCount}, {u"trends", IssueSort::Trend}};

} // namespace

SearchResult IssueSearch::parse(const QString &text, const SearchContext &context)
{
    SearchResult result;
    SearchError syntaxError;
    result.tokens = SearchSyntax::tokenize(text, &syntaxError);
    Reader reader(text, context, result);
    for (const SearchToken &token : std::as_const(result.tokens))
        reader.read(token);
    if (!syntaxError.message.isEmpty())
        result.errors.append(syntaxError);
    return result;
}

std::optional<IssueSort> IssueSearch::sortFromName(const QString &name)
{
    for (const SortName &s : sortNameTable) {
        if (name == QStringView(s.name))
            return s.sort;
    }
    return std::nullopt;
}

QString IssueSearch::sortName(IssueSort sort)
{
    for (const SortName &s : sortNameTable) {
        if (s.sort == sort)
            return QString::fromUtf16(s.name);
    }
    switch (sort) {
    case IssueSort::ShortId:
        return QStringLiteral("short_id");
    case IssueSort::Project:
        return QStringLiteral("project");
    case IssueSort::Status:
        return QStringLiteral("status");
    default:
        return QStringLiteral("date");
    }
}

QStringList IssueSearch::sortNames()
{
    QStringList names;
    for (const SortName &s : sortNameTable)
        names << QString::fromUtf16(s.name);
    return names;
}

} // namespace lookout

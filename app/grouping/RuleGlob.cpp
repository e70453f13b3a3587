#include "grouping/RuleGlob.h"

#include <QList>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace lookout {

QString asciiLower(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return text; // shared, not copied: most values are lowercase already
    QString result = text;
    for (QChar &c : result) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return result;
}

namespace {

struct Token
{
    enum class Type { Literal, Any, ZeroOrMore, RecursivePrefix, RecursiveSuffix, RecursiveZeroOrMore, Class, Alternates };
    Type type = Type::Literal;
    QChar c;
    bool negated = false;
    std::vector<std::pair<QChar, QChar>> ranges;
    std::vector<std::vector<Token>> alternates; // std::vector: it may hold the incomplete Token
};
using Tokens = std::vector<Token>;

Token makeToken(Token::Type type, QChar c = {})
{
    Token token;
    token.type = type;
    token.c = c;
    return token;
}

// A port of globset's glob parser (the version Sentry's enhancer builds on), so that every corner
// of "**" and of classes means what it means there.
class Parser
{
public:
    Parser(const QString &glob, bool backslashEscape)
        : m_glob(glob)
        , m_backslashEscape(backslashEscape)
    { }

    bool parse(Tokens *out)
    {
        m_branches = {Tokens()};
        while (bump()) {
            bool ok = true;
            switch (m_cur.unicode()) {
            case u'?':
                push(makeToken(Token::Type::Any));
                break;
            case u'*':
                parseStar();
                break;
            case u'[':
                ok = parseClass();
                break;
            case u'{':
                m_alternatesStack << qsizetype(m_branches.size());
                m_branches.emplace_back();
                break;
            case u'}':
                ok = popAlternates();
                break;
            case u',':
                if (m_alternatesStack.isEmpty())
                    pushLiteral(m_cur);
                else
                    m_branches.emplace_back();
                break;
            case u'\\':
                if (!m_backslashEscape)
                    pushLiteral(m_cur);
                else if (bump())
                    pushLiteral(m_cur);
                else
                    ok = false;
                break;
            default:
                pushLiteral(m_cur);
            }
            if (!ok)
                return false;
        }
        if (m_branches.size() != 1)
            return false;
        *out = m_branches.front();
        return true;
    }

private:
    bool bump()
    {
        m_prev = m_cur;
        if (m_pos >= m_glob.size()) {
            m_cur = QChar();
            return false;
        }
        m_cur = m_glob.at(m_pos++);
        return true;
    }
    std::optional<QChar> peek() const { return m_pos < m_glob.size() ? std::optional<QChar>(m_glob.at(m_pos)) : std::nullopt; }
    void push(const Token &token) { m_branches.back().push_back(token); }
    void pushLiteral(QChar c) { push(makeToken(Token::Type::Literal, c)); }
    void pushTwoStars()
    {
        push(makeToken(Token::Type::ZeroOrMore));
        push(makeToken(Token::Type::ZeroOrMore));
    }

    bool popAlternates()
    {
        if (m_alternatesStack.isEmpty())
            return false;
        const auto start = size_t(m_alternatesStack.takeLast());
        Token token = makeToken(Token::Type::Alternates);
        token.alternates.assign(m_branches.begin() + qsizetype(start), m_branches.end());
        m_branches.resize(start);
        push(token);
        return true;
    }

    void parseStar()
    {
        const QChar prev = m_prev;
        const bool prevIsChar = m_pos >= 2;
        if (peek() != QChar(u'*')) {
            push(makeToken(Token::Type::ZeroOrMore));
            return;
        }
        bump();
        if (m_branches.back().empty()) {
            if (const std::optional<QChar> next = peek(); next && *next != u'/') {
                pushTwoStars();
            } else {
                push(makeToken(Token::Type::RecursivePrefix));
                bump();
            }
            return;
        }
        const bool afterSeparator = prevIsChar && prev == u'/';
        if (!afterSeparator && (m_branches.size() <= 1 || !prevIsChar || (prev != u',' && prev != u'{'))) {
            pushTwoStars();
            return;
        }
        bool isSuffix = false;
        const std::optional<QChar> next = peek();
        if (!next) {
            bump();
            isSuffix = true;
        } else if ((*next == u',' || *next == u'}') && m_branches.size() >= 2) {
            isSuffix = true;
        } else if (*next == u'/') {
            bump();
        } else {
            pushTwoStars();
            return;
        }
        const Token last = m_branches.back().back();
        m_branches.back().pop_back();
        if (last.type == Token::Type::RecursivePrefix || last.type == Token::Type::RecursiveSuffix)
            push(last);
        else
            push(makeToken(isSuffix ? Token::Type::RecursiveSuffix : Token::Type::RecursiveZeroOrMore));
    }

    bool parseClass()
    {
        Token token = makeToken(Token::Type::Class);
        if (peek() == QChar(u'!') || peek() == QChar(u'^')) {
            bump();
            token.negated = true;
        }
        bool first = true;
        bool inRange = false;
        for (;;) {
            if (!bump())
                return false; // unclosed class: the rule does not parse in Sentry either
            const QChar c = m_cur;
            if (c == u']' && !first)
                break;
            if (c == u'-' && !first && !inRange) {
                inRange = true;
            } else if (inRange) {
                if (c < token.ranges.back().first)
                    return false;
                token.ranges.back().second = c;
                inRange = false;
            } else {
                token.ranges.emplace_back(c, c);
            }
            first = false;
        }
        if (inRange)
            token.ranges.emplace_back(u'-', u'-');
        push(token);
        return true;
    }

    const QString &m_glob;
    const bool m_backslashEscape;
    qsizetype m_pos = 0;
    QChar m_prev;
    QChar m_cur;
    std::vector<Tokens> m_branches;
    QList<qsizetype> m_alternatesStack;
};

void appendRegex(const Tokens &tokens, bool pathLike, QString &re)
{
    for (const Token &t : tokens) {
        switch (t.type) {
        case Token::Type::Literal:
            re += QRegularExpression::escape(QString(t.c));
            break;
        case Token::Type::Any:
            re += pathLike ? QStringLiteral("[^/]") : QStringLiteral(".");
            break;
        case Token::Type::ZeroOrMore:
            re += pathLike ? QStringLiteral("[^/]*") : QStringLiteral(".*");
            break;
        case Token::Type::RecursivePrefix:
            re += QStringLiteral("(?:/?|.*/)");
            break;
        case Token::Type::RecursiveSuffix:
            re += QStringLiteral("/.*");
            break;
        case Token::Type::RecursiveZeroOrMore:
            re += QStringLiteral("(?:/|/.*/)");
            break;
        case Token::Type::Class:
            re += t.negated ? QStringLiteral("[^") : QStringLiteral("[");
            for (const auto &[lo, hi] : t.ranges) {
                re += QRegularExpression::escape(QString(lo));
                if (lo != hi)
                    re += QLatin1Char('-') + QRegularExpression::escape(QString(hi));
            }
            re += QLatin1Char(']');
            break;
        case Token::Type::Alternates: {
            QStringList parts;
            for (const Tokens &alternative : t.alternates) {
                QString part;
                appendRegex(alternative, pathLike, part);
                if (!part.isEmpty())
                    parts << part;
            }
            if (!parts.isEmpty())
                re += QStringLiteral("(?:") + parts.join(QLatin1Char('|')) + QLatin1Char(')');
            break;
        }
        }
    }
}

// The literal text of tokens[begin, end), if they are all literals.
std::optional<QString> literalText(const Tokens &tokens, qsizetype begin, qsizetype end)
{
    QString text;
    for (qsizetype i = begin; i < end; ++i) {
        if (tokens[size_t(i)].type != Token::Type::Literal)
            return std::nullopt;
        text += tokens[size_t(i)].c;
    }
    return text;
}

} // namespace

RuleGlob RuleGlob::compile(const QString &pattern, Options options)
{
    RuleGlob glob;
    glob.m_options = options;
    const bool pathLike = options.pathLike;
    QString text = glob.prepare(pattern);
    Tokens tokens;
    if (!Parser(text, !pathLike).parse(&tokens)) {
        glob.m_valid = false;
        return glob;
    }
    // Without multiline, a value with a newline takes the regular expression (whose "." stops
    // there); the shortcuts below assume wildcards take anything.
    QString re = QStringLiteral("^");
    appendRegex(tokens, pathLike, re);
    glob.m_regex = QRegularExpression(re + QStringLiteral("\\z"),
        options.multiline ? QRegularExpression::DotMatchesEverythingOption : QRegularExpression::NoPatternOption);
    glob.m_valid = glob.m_regex.isValid();

    using T = Token::Type;
    const auto n = qsizetype(tokens.size());
    const auto is = [&tokens, n](qsizetype i, T type) { return i >= 0 && i < n && tokens[size_t(i)].type == type; };
    if (n == 1 && is(0, T::RecursivePrefix)) {
        glob.m_kind = Kind::Any;
        return glob;
    }
    if (const auto all = literalText(tokens, 0, n)) {
        glob.m_kind = Kind::Exact;
        glob.m_literal = *all;
        return glob;
    }
    if (!pathLike) {
        qsizetype begin = 0;
        qsizetype end = n;
        while (begin < end && is(begin, T::ZeroOrMore))
            ++begin;
        while (end > begin && is(end - 1, T::ZeroOrMore))
            --end;
        if (const auto middle = literalText(tokens, begin, end)) {
            const bool leading = begin > 0;
            const bool trailing = end < n;
            glob.m_literal = *middle;
            glob.m_kind = middle->isEmpty() ? Kind::Any : leading ? (trailing ? Kind::Contains : Kind::Suffix) : Kind::Prefix;
            return glob;
        }
    } else {
        const bool recursivePrefix = is(0, T::RecursivePrefix);
        const bool recursiveSuffix = is(n - 1, T::RecursiveSuffix);
        const auto middle = literalText(tokens, recursivePrefix ? 1 : 0, recursiveSuffix ? n - 1 : n);
        // A rooted literal ("/usr/lib/**") is a plain prefix too; after "**" it is not ("**//x").
        if (middle && !middle->isEmpty() && (!middle->startsWith(u'/') || !recursivePrefix)
            && (recursivePrefix || recursiveSuffix)) {
            glob.m_literal = *middle + (recursiveSuffix ? QStringLiteral("/") : QString());
            glob.m_kind = recursivePrefix ? (recursiveSuffix ? Kind::PathContains : Kind::PathSuffix) : Kind::Prefix;
            return glob;
        }
    }
    for (qsizetype begin = 0; begin < n;) {
        qsizetype end = begin;
        while (end < n && is(end, T::Literal))
            ++end;
        if (end - begin > glob.m_required.size())
            glob.m_required = literalText(tokens, begin, end).value_or(QString());
        begin = end + 1;
    }
    return glob;
}

QString RuleGlob::prepare(const QString &value) const
{
    QString result = m_options.caseInsensitive ? asciiLower(value) : value;
    if (m_options.pathLike)
        result.replace(u'\\', u'/');
    return result;
}

bool RuleGlob::matchesOnce(const QString &value) const
{
    if (!m_valid)
        return false;
    if (!m_required.isEmpty() && !value.contains(m_required))
        return false;
    if (!m_options.multiline && m_kind != Kind::Exact && value.contains(u'\n'))
        return m_regex.match(value).hasMatch();
    switch (m_kind) {
    case Kind::Any:
        return true;
    case Kind::Exact:
        return value == m_literal;
    case Kind::Prefix:
        return value.startsWith(m_literal);
    case Kind::Suffix:
        return value.endsWith(m_literal);
    case Kind::Contains:
        return value.contains(m_literal);
    case Kind::PathSuffix: // "**/x": x itself, or x after any directory
        return value.endsWith(m_literal)
            && (value.size() == m_literal.size() || value.at(value.size() - m_literal.size() - 1) == u'/');
    case Kind::PathContains: { // "**/x/**": x at the start, or after any directory
        if (value.startsWith(m_literal))
            return true;
        for (qsizetype at = value.indexOf(m_literal, 1); at > 0; at = value.indexOf(m_literal, at + 1)) {
            if (value.at(at - 1) == u'/')
                return true;
        }
        return false;
    }
    case Kind::Regex:
        break;
    }
    return m_regex.match(value).hasMatch();
}

bool RuleGlob::matches(const QString &value) const
{
    if (matchesOnce(value))
        return true;
    // Sentry retries a relative path as if rooted, so "/usr/lib/**" also takes "usr/lib/x". The
    // path-suffix kinds already accept both spellings; only the others need the second try.
    if (!m_options.pathLike || value.startsWith(u'/') || m_kind == Kind::PathSuffix || m_kind == Kind::PathContains)
        return false;
    // The literal kinds answer for "/" + value without making that string (a newline still sends
    // the value to the regular expression, as in matchesOnce()).
    if (m_valid && (m_kind == Kind::Exact || (m_kind == Kind::Prefix && !value.contains(u'\n')))) {
        const QStringView rest = QStringView(m_literal).mid(1);
        return m_literal.startsWith(u'/') && (m_kind == Kind::Exact ? value == rest : value.startsWith(rest));
    }
    return matchesOnce(QLatin1Char('/') + value);
}

} // namespace lookout

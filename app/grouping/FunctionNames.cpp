#include "grouping/FunctionNames.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace lookout {

PlatformFamily platformFamily(const QString &platform)
{
    static const QStringList native {
        QStringLiteral("objc"), QStringLiteral("cocoa"), QStringLiteral("swift"), QStringLiteral("native"), QStringLiteral("c")};
    if (native.contains(platform))
        return PlatformFamily::Native;
    if (platform == u"javascript" || platform == u"node")
        return PlatformFamily::JavaScript;
    return PlatformFamily::Other;
}

QString platformFamilyName(PlatformFamily family)
{
    switch (family) {
    case PlatformFamily::Native:
        return QStringLiteral("native");
    case PlatformFamily::JavaScript:
        return QStringLiteral("javascript");
    case PlatformFamily::Other:
        break;
    }
    return QStringLiteral("other");
}

namespace {

// Stand-ins for text that would confuse the bracket balancing below; characters never seen in
// real symbol names, swapped back at the end.
const QChar kLt(0x27E8); // operator<
const QChar kCall(0x25EF); // operator()
const QChar kArrow(0x27FF); // -> (Swift return marker, operator->)
const QString kAnonNs = QStringLiteral("\u3014anonymousnamespace\u3015");

const QRegularExpression &lambdaPattern()
{
    // gcc {lambda(...)#1}, msvc lambda_<32 hex>, clang $_0
    static const QRegularExpression re(QStringLiteral("\\{lambda\\(.*?\\)#\\d+\\}|\\blambda_[a-f0-9]{32}\\b|\\$_\\d+\\b"));
    return re;
}

using Replacer = std::function<QString(const QString &inner, qsizetype openAt)>;

// Replaces every top-level open...close span (brackets included) by replacer(inner text, position).
QString replaceEnclosed(const QString &s, QChar open, QChar close, const Replacer &replacer)
{
    if (!s.contains(open))
        return s;
    QString out;
    int depth = 0;
    qsizetype pairStart = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == open) {
            if (depth == 0)
                pairStart = i;
            ++depth;
        } else if (c == close) {
            --depth;
            if (depth == 0)
                out += replacer(s.mid(pairStart + 1, i - pairStart - 1), pairStart);
        } else if (depth == 0) {
            out += c;
        }
    }
    return out;
}

// Sentry's split_func_tokens: whitespace outside (), {}, [] and <> separates tokens, so an
// Objective-C selector inside a block name stays whole; text after a bracket that never closes
// is dropped, as there.
QStringList splitTopLevelTokens(const QString &s)
{
    static const QString opens = QStringLiteral("({[<");
    static const QString closes = QStringLiteral(")}]>");
    QStringList tokens;
    QString token;
    QString expected; // the closing brackets still open, innermost last
    qsizetype end = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (const qsizetype open = opens.indexOf(c); open >= 0) {
            expected += closes.at(open);
        } else if (!expected.isEmpty() && c == expected.back()) {
            expected.chop(1);
            if (expected.isEmpty()) {
                token += QStringView(s).mid(end, i + 1 - end);
                end = i + 1;
            }
        } else if (expected.isEmpty()) {
            if (c.isSpace()) {
                if (!token.isEmpty())
                    tokens << token;
                token.clear();
            } else {
                token += QStringView(s).mid(end, i + 1 - end);
            }
            end = i + 1;
        }
    }
    if (!token.isEmpty())
        tokens << token;
    return tokens;
}

QString processGenerics(const QString &value, qsizetype openAt)
{
    if (value == u"lambda" || lambdaPattern().match(value).hasMatch())
        return QLatin1Char('<') + value + QLatin1Char('>');
    if (openAt > 0)
        return QStringLiteral("<T>");
    // A whole name in brackets at the start is Rust's <Type as Trait>::method: keep the type.
    static const QRegularExpression blanket(QStringLiteral("^[A-Z] as "));
    QString inner = value;
    inner.remove(blanket);
    inner = replaceEnclosed(inner, u'<', u'>', processGenerics);
    return inner.section(QStringLiteral(" as "), 0, 0);
}

} // namespace

QString FunctionNames::trimNative(const QString &input)
{
    if (input == u"<redacted>" || input == u"<unknown>")
        return input;
    QString function = input.trimmed();
    if (function.startsWith(u'[') || function.startsWith(QStringLiteral("+[")) || function.startsWith(QStringLiteral("-[")))
        return function; // Objective-C selectors are already canonical

    static const QRegularExpression trailer(QStringLiteral("(\\bconst\\b|&)$"));
    for (;;) {
        const QRegularExpressionMatch m = trailer.match(function);
        if (!m.hasMatch())
            break;
        function = function.left(m.capturedStart()).trimmed();
    }

    function.replace(QStringLiteral("operator<<"), QStringLiteral("operator") + kLt + kLt);
    function.replace(QStringLiteral("operator<"), QStringLiteral("operator") + kLt);
    function.replace(QStringLiteral("operator()"), QStringLiteral("operator") + kCall);
    function.replace(QStringLiteral("operator->"), QStringLiteral("operator") + kArrow);
    function.replace(QStringLiteral(" -> "), QLatin1Char(' ') + kArrow + QLatin1Char(' '));
    function.replace(QStringLiteral("`anonymous namespace'"), kAnonNs);

    function.replace(lambdaPattern(), QStringLiteral("lambda"));
    static const QRegularExpression msvcAnon(QStringLiteral("\\?A0x[a-f0-9]{8}::"));
    function.replace(msvcAnon, kAnonNs + QStringLiteral("::"));

    function = replaceEnclosed(function, u'(', u')', [](const QString &inner, qsizetype) -> QString {
        const QString value = inner.trimmed();
        if (value == u"anonymous namespace" || value == u"operator")
            return QLatin1Char('(') + value + QLatin1Char(')');
        return QString();
    });
    function = replaceEnclosed(function, u'<', u'>', processGenerics);

    QStringList tokens = splitTopLevelTokens(function);
    if (tokens.isEmpty())
        return input;
    if (tokens.size() > 1 && tokens.constLast() == u"<T>") {
        tokens.removeLast();
        tokens.last() += QStringLiteral(" <T>");
    }
    // The token before the first Swift "->", else the last; Sentry's tokens[index - 1] reads
    // the last token when "->" comes first.
    const qsizetype arrow = tokens.indexOf(QString(kArrow));
    QString name = arrow > 0 ? tokens.at(arrow - 1) : tokens.constLast();

    static const QRegularExpression rustHash(QStringLiteral("::h[0-9a-f]{16}$"));
    static const QRegularExpression msvcDecoration(QStringLiteral("@\\d+$"));
    name.remove(rustHash);
    name.remove(msvcDecoration);

    name.replace(kLt, QLatin1Char('<'));
    name.replace(kCall, QStringLiteral("()"));
    name.replace(kArrow, QStringLiteral("->"));
    name.replace(kAnonNs, QStringLiteral("`anonymous namespace'"));
    return name;
}

QString FunctionNames::trimCsharp(const QString &function)
{
    const qsizetype signature = function.indexOf(QStringLiteral(" ("));
    return signature < 0 ? function : function.left(signature);
}

QString FunctionNames::trim(const QString &function, const QString &platform)
{
    if (platform == u"csharp")
        return trimCsharp(function);
    if (platformFamily(platform) == PlatformFamily::Native)
        return trimNative(function);
    return function;
}

} // namespace lookout

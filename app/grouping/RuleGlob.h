#pragma once

#include <QRegularExpression>
#include <QString>

namespace lookout {

// Lowercases A-Z only: Sentry compares paths and packages case-insensitively in ASCII (bytes), so
// both those values and their patterns go through this and nothing else.
QString asciiLower(const QString &text);

// One glob of a stack-trace or fingerprint rule, with the meaning Sentry gives it: both its Rust
// enhancer and Relay's glob_match (which fingerprint rules use) build on the globset crate:
//   ?  one character      *  any run          [a-z] [!a-z]  a class      {a,b}  either
//   ** any run of directories where it is a whole path component ("**/x", "x/**", "x/**/y"),
//      otherwise two "*"      \x  a literal x (not in path globs, where "\" is a separator)
// A glob that does not parse matches nothing, as in Sentry.
class RuleGlob
{
public:
    struct Options
    {
        // "*" and "?" stop at "/", "\" in pattern and value reads "/", and a relative value is also
        // tried as if rooted ("/usr/lib/**" takes "usr/lib/x").
        bool pathLike = false;
        bool caseInsensitive = false; // in ASCII only, as Sentry compares bytes
        bool multiline = false; // "*" and "?" also take a newline (fingerprint rules)
    };
    static RuleGlob compile(const QString &pattern, Options options);
    // Stack-trace rules: path and package globs are path-like and ignore case, the rest neither.
    static RuleGlob compile(const QString &pattern, bool pathLike)
    {
        return compile(pattern, Options {pathLike, pathLike, false});
    }

    // The value as matches() wants it (lowered, slashes turned); prepare once, match many times.
    QString prepare(const QString &value) const;
    bool matches(const QString &prepared) const;
    bool matchesText(const QString &value) const { return matches(prepare(value)); }
    bool isValid() const { return m_valid; }

private:
    // Most rule globs are a literal with a wildcard at one or both ends: those are answered by
    // string comparisons, the rest by a regular expression. Grouping runs this for every frame.
    enum class Kind { Regex, Any, Exact, Prefix, Suffix, Contains, PathSuffix, PathContains };
    bool matchesOnce(const QString &value) const;

    Kind m_kind = Kind::Regex;
    Options m_options;
    bool m_valid = true;
    QString m_literal;
    // The longest run of plain characters a regular-expression glob has outside alternatives: a
    // value without it cannot match, and most values are turned away by that alone.
    QString m_required;
    QRegularExpression m_regex;
};

} // namespace lookout

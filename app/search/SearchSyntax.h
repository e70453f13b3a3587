#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lookout {

// Where something is in the search text, in UTF-16 units, so a view can underline it.
struct SearchSpan
{
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    bool contains(int position) const { return position >= start && position <= end(); }
    friend bool operator==(const SearchSpan &, const SearchSpan &) = default;
};

// One term of a search as typed, before it is given a meaning: a filter (!key:>value,
// key:"quoted value", key:[a, b]) or free text (a word, or "a quoted phrase").
struct SearchToken
{
    enum class Kind { Filter, Text };
    Kind kind = Kind::Text;
    SearchSpan span; // the whole term
    bool negated = false; // a leading '!'
    QString key;
    SearchSpan keySpan;
    QString op; // "", ">", ">=", "<", "<=" or "="
    QStringList values; // one, or the items of a [list]
    SearchSpan valueSpan; // after the colon and operator, as typed
    bool list = false;
    bool quoted = false; // the value (or the free text) was in double quotes
    QString text; // free text
};

struct SearchError
{
    SearchSpan span;
    QString term; // the term as typed
    QString message; // why it is wrong, for a person

    // "term: message", the form lookoutctl prints.
    QString toString() const { return term.isEmpty() ? message : term + QStringLiteral(": ") + message; }
};

// Splits search text into terms the way Sentry's search grammar does: terms are separated by
// spaces; a term is key:value when it starts with a key (a letter, then letters, digits, '_', '.',
// '-' or brackets) and a colon, else free text; double quotes group, with \" inside them.
class SearchSyntax
{
public:
    // On a syntax error (an unterminated quote or list, an empty value), returns the terms read
    // so far and sets *error.
    static QList<SearchToken> tokenize(const QString &text, SearchError *error);
    // value quoted for search text when it needs quotes (spaces, quotes, a leading '!', ...).
    static QString quoteIfNeeded(const QString &value);
};

} // namespace lookout

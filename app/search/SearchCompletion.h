#pragma once

#include "search/SearchSyntax.h"

#include <QList>
#include <QString>

namespace lookout {

class Store;

// What can be typed at the cursor of a search: keys ("lev" -> level:) and known values
// ("release:sh" -> the releases in the cache starting with "sh"; is:, has:, level: and
// assigned: have their fixed values too). Values come from the store, most used or newest first.
class SearchCompletion
{
public:
    struct Candidate
    {
        QString text; // what replaces the span: "level:", "shop@2.0", "\"a value\""
        QString label; // what a list shows
        QString detail; // what it means, or where it came from
        bool isKey = false; // a key: the value still has to be typed
    };
    struct Result
    {
        SearchSpan span; // what a candidate replaces
        QString prefix; // what was typed of it
        QList<Candidate> candidates;
    };

    // store may be null: then only keys and fixed values are offered.
    explicit SearchCompletion(Store *store, int maxValues = 50);

    Result complete(const QString &text, int cursor) const;
    // text with span replaced by candidate; *cursor goes after it (and after the space added
    // after a finished value).
    static QString apply(const QString &text, const Result &result, const Candidate &candidate, int *cursor);

private:
    QList<Candidate> keys(const QString &prefix) const;
    QList<Candidate> values(const QString &key, const QString &prefix) const;

    Store *m_store;
    int m_maxValues;
};

} // namespace lookout

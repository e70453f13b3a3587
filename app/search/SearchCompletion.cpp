#include "search/SearchCompletion.h"

#include "search/SearchKeys.h"
#include "store/Store.h"

namespace lookout {

SearchCompletion::SearchCompletion(Store *store, int maxValues)
    : m_store(store)
    , m_maxValues(maxValues)
{ }

SearchCompletion::Result SearchCompletion::complete(const QString &text, int cursor) const
{
    cursor = qBound(0, cursor, int(text.size()));
    // The term under the cursor runs back to the last space outside quotes and lists.
    int start = 0;
    bool quoted = false;
    bool inList = false;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'[' && i > 0 && text.at(i - 1) == u':')
            inList = true;
        else if (c == u']')
            inList = false;
        else if (c.isSpace() && !inList)
            start = i + 1;
    }
    const QString word = text.mid(start, cursor - start);
    Result result;
    const qsizetype colon = word.indexOf(u':');
    int keyStart = start + (word.startsWith(u'!') ? 1 : 0);
    if (colon < 0) {
        if (word.startsWith(u'"'))
            return result; // quoted free text: nothing to complete
        result.span = {keyStart, cursor - keyStart};
        result.prefix = text.mid(keyStart, cursor - keyStart);
        result.candidates = keys(result.prefix);
        return result;
    }
    const QString key = text.mid(keyStart, start + int(colon) - keyStart);
    int valueStart = start + int(colon) + 1;
    for (const char *op : {">=", "<=", ">", "<", "="}) {
        if (QStringView(text).mid(valueStart, cursor - valueStart).startsWith(QLatin1StringView(op))) {
            valueStart += int(qstrlen(op));
            break;
        }
    }
    // In a list, the item being typed.
    if (valueStart < cursor && text.at(valueStart) == u'[') {
        const int comma = int(text.lastIndexOf(u',', cursor - 1));
        valueStart = qMax(valueStart + 1, comma + 1);
        while (valueStart < cursor && text.at(valueStart).isSpace())
            ++valueStart;
    }
    QString prefix = text.mid(valueStart, cursor - valueStart);
    if (prefix.startsWith(u'"'))
        prefix.remove(0, 1);
    result.span = {valueStart, cursor - valueStart};
    result.prefix = prefix;
    result.candidates = values(key, prefix);
    return result;
}

QList<SearchCompletion::Candidate> SearchCompletion::keys(const QString &prefix) const
{
    QList<Candidate> candidates;
    for (const SearchKey &key : SearchKey::all()) {
        QStringList names = key.aliases;
        names.prepend(key.name);
        for (const QString &name : std::as_const(names)) {
            if (name.startsWith(prefix, Qt::CaseInsensitive)) {
                candidates.append({name + u':', name + u':', key.description, true});
                break;
            }
        }
    }
    return candidates;
}

QList<SearchCompletion::Candidate> SearchCompletion::values(const QString &keyName, const QString &prefix) const
{
    const SearchKey *key = SearchKey::find(keyName);
    if (!key)
        return {};
    QList<Candidate> candidates;
    const auto offer = [&](const QString &value, const QString &detail) {
        if (value.startsWith(prefix, Qt::CaseInsensitive) && candidates.size() < m_maxValues)
            candidates.append({SearchSyntax::quoteIfNeeded(value), value, detail, false});
    };
    switch (key->type) {
    case SearchKey::Type::Is:
    case SearchKey::Type::Has:
    case SearchKey::Type::Enum:
        for (const QString &value : key->values)
            offer(value, key->description);
        break;
    case SearchKey::Type::Assigned:
        offer(QStringLiteral("me"), QStringLiteral("assigned to you"));
        offer(QStringLiteral("none"), QStringLiteral("assigned to no one"));
        break;
    case SearchKey::Type::Date:
        for (const char *value : {"-1h", "-24h", "-7d", "-14d", "-30d", "+7d"})
            offer(QString::fromLatin1(value), value[0] == '-' ? QStringLiteral("within") : QStringLiteral("before"));
        break;
    case SearchKey::Type::Number:
    case SearchKey::Type::Text:
        break;
    }
    if (m_store && m_store->isOpen() && key->storeValues) {
        const QStringList known = m_store->knownValues(*key->storeValues, prefix, m_maxValues);
        for (const QString &value : known)
            offer(value, QStringLiteral("in the cache"));
    }
    return candidates;
}

QString SearchCompletion::apply(const QString &text, const Result &result, const Candidate &candidate, int *cursor)
{
    QString completed = text.left(result.span.start) + candidate.text;
    int end = result.span.end();
    // Replace the rest of the term being typed too, up to the next space (or list separator).
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u',' && text.at(end) != u']')
        ++end;
    const QString rest = text.mid(end);
    if (!candidate.isKey && !rest.startsWith(u']') && !rest.startsWith(u',') && !rest.startsWith(u' ')) {
        completed += u' ';
    }
    if (cursor)
        *cursor = int(completed.size());
    return completed + rest;
}

} // namespace lookout

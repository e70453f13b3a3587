#include "search/SearchSyntax.h"

namespace lookout {

namespace {

bool isKeyStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isKeyChar(QChar c)
{
    return isKeyStart(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'[' || c == u']';
}

class Tokenizer
{
public:
    Tokenizer(const QString &text, SearchError *error)
        : m_text(text)
        , m_error(error)
    { }

    QList<SearchToken> run()
    {
        QList<SearchToken> tokens;
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                break;
            SearchToken token;
            if (!readTerm(token))
                break;
            tokens.append(token);
        }
        return tokens;
    }

private:
    bool fail(int start, int end, const QString &message)
    {
        m_error->span = {start, end - start};
        m_error->term = m_text.mid(start, end - start);
        m_error->message = message;
        return false;
    }

    int wordEnd(int from) const
    {
        int end = from;
        while (end < m_text.size() && !m_text.at(end).isSpace())
            ++end;
        return end;
    }

    // A double-quoted string from m_pos (at the opening quote); \" and \\ are escapes.
    bool readQuoted(int termStart, QString *value, bool inList = false)
    {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\\' && m_pos + 1 < m_text.size() && (m_text.at(m_pos + 1) == u'"' || m_text.at(m_pos + 1) == u'\\')) {
                *value += m_text.at(m_pos + 1);
                m_pos += 2;
            } else if (c == u'"') {
                ++m_pos;
                const bool listGoesOn = inList && m_pos < m_text.size() && (m_text.at(m_pos) == u',' || m_text.at(m_pos) == u']');
                if (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && !listGoesOn)
                    return fail(termStart, wordEnd(m_pos),
                        QStringLiteral("a quoted value must end the term (put a space after the closing quote)"));
                return true;
            } else {
                *value += c;
                ++m_pos;
            }
        }
        return fail(termStart, int(m_text.size()), QStringLiteral("the quote is never closed"));
    }

    bool readTerm(SearchToken &token)
    {
        const int start = m_pos;
        if (m_text.at(m_pos) == u'"') {
            token.kind = SearchToken::Kind::Text;
            token.quoted = true;
            if (!readQuoted(start, &token.text))
                return false;
            token.span = {start, m_pos - start};
            token.valueSpan = token.span;
            return true;
        }
        // key:value when a key and a colon come first.
        int k = m_pos;
        if (m_text.at(k) == u'!')
            ++k;
        const int keyStart = k;
        if (k < m_text.size() && isKeyStart(m_text.at(k))) {
            while (k < m_text.size() && isKeyChar(m_text.at(k)))
                ++k;
            if (k < m_text.size() && m_text.at(k) == u':')
                return readFilter(token, start, keyStart, k);
        }
        const int end = wordEnd(m_pos);
        token.kind = SearchToken::Kind::Text;
        token.text = m_text.mid(m_pos, end - m_pos);
        token.span = {start, end - start};
        token.valueSpan = token.span;
        m_pos = end;
        return true;
    }

    bool readFilter(SearchToken &token, int start, int keyStart, int colon)
    {
        token.kind = SearchToken::Kind::Filter;
        token.negated = keyStart > start;
        token.key = m_text.mid(keyStart, colon - keyStart);
        token.keySpan = {keyStart, colon - keyStart};
        m_pos = colon + 1;
        for (const char *op : {">=", "<=", ">", "<", "="}) {
            const QLatin1StringView o(op);
            if (QStringView(m_text).mid(m_pos).startsWith(o)) {
                token.op = o;
                m_pos += int(o.size());
                break;
            }
        }
        const int valueStart = m_pos;
        if (m_pos >= m_text.size() || m_text.at(m_pos).isSpace())
            return fail(start, m_pos, QStringLiteral("no value after the colon"));
        if (m_text.at(m_pos) == u'"') {
            QString value;
            if (!readQuoted(start, &value))
                return false;
            token.quoted = true;
            token.values << value;
        } else if (m_text.at(m_pos) == u'[') {
            if (!readList(token, start))
                return false;
        } else {
            const int end = wordEnd(m_pos);
            token.values << m_text.mid(m_pos, end - m_pos);
            m_pos = end;
        }
        token.valueSpan = {valueStart, m_pos - valueStart};
        token.span = {start, m_pos - start};
        return true;
    }

    // [a, b, "c d"]: any one of the items.
    bool readList(SearchToken &token, int start)
    {
        token.list = true;
        ++m_pos;
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_text.size())
                return fail(start, m_pos, QStringLiteral("the list is never closed with ]"));
            QString item;
            if (m_text.at(m_pos) == u'"') {
                if (!readQuoted(start, &item, true))
                    return false;
                token.quoted = true;
            } else {
                while (
                    m_pos < m_text.size() && m_text.at(m_pos) != u',' && m_text.at(m_pos) != u']' && !m_text.at(m_pos).isSpace())
                    item += m_text.at(m_pos++);
            }
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            if (item.isEmpty() && !token.quoted)
                return fail(start, qMin<int>(m_pos + 1, int(m_text.size())), QStringLiteral("an empty item in the list"));
            token.values << item;
            if (m_pos >= m_text.size())
                return fail(start, m_pos, QStringLiteral("the list is never closed with ]"));
            const QChar c = m_text.at(m_pos++);
            if (c == u']')
                break;
            if (c != u',')
                return fail(start, wordEnd(m_pos), QStringLiteral("list items are separated by commas"));
        }
        if (m_pos < m_text.size() && !m_text.at(m_pos).isSpace())
            return fail(start, wordEnd(m_pos), QStringLiteral("a list must end the term (put a space after the ])"));
        return true;
    }

    const QString &m_text;
    SearchError *m_error;
    int m_pos = 0;
};

} // namespace

QList<SearchToken> SearchSyntax::tokenize(const QString &text, SearchError *error)
{
    *error = {};
    return Tokenizer(text, error).run();
}

QString SearchSyntax::quoteIfNeeded(const QString &value)
{
    bool needs = value.isEmpty() || value.startsWith(u'!') || value.startsWith(u'[');
    for (const QChar c : value)
        needs = needs || c.isSpace() || c == u'"' || c == u':' || c == u',';
    if (!needs)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace lookout

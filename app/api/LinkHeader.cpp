#include "api/LinkHeader.h"

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

// Splits at commas outside <...> and "...": URLs may hold commas (e.g. in a query).
QList<QByteArray> splitOutside(const QByteArray &value, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool inAngle = false;
    bool inQuote = false;
    for (char c : value) {
        if (c == '<' && !inQuote)
            inAngle = true;
        else if (c == '>' && !inQuote)
            inAngle = false;
        else if (c == '"' && !inAngle)
            inQuote = !inQuote;
        if (c == separator && !inAngle && !inQuote) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

QString unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return QString::fromUtf8(value);
}

} // namespace

LinkHeader LinkHeader::parse(const QByteArray &value)
{
    LinkHeader header;
    for (const QByteArray &entry : splitOutside(value, ',')) {
        const QList<QByteArray> params = splitOutside(entry, ';');
        if (params.isEmpty() || !params.first().startsWith('<') || !params.first().endsWith('>'))
            continue;
        Link link;
        link.url = QString::fromUtf8(params.first().mid(1, params.first().size() - 2));
        for (qsizetype i = 1; i < params.size(); ++i) {
            const qsizetype eq = params[i].indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = params[i].left(eq).trimmed().toLower();
            const QString val = unquote(params[i].mid(eq + 1));
            if (key == "rel")
                link.rel = val;
            else if (key == "cursor")
                link.cursor = val;
            else if (key == "results")
                link.results = val.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        }
        header.links << link;
    }
    return header;
}

QString LinkHeader::nextCursor() const
{
    for (const Link &link : links) {
        if (link.rel == u"next"_s)
            return link.results ? link.cursor : QString();
    }
    return {};
}

} // namespace lookout

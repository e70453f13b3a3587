#include "JsonFormatter.h"

namespace lookout {

static bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

QString JsonFormatter::indent(QByteArrayView json, int width)
{
    const QString in = QString::fromUtf8(json);
    QString out;
    out.reserve(in.size() + in.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&] {
        out += u'\n';
        out += QString(qMax(0, depth) * width, u' ');
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            qsizetype next = i + 1;
            while (next < in.size() && isSpace(in.at(next)))
                ++next;
            const QChar close = c == u'{' ? u'}' : u']';
            out += c;
            if (next < in.size() && in.at(next) == close) {
                out += close; // {} and [] stay on one line
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

} // namespace lookout

#include "grouping/Parameterizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace lookout {

namespace {

// The pattern set, in Sentry's order (src/sentry/grouping/parameterization.py at commit caa56edf, the
// version all our reference snapshots agree with). At each position the first alternative that
// matches wins, exactly like Python's alternation, so the order matters: a URL must be tried before
// the host name inside it, a float before the int inside it. Written here in our own terms.
struct Pattern
{
    const char *name;
    const char *regex;
};

const char kMonths[] = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

QString patternSource()
{
    const QString months = QString::fromLatin1(kMonths);
    const QString days = QStringLiteral("Mon|Tue|Wed|Thu|Fri|Sat|Sun");
    const QString longDays = QStringLiteral("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    const QString ipv4 = QStringLiteral("(?:%1\\.){3}%1").arg(octet);
    const QString h = QStringLiteral("[0-9a-fA-F]{1,4}");
    const QString ipv6 = QStringList {
        QStringLiteral("(?:%1:){7}%1").arg(h),
        QStringLiteral("(?:%1:){1,7}:").arg(h),
        QStringLiteral("(?:%1:){1,6}:%1").arg(h),
        QStringLiteral("(?:%1:){1,5}(?::%1){1,2}").arg(h),
        QStringLiteral("(?:%1:){1,4}(?::%1){1,3}").arg(h),
        QStringLiteral("(?:%1:){1,3}(?::%1){1,4}").arg(h),
        QStringLiteral("(?:%1:){1,2}(?::%1){1,5}").arg(h),
        QStringLiteral("%1:(?::%1){1,6}").arg(h),
        QStringLiteral(":(?:(?::%1){1,7}|:)").arg(h),
        QStringLiteral("fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]+"),
        QStringLiteral("::(?:ffff(?::0{1,4})?:)?%1").arg(ipv4),
        QStringLiteral("(?:%1:){1,4}:%2").arg(h, ipv4),
    }.join(QLatin1Char('|'));
    const QString tlds = QStringLiteral(
        "com|net|org|io|co|dev|app|ai|edu|gov|mil|int|info|biz|us|uk|de|fr|jp|cn|ru|br|au|ca|eu|nl|it|es|se|ch|no|"
        "pl|be|at|dk|fi|cz|kr|tw|mx|ar|za|nz|ie|il|tr|gr|pt|hu|ro|ua|vn|id|my|sg|hk|ph|th|me|tv|xyz|cloud|online|"
        "site|tech|store|blog|shop|local|internal|localhost");

    const QStringList alternatives {
        QStringLiteral("(?<email>[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                       "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)"),
        QStringLiteral("(?<url>\\b(?:wss?|https?|ftp)://[^\\s/$.?#][^\\s]*)"),
        QStringLiteral("(?<hostname>\\b(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+(?i:%1)\\b)").arg(tlds),
        QStringLiteral("(?<ip>(?:\\b|(?<![0-9a-fA-F:]))(?:%1)(?![0-9a-fA-F:])|\\b%2\\b)").arg(ipv6, ipv4),
        QStringLiteral("(?<uuid>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b)"),
        QStringLiteral("(?<sha1>\\b[0-9a-fA-F]{40}\\b)"),
        QStringLiteral("(?<md5>\\b[0-9a-fA-F]{32}\\b)"),
        QStringLiteral("(?<date>"
                       "\\b(?:%2),\\s\\d{1,2}\\s(?:%1)\\s\\d{2,4}\\s\\d{1,2}:\\d{2}(?::\\d{2})?\\s(?:[A-Z]{3,5}|[+-]\\d{4})"
                       "|\\b(?:%2)\\s+(?:%1)\\s+\\d{1,2},\\s+\\d{4}\\b"
                       "|\\b(?:%3),\\s\\d{2}-(?:%1)-\\d{2}\\s\\d{2}:\\d{2}:\\d{2}\\s[A-Z]{3,5}\\b"
                       "|\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                       "|\\b\\d{4}-\\d{2}-\\d{2}\\s\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\b"
                       "|\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[aApP][mM])?\\b"
                       "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                       "|\\b(?:%1)\\s+\\d{1,2}\\s\\d{2}:\\d{2}:\\d{2}\\b"
                       "|\\b\\d{4}-(?:%1)-\\d{2}\\s\\d{2}:\\d{2}:\\d{2}\\b"
                       "|datetime\\.datetime\\([^)]*\\))")
            .arg(months, days, longDays),
        QStringLiteral("(?<duration>\\b\\d+ms\\b|\\b\\d+(?:\\.\\d+)?s\\b)"),
        QStringLiteral("(?<hex>\\b0[xX][0-9a-fA-F]+\\b)"),
        QStringLiteral("(?<float>-\\d+\\.\\d+\\b|\\b\\d+\\.\\d+\\b)"),
        QStringLiteral("(?<int>-\\d+\\b|\\b\\d+\\b)"),
        QStringLiteral("(?<quoted_str>(?<==)'[^']+'|(?<==)\"[^\"]+\")"),
        QStringLiteral("(?<bool>(?<==)(?:[tT]rue|[fF]alse)\\b)"),
    };
    return alternatives.join(QLatin1Char('|'));
}

const QRegularExpression &combinedPattern()
{
    // Python's str patterns treat \d, \w and \b as Unicode-aware; so do we.
    static const QRegularExpression re(patternSource(), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString Parameterizer::parameterize(const QString &text)
{
    const QRegularExpression &re = combinedPattern();
    Q_ASSERT(re.isValid());
    static const QStringList names = [] {
        QStringList result;
        for (const QString &name : combinedPattern().namedCaptureGroups()) {
            if (!name.isEmpty())
                result << name;
        }
        return result;
    }();
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        QString placeholder;
        for (const QString &name : names) {
            if (match.capturedStart(name) >= 0) {
                placeholder = name;
                break;
            }
        }
        out += QLatin1Char('<') + placeholder + QLatin1Char('>');
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString Parameterizer::trimToTwoLines(const QString &text)
{
    // Python's splitlines() splits on \r\n, \r and \n (and a few rarer separators we ignore).
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    QStringList kept;
    for (const QString &line : text.split(lineBreak)) {
        if (!line.trimmed().isEmpty())
            kept << line;
        if (kept.size() == 2)
            break;
    }
    QString result = kept.join(QLatin1Char('\n')).trimmed();
    if (result != text)
        result += QStringLiteral("...");
    return result;
}

QString Parameterizer::normalizeForGrouping(const QString &text)
{
    return parameterize(trimToTwoLines(text));
}

} // namespace lookout

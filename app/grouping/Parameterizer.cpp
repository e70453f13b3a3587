#include "grouping/Parameterizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace lookout {

namespace {

// Sentry's pattern set for the default parameterizer (src/sentry/grouping/parameterization.py at
// commit caa56edf, the version every reference snapshot agrees with), written out here without its
// verbose-mode layout but with the same meaning, piece for piece: which alternative wins at a
// position depends on their order, since the first one that matches there wins (a URL before the
// host name inside it, a float before the int inside it), and a deliberately odd piece stays odd
// (the URL takes any one character after its first, a duration's "ms" needs no word end, a bool
// needs none either, and in Sentry's verbose mode the space before "am"/"pm" is no space at all).
QString patternSource()
{
    const QString months = QStringLiteral("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
    const QString days = QStringLiteral("Sun|Mon|Tue|Wed|Thu|Fri|Sat");
    const QString zone = QStringLiteral("UT|GMT|(?:E|C|M|P)(?:ST|DT)|[A-IK-Z]");
    const QString octet = QStringLiteral("(?:25[0-5]|(?:2[0-4]|1?[0-9])?[0-9])");
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
        QStringLiteral("(?:%1:){1,4}:%2\\b").arg(h, ipv4),
    }.join(QLatin1Char('|'));
    // Sentry's "top 100" TLDs, all in capitals or all in small letters, in its order.
    const QString tlds
        = QStringLiteral("COM|NET|ORG|JP|DE|UK|FR|BR|IT|RU|ES|ME|GOV|PL|CA|AU|CN|CO|IN|NL|EDU|INFO|EU|CH|ID|AT|KR|CZ|MX|BE|TV|SE|"
                         "TR|TW|AL|UA|IR|VN|"
                         "CL|SK|LY|CC|TO|NO|FI|US|PT|DK|AR|HU|TK|GR|IL|NEWS|RO|MY|BIZ|IE|ZA|NZ|SG|EE|TH|IO|XYZ|PE|BG|HK|RS|LT|"
                         "LINK|PH|CLUB|SI|SITE|"
                         "MOBI|BY|CAT|WIKI|LA|GA|XXX|CF|HR|NG|JOBS|ONLINE|KZ|UG|GQ|AE|IS|LV|PRO|FM|TIPS|MS|SA|APP");
    const QString timeZoneOrOffset = QStringLiteral("(?:[-+]\\d{2}[0-5]\\d|%1)").arg(zone);
    const QString isoOffset = QStringLiteral("(?:[+-][0-2]\\d:[0-5]\\d|Z)");
    const QStringList dates {
        // RFC 822/1123
        QStringLiteral("(?:%1),\\s\\d{1,2}\\s(?:%2)\\s\\d{2,4}\\s\\d{1,2}:\\d{1,2}(?::\\d{1,2})?\\s%3")
            .arg(days, months, timeZoneOrOffset),
        // "Mon Jan 02, 1999", "Jan 02, 1999"
        QStringLiteral("(?:(?:%1)\\s)?(?:%2)\\s[0-3]\\d,\\s\\d{2,4}").arg(days, months),
        // RFC 850
        QStringLiteral("(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),\\s\\d{2}-(?:%1)-\\d{2}\\s\\d{2}:\\d{2}:\\d{"
                       "2}\\s(?:%2)")
            .arg(months, zone),
        // RFC 3339
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?(?:[+-]?\\d{2}:\\d{2})?"),
        // date and time
        QStringLiteral("\\d{4}-?[01]\\d-?[0-3]\\d\\s[0-2]\\d:[0-5]\\d:[0-5]\\d(?:\\.\\d+)?"),
        // clock time
        QStringLiteral("\\d{1,2}:\\d{2}(?::\\d{2})?(?:[aApP][Mm])?"),
        // date
        QStringLiteral("\\d{4}-[01]\\d-[0-3]\\d"),
        // time
        QStringLiteral("[0-2]\\d:[0-5]\\d:[0-5]\\d"),
        // ISO forms with an offset
        QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+%1").arg(isoOffset),
        QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d%1").arg(isoOffset),
        QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d%1").arg(isoOffset),
        // syslog-like
        QStringLiteral("\\b(?:(?:%1)\\s+)?(?:%2)\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2}\\s+\\d{4}").arg(days, months),
        QStringLiteral(
            "\\b(?:(?:%1),\\s+)?(?:0[1-9]|[1-2]?\\d|3[01])\\s+(?:%2)\\s+(?:19\\d{2}|[2-9]\\d{3})\\s+(?:2[0-3]|[0-1]\\d):[0-5]\\d"
            "(?::(?:60|[0-5]\\d))?\\s+%3")
            .arg(days, months, timeZoneOrOffset),
        // a Python datetime repr; its "." is any character, as in Sentry
        QStringLiteral("datetime.datetime\\(.*?\\)"),
    };

    const QStringList alternatives {
        QStringLiteral("(?<email>[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)"),
        QStringLiteral("(?<url>\\b(?:wss?|https?|ftp)://[^\\s/$.?#].[^\\s]*)"),
        QStringLiteral("(?<hostname>\\b(?:[a-zA-Z0-9\\-]{1,63}\\.)+?(?:(?:%1)|(?:%2))\\b)").arg(tlds, tlds.toLower()),
        QStringLiteral("(?<ip>(?:%1)|\\b%2\\b)").arg(ipv6, ipv4),
        QStringLiteral("(?<uuid>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b)"),
        QStringLiteral("(?<sha1>\\b[0-9a-fA-F]{40}\\b)"),
        QStringLiteral("(?<md5>\\b[0-9a-fA-F]{32}\\b)"),
        QStringLiteral("(?<date>%1)").arg(dates.join(QLatin1Char('|'))),
        QStringLiteral("(?<duration>\\b\\d+ms|\\d+(?:\\.\\d+)?s\\b)"),
        QStringLiteral("(?<hex>\\b0[xX][0-9a-fA-F]+\\b)"),
        QStringLiteral("(?<float>-\\d+\\.\\d+\\b|\\b\\d+\\.\\d+\\b)"),
        QStringLiteral("(?<int>-\\d+\\b|\\b\\d+\\b)"),
        QStringLiteral("(?<==)(?<quoted_str>'[^']+'|\"[^\"]+\")"),
        QStringLiteral("(?<==)(?<bool>True|true|False|false)"),
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
    // Python's str.splitlines(): \r\n, and each of \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
    static const QRegularExpression lineBreak(
        QStringLiteral("\\r\\n|[\\n\\r\\x{0b}\\x{0c}\\x{1c}-\\x{1e}\\x{85}\\x{2028}\\x{2029}]"));
    QStringList kept;
    for (const QString &line : text.split(lineBreak)) {
        if (!line.trimmed().isEmpty())
            kept << line;
        if (kept.size() == 2)
            break;
    }
    // The kept lines are not stripped: Sentry keeps their spaces, and so must the hash.
    QString result = kept.join(QLatin1Char('\n'));
    if (result != text)
        result += QStringLiteral("...");
    return result;
}

QString Parameterizer::normalizeForGrouping(const QString &text)
{
    return parameterize(trimToTwoLines(text));
}

} // namespace lookout

#include "grouping/Parameterizer.h"

#include "grouping/GroupingCaches.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lookout {

namespace {

// What an alternative of the pattern needs the text to contain somewhere. For a text of ASCII
// only (where \d is [0-9]), an alternative that needs what the text lacks cannot match anywhere in
// it, so leaving it out of the pattern changes no match: at each position the same alternative
// comes first among those that can match there. Fewer alternatives are tried at each position, and
// PCRE can skip the positions none of them may start at: most messages need a third of the pattern.
enum Need : quint32 {
    At = 1u << 0, // '@'
    Scheme = 1u << 1, // "://"
    Dot = 1u << 2, // '.'
    SevenColons = 1u << 3, // at least seven ':'
    DoubleColon = 1u << 4, // "::"
    LinkLocal = 1u << 5, // "fe80:" and '%'
    Dash = 1u << 6, // '-'
    HexRun = 1u << 7, // 32 hex digits in a row
    Comma = 1u << 8, // ','
    DigitColonDigit = 1u << 9,
    DigitDashDigit = 1u << 10,
    Datetime = 1u << 11, // "datetime"
    Digit = 1u << 12,
    LowerS = 1u << 13, // 's'
    HexPrefix = 1u << 14, // "0x" or "0X"
    Equals = 1u << 15, // '='
};
constexpr quint32 kEverything = (1u << 16) - 1;

// What of the above the text has; kEverything when it is not all ASCII.
quint32 featuresOf(const QString &text)
{
    quint32 has = 0;
    int colons = 0;
    int hexRun = 0;
    const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const qsizetype n = text.size();
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x80)
            return kEverything;
        const bool hex = isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        hexRun = hex ? hexRun + 1 : 0;
        if (hexRun >= 32)
            has |= HexRun;
        const bool between = i > 0 && i + 1 < n && isDigit(p[i - 1]) && isDigit(p[i + 1]);
        switch (c) {
        case u'@':
            has |= At;
            break;
        case u'.':
            has |= Dot;
            break;
        case u':':
            ++colons;
            if (between)
                has |= DigitColonDigit;
            break;
        case u'-':
            has |= Dash;
            if (between)
                has |= DigitDashDigit;
            break;
        case u',':
            has |= Comma;
            break;
        case u's':
            has |= LowerS;
            break;
        case u'=':
            has |= Equals;
            break;
        default:
            if (isDigit(c))
                has |= Digit;
        }
    }
    if (colons >= 7)
        has |= SevenColons;
    if (colons > 0) {
        if (text.contains(QLatin1StringView("://")))
            has |= Scheme;
        if (text.contains(QLatin1StringView("::")))
            has |= DoubleColon;
        if (text.contains(QLatin1StringView("fe80:")) && text.contains(u'%'))
            has |= LinkLocal;
    }
    if (text.contains(QLatin1StringView("0x")) || text.contains(QLatin1StringView("0X")))
        has |= HexPrefix;
    if (text.contains(QLatin1StringView("datetime")))
        has |= Datetime;
    return has;
}

// Sentry's pattern set for the default parameterizer (src/sentry/grouping/parameterization.py at
// commit caa56edf, the version every reference snapshot agrees with), written out here without its
// verbose-mode layout but with the same meaning, piece for piece: which alternative wins at a
// position depends on their order, since the first one that matches there wins (a URL before the
// host name inside it, a float before the int inside it), and a deliberately odd piece stays odd
// (the URL takes any one character after its first, a duration's "ms" needs no word end, a bool
// needs none either, and in Sentry's verbose mode the space before "am"/"pm" is no space at all).
QString patternSource(quint32 has)
{
    // The pieces the text may need, each with what it needs (all of it).
    const auto keep = [has](const QList<std::pair<QString, quint32>> &pieces) {
        QStringList kept;
        for (const auto &[piece, needs] : pieces) {
            if ((has & needs) == needs)
                kept << piece;
        }
        return kept;
    };
    const QString months = QStringLiteral("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
    const QString days = QStringLiteral("Sun|Mon|Tue|Wed|Thu|Fri|Sat");
    const QString zone = QStringLiteral("UT|GMT|(?:E|C|M|P)(?:ST|DT)|[A-IK-Z]");
    const QString octet = QStringLiteral("(?:25[0-5]|(?:2[0-4]|1?[0-9])?[0-9])");
    const QString ipv4 = QStringLiteral("(?:%1\\.){3}%1").arg(octet);
    const QString h = QStringLiteral("[0-9a-fA-F]{1,4}");
    const QStringList ipv6 = keep({
        {QStringLiteral("(?:%1:){7}%1").arg(h), SevenColons},
        {QStringLiteral("(?:%1:){1,7}:").arg(h), DoubleColon},
        {QStringLiteral("(?:%1:){1,6}:%1").arg(h), DoubleColon},
        {QStringLiteral("(?:%1:){1,5}(?::%1){1,2}").arg(h), DoubleColon},
        {QStringLiteral("(?:%1:){1,4}(?::%1){1,3}").arg(h), DoubleColon},
        {QStringLiteral("(?:%1:){1,3}(?::%1){1,4}").arg(h), DoubleColon},
        {QStringLiteral("(?:%1:){1,2}(?::%1){1,5}").arg(h), DoubleColon},
        {QStringLiteral("%1:(?::%1){1,6}").arg(h), DoubleColon},
        {QStringLiteral(":(?:(?::%1){1,7}|:)").arg(h), DoubleColon},
        {QStringLiteral("fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]+"), LinkLocal},
        {QStringLiteral("::(?:ffff(?::0{1,4})?:)?%1").arg(ipv4), DoubleColon | Dot},
        {QStringLiteral("(?:%1:){1,4}:%2\\b").arg(h, ipv4), DoubleColon | Dot},
    });
    // Sentry's "top 100" TLDs, all in capitals or all in small letters, in its order.
    const QString tlds
        = QStringLiteral("COM|NET|ORG|JP|DE|UK|FR|BR|IT|RU|ES|ME|GOV|PL|CA|AU|CN|CO|IN|NL|EDU|INFO|EU|CH|ID|AT|KR|CZ|MX|BE|TV|SE|"
                         "TR|TW|AL|UA|IR|VN|"
                         "CL|SK|LY|CC|TO|NO|FI|US|PT|DK|AR|HU|TK|GR|IL|NEWS|RO|MY|BIZ|IE|ZA|NZ|SG|EE|TH|IO|XYZ|PE|BG|HK|RS|LT|"
                         "LINK|PH|CLUB|SI|SITE|"
                         "MOBI|BY|CAT|WIKI|LA|GA|XXX|CF|HR|NG|JOBS|ONLINE|KZ|UG|GQ|AE|IS|LV|PRO|FM|TIPS|MS|SA|APP");
    const QString timeZoneOrOffset = QStringLiteral("(?:[-+]\\d{2}[0-5]\\d|%1)").arg(zone);
    const QString isoOffset = QStringLiteral("(?:[+-][0-2]\\d:[0-5]\\d|Z)");
    const QStringList dates = keep({
        // RFC 822/1123
        {QStringLiteral("(?:%1),\\s\\d{1,2}\\s(?:%2)\\s\\d{2,4}\\s\\d{1,2}:\\d{1,2}(?::\\d{1,2})?\\s%3")
                .arg(days, months, timeZoneOrOffset),
            Comma | DigitColonDigit},
        // "Mon Jan 02, 1999", "Jan 02, 1999"
        {QStringLiteral("(?:(?:%1)\\s)?(?:%2)\\s[0-3]\\d,\\s\\d{2,4}").arg(days, months), Comma | Digit},
        // RFC 850
        {QStringLiteral("(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),\\s\\d{2}-(?:%1)-\\d{2}\\s\\d{2}:\\d{2}:"
                        "\\d{2}\\s(?:%2)")
                .arg(months, zone),
            Comma | DigitColonDigit},
        // RFC 3339
        {QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?(?:[+-]?\\d{2}:\\d{2})?"),
            DigitDashDigit | DigitColonDigit},
        // date and time
        {QStringLiteral("\\d{4}-?[01]\\d-?[0-3]\\d\\s[0-2]\\d:[0-5]\\d:[0-5]\\d(?:\\.\\d+)?"), DigitColonDigit},
        // clock time
        {QStringLiteral("\\d{1,2}:\\d{2}(?::\\d{2})?(?:[aApP][Mm])?"), DigitColonDigit},
        // date
        {QStringLiteral("\\d{4}-[01]\\d-[0-3]\\d"), DigitDashDigit},
        // time
        {QStringLiteral("[0-2]\\d:[0-5]\\d:[0-5]\\d"), DigitColonDigit},
        // ISO forms with an offset
        {QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+%1").arg(isoOffset),
            DigitDashDigit | DigitColonDigit},
        {QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d%1").arg(isoOffset), DigitDashDigit | DigitColonDigit},
        {QStringLiteral("\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d%1").arg(isoOffset), DigitDashDigit | DigitColonDigit},
        // syslog-like
        {QStringLiteral("\\b(?:(?:%1)\\s+)?(?:%2)\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2}\\s+\\d{4}").arg(days, months),
            DigitColonDigit},
        {QStringLiteral("\\b(?:(?:%1),\\s+)?(?:0[1-9]|[1-2]?\\d|3[01])\\s+(?:%2)\\s+(?:19\\d{2}|[2-9]\\d{3})\\s+(?:2[0-3]|[0-1]"
                        "\\d):[0-5]\\d(?::(?:60|[0-5]\\d))?\\s+%3")
                .arg(days, months, timeZoneOrOffset),
            DigitColonDigit},
        // a Python datetime repr; its "." is any character, as in Sentry
        {QStringLiteral("datetime.datetime\\(.*?\\)"), Datetime},
    });

    QStringList ip = ipv6.isEmpty() ? QStringList() : QStringList {QStringLiteral("(?:%1)").arg(ipv6.join(QLatin1Char('|')))};
    if (has & Dot)
        ip << QStringLiteral("\\b%1\\b").arg(ipv4);
    const QStringList alternatives = keep({
        {QStringLiteral("(?<email>[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)"), At},
        {QStringLiteral("(?<url>\\b(?:wss?|https?|ftp)://[^\\s/$.?#].[^\\s]*)"), Scheme},
        {QStringLiteral("(?<hostname>\\b(?:[a-zA-Z0-9\\-]{1,63}\\.)+?(?:(?:%1)|(?:%2))\\b)").arg(tlds, tlds.toLower()), Dot},
        {QStringLiteral("(?<ip>%1)").arg(ip.join(QLatin1Char('|'))), ip.isEmpty() ? ~0u : 0u},
        {QStringLiteral("(?<uuid>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b)"), Dash},
        {QStringLiteral("(?<sha1>\\b[0-9a-fA-F]{40}\\b)"), HexRun},
        {QStringLiteral("(?<md5>\\b[0-9a-fA-F]{32}\\b)"), HexRun},
        {QStringLiteral("(?<date>%1)").arg(dates.join(QLatin1Char('|'))), dates.isEmpty() ? ~0u : 0u},
        {QStringLiteral("(?<duration>\\b\\d+ms|\\d+(?:\\.\\d+)?s\\b)"), Digit | LowerS},
        {QStringLiteral("(?<hex>\\b0[xX][0-9a-fA-F]+\\b)"), HexPrefix},
        {QStringLiteral("(?<float>-\\d+\\.\\d+\\b|\\b\\d+\\.\\d+\\b)"), Dot | Digit},
        {QStringLiteral("(?<int>-\\d+\\b|\\b\\d+\\b)"), Digit},
        {QStringLiteral("(?<==)(?<quoted_str>'[^']+'|\"[^\"]+\")"), Equals},
        {QStringLiteral("(?<==)(?<bool>True|true|False|false)"), Equals},
    });
    return alternatives.join(QLatin1Char('|'));
}

// The pattern for texts with these features, compiled once for the whole process.
struct Pattern
{
    QRegularExpression re;
    std::vector<std::pair<int, QString>> groups; // the named groups by number, in pattern order
};

std::unique_ptr<Pattern> compilePattern(quint32 has)
{
    auto pattern = std::make_unique<Pattern>();
    const QString source = patternSource(has);
    if (source.isEmpty())
        return pattern; // nothing can match: no pattern at all
    // Python's str patterns treat \d, \w and \b as Unicode-aware; so do we.
    pattern->re = QRegularExpression(source, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT(pattern->re.isValid());
    pattern->re.optimize();
    const QStringList names = pattern->re.namedCaptureGroups();
    for (int i = 0; i < names.size(); ++i) {
        if (!names.at(i).isEmpty())
            pattern->groups.emplace_back(i, names.at(i));
    }
    return pattern;
}

const Pattern &fullPattern()
{
    static const std::unique_ptr<Pattern> full = compilePattern(kEverything);
    return *full;
}

const Pattern &patternFor(quint32 has)
{
    if (has == kEverything)
        return fullPattern();
    // Few feature sets occur; each thread remembers the ones it met, the process compiles each once.
    thread_local QHash<quint32, const Pattern *> known;
    if (const Pattern *pattern = known.value(has))
        return *pattern;
    static QMutex mutex;
    static std::unordered_map<quint32, std::unique_ptr<Pattern>> compiled;
    const QMutexLocker lock(&mutex);
    auto found = compiled.find(has);
    if (found == compiled.end()) {
        // Bounded: a text with an unseen feature set beyond this takes the full pattern.
        if (compiled.size() >= 128)
            return fullPattern();
        found = compiled.emplace(has, compilePattern(has)).first;
    }
    known.insert(has, found->second.get());
    return *found->second;
}

} // namespace

QString Parameterizer::parameterize(const QString &text)
{
    // With caches off, the one full pattern: tests hold the two ways to each other.
    const Pattern &pattern = patternFor(GroupingCaches::enabled() ? featuresOf(text) : kEverything);
    if (pattern.groups.empty())
        return text;
    QString out;
    qsizetype last = 0;
    auto it = pattern.re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        QString placeholder;
        for (const auto &[index, name] : pattern.groups) {
            if (match.capturedStart(index) >= 0) {
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
    const auto isBreak = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'\n' || u == u'\r' || u == 0x0b || u == 0x0c || (u >= 0x1c && u <= 0x1e) || u == 0x85 || u == 0x2028
            || u == 0x2029;
    };
    // One line, the common case: what the split below would make of it, without splitting.
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return text.trimmed().isEmpty() && !text.isEmpty() ? QStringLiteral("...") : text;
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
    // Messages and exception values repeat within an issue, and the patterns are costly to run.
    thread_local ThreadCache<QHash<QString, QString>> cache(qsizetype(1024) * 1024); // characters
    QHash<QString, QString> *known = cache.get();
    if (known) {
        const auto found = known->constFind(text);
        if (found != known->cend())
            return *found;
    }
    const QString result = parameterize(trimToTwoLines(text));
    if (known) {
        cache.reserve(text.size() + result.size() + 64);
        cache.get()->insert(text, result);
    }
    return result;
}

} // namespace lookout

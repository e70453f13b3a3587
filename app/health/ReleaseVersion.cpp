#include "health/ReleaseVersion.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace lookout::ReleaseVersion {

namespace {

struct Semver
{
    QList<qint64> numbers; // major, minor, patch, more if given
    QStringList preRelease;
    QString build;
};

std::optional<qint64> number(QStringView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    return text.toLongLong();
}

std::optional<Semver> parse(QStringView version)
{
    Semver semver;
    if (version.startsWith(u'v'))
        version = version.mid(1);
    const qsizetype plus = version.indexOf(u'+');
    if (plus >= 0) {
        semver.build = version.mid(plus + 1).toString();
        version = version.left(plus);
    }
    const qsizetype dash = version.indexOf(u'-');
    if (dash >= 0) {
        semver.preRelease = version.mid(dash + 1).toString().split(u'.');
        version = version.left(dash);
    }
    for (const QStringView part : version.split(u'.')) {
        const std::optional<qint64> n = number(part);
        if (!n)
            return std::nullopt;
        semver.numbers.append(*n);
    }
    if (semver.numbers.isEmpty() || semver.numbers.size() > 4)
        return std::nullopt;
    return semver;
}

template<typename T>
int sign(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Digit runs compare by value, everything else by character: "build9" < "build10".
int natural(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            // Without leading zeros, the longer run is the larger number.
            QStringView ta = na, tb = nb;
            while (ta.size() > 1 && ta.front() == u'0')
                ta = ta.mid(1);
            while (tb.size() > 1 && tb.front() == u'0')
                tb = tb.mid(1);
            if (const int c = sign(ta.size(), tb.size()))
                return c;
            if (const int c = ta.compare(tb))
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    return sign(a.size() - i, b.size() - j);
}

int comparePreRelease(const QStringList &a, const QStringList &b)
{
    // A release is newer than any of its pre-releases.
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1);
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const std::optional<qint64> na = number(a[i]), nb = number(b[i]);
        int c = 0;
        if (na && nb)
            c = sign(*na, *nb);
        else if (na || nb)
            c = na ? -1 : 1; // numeric identifiers are lower than alphanumeric ones
        else
            c = a[i].compare(b[i]) < 0 ? -1 : (a[i] == b[i] ? 0 : 1);
        if (c)
            return c;
    }
    return sign(a.size(), b.size());
}

} // namespace

QString shortVersion(const QString &version)
{
    const qsizetype at = version.lastIndexOf(u'@');
    return at >= 0 ? version.mid(at + 1) : version;
}

int compare(const QString &a, const QString &b)
{
    const qsizetype atA = a.lastIndexOf(u'@'), atB = b.lastIndexOf(u'@');
    const QStringView packageA = atA >= 0 ? QStringView(a).left(atA) : QStringView();
    const QStringView packageB = atB >= 0 ? QStringView(b).left(atB) : QStringView();
    if (packageA == packageB) {
        const std::optional<Semver> sa = parse(QStringView(a).mid(atA + 1));
        const std::optional<Semver> sb = parse(QStringView(b).mid(atB + 1));
        if (sa && sb) {
            for (qsizetype i = 0; i < std::max(sa->numbers.size(), sb->numbers.size()); ++i) {
                if (const int c = sign(sa->numbers.value(i), sb->numbers.value(i)))
                    return c;
            }
            if (const int c = comparePreRelease(sa->preRelease, sb->preRelease))
                return c;
            if (const int c = natural(sa->build, sb->build))
                return c;
            return natural(a, b);
        }
        // A name that is a version sorts above one that is not (a commit hash, "latest").
        if (sa || sb)
            return sa ? 1 : -1;
    }
    return natural(a, b);
}

} // namespace lookout::ReleaseVersion

#include "source/SourceMapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace lookout {

static QString slashes(QString path)
{
    // Windows SDKs report backslashes; one separator makes prefixes and ".." checks uniform.
    return path.replace(QLatin1Char('\\'), QLatin1Char('/'));
}

void SourceMapping::setMappings(const QString &project, const QList<PathMapping> &mappings)
{
    QList<PathMapping> kept;
    for (const PathMapping &mapping : mappings) {
        if (!mapping.prefix.isEmpty() && !mapping.localRoot.isEmpty())
            kept.append(mapping);
    }
    if (kept.isEmpty())
        m_mappings.remove(project);
    else
        m_mappings.insert(project, kept);
}

void SourceMapping::load(QSettings &settings)
{
    m_mappings.clear();
    settings.beginGroup(QStringLiteral("sourceMapping"));
    const QStringList projects = settings.childGroups();
    for (const QString &project : projects) {
        QList<PathMapping> mappings;
        const int size = settings.beginReadArray(project);
        for (int i = 0; i < size; ++i) {
            settings.setArrayIndex(i);
            mappings.append(
                {settings.value(QStringLiteral("prefix")).toString(), settings.value(QStringLiteral("root")).toString()});
        }
        settings.endArray();
        setMappings(project, mappings);
    }
    settings.endGroup();
}

void SourceMapping::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("sourceMapping"));
    settings.beginGroup(QStringLiteral("sourceMapping"));
    for (auto it = m_mappings.cbegin(); it != m_mappings.cend(); ++it) {
        settings.beginWriteArray(it.key(), int(it.value().size()));
        for (int i = 0; i < it.value().size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("prefix"), it.value().at(i).prefix);
            settings.setValue(QStringLiteral("root"), it.value().at(i).localRoot);
        }
        settings.endArray();
    }
    settings.endGroup();
}

const PathMapping *SourceMapping::matching(const QString &project, const QString &path, QString *remainder) const
{
    const auto found = m_mappings.constFind(project);
    if (found == m_mappings.cend() || path.isEmpty())
        return nullptr;
    const QString normal = slashes(path);
    const PathMapping *best = nullptr;
    qsizetype bestLength = -1;
    for (const PathMapping &mapping : *found) {
        const QString prefix = slashes(mapping.prefix);
        if (!normal.startsWith(prefix) || prefix.size() <= bestLength)
            continue;
        // "/srv/app" must not cover "/srv/application/x.py": a prefix ends at a path separator.
        if (!prefix.endsWith(QLatin1Char('/')) && normal.size() > prefix.size() && normal.at(prefix.size()) != u'/')
            continue;
        best = &mapping;
        bestLength = prefix.size();
        QString rest = normal.mid(prefix.size());
        if (!prefix.endsWith(QLatin1Char('/')) && rest.startsWith(QLatin1Char('/')))
            rest.remove(0, 1);
        *remainder = rest;
    }
    return best;
}

bool SourceMapping::covers(const QString &project, const QString &path) const
{
    QString remainder;
    return matching(project, path, &remainder) != nullptr;
}

static bool isAbsolute(const QString &relative)
{
    if (relative.startsWith(QLatin1Char('/')) || relative.startsWith(QLatin1Char('~')))
        return true;
    // C:/..., also C:foo, which Windows resolves against the drive's current directory.
    return relative.size() >= 2 && relative.at(1) == u':' && relative.at(0).isLetter();
}

SourceMapping::Resolution SourceMapping::resolve(const QString &project, const QString &path) const
{
    QString remainder;
    const PathMapping *mapping = matching(project, path, &remainder);
    if (!mapping)
        return {{}, Refusal::NoMapping};
    if (remainder.isEmpty() || remainder.contains(QChar(0)))
        return {{}, Refusal::InvalidPath};
    if (isAbsolute(remainder))
        return {{}, Refusal::AbsolutePath};
    const QStringList segments = remainder.split(QLatin1Char('/'));
    if (segments.contains(QStringLiteral("..")))
        return {{}, Refusal::ParentSegment};

    const QString root = QFileInfo(mapping->localRoot).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return {{}, Refusal::NoRoot};
    const QFileInfo candidate(root + QLatin1Char('/') + remainder);
    if (!candidate.exists())
        return {{}, Refusal::NotFound};
    // Symlinks inside the checkout are fine as long as they end inside it.
    const QString canonical = candidate.canonicalFilePath();
    const QString inside = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    if (canonical.isEmpty() || !canonical.startsWith(inside))
        return {{}, Refusal::OutsideRoot};
    const QFileInfo target(canonical);
    if (!target.isFile())
        return {{}, Refusal::NotAFile};
    if (target.size() > maxFileSize)
        return {{}, Refusal::TooLarge};
    return {canonical, Refusal::None};
}

SourceMapping::Resolution SourceMapping::resolveFirst(const QString &project, const QStringList &paths) const
{
    Resolution first {{}, Refusal::NoMapping};
    for (const QString &path : paths) {
        const Resolution resolution = resolve(project, path);
        if (resolution.ok())
            return resolution;
        // The most telling refusal is from the first path a mapping covered.
        if (first.refusal == Refusal::NoMapping)
            first = resolution;
    }
    return first;
}

std::optional<LocalSource> SourceMapping::readContext(
    const QString &project, const QStringList &paths, int line, int before, int after, Refusal *refusal) const
{
    Resolution resolution = resolveFirst(project, paths);
    if (resolution.ok() && line < 1)
        resolution.refusal = Refusal::InvalidPath;
    if (refusal)
        *refusal = resolution.refusal;
    if (!resolution.ok())
        return std::nullopt;
    // Open the canonical path that was checked, never the frame's path again.
    QFile file(resolution.localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (refusal)
            *refusal = Refusal::Unreadable;
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        if (refusal)
            *refusal = Refusal::TooLarge;
        return std::nullopt;
    }
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the newline ending the last line starts no line of its own
    for (QString &text : lines) {
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
    }
    LocalSource source;
    source.localPath = resolution.localPath;
    source.firstLine = qMax(1, line - qMax(0, before));
    const int last = qMin(int(lines.size()), line + qMax(0, after));
    for (int number = source.firstLine; number <= last; ++number)
        source.lines.append(lines.at(number - 1));
    if (source.lines.isEmpty()) {
        if (refusal)
            *refusal = Refusal::NotFound; // the file is shorter than the frame's line
        return std::nullopt;
    }
    return source;
}

QString SourceMapping::describe(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoMapping:
        return QStringLiteral("no source mapping covers this path");
    case Refusal::ParentSegment:
        return QStringLiteral("the path climbs out of the mapped folder with \"..\"");
    case Refusal::AbsolutePath:
        return QStringLiteral("the path continues with an absolute path");
    case Refusal::InvalidPath:
        return QStringLiteral("the path is not a usable file name");
    case Refusal::NoRoot:
        return QStringLiteral("the mapped local folder does not exist");
    case Refusal::NotFound:
        return QStringLiteral("the file is not in the local checkout");
    case Refusal::OutsideRoot:
        return QStringLiteral("the file is a link to outside the mapped folder");
    case Refusal::NotAFile:
        return QStringLiteral("the path is not a regular file");
    case Refusal::TooLarge:
        return QStringLiteral("the file is too large to show");
    case Refusal::Unreadable:
        return QStringLiteral("the file cannot be read");
    }
    return {};
}

} // namespace lookout

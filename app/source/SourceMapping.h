#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace lookout {

// One rule of a project's source mapping: paths in frames that start with prefix (such as
// "/usr/src/app/" or "webpack:///./") live under localRoot in the user's checkout.
struct PathMapping
{
    QString prefix;
    QString localRoot;
    friend bool operator==(const PathMapping &, const PathMapping &) = default;
};

// Lines of a file read from a local checkout: lines[0] is line firstLine of localPath.
struct LocalSource
{
    QString localPath;
    int firstLine = 1;
    QStringList lines;
};

// Per-project mappings from the paths SDKs report to local checkouts, and the only way Lookout
// reads a local source file. A frame's path comes from an event, that is from anyone who can send
// one, so a file is read only when it lies inside the mapped root after resolving "..", symlinks
// and absolute remainders; everything else is refused with a reason.
class SourceMapping
{
public:
    enum class Refusal {
        None,
        NoMapping, // no prefix of the project covers the path
        ParentSegment, // ".." in what follows the prefix
        AbsolutePath, // what follows the prefix is an absolute path of its own
        InvalidPath, // NUL or similar characters
        NoRoot, // the mapped root does not exist
        NotFound,
        OutsideRoot, // a symlink leads out of the root
        NotAFile,
        TooLarge,
        Unreadable,
    };
    struct Resolution
    {
        QString localPath; // canonical, inside the root; empty when refused
        Refusal refusal = Refusal::NoMapping;
        bool ok() const { return refusal == Refusal::None; }
    };

    static constexpr qint64 maxFileSize = qint64(8) * 1024 * 1024;

    QList<PathMapping> mappings(const QString &project) const { return m_mappings.value(project); }
    void setMappings(const QString &project, const QList<PathMapping> &mappings);
    QStringList projects() const { return m_mappings.keys(); }

    // Read and written under the group "sourceMapping" of settings.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

    // Whether a prefix of the project covers path; no disk access.
    bool covers(const QString &project, const QString &path) const;
    Resolution resolve(const QString &project, const QString &path) const;
    // The first of paths (a frame's abs_path, then filename) that resolves; *refusal says why none did.
    Resolution resolveFirst(const QString &project, const QStringList &paths) const;
    // Lines [line - before, line + after] (clipped to the file) of the first path that resolves.
    std::optional<LocalSource> readContext(
        const QString &project, const QStringList &paths, int line, int before, int after, Refusal *refusal = nullptr) const;

    static QString describe(Refusal refusal);

private:
    const PathMapping *matching(const QString &project, const QString &path, QString *remainder) const;

    QHash<QString, QList<PathMapping>> m_mappings;
};

} // namespace lookout

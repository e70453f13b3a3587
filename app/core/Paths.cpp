#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace lookout::Paths {

// The cache lives where the platform keeps caches (~/.cache/lookout/lookout on Linux): it mirrors
// Sentry and can be re-synced. Imported files stay where the user keeps them.
static QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultCache()
{
    return dataDir() + QStringLiteral("/cache.sqlite");
}

QString demoCache()
{
    return dataDir() + QStringLiteral("/demo.sqlite");
}

} // namespace lookout::Paths

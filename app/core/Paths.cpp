#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace lookout::Paths {

static QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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

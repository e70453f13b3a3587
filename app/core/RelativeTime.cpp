#include "core/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace lookout {

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = when.secsTo(now);
    if (secs < 0)
        return QCoreApplication::translate("RelativeTime", "in the future");
    if (secs < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (secs < 3600)
        return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return QCoreApplication::translate("RelativeTime", "%n h ago", nullptr, int(secs / 3600));
    if (secs < qint64(86400) * 30)
        return QCoreApplication::translate("RelativeTime", "%n d ago", nullptr, int(secs / 86400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace lookout

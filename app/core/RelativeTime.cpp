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
    // The counts are worked out first: lupdate 6.8 hangs on a division inside translate()'s arguments.
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 3600)
        return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, minutes);
    if (secs < 86400)
        return QCoreApplication::translate("RelativeTime", "%n h ago", nullptr, hours);
    if (days < 30)
        return QCoreApplication::translate("RelativeTime", "%n d ago", nullptr, days);
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace lookout

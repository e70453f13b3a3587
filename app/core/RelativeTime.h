#pragma once

#include <QDateTime>
#include <QString>

namespace lookout {

// "just now", "5 min ago", "3 h ago", "2 d ago", then the date: the stream's last-seen style.
QString relativeTime(const QDateTime &when, const QDateTime &now);

} // namespace lookout

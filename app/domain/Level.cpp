#include "domain/Level.h"

namespace lookout {

Level levelFromString(QStringView text, Level fallback)
{
    if (text.compare(u"debug", Qt::CaseInsensitive) == 0)
        return Level::Debug;
    if (text.compare(u"info", Qt::CaseInsensitive) == 0 || text.compare(u"log", Qt::CaseInsensitive) == 0)
        return Level::Info;
    if (text.compare(u"warning", Qt::CaseInsensitive) == 0 || text.compare(u"warn", Qt::CaseInsensitive) == 0)
        return Level::Warning;
    if (text.compare(u"error", Qt::CaseInsensitive) == 0)
        return Level::Error;
    if (text.compare(u"fatal", Qt::CaseInsensitive) == 0 || text.compare(u"critical", Qt::CaseInsensitive) == 0)
        return Level::Fatal;
    return fallback;
}

QString levelToString(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Fatal:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("error");
}

} // namespace lookout

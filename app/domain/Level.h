#pragma once

#include <QString>

namespace lookout {

// Sentry's event levels, ordered by severity.
enum class Level { Debug, Info, Warning, Error, Fatal };

Level levelFromString(QStringView text, Level fallback = Level::Error);
QString levelToString(Level level);

} // namespace lookout

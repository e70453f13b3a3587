#pragma once

#include <QIcon>
#include <QString>

namespace lookout {

// Light, dark, or what the desktop uses. Dark and light are Fusion with a palette of their own,
// so they look the same on every platform; views that draw their own colours (code, charts, the
// level bars) follow the palette when it changes.
namespace Theme {
enum class Kind { System, Light, Dark };
// "system", "light", "dark"; anything else is System.
Kind fromName(const QString &name);
QString name(Kind kind);
// System follows the desktop's colour scheme (QStyleHints::colorScheme), now and as it changes:
// the platform's palette where it has one for that scheme, else the dark palette on Fusion.
void apply(Kind kind);
Kind current();
// From the settings ("appearance/theme"), or System.
Kind saved();
void save(Kind kind);

// The application's icon (window, tray): the desktop's installed one, else the built-in sizes.
QIcon appIcon();
} // namespace Theme

} // namespace lookout

#pragma once

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
void apply(Kind kind);
// From the settings ("appearance/theme"), or System.
Kind saved();
void save(Kind kind);
} // namespace Theme

} // namespace lookout

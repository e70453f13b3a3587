#pragma once

#include <QString>

namespace lookout::Paths {

// The default cache, under the platform's application data folder.
QString defaultCache();
// The demo cache, kept apart so opening the demo never touches the user's own cache.
QString demoCache();

} // namespace lookout::Paths

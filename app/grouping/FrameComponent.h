#pragma once

#include "domain/Event.h"
#include "grouping/GroupingComponent.h"

namespace lookout {

// Sentry's frame strategy: a frame's component (module, filename, function, context line, each
// cleaned up or ignored as the platform wants), before recursion, which depends on the frame before
// it. `platform` is the frame's own or else the event's; `sourcemap` whether frame.data names one.
GroupingComponent frameComponentOf(const Frame &frame, const QString &platform, bool sourcemap);

// Whether a path is a URL (http:, https:, applewebdata:, blob:, and with allowFile also file:).
bool hasUrlOrigin(const QString &path, bool allowFile);
// Whether the frame's data names a source map.
bool hasSourcemap(const Frame &frame);

} // namespace lookout

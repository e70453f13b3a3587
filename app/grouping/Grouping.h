#pragma once

#include <QString>

namespace lookout {

struct Event;

// The hash that decides which issue an event belongs to. This first version follows the shape of
// Sentry's default strategy (fingerprint, else in-app stack, else exception type, else message),
// without its normalisations; the full algorithm replaces it behind this same function.
QString groupingHash(const Event &event);

} // namespace lookout

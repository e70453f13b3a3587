#pragma once

#include <QString>

namespace lookout {

struct Event;

// The hash that decides which issue an event belongs to: the primary hash of Sentry's grouping
// (grouping/Grouper.h has all variants and hashes), with no project rules.
QString groupingHash(const Event &event);

} // namespace lookout

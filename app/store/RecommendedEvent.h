#pragma once

#include <QString>

namespace lookout {

struct Event;
class Store;

// Sentry's "recommended" event is the one most helpful to debug with, not merely the newest. The
// cache has no replays or profiles to weigh, so it weighs what an event itself carries: in-app
// frames with source context, their variables, breadcrumbs, a trace, the user and the release;
// among equals, the newest wins.
namespace RecommendedEvent {
int helpfulness(const Event &event);
// The event id among the issue's newest `sample` cached events; empty when it has none.
QString choose(Store &store, qint64 issueId, int sample = 50);
} // namespace RecommendedEvent

} // namespace lookout

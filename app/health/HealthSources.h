#pragma once

#include <QtGlobal>

// Shared by the writing and the reading half of HealthStore: which rows came from where.
namespace lookout::HealthSources {

// session_hourly.source: local payloads (imported or ingested) or Sentry's sessions endpoint.
constexpr int localSource = 0;
constexpr int sentrySource = 1;
constexpr qint64 hourMs = 3'600'000;

} // namespace lookout::HealthSources

#pragma once

#include "FakeApi.h"

#include <QDateTime>

namespace lookout::fake {

class FakeData;

// GET /organizations/{org}/stats_v2/: ingestion outcomes per hour, derived deterministically from
// the hourly session buckets (no seeded randomness, so adding it changed no other data): error
// events accepted, some filtered (browser extensions, legacy browsers), a rate-limited burst once
// every few days, and invalid events. field sum(quantity) (sum(times_seen) is the same here);
// groupBy outcome, category, reason, project; category and outcome filters; interval 1h or more,
// statsPeriod or start/end.
class FakeStats
{
public:
    FakeStats(const FakeData &data, const QDateTime &now);
    FakeResponse query(const FakeRequest &request) const;

private:
    const FakeData &m_data;
    QDateTime m_now;
};

} // namespace lookout::fake

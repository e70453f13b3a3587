#pragma once

#include "FakeApi.h"

#include <QDateTime>

namespace lookout::fake {

class FakeData;

// GET /organizations/{org}/sessions/: release-health series from the hourly session buckets.
// Fields: sum(session), count_unique(user), crash_free_rate(session|user), crash_rate(session|user);
// groupBy: project, release, environment, session.status; interval and statsPeriod like "1h", "1d", "14d";
// query: release:V and environment:E terms.
class FakeSessions
{
public:
    FakeSessions(const FakeData &data, const QDateTime &now);
    FakeResponse query(const FakeRequest &request) const;

private:
    const FakeData &m_data;
    QDateTime m_now;
};

} // namespace lookout::fake

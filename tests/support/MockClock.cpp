#include "MockClock.h"

#include <utility>

namespace lookout::test {

MockClock::MockClock(QDateTime now)
    : m_now(std::move(now))
{ }

} // namespace lookout::test

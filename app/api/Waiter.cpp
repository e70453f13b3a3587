#include "api/Waiter.h"

#include "core/Clock.h"

#include <QTimer>

#include <algorithm>

namespace lookout {

TimerWaiter::TimerWaiter(const Clock &clock)
    : m_clock(clock)
{ }

void TimerWaiter::waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn)
{
    const qint64 ms = std::max<qint64>(0, m_clock.now().msecsTo(deadline));
    // Precise: a coarse timer may fire up to 5% early, which would land a paced request in the old window.
    QTimer::singleShot(std::chrono::milliseconds(ms), Qt::PreciseTimer, context, std::move(fn));
}

} // namespace lookout

#include "VirtualWaiter.h"

#include "MockClock.h"

#include <QTimer>

#include <algorithm>

namespace lookout::test {

VirtualWaiter::VirtualWaiter(MockClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void VirtualWaiter::waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn)
{
    ++m_waits;
    Pending pending {deadline, ++m_order, context, std::move(fn)};
    const auto at = std::upper_bound(m_pending.begin(), m_pending.end(), pending, [](const Pending &a, const Pending &b) {
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.order < b.order;
    });
    m_pending.insert(at, std::move(pending));
    QTimer::singleShot(0, this, &VirtualWaiter::fireNext);
}

void VirtualWaiter::setHeld(bool held)
{
    m_held = held;
    for (qsizetype i = 0; !held && i < m_pending.size(); ++i)
        QTimer::singleShot(0, this, &VirtualWaiter::fireNext);
}

void VirtualWaiter::fireNext()
{
    if (m_pending.isEmpty() || m_held)
        return;
    Pending next = m_pending.takeFirst();
    if (next.deadline > m_clock.now()) {
        m_waitedMs += m_clock.now().msecsTo(next.deadline);
        m_clock.set(next.deadline);
    }
    if (next.context)
        next.fn();
}

} // namespace lookout::test

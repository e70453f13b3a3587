#pragma once

#include "api/Waiter.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace lookout::test {

class MockClock;

// A Waiter for tests: instead of sleeping, it moves the MockClock to the deadline and calls back on
// the next turn of the event loop, earliest deadline first. Pacing and backoff then take no real time,
// while the server, sharing the clock, sees the time pass.
class VirtualWaiter final : public QObject, public Waiter
{
    Q_OBJECT
public:
    explicit VirtualWaiter(MockClock &clock, QObject *parent = nullptr);
    void waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn) override;

    // While held, waits pile up instead of firing (to act between a failure and its retry).
    void setHeld(bool held);
    int pending() const { return int(m_pending.size()); }

    // How far the clock was moved in total, and how many waits were asked for.
    qint64 waitedMs() const { return m_waitedMs; }
    int waits() const { return m_waits; }

private:
    struct Pending
    {
        QDateTime deadline;
        quint64 order;
        QPointer<const QObject> context;
        std::function<void()> fn;
    };
    void fireNext();

    MockClock &m_clock;
    QList<Pending> m_pending;
    quint64 m_order = 0;
    qint64 m_waitedMs = 0;
    int m_waits = 0;
    bool m_held = false;
};

} // namespace lookout::test

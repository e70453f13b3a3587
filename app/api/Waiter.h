#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace lookout {

class Clock;

// Every delay the API client takes (rate-limit pacing, retry backoff) goes through a Waiter, so tests
// can run them in virtual time instead of sleeping.
class Waiter
{
public:
    virtual ~Waiter() = default;
    // Calls fn once the clock has reached deadline (soon, if it already has). Dropped if context is
    // destroyed first.
    virtual void waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn) = 0;
};

// Waits in real time on the event loop, measuring the deadline with the given clock.
class TimerWaiter final : public Waiter
{
public:
    explicit TimerWaiter(const Clock &clock);
    void waitUntil(const QDateTime &deadline, const QObject *context, std::function<void()> fn) override;

private:
    const Clock &m_clock;
};

} // namespace lookout

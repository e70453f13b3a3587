#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace lookout::test {

// Measures how long the event loop of the thread it lives on goes without a turn: a precise timer
// that should fire every few milliseconds, and the longest gap between two of its firings. A gap is
// counted without the time the thread waited for a CPU (the kernel's schedstat), so what is left is
// the thread working or blocked: what the program did, not how busy the machine was.
class Watchdog : public QObject
{
public:
    qint64 longestGap = 0; // ms, less the wait for a CPU
    qint64 longestWallGap = 0; // ms, as the clock on the wall saw it
    QList<qint64> stalls; // gaps over the limit, in ms
    qint64 turns = 0;

    explicit Watchdog(qint64 limitMs);
    void start();
    void stop() { m_timer.stop(); }
    // The worst gaps over the limit, longest first ("62, 55").
    QString worstStalls(int count = 10) const;

    // LOOKOUT_STALL_LIMIT_MS, or fallbackMs when it is not set (the asan preset raises it: every turn
    // of the event loop is several times slower there).
    static qint64 limitFromEnvironment(qint64 fallbackMs = 50);
    // Time this thread spent runnable but waiting for a CPU (ns; -1 when the kernel does not say): on
    // a machine shared by many builds that is most of any gap, and it is not the program's doing.
    static qint64 runQueueWaitNs();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWaited = -1;
    qint64 m_limit;
};

} // namespace lookout::test

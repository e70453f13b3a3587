#include "Watchdog.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace lookout::test {

qint64 Watchdog::runQueueWaitNs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : -1;
}

qint64 Watchdog::limitFromEnvironment(qint64 fallbackMs)
{
    bool set = false;
    const int limit = qEnvironmentVariableIntValue("LOOKOUT_STALL_LIMIT_MS", &set);
    return set && limit > 0 ? limit : fallbackMs;
}

Watchdog::Watchdog(qint64 limitMs)
    : m_limit(limitMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 waited = runQueueWaitNs();
        const qint64 wall = (now - m_last) / 1000000;
        const qint64 gap = waited >= 0 && m_lastWaited >= 0 ? (now - m_last - (waited - m_lastWaited)) / 1000000 : wall;
        m_last = now;
        m_lastWaited = waited;
        ++turns;
        longestWallGap = std::max(longestWallGap, wall);
        longestGap = std::max(longestGap, gap);
        if (gap > m_limit)
            stalls << gap;
    });
}

void Watchdog::start()
{
    m_clock.start();
    m_last = 0;
    m_lastWaited = runQueueWaitNs();
    m_timer.start();
}

QString Watchdog::worstStalls(int count) const
{
    QList<qint64> sorted = stalls;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QStringList worst;
    for (qint64 gap : sorted.mid(0, count))
        worst << QString::number(gap);
    return worst.join(QStringLiteral(", "));
}

} // namespace lookout::test

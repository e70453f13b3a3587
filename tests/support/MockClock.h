#pragma once

#include "core/Clock.h"

#include <QTimeZone>

namespace lookout::test {

// A clock that stands still until a test moves it.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC));
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace lookout::test

#pragma once

#include <QDateTime>

namespace lookout {

// Everything that shows or stores "now" asks a Clock, so tests can pin time (see MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock &instance();
};

} // namespace lookout

#pragma once

#include "domain/Event.h"

#include <QList>
#include <QString>

#include <functional>

namespace lookout {

// Which of an event's exceptions Sentry's chained-exception strategy groups by, after its
// exception-group rules (RFC 0079, newstyle.py filter_exceptions_for_exception_groups). identity
// gives a key per exception that is equal exactly when Sentry would see equal grouping
// components for the two (in every variant): neighbouring top-level exceptions with equal keys
// count once. The list comes back unchanged whenever the group tree is missing or broken.
QList<const ExceptionValue *> filterExceptionGroups(const Event &event, const QList<const ExceptionValue *> &exceptions,
    const std::function<QString(const ExceptionValue *)> &identity);

} // namespace lookout

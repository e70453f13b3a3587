#pragma once

#include <QString>

namespace lookout {

// Normalises messages and exception values the way Sentry does before hashing them: keep the first two
// non-blank lines, then replace event-specific tokens (numbers, ids, dates, addresses, ...) with
// placeholders such as <int> so that "Order 17 not found" and "Order 18 not found" group together.
class Parameterizer
{
public:
    // Placeholder substitution only.
    static QString parameterize(const QString &text);
    // Trimming to two lines plus parameterize(): what the message and value components use.
    static QString normalizeForGrouping(const QString &text);
    static QString trimToTwoLines(const QString &text);
};

} // namespace lookout

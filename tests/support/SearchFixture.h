#pragma once

#include <QDateTime>

namespace lookout {
class Store;
}

namespace lookout::test {

// A small store for search tests: five issues in projects shop and web, each differing in status,
// assignee, level, release, environment, platform, times, counts and text (see SearchFixture.cpp).
// Titles start with the letter word: Alpha, Bravo, Charlie, Delta, Echo.
// Seen from now, by last seen: Delta (-30 min), Alpha (-1 h), Echo (-26 h), Bravo (-3 d), Charlie (-10 d).
void seedSearchStore(Store &store, const QDateTime &now);

} // namespace lookout::test

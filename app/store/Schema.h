#pragma once

#include <QString>

struct sqlite3;

namespace lookout::Schema {

// The schema version this build writes; PRAGMA user_version holds the version of a file.
constexpr int currentVersion = 8;

// Brings a database up to currentVersion. Fails (with *error) on a newer file rather than guess.
// target exists for tests of the upgrade path, which need a file of an older version.
bool migrate(sqlite3 *db, QString *error, int target = currentVersion);

} // namespace lookout::Schema

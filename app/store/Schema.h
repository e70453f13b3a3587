#pragma once

#include <QString>

struct sqlite3;

namespace lookout::Schema {

// The schema version this build writes; PRAGMA user_version holds the version of a file.
constexpr int currentVersion = 8;
// PRAGMA application_id of a Lookout cache ("Lkot"), so another program's SQLite file is told apart.
// Caches made before it was set have 0 and get it on their next open.
constexpr int applicationId = 0x4C6B6F74;

// Brings a database up to currentVersion and marks it with applicationId. Fails (with *error) on a
// newer file rather than guess.
// target exists for tests of the upgrade path, which need a file of an older version.
bool migrate(sqlite3 *db, QString *error, int target = currentVersion);

} // namespace lookout::Schema

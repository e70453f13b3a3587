#pragma once

#include <QString>

namespace lookout::bench {

// Writes a store with `issues` issues and `events` events straight through SQL (the schema the
// store makes, with its FTS5 indexes and hourly counts), deterministic for a seed. Times end at
// the moment of generation. Returns false with *error.
bool generateListStore(const QString &path, int issues, int events, quint64 seed, QString *error);

// Values the generated store is known to hold, for the benchmark's queries.
QString generatedProject(int n); // 0..19
QString generatedRelease(int project, int n); // n: 0..29, newer for larger n
QString generatedAssignee(int n); // 0..29; team names are #team-0..#team-4

} // namespace lookout::bench

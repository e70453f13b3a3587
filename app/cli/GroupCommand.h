#pragma once

#include <QStringList>
#include <QTextStream>

namespace lookout {

// lookoutctl group FILE: prints every grouping variant of one event JSON file, in the layout of
// Sentry's grouping snapshots. Returns 0, 1 for an unreadable or invalid file, 2 for a usage error.
int runGroupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace lookout

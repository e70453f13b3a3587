#pragma once

#include <QDateTime>
#include <QString>

namespace lookout {

class Store;
struct ImportReport;

// The bundled demo: synthetic events and sessions for several projects (resources/demo), so a
// newcomer sees a populated Lookout without a Sentry account.
namespace DemoData {

// The demo files were generated relative to this instant; loading shifts every timestamp by
// (now - referenceTime) so the newest events are always minutes old.
QDateTime referenceTime();

// Imports the demo into store (normally empty), shifted to `now`.
bool load(Store &store, const QDateTime &now, ImportReport *report);

// Opens the demo cache at path, building it first when it is missing, unreadable, older than the
// running executable, or so old that its newest event is more than 12 hours before now.
bool open(Store &store, const QString &path, const QDateTime &now, QString *error);

} // namespace DemoData
} // namespace lookout

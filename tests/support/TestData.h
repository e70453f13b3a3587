#pragma once

#include <QByteArray>
#include <QString>

namespace lookout {
struct Event;
class Store;
} // namespace lookout

namespace lookout::test {

// A file under tests/data.
QString dataPath(const QString &relative);

// A minimal valid event JSON line; the arguments vary what the tests need to vary.
QByteArray eventLine(const QString &eventId, double timestamp, const QString &exceptionType,
    const QString &function = QStringLiteral("handler"), const QString &user = QString());

// Inserts an event built from those same arguments straight into the store.
void addEvent(Store &store, qint64 projectId, const QString &eventId, double timestamp, const QString &exceptionType,
    const QString &function = QStringLiteral("handler"), const QString &user = QString());

// Every field of an Event (and of its frames, exceptions, threads, breadcrumbs, ...), one "path = value"
// line each in a fixed order, so that two events can be compared and the first differing line names
// the field. A field added to Event must be added here too.
QString describeEvent(const Event &event);

} // namespace lookout::test

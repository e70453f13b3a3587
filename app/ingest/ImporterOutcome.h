#pragma once

// The Importer's own type, shared by its two source files (Importer.cpp, ImporterEnvelope.cpp).
#include "ingest/Importer.h"
#include "store/PreparedEvent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lookout {

// One line of a JSON Lines file on its way through the import: what a worker thread made of it.
struct Importer::Outcome
{
    enum class Kind { Event, Session, Transaction, Problem, Blank };
    Kind kind = Kind::Blank;
    qint64 line = 0;
    std::optional<PreparedEvent> event;
    QString sessionKind;
    QByteArray raw; // for sessions, which are kept as they came
    QString error;
};

} // namespace lookout

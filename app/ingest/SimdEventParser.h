#pragma once

#include "domain/Event.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lookout {

struct SimdParseResult
{
    enum class Status {
        Parsed, // event is what InputLimits::parseObject + EventJsonParser::parse give
        Rejected, // the Qt path rejects the record too; error is its message
        NotHandled, // not covered here: use the Qt path, which stays the reference; error says why
    };
    Status status = Status::NotHandled;
    std::optional<Event> event;
    QString error;
};

// A fast path for the commonest record of an import: one normalised event as an SDK sends it. It
// reads the raw bytes with simdjson (DOM, a parser per thread) and builds the Event directly, with
// EventJsonParser's semantics field by field (lenient types, last duplicate key wins, frames and
// breadcrumbs trimmed as InputLimits says); only free-form parts (vars, contexts, extra, ...) become
// QJsonObjects. Safe to call from several threads at once.
//
// Records it does not cover come back NotHandled, so the caller takes the Qt path; this is rare
// for SDK events: REST-form events, session updates and aggregates, transactions, legacy
// "sentry.interfaces.*" keys, strings longer than InputLimits::maxStringChars (which the Qt path
// truncates), and JSON that Qt accepts but simdjson does not (raw control characters in strings,
// unpaired surrogate escapes, integers beyond 64 bits, "1." or ".5").
class SimdEventParser
{
public:
    static SimdParseResult parse(QByteArrayView json);
};

} // namespace lookout

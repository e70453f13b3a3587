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
    enum class Scope {
        Everything, // the whole Event, as the Qt path gives it
        // Only what storing reads (PreparedEvent::from: grouping, title, search text, user key);
        // the parts it never reads are left empty: contexts, extra, modules, request, template,
        // user geo and data, frame vars and pre/post context, stack registers, and everything of
        // a breadcrumb but its message. Those make up most of an SDK event's values, so the
        // importer and the local ingest, which keep the raw JSON anyway, skip building them.
        // Accepted, rejected and not-handled records are the same as with Everything, except
        // that a string past the limit in a skipped part no longer sends the record to the Qt
        // path (whose truncating it would not change what is stored).
        Storing,
    };
    static SimdParseResult parse(QByteArrayView json, Scope scope = Scope::Everything);
};

} // namespace lookout

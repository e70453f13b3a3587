#pragma once

#include "domain/Event.h"
#include "ingest/SimdJsonValues.h"

// The interfaces of an event (frames, exceptions, threads, breadcrumbs, user, request, sdk), read
// from simdjson as EventJsonParser reads them from QJsonObject. Each takes the member as found and
// treats anything but an object as EventJsonParser treats QJsonValue::toObject() of it: empty.
// Internal to SimdEventParser.
namespace lookout::SimdJson {

class EventReader : public Reader
{
public:
    // Reads only what storing reads (SimdEventParser::Scope::Storing).
    bool storing = false;

    Frame frame(Field value);
    std::optional<Stacktrace> stacktrace(Field value);
    Mechanism mechanism(Object object);
    ExceptionValue exception(Field value);
    Thread thread(Field value);
    Breadcrumb breadcrumb(Field value);
    User user(Field value);
    Request request(Field value);
    Sdk sdk(Field value);
    LogEntry logEntry(Field value);
};

} // namespace lookout::SimdJson

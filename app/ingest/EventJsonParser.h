#pragma once

#include "domain/Event.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lookout {

// Parses Sentry's normalised event JSON (what SDKs send and the UI's "JSON" view shows) into an
// Event. On failure returns nullopt and says which field was wrong in *error.
class EventJsonParser
{
public:
    static std::optional<Event> parse(const QJsonObject &json, QString *error);
    static std::optional<Event> parse(QByteArrayView bytes, QString *error);
};

// Sentry sends timestamps as float seconds or RFC 3339 strings; both become UTC QDateTime.
QDateTime parseSentryTimestamp(const QJsonValue &value);

} // namespace lookout

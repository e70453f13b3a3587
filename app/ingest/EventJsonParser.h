#pragma once

#include "domain/Event.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lookout {

// Parses Sentry's normalised event JSON (what SDKs send and the UI's "JSON" view shows) into an
// Event. On failure returns nullopt and says which field was wrong in *error. Fields of the wrong
// type are read leniently or left empty: only a missing id or time rejects an event.
class EventJsonParser
{
public:
    static std::optional<Event> parse(const QJsonObject &json, QString *error);
    static std::optional<Event> parse(QByteArrayView bytes, QString *error);

    // The pieces, for the other input forms that share them.
    static Frame parseFrame(const QJsonObject &frame);
    static std::optional<Stacktrace> parseStacktrace(const QJsonValue &value);
    static User parseUser(const QJsonObject &user);
    static Request parseRequest(const QJsonObject &request);
    static Breadcrumb parseBreadcrumb(const QJsonObject &breadcrumb);
};

// Sentry sends timestamps as float seconds or RFC 3339 strings; both become UTC QDateTime.
QDateTime parseSentryTimestamp(const QJsonValue &value);

} // namespace lookout

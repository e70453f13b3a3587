#pragma once

#include "domain/Event.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lookout {

// Release-health payloads: the envelope items "session" (one session update) and "sessions"
// (pre-aggregated buckets, sent by server SDKs in request mode). Field names as in Relay's
// SessionUpdate / SessionAggregates.
class SessionJsonParser
{
public:
    // Only a missing or unreadable "started" rejects an update (Relay requires it too). Defaults
    // where the payload is silent: status "ok", errors 0, timestamp = started.
    static std::optional<SessionUpdate> parseUpdate(const QJsonObject &json, QString *error);
    static std::optional<SessionUpdate> parseUpdate(QByteArrayView bytes, QString *error);

    // Every bucket gets the payload's attrs.release / attrs.environment; a missing count is 0. A
    // bucket without a valid "started" is dropped and named in *error, the others are kept;
    // nullopt only when "aggregates" is missing or not a list.
    static std::optional<QList<SessionAggregate>> parseAggregates(const QJsonObject &json, QString *error);
    static std::optional<QList<SessionAggregate>> parseAggregates(QByteArrayView bytes, QString *error);
};

} // namespace lookout

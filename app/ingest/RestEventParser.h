#pragma once

#include "domain/Event.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lookout {

// Parses an event as Sentry's REST API returns it (/api/0/issues/{id}/events/latest/,
// /api/0/projects/{org}/{project}/events/{id}/, /api/0/organizations/{org}/events/{project}:{id}/,
// and the {"event": ...} wrapper of /eventids/{id}/): camelCase keys, interfaces as a list of
// "entries", frames with "context": [[lineno, text], ...], tags as [{"key", "value"}].
//
// It is translated into normalised event JSON and read by EventJsonParser, so both forms end up
// exactly alike. Notes on the mapping:
// - "fingerprints" are the grouping hashes Sentry computed (→ Event::hashes), not the SDK's
//   "fingerprint" (→ Event::fingerprint), which the API shows only in the /json/ form.
// - level, environment, transaction, logger and server_name exist only as tags: read from there.
// - "context" is the old name of "extra"; "packages" that of "modules".
// - "location", "errors" (processing errors), "metadata" and "projectID" have no field in the
//   model: they are kept as the context "sentry_api", so they are shown and not lost.
// - Normalised event JSON (from /events/{id}/json/) is recognised and parsed as such.
class RestEventParser
{
public:
    static std::optional<Event> parse(const QJsonObject &json, QString *error);
    // Whether an event object is in the REST form (or the /eventids/ wrapper) rather than normalised
    // event JSON: the one place that tells the two apart.
    static bool isRestForm(const QJsonObject &json);
    static std::optional<Event> parse(QByteArrayView bytes, QString *error);

    // The translation step on its own, for tests and for storing the event in Sentry's own shape.
    static QJsonObject toEventJson(const QJsonObject &rest);
    static QJsonObject toFrameJson(const QJsonObject &restFrame);
};

} // namespace lookout

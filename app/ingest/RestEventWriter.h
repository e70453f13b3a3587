#pragma once

#include "domain/Event.h"

#include <QJsonObject>

namespace lookout {

// The reverse of RestEventParser: an Event in the shape Sentry's REST API returns events
// (camelCase, "entries", frames with "context": [[lineno, text], ...], tags as {key, value}),
// so `lookoutctl show --json` reads like the API to scripts written against it.
class RestEventWriter
{
public:
    static QJsonObject toRest(const Event &event, const QString &issueId = {});
};

} // namespace lookout

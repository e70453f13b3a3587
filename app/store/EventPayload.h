#pragma once

#include "domain/Event.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lookout {

// A payload kept in the store, back as an Event: stored payloads are either normalised event JSON
// or Sentry's REST form (events synced or exported from Sentry), told apart by RestEventParser.
std::optional<Event> parseEventPayload(QByteArrayView payload, QString *error);

} // namespace lookout

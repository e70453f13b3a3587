#pragma once

#include <QJsonObject>

namespace lookout {

// Old SDKs (raven-*) and Sentry's own sample events name the interfaces by their Python class
// paths: "sentry.interfaces.Exception" for "exception", "sentry.interfaces.Http" for "request", and
// so on. Sentry (src/sentry/utils/canonical.py, LEGACY_KEY_MAPPING) and Relay (legacy_alias in
// relay-event-schema) accept both names; this maps the old names to the current ones, at the top
// level and for the stack trace inside each exception. When both names are present the current
// one wins, as it is what a newer SDK or Sentry itself wrote.
QJsonObject normalizeLegacyKeys(QJsonObject event);

} // namespace lookout

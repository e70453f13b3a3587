#pragma once

#include "store/SyncStore.h"

#include <QJsonObject>

#include <optional>

namespace lookout {

// Reads an issue as Sentry's REST API lists it (organization issues, issue detail, the answer to
// an issue update) into what the store keeps.
class SentryIssueParser
{
public:
    // nullopt (with *error) when the object is not an issue: no id or no project.
    static std::optional<SyncedIssue> parse(const QJsonObject &json, QString *error);
};

} // namespace lookout

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lookout::test {

// Checks JSON against the subset of JSON Schema (OpenAPI 3.0 flavour) that Sentry's API document
// uses for its responses: type (with OpenAPI's "nullable"), enum, properties, required,
// additionalProperties (a schema or false), items, allOf, anyOf, oneOf, format "date-time",
// minimum/maximum, minLength/maxLength, pattern. Unknown keywords are reported, so a schema that
// needs more than this is noticed rather than silently passed.
class JsonSchemaValidator
{
public:
    // Every violation as "$.path: problem"; empty when value matches.
    static QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &path = QStringLiteral("$"));
};

} // namespace lookout::test

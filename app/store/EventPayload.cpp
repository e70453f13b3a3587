#include "store/EventPayload.h"

#include "ingest/EventJsonParser.h"
#include "ingest/RestEventParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace lookout {

std::optional<Event> parseEventPayload(QByteArrayView payload, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("the payload is not a JSON object")
                                                                  : parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    QString ignored;
    QString *where = error ? error : &ignored;
    if (RestEventParser::isRestForm(json))
        return RestEventParser::parse(json, where);
    return EventJsonParser::parse(json, where);
}

} // namespace lookout

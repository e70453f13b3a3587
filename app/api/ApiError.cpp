#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lookout {

namespace {

QString joinValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << joinValue(v);
        return parts.join(u"; "_s);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"message"_s).isString())
            return object.value(u"message"_s).toString();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + u": "_s + joinValue(it.value());
        return parts.join(u"; "_s);
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return u"the request was invalid"_s;
    case 401:
        return u"the token was not accepted"_s;
    case 403:
        return u"the token may not do this"_s;
    case 404:
        return u"not found"_s;
    case 409:
        return u"conflict"_s;
    case 429:
        return u"too many requests"_s;
    case 500:
        return u"internal server error"_s;
    case 502:
        return u"bad gateway"_s;
    case 503:
        return u"service unavailable"_s;
    case 504:
        return u"gateway timeout"_s;
    default:
        return status >= 500 ? u"server error"_s : u"request refused"_s;
    }
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = status == 429 ? Kind::RateLimited : Kind::Http;
    error.httpStatus = status;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        error.detail = object.contains(u"detail"_s) ? joinValue(object.value(u"detail"_s)) : joinValue(object);
    } else if (document.isArray()) {
        error.detail = joinValue(document.array());
    }
    // A proxy's HTML error page says nothing useful and may be long: only the status is shown then.
    error.detail = error.detail.simplified().left(500);
    const QString head = u"Sentry answered HTTP %1 (%2)"_s.arg(status).arg(statusText(status));
    error.message = error.detail.isEmpty() ? head : head + u": "_s + error.detail;
    return error;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace lookout

#include "api/ApiError.h"

#include <QCoreApplication>
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

// Ours, in the user's language; Sentry's detail after it stays as Sentry wrote it.
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("ApiError", "the request was invalid");
    case 401:
        return QCoreApplication::translate("ApiError", "the token was not accepted");
    case 403:
        return QCoreApplication::translate("ApiError", "the token may not do this");
    case 404:
        return QCoreApplication::translate("ApiError", "not found");
    case 409:
        return QCoreApplication::translate("ApiError", "conflict");
    case 429:
        return QCoreApplication::translate("ApiError", "too many requests");
    case 500:
        return QCoreApplication::translate("ApiError", "internal server error");
    case 502:
        return QCoreApplication::translate("ApiError", "bad gateway");
    case 503:
        return QCoreApplication::translate("ApiError", "service unavailable");
    case 504:
        return QCoreApplication::translate("ApiError", "gateway timeout");
    default:
        return status >= 500 ? QCoreApplication::translate("ApiError", "server error")
                             : QCoreApplication::translate("ApiError", "request refused");
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
    const QString head
        = QCoreApplication::translate("ApiError", "Sentry answered HTTP %1 (%2)").arg(status).arg(statusText(status));
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

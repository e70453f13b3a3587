#pragma once

#include <QByteArray>
#include <QString>

namespace lookout {

// Why an API request failed, with a message meant for the user.
struct ApiError
{
    enum class Kind {
        None,
        Network, // no usable response: refused, reset, closed early, DNS
        Timeout,
        Tls, // certificate or handshake problems: never retried, never ignored
        Http, // the server answered with an error status
        RateLimited, // still 429 after the allowed waits
        Parse, // a success status whose body is not the JSON we asked for
        Cancelled,
        InvalidRequest, // refused before sending (e.g. a bulk update without ids)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // Sentry's "detail" (or the whole reason) as the server gave it, for the UI to show.
    QString detail;
    // One line for the user: "Sentry refused the request (HTTP 403): You do not have permission ...".
    QString message;

    bool isError() const { return kind != Kind::None; }

    // Builds the error for an HTTP error status from Sentry's body: {"detail": "..."},
    // {"detail": {"message": ...}}, or validation errors {"field": ["problem", ...]}.
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError make(Kind kind, const QString &message);
};

} // namespace lookout

// The one error type the client core reports (re-exported by client/client.h).
#pragma once

#include <QMetaType>
#include <QString>

namespace lyceum {

// `message` is a translated sentence a user can read ("The server could not be reached. Check
// your connection."); `code` is the server's machine code when there is one.
struct ApiError {
    enum class Kind {
        None,
        Network, // refused, unreachable, DNS, connection dropped
        Timeout,
        Tls,          // certificate not trusted; never ignored
        Unauthorized, // no session, token expired and refresh failed, bad credentials
        Http,         // any other 4xx/5xx with the server's error body
        BadResponse,  // the server answered something we cannot decode
        Storage,      // the local cache failed (disk full, corrupt, newer schema)
        Cancelled,
        Invalid, // refused before anything was stored or sent (a Validation CoreError)
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    // From the server's Retry-After on 429 rate_limited and 503 busy: how long to wait, or 0.
    int retryAfterSeconds = 0;
    bool isError() const { return kind != Kind::None; }

    static ApiError make(Kind kind, QString message, QString code = {}, int httpStatus = 0) {
        ApiError e;
        e.kind = kind;
        e.message = std::move(message);
        e.code = std::move(code);
        e.httpStatus = httpStatus;
        return e;
    }
    // "The local cache failed: <detail>", translated.
    static ApiError storage(const QString &detail);
    static ApiError notLoggedIn();
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::ApiError)

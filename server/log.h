// The server's logging categories, declared in one place. Enable with e.g.
// QT_LOGGING_RULES="lyceum.server.*=true".
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerStorage)
Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)
Q_DECLARE_LOGGING_CATEGORY(lcServerLive)

namespace lyceum::server {

// Turns every Qt log message of the process into one JSON object a line on standard error
// (docs/operations.md, "Logs"): {"time", "level", "category", "message", "instance", and
// "request_id" while a request is being handled}. Call once from main(); tests keep Qt's
// default handler.
void installJsonLog(const QString &instanceName);
// One event of its own (the request log): fields plus time, level "info" and instance. Written
// whether or not installJsonLog was called.
void logEvent(const QJsonObject &fields);

// The request being handled on this thread, named in log lines written meanwhile.
class RequestIdScope {
public:
    explicit RequestIdScope(const QByteArray &id);
    ~RequestIdScope();
    RequestIdScope(const RequestIdScope &) = delete;
    RequestIdScope &operator=(const RequestIdScope &) = delete;

private:
    QByteArray m_previous;
};

// The request id a proxy sent (X-Request-Id) when it is a sane token: 1 to 128 characters of
// [A-Za-z0-9._:-]. Anything else (empty, longer, spaces, quotes, control bytes, non-ASCII) gets
// a fresh id of 32 hex digits, so what reaches the logs and the answer is always a plain token.
QByteArray acceptRequestId(const QByteArray &fromProxy);

} // namespace lyceum::server

// Small helpers for writing JSON answers and reading JSON requests in the HTTP routes.
#pragma once

#include "server/api_error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace lyceum::server {

inline constexpr qsizetype kMaxRequestBodyBytes = 1024 * 1024;

QHttpServerResponse jsonResponse(const QJsonObject &body, int status = 200);
QHttpServerResponse rawJsonResponse(QByteArray body, int status = 200);
QHttpServerResponse errorResponse(const ApiError &error);
QHttpServerResponse emptyResponse(int status);
// The body of an error answer, also used by the missing-route handler.
QByteArray errorBody(const ApiError &error);

// The request's header (case-insensitive), empty when absent.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

// The body as a JSON object; bad_json otherwise. An empty body is an empty object when
// allowEmpty.
ApiResult<QJsonObject> jsonBody(const QHttpServerRequest &request, bool allowEmpty = false);

// Reads required string fields; the first missing one gives missing_field, a wrong type
// invalid_field.
class FieldReader {
public:
    explicit FieldReader(const QJsonObject &object)
        : m_object(object) {}
    QString string(QLatin1StringView key);
    QString optionalString(QLatin1StringView key);
    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

private:
    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace lyceum::server

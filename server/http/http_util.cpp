#include "server/http/http_util.h"

#include "text/unsafe_chars.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lyceum::server {

namespace {
const QByteArray kJsonMime("application/json");

QHttpServerResponse::StatusCode statusCode(int status) {
    return static_cast<QHttpServerResponse::StatusCode>(status);
}
} // namespace

QHttpServerResponse jsonResponse(const QJsonObject &body, int status) {
    return QHttpServerResponse(kJsonMime, QJsonDocument(body).toJson(QJsonDocument::Compact),
                               statusCode(status));
}

QHttpServerResponse rawJsonResponse(QByteArray body, int status) {
    return QHttpServerResponse(kJsonMime, std::move(body), statusCode(status));
}

QByteArray errorBody(const ApiError &error) {
    QJsonObject fields = error.details;
    fields.insert(QStringLiteral("code"), error.code);
    fields.insert(QStringLiteral("message"), error.message);
    if (!error.reason.isEmpty())
        fields.insert(QStringLiteral("reason"), error.reason);
    const QJsonObject body{{QStringLiteral("error"), fields}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QHttpServerResponse errorResponse(const ApiError &error) {
    return QHttpServerResponse(kJsonMime, errorBody(error), statusCode(error.status));
}

QHttpServerResponse emptyResponse(int status) {
    return QHttpServerResponse(statusCode(status));
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name) {
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

ApiResult<QJsonObject> jsonBody(const QHttpServerRequest &request, bool allowEmpty) {
    const QByteArray body = request.body();
    if (allowEmpty && body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(QStringLiteral("bad_json"),
                                    QStringLiteral("The request body is not valid JSON (%1 at "
                                                   "offset %2).")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!doc.isObject())
        return ApiError::badRequest(QStringLiteral("bad_json"),
                                    QStringLiteral("The request body must be a JSON object."));
    // The one place every text a member sends passes: control and bidirectional-override
    // characters are dropped here, so no service, table or reader ever sees them.
    return text::withoutUnsafeChars(doc.object());
}

QString FieldReader::string(QLatin1StringView key) {
    if (m_error)
        return {};
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        m_error = ApiError::badRequest(QStringLiteral("missing_field"),
                                       QStringLiteral("The field '%1' is required.").arg(key));
        return {};
    }
    if (!v.isString()) {
        m_error = ApiError::badRequest(QStringLiteral("invalid_field"),
                                       QStringLiteral("The field '%1' must be a string.").arg(key));
        return {};
    }
    return v.toString();
}

QString FieldReader::optionalString(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (m_error || v.isUndefined() || v.isNull())
        return {};
    return string(key);
}

} // namespace lyceum::server

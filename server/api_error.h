// An error answer of the API (docs/protocol.md, "Conventions"): HTTP status, machine code,
// a sentence for people. Services return these; the HTTP layer writes them.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

namespace lyceum::server {

struct ApiError {
    ApiError() = default;
    // Not an aggregate, so ApiError{status, code, message} needs no reason.
    ApiError(int status_, QString code_, QString message_, QString reason_ = {})
        : status(status_)
        , code(std::move(code_))
        , message(std::move(message_))
        , reason(std::move(reason_)) {}

    int status = 500;
    QString code;
    QString message;
    QString reason;        // optional machine detail, e.g. why a password is weak ("error.reason")
    QJsonObject details{}; // more fields of the error object (e.g. price_changed's new price)

    static ApiError badRequest(QString code, QString message) {
        return {400, std::move(code), std::move(message)};
    }
    static ApiError unauthorized(QString message) {
        return {401, QStringLiteral("unauthorized"), std::move(message)};
    }
    static ApiError notFound(QString message) {
        return {404, QStringLiteral("not_found"), std::move(message)};
    }
};

// A value or the error that prevented it.
template<typename T> class ApiResult {
public:
    ApiResult(T value)
        : m_value(std::move(value)) {}
    ApiResult(ApiError error)
        : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace lyceum::server

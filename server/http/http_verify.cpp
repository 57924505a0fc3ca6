// HttpServer: certificates (docs/protocol.md, "Certificates"): the community's public key, the
// caller's own certificates, a code's status as JSON, and GET /verify/CODE, the one HTML page
// the server serves.
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/learning/certificate_page.h"
#include "server/learning/certificate_service.h"
#include "server/log.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace lyceum::server {

void HttpServer::setUpCertificateRoutes() {
    using M = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/certificates/public-key"), M::Get, Action::Public,
             [this](const QHttpServerRequest &) {
                 return jsonResponse(CertificateService(m_storage, m_clockRef).publicKeyJson());
             });
    addRoute(QStringLiteral("/certificates/status"), M::Get, Action::Public,
             [this](const QHttpServerRequest &request) {
                 const ApiResult<QJsonObject> answer =
                     CertificateService(m_storage, m_clockRef)
                         .status(QUrlQuery(request.url()).queryItemValue(QStringLiteral("code")));
                 return answer.ok() ? jsonResponse(answer.value()) : errorResponse(answer.error());
             });
    addAuthedRoute(QStringLiteral("/certificates"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(
                           CertificateService(m_storage, m_clockRef).mine(caller.user));
                   });

    // Outside /api/v1: the address printed on certificates, opened by people in a browser.
    const QString pattern = QStringLiteral("/verify/<arg>");
    m_routes.append({pattern, M::Get, Action::Public, false});
    m_http.route(pattern, [this, pattern](const QString &code, const QHttpServerRequest &request) {
        const RequestNote note = noteRequest(request);
        const RequestIdScope scope(note.requestId);
        QHttpServerResponse response = [&] {
            if (request.method() != M::Get)
                return errorResponse({405, QStringLiteral("method_not_allowed"),
                                      QStringLiteral("This address does not accept this method.")});
            try {
                const std::optional<CertificateRecord> record =
                    CertificateService(m_storage, m_clockRef).find(code);
                const PageLanguage language =
                    pageLanguage(headerValue(request, QByteArrayLiteral("Accept-Language")),
                                 QUrlQuery(request.url()).queryItemValue(QStringLiteral("lang")));
                QHttpServerResponse page(QByteArrayLiteral("text/html; charset=utf-8"),
                                         verifyPage(record, language),
                                         record ? QHttpServerResponse::StatusCode::Ok
                                                : QHttpServerResponse::StatusCode::NotFound);
                page.setHeader(QByteArrayLiteral("Content-Security-Policy"), verifyPageCsp());
                page.setHeader(QByteArrayLiteral("X-Content-Type-Options"),
                               QByteArrayLiteral("nosniff"));
                page.setHeader(QByteArrayLiteral("Referrer-Policy"),
                               QByteArrayLiteral("no-referrer"));
                page.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
                page.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
                return page;
            } catch (const std::exception &) {
                return errorResponse({500, QStringLiteral("internal"),
                                      QStringLiteral("The server could not complete this "
                                                     "request.")});
            }
        }();
        finishRequest(pattern, note, response);
        return response;
    });
}

} // namespace lyceum::server

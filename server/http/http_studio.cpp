// HttpServer: the creator studio (docs/protocol.md, "Studio"): a creator's synced drafts and
// schedules, creator analytics, and the timer that carries out scheduled publications.
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/log.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace lyceum::server {

void HttpServer::setUpStudioRoutes() {
    using M = QHttpServerRequest::Method;
    addAuthedRoute(QStringLiteral("/studio/drafts"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(m_studio.drafts(caller));
                   });
    addAuthedRoute(QStringLiteral("/studio/scheduled"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(m_studio.schedules(caller));
                   });
    addAuthedRoute(
        QStringLiteral("/studio/analytics"), M::Get, Action::ReadAnalytics,
        [this](const QHttpServerRequest &request, const Caller &caller) {
            const QUrlQuery query(request.url());
            const QString offsetText = query.queryItemValue(QStringLiteral("utc_offset_min"));
            bool ok = true;
            const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&ok);
            if (!ok)
                return errorResponse(ApiError::badRequest(
                    QStringLiteral("invalid_field"),
                    QStringLiteral("utc_offset_min must be a number of minutes.")));
            const ApiResult<QJsonObject> answer =
                m_studio.analytics(caller, query.queryItemValue(QStringLiteral("course")), offset,
                                   query.queryItemValue(QStringLiteral("from")),
                                   query.queryItemValue(QStringLiteral("to")));
            return answer.ok() ? jsonResponse(answer.value()) : errorResponse(answer.error());
        });

    addAuthedRoute(QStringLiteral("/media/images/upload"), M::Put, Action::UploadImage,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       const ApiResult<QJsonObject> answer = m_studio.putImage(
                           caller, QUrlQuery(request.url()).queryItemValue(QStringLiteral("id")),
                           request.body());
                       return answer.ok() ? jsonResponse(answer.value())
                                          : errorResponse(answer.error());
                   });
    addAuthedRoute(
        QStringLiteral("/media/images/file"), M::Get, Action::ReadCommunity,
        [this](const QHttpServerRequest &request, const Caller &) {
            const ApiResult<StudioImage> image =
                m_studio.image(QUrlQuery(request.url()).queryItemValue(QStringLiteral("id")));
            if (!image.ok())
                return errorResponse(image.error());
            QHttpServerResponse response(image.value().mime.toLatin1(), image.value().data);
            response.setHeader(QByteArrayLiteral("Cache-Control"),
                               QByteArrayLiteral("private, max-age=31536000, immutable"));
            return response;
        });

    // Scheduled publications are due to the second at most this late; a creator's "publish at
    // 9:00" is then published between 9:00:00 and 9:00:05, offline or not.
    m_schedules.setInterval(5 * 1000);
    QObject::connect(&m_schedules, &QTimer::timeout, [this] {
        try {
            if (const int n = m_studio.publishDue())
                qCInfo(lcServer) << "published" << n << "scheduled items";
        } catch (const StorageError &e) {
            qCWarning(lcServer) << "scheduled publishing failed:" << e.message();
        }
    });
    m_schedules.start();
}

} // namespace lyceum::server

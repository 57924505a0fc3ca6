// HttpServer: lesson media (docs/protocol.md, "Media"): signed URLs, the signed file route with
// byte ranges streamed from disk, creators' resumable uploads, and a learner's progress and notes.
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/log.h"
#include "server/media/http_range.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

namespace lyceum::server {

namespace {
using Status = QHttpServerResponder::StatusCode;

void writeError(QHttpServerResponder &responder, const ApiError &error) {
    responder.write(errorBody(error), QByteArrayLiteral("application/json"),
                    static_cast<Status>(error.status));
}
} // namespace

void HttpServer::setUpMediaRoutes() {
    using M = QHttpServerRequest::Method;
    const auto jsonRoute = [this](const QString &path, M method, Action action, auto call) {
        addAuthedRoute(
            path, method, action,
            [this, call](const QHttpServerRequest &request, const Caller &caller) {
                const ApiResult<QJsonObject> body = jsonBody(request);
                if (!body.ok())
                    return errorResponse(body.error());
                const ApiResult<QJsonObject> answer = (m_media.*call)(caller, body.value());
                return answer.ok() ? jsonResponse(answer.value()) : errorResponse(answer.error());
            });
    };
    jsonRoute(QStringLiteral("/media/url"), M::Post, Action::RequestMediaUrl, &MediaService::urls);
    // Each chunk is checked as an upload too, so a ban stops an upload under way.
    jsonRoute(QStringLiteral("/media/uploads"), M::Post, Action::UploadVideo,
              &MediaService::startUpload);
    addAuthedRoute(
        QStringLiteral("/media/uploads/chunk"), M::Put, Action::UploadVideo,
        [this](const QHttpServerRequest &request, const Caller &caller) {
            const QUrlQuery query(request.url());
            bool ok = false;
            const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
            if (!ok)
                return errorResponse(
                    ApiError::badRequest(QStringLiteral("invalid_field"),
                                         QStringLiteral("offset must be a number of bytes.")));
            const ApiResult<QJsonObject> answer = m_media.appendUpload(
                caller, query.queryItemValue(QStringLiteral("id")), offset, request.body());
            return answer.ok() ? jsonResponse(answer.value()) : errorResponse(answer.error());
        });
    addAuthedRoute(QStringLiteral("/media/uploads/status"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &request, const Caller &caller) {
                       const ApiResult<QJsonObject> answer = m_media.uploadStatus(
                           caller, QUrlQuery(request.url()).queryItemValue(QStringLiteral("id")));
                       return answer.ok() ? jsonResponse(answer.value())
                                          : errorResponse(answer.error());
                   });
    addAuthedRoute(QStringLiteral("/me/learning"), M::Get, Action::ReadOwn,
                   [this](const QHttpServerRequest &, const Caller &caller) {
                       return jsonResponse(m_media.learning(caller));
                   });

    // The file itself: no Authorization header (the player cannot send one), the signed query
    // instead. Answered through the responder so the body streams from disk.
    declareRoute(QStringLiteral("/media/file"), M::Get, Action::SignedMedia);
    m_http.route(QStringLiteral("/api/v1/media/file"), [this](const QHttpServerRequest &request,
                                                              QHttpServerResponder &&responder) {
        if (request.method() != M::Get) {
            writeError(responder, {405, QStringLiteral("method_not_allowed"),
                                   QStringLiteral("This address does not accept this method.")});
            return;
        }
        try {
            const ApiResult<MediaService::File> file = m_media.resolve(QUrlQuery(request.url()));
            if (!file.ok()) {
                writeError(responder, file.error());
                return;
            }
            const MediaService::File &f = file.value();
            ByteRange range{ByteRange::Whole, 0, f.size - 1};
            if (ifRangeAllows(headerValue(request, QByteArrayLiteral("If-Range")), f.etag))
                range = parseRange(headerValue(request, QByteArrayLiteral("Range")), f.size);
            const QByteArray size = QByteArray::number(f.size);
            if (range.kind == ByteRange::Unsatisfiable) {
                responder.write(QByteArray(),
                                {{"Content-Range", "bytes */" + size},
                                 {"Accept-Ranges", "bytes"},
                                 {"Content-Type", "text/plain"}},
                                Status::RequestRangeNotSatisfiable);
                return;
            }
            const qint64 length = range.kind == ByteRange::Whole ? f.size : range.length();
            auto *window =
                new FileWindow(f.path, range.kind == ByteRange::Whole ? 0 : range.first, length);
            if (!window->open(QIODevice::ReadOnly)) {
                delete window;
                writeError(responder, ApiError::notFound(QStringLiteral("The media file is "
                                                                        "missing.")));
                return;
            }
            const QByteArray mime = f.mime.toUtf8();
            if (range.kind == ByteRange::Whole) {
                responder.write(window,
                                {{"Content-Type", mime},
                                 {"Accept-Ranges", "bytes"},
                                 {"ETag", f.etag},
                                 {"Cache-Control", "private, max-age=600"}},
                                Status::Ok);
            } else {
                const QByteArray contentRange = "bytes " + QByteArray::number(range.first) + '-' +
                                                QByteArray::number(range.last) + '/' + size;
                responder.write(window,
                                {{"Content-Type", mime},
                                 {"Accept-Ranges", "bytes"},
                                 {"Content-Range", contentRange},
                                 {"ETag", f.etag},
                                 {"Cache-Control", "private, max-age=600"}},
                                Status::PartialContent);
            }
        } catch (const std::exception &e) {
            qCWarning(lcServerHttp) << "media file failed:" << e.what();
            writeError(responder, {500, QStringLiteral("internal"),
                                   QStringLiteral("The server could not complete this request.")});
        }
    });
}

} // namespace lyceum::server

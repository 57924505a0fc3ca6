// Typed calls of the lesson-media endpoints (docs/media.md, docs/protocol.md), one function per
// endpoint. The signed URLs they answer with are fetched by the MediaService itself (a video
// is not a REST call: Range requests, no total deadline).
#pragma once

#include "api/api_error.h"
#include "client/lesson_media.h"

#include <QJsonObject>
#include <functional>

namespace lyceum {
class ApiClient;
}

namespace lyceum::mediaapi {

// The signed URLs of a lesson's video and captions, resolved against base (the server).
LessonMedia lessonMediaFromJson(const QJsonObject &o, const QUrl &base);

// POST /media/url {lesson_id}: signed URLs, size, checksum, chapters and caption tracks.
void lessonUrls(ApiClient &api, const QString &lessonId,
                std::function<void(const ApiError &, const LessonMedia &)> done);
// GET /me/learning: this learner's progress and notes from every device (the answer is merged
// by mediastore::applyLearning).
void learning(ApiClient &api, std::function<void(const ApiError &, const QJsonObject &)> done);

} // namespace lyceum::mediaapi

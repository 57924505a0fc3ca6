// Ratings and reviews: reads from the cache, writes through the outbox.
#include "client/reviews_service.h"

#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"

#include <QDateTime>

namespace lyceum {

ReviewsService::ReviewsService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

void ReviewsService::fetchReviews(const QString &courseId, QObject *context,
                                  std::function<void(CourseReviews)> done) {
    m_session.cache->run<CourseReviews>(
        context,
        [courseId, me = m_session.myId(), staff = m_session.isStaff()](CacheDatabase &db) {
            return reviewstore::courseReviews(db, courseId, me, staff);
        },
        std::move(done));
}

void ReviewsService::fetchRatingSummaries(QObject *context,
                                          std::function<void(QHash<QString, RatingSummary>)> done) {
    m_session.cache->run<QHash<QString, RatingSummary>>(
        context, [](CacheDatabase &db) { return reviewstore::summaries(db); }, std::move(done));
}

void ReviewsService::rateCourse(const QString &courseId, int rating, const QString &body) {
    if (!m_session.ensureOpen("rateCourse"))
        return;
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<Status>(
        this,
        [courseId, me = m_session.myId(), rating, body, now](CacheDatabase &db) {
            return reviewstore::putReview(db, courseId, me, rating, body, now);
        },
        [this](Status status) { m_session.afterLocalWrite(status); });
}

void ReviewsService::replyToReview(const QString &reviewId, const QString &body) {
    if (!m_session.ensureOpen("replyToReview"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<Status>(
        this,
        [reviewId, body, now](CacheDatabase &db) {
            return reviewstore::replyToReview(db, reviewId, body, now);
        },
        [this](Status status) { m_session.afterLocalWrite(status); });
}

void ReviewsService::setReviewHelpful(const QString &reviewId, bool helpful) {
    if (!m_session.ensureOpen("setReviewHelpful"))
        return;
    m_session.cache->run<Status>(
        this,
        [reviewId, helpful](CacheDatabase &db) {
            return reviewstore::setHelpful(db, reviewId, helpful);
        },
        [this](Status status) { m_session.afterLocalWrite(status); });
}

} // namespace lyceum

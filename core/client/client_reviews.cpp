// Client: course ratings and reviews (reviews/review_store.h), read from the cache and written
// through the outbox like every other write.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"

#include <QDateTime>

namespace lyceum {

void Client::fetchReviews(const QString &courseId, QObject *context,
                          std::function<void(CourseReviews)> done) {
    const bool staff = d->profile.user && (d->profile.user->role == Role::Moderator ||
                                           d->profile.user->role == Role::Admin);
    d->cache->run<CourseReviews>(
        context,
        [courseId, me = d->myId(), staff](CacheDatabase &db) {
            return reviewstore::courseReviews(db, courseId, me, staff);
        },
        std::move(done));
}

void Client::fetchRatingSummaries(QObject *context,
                                  std::function<void(QHash<QString, RatingSummary>)> done) {
    d->cache->run<QHash<QString, RatingSummary>>(
        context, [](CacheDatabase &db) { return reviewstore::summaries(db); }, std::move(done));
}

void Client::rateCourse(const QString &courseId, int rating, const QString &body) {
    if (!d->ensureOpen("rateCourse"))
        return;
    if (!d->profile.user) {
        Q_EMIT errorOccurred(ApiError::notLoggedIn());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<Status>(
        this,
        [courseId, me = d->myId(), rating, body, now](CacheDatabase &db) {
            return reviewstore::putReview(db, courseId, me, rating, body, now);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

void Client::replyToReview(const QString &reviewId, const QString &body) {
    if (!d->ensureOpen("replyToReview"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<Status>(
        this,
        [reviewId, body, now](CacheDatabase &db) {
            return reviewstore::replyToReview(db, reviewId, body, now);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

void Client::setReviewHelpful(const QString &reviewId, bool helpful) {
    if (!d->ensureOpen("setReviewHelpful"))
        return;
    d->cache->run<Status>(
        this,
        [reviewId, helpful](CacheDatabase &db) {
            return reviewstore::setHelpful(db, reviewId, helpful);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

} // namespace lyceum

// Reviews in the cache: reading a course's ratings and reviews, and the user's own writes
// (rate, answer as the creator, vote helpful), each applied to the cache and queued in the
// outbox in one transaction (as outbox/local_mutations.h). Runs on the cache worker.
#pragma once

#include "cache/cache_views.h"
#include "domain/result.h"
#include "domain/reviews.h"

#include <QHash>
#include <QJsonObject>
#include <array>

namespace lyceum {

class CacheDatabase;

struct RatingSummary {
    int count = 0;
    double average = 0;            // 0 when count == 0
    std::array<int, 5> stars = {}; // stars[0]: how many rated 1, ... stars[4]: rated 5
};

struct ReviewView {
    Review review;
    QString authorName;
    bool mine = false;
    bool votedHelpful = false;          // by this user
    std::optional<OutboxState> pending; // the user's own change still in the outbox
    QString failure;                    // why the server refused it (pending == Failed)
};

// A course's reviews as the course page shows them.
struct CourseReviews {
    QString courseId;
    RatingSummary summary;
    QVector<ReviewView> reviews;
    bool canReview = false; // the user may rate it: enrolled (or free) and not its creator
    // The user opened or finished a lesson of it (progress on this device), or rated it
    // already: the course page asks for a rating only then, not before any lesson was seen.
    bool studied = false;
    bool canReply = false; // the user may answer reviews: its creator (or staff)
};

namespace reviewstore {

RatingSummary summary(CacheDatabase &db, const QString &courseId);
// Every course that has ratings (catalogue cards).
QHash<QString, RatingSummary> summaries(CacheDatabase &db);
// Newest first (updated_at); the user's own review first of all.
QVector<ReviewView> reviews(CacheDatabase &db, const QString &courseId, const QString &me);

// Everything the course page needs; staff may answer reviews too.
CourseReviews courseReviews(CacheDatabase &db, const QString &courseId, const QString &me,
                            bool staff);

// mutations::kReviewPut: rating 1-5 and an optional text, replacing the user's earlier review.
// A rating or a text out of bounds is a Validation error; a failing cache a Storage error.
Status putReview(CacheDatabase &db, const QString &courseId, const QString &me, int rating,
                 const QString &body, qint64 now);
// mutations::kReviewReply by the course's creator.
Status replyToReview(CacheDatabase &db, const QString &reviewId, const QString &body, qint64 now);
// mutations::kReviewHelpful: the user's vote on someone else's review (on or off).
Status setHelpful(CacheDatabase &db, const QString &reviewId, bool helpful);

// Undoes the local change of a discarded review.* outbox row (outbox_store's discard).
bool revert(CacheDatabase &db, const QString &type, const QString &entityId,
            const QJsonObject &args, QString *error);

} // namespace reviewstore
} // namespace lyceum

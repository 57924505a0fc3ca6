// MutationService: review.put, review.reply and review.helpful (docs/protocol.md, "Reviews").
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "domain/reviews.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

namespace lyceum::server {

MutationService::Outcome MutationService::reviewPut(const Caller &caller,
                                                    const Visibility &visibility,
                                                    const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kReviewPut));
    const QString courseId = r.id(QLatin1StringView("course_id"));
    const int rating = r.int32(QLatin1StringView("rating"));
    const QString body = r.optionalString(QLatin1StringView("body")).trimmed();
    if (r.ok() && (rating < 1 || rating > 5))
        r.fail(QLatin1StringView("rating"), QStringLiteral("must be 1 to 5"));
    if (r.ok() && mutations::characterCount(body) > kMaxReviewCharacters)
        r.fail(QLatin1StringView("body"),
               QStringLiteral("must be at most %1 characters").arg(kMaxReviewCharacters));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    const std::optional<Course> course = m_storage.courseById(courseId);
    if (!course || !visibility.canSeeCourse(courseId))
        return reject(QStringLiteral("not_found"), QStringLiteral("The course does not exist."));
    if (course->creatorId == caller.user.id)
        return reject(QStringLiteral("own_course"),
                      QStringLiteral("Creators do not rate their own courses."));
    if (course->price > 0 && !m_storage.hasEntitlement(caller.user.id, courseId))
        return reject(QStringLiteral("not_enrolled"),
                      QStringLiteral("Only learners enrolled in the course may rate it."));
    const qint64 now = m_clock.nowMs();
    const QString id = reviewId(courseId, caller.user.id);
    Review review = m_storage.reviewById(id).value_or(Review{});
    if (review.id.isEmpty()) {
        review.id = id;
        review.courseId = courseId;
        review.userId = caller.user.id;
        review.createdAt = now;
    }
    review.rating = rating;
    review.body = body;
    review.updatedAt = now;
    return {m_storage.putReview(review), {}, {}, {}};
}

MutationService::Outcome MutationService::reviewReply(const Caller &caller,
                                                      const Visibility &visibility,
                                                      const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kReviewReply));
    const QString id = r.string(QLatin1StringView("review_id"));
    const QString body = r.string(QLatin1StringView("body")).trimmed();
    if (r.ok() && (body.isEmpty() || mutations::characterCount(body) > kMaxReviewCharacters))
        r.fail(QLatin1StringView("body"),
               QStringLiteral("must be 1 to %1 characters").arg(kMaxReviewCharacters));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    std::optional<Review> review = m_storage.reviewById(id);
    const std::optional<Course> course =
        review ? m_storage.courseById(review->courseId) : std::nullopt;
    if (!review || !course || !visibility.canSeeCourse(course->id))
        return reject(QStringLiteral("not_found"), QStringLiteral("The review does not exist."));
    if (course->creatorId != caller.user.id && !caller.isStaff())
        return reject(QStringLiteral("forbidden"),
                      QStringLiteral("Only the course's creator may answer its reviews."));
    review->reply = body;
    review->repliedAt = m_clock.nowMs();
    return {m_storage.putReview(*review), {}, {}, {}};
}

MutationService::Outcome MutationService::reviewHelpful(const Caller &caller,
                                                        const Visibility &visibility,
                                                        const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kReviewHelpful));
    const QString id = r.string(QLatin1StringView("review_id"));
    const bool helpful = r.boolean(QLatin1StringView("helpful"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    std::optional<Review> review = m_storage.reviewById(id);
    if (!review || !visibility.canSeeCourse(review->courseId))
        return reject(QStringLiteral("not_found"), QStringLiteral("The review does not exist."));
    if (review->userId == caller.user.id)
        return reject(QStringLiteral("forbidden"),
                      QStringLiteral("One's own review cannot be voted helpful."));
    if (!m_storage.setHelpfulVote(id, caller.user.id, helpful))
        return {0, {}, {}, {}}; // already so: nothing changes
    review->helpful = std::max(0, review->helpful + (helpful ? 1 : -1));
    return {m_storage.putReview(*review), {}, {}, {}};
}

} // namespace lyceum::server

// Ratings and reviews (docs/architecture.md, "Client core"): read from the cache and written
// through the outbox like every other write; no REST calls of its own. SQL:
// reviews/review_store.h.
#pragma once

#include "reviews/review_store.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace lyceum {

class SessionState;

class ReviewsService : public QObject {
    Q_OBJECT
public:
    explicit ReviewsService(SessionState &session, QObject *parent = nullptr);

    void fetchReviews(const QString &courseId, QObject *context,
                      std::function<void(CourseReviews)> done);
    // Per course id, for every course with ratings.
    void fetchRatingSummaries(QObject *context,
                              std::function<void(QHash<QString, RatingSummary>)> done);
    // Through the outbox: the server refuses a rating from someone not enrolled (not_enrolled)
    // or from the course's creator (own_course); the refusal shows on the review, text kept.
    void rateCourse(const QString &courseId, int rating, const QString &body);
    void replyToReview(const QString &reviewId, const QString &body); // the course's creator
    void setReviewHelpful(const QString &reviewId, bool helpful);

private:
    SessionState &m_session;
};

} // namespace lyceum

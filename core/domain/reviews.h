// Course ratings and reviews as both sides see them (docs/protocol.md, "Reviews"): one review
// per learner and course (its id is derived from both, so writing again replaces it), a rating
// from 1 to 5, an optional text, the count of "helpful" votes, and the creator's answer. They
// travel in the changes feed as the entity "review".
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lyceum {

struct Review {
    QString id; // reviewId(courseId, userId)
    QString courseId;
    QString userId;
    int rating = 0; // 1..5
    QString body;   // may be empty: a rating alone
    int helpful = 0;
    QString reply; // the course creator's answer; empty when none
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 repliedAt = 0; // 0 when no answer
    friend bool operator==(const Review &, const Review &) = default;
};

inline constexpr int kMaxReviewCharacters = 4000;

QString reviewId(const QString &courseId, const QString &userId);

QJsonObject toJson(const Review &review);
std::optional<Review> reviewFromJson(const QJsonObject &o, QString *error = nullptr);

} // namespace lyceum

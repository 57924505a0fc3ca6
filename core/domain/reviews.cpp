#include "domain/reviews.h"

#include "domain/codec.h"

namespace lyceum {

QString reviewId(const QString &courseId, const QString &userId) {
    // Ids never contain '.', so the pair is unambiguous.
    return QStringLiteral("rv.") + courseId + QLatin1Char('.') + userId;
}

QJsonObject toJson(const Review &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("course_id"), r.courseId},
            {QStringLiteral("user_id"), r.userId},
            {QStringLiteral("rating"), r.rating},
            {QStringLiteral("body"), r.body},
            {QStringLiteral("helpful"), r.helpful},
            {QStringLiteral("reply"), r.reply},
            {QStringLiteral("created_at"), r.createdAt},
            {QStringLiteral("updated_at"), r.updatedAt},
            {QStringLiteral("replied_at"), r.repliedAt}};
}

std::optional<Review> reviewFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("review"));
    Review v;
    v.id = r.string(QLatin1StringView("id"));
    v.courseId = r.id(QLatin1StringView("course_id"));
    v.userId = r.id(QLatin1StringView("user_id"));
    v.rating = r.int32(QLatin1StringView("rating"));
    if (r.ok() && (v.rating < 1 || v.rating > 5))
        r.fail(QLatin1StringView("rating"), QStringLiteral("must be 1 to 5"));
    if (r.ok() && v.id != reviewId(v.courseId, v.userId))
        r.fail(QLatin1StringView("id"), QStringLiteral("does not match the course and user"));
    v.body = r.optionalString(QLatin1StringView("body"));
    v.helpful = r.optionalInt32(QLatin1StringView("helpful"));
    if (r.ok() && v.helpful < 0)
        r.fail(QLatin1StringView("helpful"), QStringLiteral("must not be negative"));
    v.reply = r.optionalString(QLatin1StringView("reply"));
    v.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    v.updatedAt = r.optionalInteger(QLatin1StringView("updated_at"));
    v.repliedAt = r.optionalInteger(QLatin1StringView("replied_at"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return v;
}

} // namespace lyceum

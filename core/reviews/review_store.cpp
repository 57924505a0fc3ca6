#include "reviews/review_store.h"

#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::reviewstore {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::reviewstore", text);
}

Status stored(bool ok, const QString &error) {
    return ok ? Status() : Status(CoreError::storage(error));
}

const char kColumns[] = "r.id, r.course_id, r.user_id, r.rating, r.body, r.helpful, r.reply, "
                        "r.created_at, r.updated_at, r.replied_at";

Review readReview(const QSqlQuery &q, int at = 0) {
    Review r;
    r.id = q.value(at + 0).toString();
    r.courseId = q.value(at + 1).toString();
    r.userId = q.value(at + 2).toString();
    r.rating = q.value(at + 3).toInt();
    r.body = q.value(at + 4).toString();
    r.helpful = q.value(at + 5).toInt();
    r.reply = q.value(at + 6).toString();
    r.createdAt = q.value(at + 7).toLongLong();
    r.updatedAt = q.value(at + 8).toLongLong();
    r.repliedAt = q.value(at + 9).toLongLong();
    return r;
}

std::optional<Review> reviewById(CacheDatabase &db, const QString &id, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM reviews r WHERE r.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!CacheDatabase::exec(q, QStringLiteral("reading a review"), error) || !q.next())
        return std::nullopt;
    return readReview(q);
}

void addStar(RatingSummary &s, int rating, int count) {
    if (rating < 1 || rating > 5)
        return;
    s.stars[size_t(rating - 1)] += count;
    s.average = (s.average * s.count + double(rating) * count) / double(s.count + count);
    s.count += count;
}

} // namespace

RatingSummary summary(CacheDatabase &db, const QString &courseId) {
    RatingSummary s;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT rating, COUNT(*) FROM reviews WHERE course_id = ? "
                             "GROUP BY rating"));
    q.addBindValue(courseId);
    if (!CacheDatabase::exec(q, QStringLiteral("counting ratings"), nullptr))
        return s;
    while (q.next())
        addStar(s, q.value(0).toInt(), q.value(1).toInt());
    return s;
}

QHash<QString, RatingSummary> summaries(CacheDatabase &db) {
    QHash<QString, RatingSummary> out;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT course_id, rating, COUNT(*) FROM reviews "
                               "GROUP BY course_id, rating")))
        return out;
    while (q.next())
        addStar(out[q.value(0).toString()], q.value(1).toInt(), q.value(2).toInt());
    return out;
}

QVector<ReviewView> reviews(CacheDatabase &db, const QString &courseId, const QString &me) {
    QVector<ReviewView> out;
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT %1, COALESCE(u.display_name, ''), "
                       "EXISTS (SELECT 1 FROM my_helpful_votes v WHERE v.review_id = r.id), "
                       "(SELECT o.state FROM outbox o WHERE o.entity_id = r.id ORDER BY o.seq DESC "
                       "LIMIT 1), "
                       "(SELECT o.error_message FROM outbox o WHERE o.entity_id = r.id AND "
                       "o.state = 2 ORDER BY o.seq DESC LIMIT 1) "
                       "FROM reviews r LEFT JOIN users u ON u.id = r.user_id WHERE r.course_id = ? "
                       "ORDER BY r.user_id = ? DESC, r.updated_at DESC, r.id")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(courseId);
    q.addBindValue(me);
    if (!CacheDatabase::exec(q, QStringLiteral("reading reviews"), nullptr))
        return out;
    while (q.next()) {
        ReviewView v;
        v.review = readReview(q);
        v.authorName = q.value(10).toString();
        v.mine = v.review.userId == me;
        v.votedHelpful = q.value(11).toBool();
        if (!q.value(12).isNull())
            v.pending = OutboxState(q.value(12).toInt());
        v.failure = q.value(13).toString();
        out.append(std::move(v));
    }
    return out;
}

CourseReviews courseReviews(CacheDatabase &db, const QString &courseId, const QString &me,
                            bool staff) {
    CourseReviews out;
    out.courseId = courseId;
    out.summary = summary(db, courseId);
    out.reviews = reviews(db, courseId, me);
    QSqlQuery q(db.db());
    // Enrolled: free, or no lesson of it is withheld from this user (as CourseSummary).
    q.prepare(
        QStringLiteral("SELECT c.creator_id, c.price, "
                       "(SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id), "
                       "(SELECT COUNT(*) FROM lessons l WHERE l.course_id = c.id AND l.locked = 1) "
                       "FROM courses c WHERE c.id = ?"));
    q.addBindValue(courseId);
    if (CacheDatabase::exec(q, QStringLiteral("reading the course"), nullptr) && q.next()) {
        const bool creator = !me.isEmpty() && q.value(0).toString() == me;
        const bool entitled =
            q.value(1).toLongLong() == 0 || (q.value(2).toInt() > 0 && q.value(3).toInt() == 0);
        out.canReview = !me.isEmpty() && !creator && entitled;
        out.canReply = creator || staff;
    }
    QSqlQuery seen(db.db());
    seen.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM lesson_progress WHERE course_id = ?)"));
    seen.addBindValue(courseId);
    out.studied = CacheDatabase::exec(seen, QStringLiteral("reading the progress"), nullptr) &&
                  seen.next() && seen.value(0).toBool();
    for (const ReviewView &v : std::as_const(out.reviews))
        out.studied = out.studied || v.mine;
    return out;
}

Status putReview(CacheDatabase &db, const QString &courseId, const QString &me, int rating,
                 const QString &body, qint64 now) {
    if (rating < 1 || rating > 5)
        return CoreError::validation(tr("A rating is one to five stars."));
    if (mutations::characterCount(body) > kMaxReviewCharacters)
        return CoreError::validation(
            tr("A review is at most %1 characters.").arg(kMaxReviewCharacters));
    return withTransaction(db, [&] {
        const QString id = reviewId(courseId, me);
        const std::optional<Review> before = reviewById(db, id, nullptr);
        Review review = before.value_or(Review{});
        if (!before) {
            review.id = id;
            review.courseId = courseId;
            review.userId = me;
            review.createdAt = now;
        }
        review.rating = rating;
        review.body = body.trimmed();
        review.updatedAt = now;
        EntityWriter writer(db.db());
        QString error;
        if (!writer.upsert(review, &error))
            return stored(false, error);
        QJsonObject args{{QStringLiteral("course_id"), courseId},
                         {QStringLiteral("rating"), rating},
                         {QStringLiteral("body"), review.body}};
        // What a discard puts back (the server ignores it).
        if (before)
            args.insert(QStringLiteral("base"), toJson(*before));
        const bool queued =
            outboxstore::enqueue(db, QString(mutations::kReviewPut), id, args, nullptr, &error);
        return stored(queued, error);
    });
}

Status replyToReview(CacheDatabase &db, const QString &reviewId, const QString &body, qint64 now) {
    const QString text = body.trimmed();
    if (!mutations::isTextWithin(text, kMaxReviewCharacters))
        return CoreError::validation(
            tr("An answer is 1 to %1 characters.").arg(kMaxReviewCharacters));
    return withTransaction(db, [&] {
        QString error;
        std::optional<Review> review = reviewById(db, reviewId, &error);
        if (!review)
            return error.isEmpty() ? Status(CoreError::validation(
                                         tr("The review was not found in the local cache.")))
                                   : stored(false, error);
        const QJsonObject base = toJson(*review);
        review->reply = text;
        review->repliedAt = now;
        EntityWriter writer(db.db());
        if (!writer.upsert(*review, &error))
            return stored(false, error);
        const QJsonObject args{{QStringLiteral("review_id"), reviewId},
                               {QStringLiteral("body"), text},
                               {QStringLiteral("base"), base}};
        const bool queued = outboxstore::enqueue(db, QString(mutations::kReviewReply), reviewId,
                                                 args, nullptr, &error);
        return stored(queued, error);
    });
}

Status setHelpful(CacheDatabase &db, const QString &reviewId, bool helpful) {
    return withTransaction(db, [&] {
        QString error;
        QSqlQuery vote(db.db());
        vote.prepare(helpful ? QStringLiteral("INSERT OR IGNORE INTO my_helpful_votes VALUES (?)")
                             : QStringLiteral("DELETE FROM my_helpful_votes WHERE review_id = ?"));
        vote.addBindValue(reviewId);
        if (!CacheDatabase::exec(vote, QStringLiteral("recording the vote"), &error))
            return stored(false, error);
        if (vote.numRowsAffected() == 0)
            return Status(); // already so
        QSqlQuery count(db.db());
        count.prepare(QStringLiteral("UPDATE reviews SET helpful = MAX(helpful + ?, 0) "
                                     "WHERE id = ?"));
        count.addBindValue(helpful ? 1 : -1);
        count.addBindValue(reviewId);
        if (!CacheDatabase::exec(count, QStringLiteral("counting the vote"), &error))
            return stored(false, error);
        const QJsonObject args{{QStringLiteral("review_id"), reviewId},
                               {QStringLiteral("helpful"), helpful}};
        const bool queued = outboxstore::enqueue(db, QString(mutations::kReviewHelpful), reviewId,
                                                 args, nullptr, &error);
        return stored(queued, error);
    });
}

bool revert(CacheDatabase &db, const QString &type, const QString &entityId,
            const QJsonObject &args, QString *error) {
    EntityWriter writer(db.db());
    if (type == mutations::kReviewPut || type == mutations::kReviewReply) {
        const QJsonObject base = args.value(QLatin1String("base")).toObject();
        if (const std::optional<Review> before = reviewFromJson(base))
            return writer.upsert(*before, error);
        return writer.remove(EntityType::Review, entityId, error);
    }
    if (type == mutations::kReviewHelpful) {
        const bool helpful = args.value(QLatin1String("helpful")).toBool();
        QSqlQuery vote(db.db());
        vote.prepare(helpful ? QStringLiteral("DELETE FROM my_helpful_votes WHERE review_id = ?")
                             : QStringLiteral("INSERT OR IGNORE INTO my_helpful_votes VALUES (?)"));
        vote.addBindValue(entityId);
        if (!CacheDatabase::exec(vote, QStringLiteral("undoing the vote"), error))
            return false;
        QSqlQuery count(db.db());
        count.prepare(QStringLiteral("UPDATE reviews SET helpful = MAX(helpful + ?, 0) "
                                     "WHERE id = ?"));
        count.addBindValue(helpful ? -1 : 1);
        count.addBindValue(entityId);
        return CacheDatabase::exec(count, QStringLiteral("undoing the vote"), error);
    }
    return true;
}

} // namespace lyceum::reviewstore

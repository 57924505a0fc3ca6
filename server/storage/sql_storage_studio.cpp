// SqlStorage: creators' synced drafts, scheduled publications, course and lesson writes, and
// the aggregates of creator analytics (server/studio/).
#include "domain/codec.h"
#include "domain/course_sections.h"
#include "server/storage/sql_storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::server {

namespace {
QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QStringList kDraftColumns{QStringLiteral("id"),       QStringLiteral("user_id"),
                                QStringLiteral("kind"),     QStringLiteral("title"),
                                QStringLiteral("body"),     QStringLiteral("meta"),
                                QStringLiteral("revision"), QStringLiteral("conflicts"),
                                QStringLiteral("saved_at"), QStringLiteral("deleted")};
const QStringList kScheduleColumns{QStringLiteral("id"),         QStringLiteral("user_id"),
                                   QStringLiteral("draft_id"),   QStringLiteral("args"),
                                   QStringLiteral("publish_at"), QStringLiteral("state"),
                                   QStringLiteral("error_code"), QStringLiteral("error_message"),
                                   QStringLiteral("created_at"), QStringLiteral("done_at")};

StudioDraft readDraft(const QSqlQuery &q) {
    return {q.value(0).toString(),         q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),         q.value(4).toString(), q.value(5).toString(),
            q.value(6).toLongLong(),       q.value(7).toString(), q.value(8).toLongLong(),
            SqlDialect::toBool(q.value(9))};
}

ScheduledPublication readSchedule(const QSqlQuery &q) {
    return {q.value(0).toString(),  q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),  q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(),  q.value(7).toString(),   q.value(8).toLongLong(),
            q.value(9).toLongLong()};
}
} // namespace

std::optional<StudioDraft> SqlStorage::studioDraft(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kDraftColumns.join(QStringLiteral(", ")) %
                            QStringLiteral(" FROM studio_drafts WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<StudioDraft> out;
    if (q.next())
        out = readDraft(q);
    q.finish();
    return out;
}

void SqlStorage::putStudioDraft(const StudioDraft &d) {
    QSqlQuery &q = prepared(
        m_dialect.upsert(QStringLiteral("studio_drafts"), kDraftColumns, {kDraftColumns[0]}));
    bind(q, {d.id, d.userId, d.kind, d.title, d.body, d.meta, d.revision, d.conflicts, d.savedAt,
             boolean(d.deleted)});
    run(q);
}

QVector<StudioDraft> SqlStorage::studioDraftsOf(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kDraftColumns.join(QStringLiteral(", ")) %
                            QStringLiteral(" FROM studio_drafts WHERE user_id = ? ORDER BY id"));
    bind(q, {userId});
    run(q);
    QVector<StudioDraft> out;
    while (q.next())
        out.append(readDraft(q));
    q.finish();
    return out;
}

std::optional<StudioImage> SqlStorage::studioImage(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, owner_id, mime, data, sha256, created_at FROM studio_images WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<StudioImage> out;
    if (q.next())
        out = StudioImage{q.value(0).toString(),    q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toByteArray(), q.value(4).toString(), q.value(5).toLongLong()};
    q.finish();
    return out;
}

void SqlStorage::insertStudioImage(const StudioImage &i) {
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO studio_images (id, owner_id, mime, data,"
                                           " sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    bind(q, {i.id, i.ownerId, i.mime, i.data, i.sha256, i.createdAt});
    run(q);
}

std::optional<ScheduledPublication> SqlStorage::scheduled(const QString &id) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") % kScheduleColumns.join(QStringLiteral(", ")) %
                 QStringLiteral(" FROM scheduled_publications WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<ScheduledPublication> out;
    if (q.next())
        out = readSchedule(q);
    q.finish();
    return out;
}

void SqlStorage::putScheduled(const ScheduledPublication &s) {
    QSqlQuery &q = prepared(m_dialect.upsert(QStringLiteral("scheduled_publications"),
                                             kScheduleColumns, {kScheduleColumns[0]}));
    bind(q, {s.id, s.userId, s.draftId, s.args, s.publishAt, s.state, s.errorCode, s.errorMessage,
             s.createdAt, s.doneAt});
    run(q);
}

QVector<ScheduledPublication> SqlStorage::scheduledOf(const QString &userId) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT ") % kScheduleColumns.join(QStringLiteral(", ")) %
        QStringLiteral(" FROM scheduled_publications WHERE user_id = ? ORDER BY publish_at, id"));
    bind(q, {userId});
    run(q);
    QVector<ScheduledPublication> out;
    while (q.next())
        out.append(readSchedule(q));
    q.finish();
    return out;
}

QVector<ScheduledPublication> SqlStorage::scheduledDue(qint64 now) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") % kScheduleColumns.join(QStringLiteral(", ")) %
                 QStringLiteral(" FROM scheduled_publications WHERE state = 'pending'"
                                " AND publish_at <= ? ORDER BY publish_at, id"));
    bind(q, {now});
    run(q);
    QVector<ScheduledPublication> out;
    while (q.next())
        out.append(readSchedule(q));
    q.finish();
    return out;
}

qint64 SqlStorage::putCourse(const Course &c) {
    const std::optional<Course> before = courseById(c.id);
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("courses"),
        {QStringLiteral("id"), QStringLiteral("space_id"), QStringLiteral("creator_id"),
         QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("description"),
         QStringLiteral("tags"), QStringLiteral("topic"), QStringLiteral("price"),
         QStringLiteral("currency"), QStringLiteral("published"), QStringLiteral("created_at"),
         QStringLiteral("updated_at"), QStringLiteral("prerequisites")},
        {QStringLiteral("id")}));
    bind(q, {c.id, nullableText(c.spaceId), c.creatorId, c.title, c.summary, c.description,
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson(QJsonDocument::Compact)),
             c.topic, c.price, c.currency, boolean(c.published), c.createdAt, c.updatedAt,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.prerequisites))
                                   .toJson(QJsonDocument::Compact))});
    run(q);
    // The outline's sections ride along in the course's entry (domain/course_sections.h).
    QJsonObject json = toJson(c);
    if (const QVector<CourseSection> sections = sectionsOf(c.id); !sections.isEmpty())
        json.insert(QStringLiteral("sections"), sectionsToJson(sections));
    const qint64 seq = recordChange("course", c.id, compact(json), c.id);
    if (before && (before->published != c.published || before->price != c.price))
        touchLessons(c.id);
    return seq;
}

qint64 SqlStorage::putLesson(const Lesson &l) {
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("lessons"),
        {QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("position"),
         QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("duration_seconds"),
         QStringLiteral("free_preview"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
         QStringLiteral("video_asset_id")},
        {QStringLiteral("id")}));
    bind(q, {l.id, l.courseId, l.position, l.title, l.body, l.durationSeconds,
             boolean(l.freePreview), l.createdAt, l.updatedAt, l.videoAssetId});
    run(q);
    Lesson sent = l;
    sent.locked = false;
    QJsonObject json = toJson(sent);
    if (const QString section = sectionOfLesson(l.id); !section.isEmpty())
        json.insert(QStringLiteral("section_id"), section);
    return recordChange("lesson", l.id, compact(json), l.courseId, l.freePreview);
}

QVector<Lesson> SqlStorage::lessonsOf(const QString &courseId) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id FROM lessons WHERE course_id = ? ORDER BY position, id"));
    bind(q, {courseId});
    run(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QVector<Lesson> out;
    for (const QString &id : std::as_const(ids))
        if (const std::optional<Lesson> l = lessonById(id))
            out.append(*l);
    return out;
}

QVector<Course> SqlStorage::coursesBy(const QString &creatorId) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id FROM courses WHERE creator_id = ? ORDER BY created_at, id"));
    bind(q, {creatorId});
    run(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QVector<Course> out;
    for (const QString &id : std::as_const(ids))
        if (const std::optional<Course> c = courseById(id))
            out.append(*c);
    return out;
}

QVector<SaleFact> SqlStorage::salesOf(const QStringList &courseIds) {
    QVector<SaleFact> out;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT course_id, amount, currency, paid_at, refunded_at FROM orders"
                       " WHERE course_id = ? AND paid_at > 0 AND status IN ('paid', 'refunded')"
                       " ORDER BY paid_at"));
    for (const QString &id : courseIds) {
        bind(q, {id});
        run(q);
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toLongLong(), q.value(4).toLongLong()});
        q.finish();
    }
    return out;
}

QVector<EnrolmentFact> SqlStorage::enrolmentsOf(const QStringList &courseIds) {
    QVector<EnrolmentFact> out;
    QSqlQuery &q = prepared(QStringLiteral("SELECT MIN(granted_at) FROM grants WHERE course_id = ?"
                                           " GROUP BY user_id ORDER BY 1"));
    for (const QString &id : courseIds) {
        bind(q, {id});
        run(q);
        while (q.next())
            out.append({id, q.value(0).toLongLong()});
        q.finish();
    }
    return out;
}

QVector<LessonProgressFact> SqlStorage::progressOn(const QString &courseId) {
    // Not the creator's own progress; on a paid course only learners entitled to it (a refund takes
    // the entitlement, and the progress with it).
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT p.lesson_id, p.percent, EXISTS (SELECT 1 FROM media_views v"
        " WHERE v.user_id = p.user_id AND v.lesson_id = p.lesson_id)"
        " FROM learning_progress p JOIN lessons l ON l.id = p.lesson_id"
        " JOIN courses c ON c.id = l.course_id"
        " WHERE l.course_id = ? AND p.user_id <> c.creator_id AND (c.price <= 0 OR EXISTS"
        " (SELECT 1 FROM entitlements g WHERE g.user_id = p.user_id AND g.course_id = c.id))"));
    bind(q, {courseId});
    run(q);
    QVector<LessonProgressFact> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool()});
    q.finish();
    return out;
}

QVector<qint64> SqlStorage::postTimesIn(const QStringList &courseIds) {
    QVector<qint64> out;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT p.created_at FROM posts p JOIN threads t ON t.id = p.thread_id"
                       " WHERE t.scope_course_id = ? AND p.deleted = ? ORDER BY 1"));
    for (const QString &id : courseIds) {
        bind(q, {id, boolean(false)});
        run(q);
        while (q.next())
            out.append(q.value(0).toLongLong());
        q.finish();
    }
    return out;
}

} // namespace lyceum::server

// What the creator studio needs from the database (server/storage/sql_storage_studio.cpp
// implements it on Storage's connection): drafts synced between a creator's devices, scheduled
// publications, writing courses and lessons, and the aggregates behind creator analytics.
// Throws StorageError.
#pragma once

#include "domain/course_sections.h"
#include "domain/entities.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::server {

// A creator's draft as last sent by one of their devices. revision counts the changes the
// server accepted; conflicts (JSON array) holds versions sent by a device that had not seen the
// latest one, kept until the creator chooses.
struct StudioDraft {
    QString id;
    QString userId;
    QString kind;
    QString title;
    QString body;
    QString meta; // JSON object: course_id, space_id, target_id, base_updated_at, outline, ...
    qint64 revision = 0;
    QString conflicts; // JSON [{title, body, meta, saved_at, device}]
    qint64 savedAt = 0;
    bool deleted = false;
};

// A publication the server carries out at publishAt. state: pending, published, failed,
// cancelled.
struct ScheduledPublication {
    QString id;
    QString userId;
    QString draftId;
    QString args; // the draft.publish arguments (JSON object)
    qint64 publishAt = 0;
    QString state;
    QString errorCode;
    QString errorMessage;
    qint64 createdAt = 0;
    qint64 doneAt = 0;
};

// Raw figures for analytics; the service buckets them by day.
struct SaleFact {
    QString courseId;
    qint64 amount = 0;
    QString currency;
    qint64 paidAt = 0;
    qint64 refundedAt = 0; // 0: not refunded
};
struct EnrolmentFact {
    QString courseId;
    qint64 at = 0; // the first grant of the course to one learner
};
// Progress that counts (docs/studio.md, "Analytics"): not the creator's own, and on a paid course
// only learners who hold it; watchedVideo: the server gave this learner the lesson's video.
struct LessonProgressFact {
    QString lessonId;
    int percent = 0;
    bool watchedVideo = false;
};

// An image a creator put in a draft's text (![](lyceum-image:ID)), at most 1 MiB.
struct StudioImage {
    QString id;
    QString ownerId;
    QString mime;
    QByteArray data;
    QString sha256; // hex
    qint64 createdAt = 0;
};

class StudioStorage {
public:
    virtual ~StudioStorage() = default;

    virtual std::optional<StudioImage> studioImage(const QString &id) = 0;
    virtual void insertStudioImage(const StudioImage &image) = 0;
    // Makes ownerId the owner of image id unless someone already is; returns the owner.
    virtual QString claimStudioImage(const QString &id, const QString &ownerId, qint64 at) = 0;

    virtual std::optional<StudioDraft> studioDraft(const QString &id) = 0;
    virtual void putStudioDraft(const StudioDraft &draft) = 0;
    virtual QVector<StudioDraft> studioDraftsOf(const QString &userId) = 0; // deleted too

    virtual std::optional<ScheduledPublication> scheduled(const QString &id) = 0;
    virtual void putScheduled(const ScheduledPublication &publication) = 0;
    virtual QVector<ScheduledPublication> scheduledOf(const QString &userId) = 0;
    virtual QVector<ScheduledPublication> scheduledDue(qint64 now) = 0; // pending, oldest first

    // Insert or replace; each records the entity's change and returns its seq. A course's
    // publishing or repricing re-emits its lessons (what a reader may read changed).
    virtual qint64 putCourse(const Course &course) = 0;
    virtual qint64 putLesson(const Lesson &lesson) = 0;
    virtual QVector<Lesson> lessonsOf(const QString &courseId) = 0; // by position
    // The course's outline becomes these sections, in this order (others of the course go;
    // sql_storage_sections.cpp). No change is recorded: putCourse records the course.
    virtual void putSections(const QString &courseId, const QVector<CourseSection> &sections) = 0;
    virtual QVector<CourseSection> sectionsOf(const QString &courseId) = 0;
    // The course a section belongs to; empty when there is no such section.
    virtual QString sectionCourse(const QString &sectionId) = 0;
    // A lesson's section ('' none) and position; putLesson records the change afterwards.
    virtual void placeLesson(const QString &lessonId, const QString &sectionId, int position) = 0;
    virtual QString sectionOfLesson(const QString &lessonId) = 0;

    virtual QVector<Course> coursesBy(const QString &creatorId) = 0;
    virtual QVector<SaleFact> salesOf(const QStringList &courseIds) = 0;
    virtual QVector<EnrolmentFact> enrolmentsOf(const QStringList &courseIds) = 0;
    virtual QVector<LessonProgressFact> progressOn(const QString &courseId) = 0;
    // Creation times of the replies in the discussions of these courses and their lessons.
    virtual QVector<qint64> postTimesIn(const QStringList &courseIds) = 0;
};

} // namespace lyceum::server

// MutationService: a learner's own progress and notes on lessons (docs/media.md): progress.put
// merges watched ranges by union and keeps the newer position and speed; note.put and
// note.delete on notes the caller owns. Through /mutations, so a player offline queues them.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "media/watched_ranges.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/media/media_storage.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QJsonDocument>

namespace lyceum::server {

namespace {

// What a report can claim of a lesson: nothing past its end. A lesson without a known duration
// has nothing to watch, so nothing is kept.
media::Ranges clampedTo(const media::Ranges &ranges, qint64 durationMs) {
    media::Ranges out;
    for (const media::Range &r : ranges) {
        const qint64 from = std::clamp<qint64>(r.first, 0, durationMs);
        const qint64 to = std::clamp<qint64>(r.second, 0, durationMs);
        if (to > from)
            out.append({from, to});
    }
    return media::normalized(out);
}

} // namespace

MutationService::Outcome MutationService::progressPut(const Caller &caller,
                                                      const Visibility &visibility,
                                                      const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kProgressPut));
    LearningProgress p;
    p.lessonId = r.id(QLatin1StringView("lesson_id"));
    p.positionMs = r.integer(QLatin1StringView("position_ms"));
    const double speed = args.value(QLatin1StringView("speed")).toDouble(1.0);
    p.updatedAt = r.integer(QLatin1StringView("updated_at"));
    const std::optional<media::Ranges> watched =
        media::rangesFromJson(args.value(QLatin1StringView("watched")));
    if (r.ok() && !watched)
        r.fail(QLatin1StringView("watched"), QStringLiteral("must be [[start_ms, end_ms], ...]"));
    if (r.ok() && (speed < 0.25 || speed > 4.0))
        r.fail(QLatin1StringView("speed"), QStringLiteral("must be between 0.25 and 4"));
    if (r.ok() && p.positionMs < 0)
        r.fail(QLatin1StringView("position_ms"), QStringLiteral("must not be negative"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    const std::optional<Lesson> lesson = m_storage.lessonById(p.lessonId);
    if (!lesson || !visibility.canReadLesson(lesson->courseId, lesson->id, lesson->freePreview))
        return reject(QStringLiteral("not_found"), QStringLiteral("No such lesson to study."));
    p.speedPercent = int(std::lround(speed * 100));
    const qint64 durationMs = qint64(std::max(lesson->durationSeconds, 0)) * 1000;
    if (durationMs > 0)
        p.positionMs = std::min(p.positionMs, durationMs);
    MediaStorage &m = *m_storage.media();
    media::Ranges merged = clampedTo(*watched, durationMs);
    if (const std::optional<LearningProgress> before = m.progress(caller.user.id, p.lessonId)) {
        merged = media::unite(
            merged, clampedTo(media::rangesFromJson(
                                  QJsonDocument::fromJson(before->watched.toUtf8()).array())
                                  .value_or(media::Ranges{}),
                              durationMs));
        if (before->updatedAt > p.updatedAt) { // an older report: its ranges only
            p.positionMs = before->positionMs;
            p.speedPercent = before->speedPercent;
            p.updatedAt = before->updatedAt;
        }
    }
    p.watched =
        QString::fromUtf8(QJsonDocument(media::toJson(merged)).toJson(QJsonDocument::Compact));
    p.percent = media::percentWatched(merged, durationMs);
    m.putProgress(caller.user.id, p);
    return {0, {}, {}, {}};
}

MutationService::Outcome MutationService::notePut(const Caller &caller,
                                                  const Visibility &visibility,
                                                  const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kNotePut));
    LessonNote n;
    n.id = r.id(QLatin1StringView("id"));
    n.lessonId = r.id(QLatin1StringView("lesson_id"));
    n.atMs = r.integer(QLatin1StringView("at_ms"));
    n.body = r.string(QLatin1StringView("body"));
    n.updatedAt = r.integer(QLatin1StringView("updated_at"));
    if (r.ok() && !mutations::isTextWithin(n.body, mutations::kMaxNoteBody))
        r.fail(QLatin1StringView("body"),
               QStringLiteral("must have 1 to %1 characters").arg(mutations::kMaxNoteBody));
    if (r.ok() && n.atMs < 0)
        r.fail(QLatin1StringView("at_ms"), QStringLiteral("must not be negative"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    const std::optional<Lesson> lesson = m_storage.lessonById(n.lessonId);
    if (!lesson || !visibility.canReadLesson(lesson->courseId, lesson->id, lesson->freePreview))
        return reject(QStringLiteral("not_found"), QStringLiteral("No such lesson to study."));
    MediaStorage &m = *m_storage.media();
    if (const std::optional<LessonNote> before = m.noteById(n.id)) {
        if (before->userId != caller.user.id)
            return reject(QStringLiteral("forbidden"), QStringLiteral("Not your note."));
        if (before->updatedAt > n.updatedAt)
            return {0, {}, {}, {}}; // a newer edit is there already
    }
    n.userId = caller.user.id;
    m.putNote(n);
    return {0, {}, {}, {}};
}

MutationService::Outcome MutationService::noteDelete(const Caller &caller,
                                                     const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kNoteDelete));
    const QString id = r.id(QLatin1StringView("id"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    MediaStorage &m = *m_storage.media();
    std::optional<LessonNote> note = m.noteById(id);
    if (!note)
        return {0, {}, {}, {}}; // never arrived: nothing to delete
    if (note->userId != caller.user.id)
        return reject(QStringLiteral("forbidden"), QStringLiteral("Not your note."));
    note->deleted = true;
    note->body.clear();
    note->updatedAt = std::max(note->updatedAt, m_clock.nowMs());
    m.putNote(*note);
    return {0, {}, {}, {}};
}

} // namespace lyceum::server

#include "server/studio/studio_service.h"

#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/log.h"
#include "server/media/media_storage.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum::server {

namespace {

constexpr int kMaxOutline = 200;
constexpr qint64 kMaxScheduleAheadMs = 366LL * 24 * 3600 * 1000;

StudioService::Outcome refuse(QString code, QString message) {
    return {0, std::move(code), std::move(message), {}};
}

QString compactText(const QJsonValue &v) {
    return v.isObject()
               ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
           : v.isArray()
               ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
               : QString();
}

// title and body, checked the same way for every kind.
bool readText(JsonReader &r, QString *title, QString *body, bool bodyRequired) {
    *title = r.string(QLatin1StringView("title")).trimmed();
    *body = r.optionalString(QLatin1StringView("body"));
    if (r.ok() && !mutations::isTextWithin(*title, mutations::kMaxTitleLength))
        r.fail(QLatin1StringView("title"),
               QStringLiteral("must be 1 to %1 characters").arg(mutations::kMaxTitleLength));
    if (r.ok() && (mutations::characterCount(*body) > mutations::kMaxPostBody ||
                   (bodyRequired && body->trimmed().isEmpty())))
        r.fail(QLatin1StringView("body"),
               (bodyRequired ? QStringLiteral("must be 1 to %1 characters")
                             : QStringLiteral("must be at most %1 characters"))
                   .arg(mutations::kMaxPostBody));
    return r.ok();
}

QString conflictMessage(qint64 serverUpdatedAt) {
    return QStringLiteral("The published version changed at %1 since this draft was based on it; "
                          "compare the two versions and publish again.")
        .arg(serverUpdatedAt);
}

QString firstLine(const QString &markdown) {
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        QString t = line.trimmed();
        while (t.startsWith(QLatin1Char('#')))
            t.remove(0, 1);
        t = t.trimmed();
        if (!t.isEmpty())
            return t.left(200);
    }
    return {};
}

} // namespace

StudioService::StudioService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

StudioService::Outcome StudioService::publish(const User &user, const QJsonObject &args) {
    if (const Verdict refusal = m_rules.mayAttempt(user, Action::PublishDraft))
        return refuse(refusal->code, refusal->message);
    JsonReader r(args, QString(mutations::kDraftPublish));
    const QString draftId = r.id(QLatin1StringView("draft_id"));
    const qint64 publishAt = r.optionalInteger(QLatin1StringView("publish_at"));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    const qint64 now = m_clock.nowMs();
    if (publishAt <= now)
        return publishNow(user, args);
    // What can only be known then (the place still exists, nobody edited the item meanwhile)
    // is checked at publish_at; a refusal then is kept with the schedule for the creator.
    const QString kind = args.value(QLatin1StringView("kind")).toString();
    if (!QStringList{QStringLiteral("course"), QStringLiteral("lesson"), QStringLiteral("post"),
                     QStringLiteral("announcement")}
             .contains(kind))
        return refuse(QStringLiteral("invalid_field"),
                      QStringLiteral("draft.publish: kind must be course, lesson, post or "
                                     "announcement"));
    if (!isValidId(args.value(QLatin1StringView("item_id")).toString()))
        return refuse(QStringLiteral("invalid_field"),
                      QStringLiteral("draft.publish: item_id must be a valid id"));
    if (publishAt > now + kMaxScheduleAheadMs)
        return refuse(QStringLiteral("invalid_field"),
                      QStringLiteral("draft.publish: publish_at must be within a year"));
    StudioStorage &studio = *m_storage.studio();
    if (const std::optional<ScheduledPublication> existing = studio.scheduled(draftId);
        existing && existing->userId != user.id)
        return refuse(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
    ScheduledPublication s;
    s.id = draftId;
    s.userId = user.id;
    s.draftId = draftId;
    QJsonObject stored = args;
    stored.remove(QStringLiteral("publish_at"));
    s.args = compactText(stored);
    s.publishAt = publishAt;
    s.state = QStringLiteral("pending");
    s.createdAt = now;
    studio.putScheduled(s);
    return {0, {}, {}, QJsonObject{{QStringLiteral("scheduled_at"), publishAt}}};
}

StudioService::Outcome StudioService::publishNow(const User &user, const QJsonObject &args) {
    const QString kind = args.value(QLatin1StringView("kind")).toString();
    if (kind == QLatin1String("course"))
        return publishCourse(user, args);
    if (kind == QLatin1String("lesson"))
        return publishLesson(user, args);
    if (kind == QLatin1String("post") || kind == QLatin1String("announcement"))
        return publishThread(user, args, kind == QLatin1String("announcement"));
    return refuse(QStringLiteral("invalid_field"),
                  QStringLiteral("draft.publish: kind must be course, lesson, post or "
                                 "announcement"));
}

StudioService::Outcome StudioService::publishCourse(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kDraftPublish));
    const QString id = r.id(QLatin1StringView("item_id"));
    const bool edit = r.optionalBoolean(QLatin1StringView("edit"));
    const qint64 base = r.optionalInteger(QLatin1StringView("base_updated_at"));
    const qint64 price = r.optionalInteger(QLatin1StringView("price"));
    const QString spaceId = r.optionalId(QLatin1StringView("space_id"));
    QString title, body;
    readText(r, &title, &body, false);
    const QJsonArray outline = args.value(QLatin1StringView("outline")).toArray();
    if (r.ok() && (price < 0 || price > 100000000))
        r.fail(QLatin1StringView("price"), QStringLiteral("must be 0 to 100000000 minor units"));
    if (r.ok() && outline.size() > kMaxOutline)
        r.fail(QLatin1StringView("outline"), QStringLiteral("may list at most 200 lessons"));
    for (const QJsonValue &v : outline) {
        const QJsonObject o = v.toObject();
        const QString t = o.value(QLatin1StringView("title")).toString().trimmed();
        if (r.ok() && (!isValidId(o.value(QLatin1StringView("id")).toString()) || t.isEmpty() ||
                       t.size() > mutations::kMaxTitleLength))
            r.fail(QLatin1StringView("outline"),
                   QStringLiteral("each lesson needs a valid id and a title of 1 to 200 "
                                  "characters"));
    }
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    if (!spaceId.isEmpty() && !m_storage.spaceById(spaceId))
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such space."));

    StudioStorage &studio = *m_storage.studio();
    const qint64 now = m_clock.nowMs();
    std::optional<Course> course = m_storage.courseById(id);
    if (edit) {
        if (!course)
            return refuse(QStringLiteral("not_found"), QStringLiteral("No such course to edit."));
        if (m_rules.check(user, Action::PublishDraft, Target::ownedBy(course->creatorId)))
            return refuse(QStringLiteral("forbidden"),
                          QStringLiteral("Only the course's creator can edit it."));
        if (course->updatedAt != base)
            return {0, QStringLiteral("publish_conflict"), conflictMessage(course->updatedAt), {}};
    } else {
        if (course)
            return refuse(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
        course = Course{};
        course->id = id;
        course->creatorId = user.id;
        course->createdAt = now;
        course->spaceId = spaceId;
    }
    course->title = title;
    course->description = body;
    const QString summary = args.value(QLatin1StringView("summary")).toString().trimmed();
    course->summary =
        summary.isEmpty() ? firstLine(body) : summary.left(mutations::kMaxTitleLength);
    course->price = price;
    course->published = true;
    course->updatedAt = std::max(now, course->updatedAt + 1);
    const qint64 seq = studio.putCourse(*course);
    qint64 last = seq;
    int position = studio.lessonsOf(id).size();
    for (const QJsonValue &v : outline) {
        const QJsonObject o = v.toObject();
        const QString lessonId = o.value(QLatin1StringView("id")).toString();
        if (m_storage.lessonById(lessonId))
            continue; // already published from an earlier outline
        Lesson l;
        l.id = lessonId;
        l.courseId = id;
        l.position = ++position;
        l.title = o.value(QLatin1StringView("title")).toString().trimmed();
        l.freePreview = o.value(QLatin1StringView("free_preview")).toBool();
        l.createdAt = now;
        l.updatedAt = now;
        last = studio.putLesson(l);
    }
    return {last, {}, {}, QJsonObject{{QStringLiteral("item_id"), id}}};
}

StudioService::Outcome StudioService::publishLesson(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kDraftPublish));
    const QString id = r.id(QLatin1StringView("item_id"));
    const QString courseId = r.id(QLatin1StringView("course_id"));
    const bool edit = r.optionalBoolean(QLatin1StringView("edit"));
    const qint64 base = r.optionalInteger(QLatin1StringView("base_updated_at"));
    const bool freePreview = r.optionalBoolean(QLatin1StringView("free_preview"));
    const QString videoAsset = r.optionalId(QLatin1StringView("video_asset_id"));
    QString title, body;
    readText(r, &title, &body, false);
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    const std::optional<Course> course = m_storage.courseById(courseId);
    if (!course)
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such course."));
    if (m_rules.check(user, Action::PublishDraft, Target::ownedBy(course->creatorId)))
        return refuse(QStringLiteral("forbidden"),
                      QStringLiteral("Only the course's creator can publish its lessons."));
    StudioStorage &studio = *m_storage.studio();
    const qint64 now = m_clock.nowMs();
    std::optional<Lesson> lesson = m_storage.lessonById(id);
    if (edit) {
        if (!lesson || lesson->courseId != courseId)
            return refuse(QStringLiteral("not_found"), QStringLiteral("No such lesson to edit."));
        if (lesson->updatedAt != base)
            return {0, QStringLiteral("publish_conflict"), conflictMessage(lesson->updatedAt), {}};
    } else {
        if (lesson)
            return refuse(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
        lesson = Lesson{};
        lesson->id = id;
        lesson->courseId = courseId;
        lesson->position = studio.lessonsOf(courseId).size() + 1;
        lesson->createdAt = now;
    }
    if (!videoAsset.isEmpty()) {
        const std::optional<MediaAsset> asset = m_storage.media()->assetById(videoAsset);
        if (!asset || asset->ownerId != user.id)
            return refuse(QStringLiteral("not_found"), QStringLiteral("No such uploaded video."));
        lesson->videoAssetId = videoAsset;
        lesson->durationSeconds = int(asset->durationMs / 1000);
    }
    lesson->title = title;
    lesson->body = body;
    lesson->freePreview = freePreview;
    lesson->updatedAt = std::max(now, lesson->updatedAt + 1);
    return {studio.putLesson(*lesson), {}, {}, QJsonObject{{QStringLiteral("item_id"), id}}};
}

StudioService::Outcome StudioService::publishThread(const User &user, const QJsonObject &args,
                                                    bool announcement) {
    JsonReader r(args, QString(mutations::kDraftPublish));
    Thread t;
    t.id = r.id(QLatin1StringView("item_id"));
    const QString postId = r.id(QLatin1StringView("first_post_id"));
    t.spaceId = r.optionalId(QLatin1StringView("space_id"));
    t.courseId = r.optionalId(QLatin1StringView("course_id"));
    QString body;
    readText(r, &t.title, &body, true);
    if (r.ok() && args.value(QLatin1StringView("edit")).toBool())
        r.fail(QLatin1StringView("edit"),
               QStringLiteral("posts are edited in their thread, not republished"));
    if (r.ok() && t.spaceId.isEmpty() == t.courseId.isEmpty())
        r.fail(QLatin1StringView("space_id"),
               QStringLiteral("(or course_id): exactly one place is required"));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    if (!t.spaceId.isEmpty() && !m_storage.spaceById(t.spaceId))
        return refuse(QStringLiteral("not_found"), QStringLiteral("No such space."));
    // A post from the studio starts a thread like any other: the space's rules apply.
    if (!t.spaceId.isEmpty()) {
        if (const Verdict refusal =
                m_rules.check(user, Action::StartThread, Target::space(t.spaceId)))
            return refuse(refusal->code, refusal->message);
    }
    if (!t.courseId.isEmpty()) {
        const std::optional<Course> course = m_storage.courseById(t.courseId);
        if (!course)
            return refuse(QStringLiteral("not_found"), QStringLiteral("No such course."));
        if (m_rules.check(user, Action::PublishDraft, Target::ownedBy(course->creatorId)))
            return refuse(QStringLiteral("forbidden"),
                          QStringLiteral("Only the course's creator can post in it from the "
                                         "studio."));
    }
    if (m_storage.threadById(t.id) || m_storage.postById(postId))
        return refuse(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
    const qint64 now = m_clock.nowMs();
    t.authorId = user.id;
    t.pinned = announcement;
    t.postCount = 1;
    t.createdAt = now;
    t.lastActivityAt = now;
    m_storage.putThread(t);
    Post p;
    p.id = postId;
    p.threadId = t.id;
    p.authorId = user.id;
    p.body = body;
    p.createdAt = now;
    return {m_storage.putPost(p), {}, {}, QJsonObject{{QStringLiteral("item_id"), t.id}}};
}

StudioService::Outcome StudioService::cancelSchedule(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kScheduleCancel));
    const QString id = r.id(QLatin1StringView("draft_id"));
    if (!r.ok())
        return refuse(QStringLiteral("invalid_field"), r.error());
    StudioStorage &studio = *m_storage.studio();
    std::optional<ScheduledPublication> s = studio.scheduled(id);
    if (!s || s->userId != user.id)
        return refuse(QStringLiteral("not_found"), QStringLiteral("Nothing is scheduled."));
    if (s->state != QLatin1String("pending"))
        return refuse(QStringLiteral("already_done"),
                      QStringLiteral("It was already %1.").arg(s->state));
    s->state = QStringLiteral("cancelled");
    s->doneAt = m_clock.nowMs();
    studio.putScheduled(*s);
    return {};
}

int StudioService::publishDue() {
    // One instance at a time (Storage::tryLockJob): two would both find the same item due.
    const JobLock job(m_storage, QStringLiteral("publish-due"));
    if (!job.held())
        return 0;
    StudioStorage &studio = *m_storage.studio();
    const QVector<ScheduledPublication> due = studio.scheduledDue(m_clock.nowMs());
    int published = 0;
    for (ScheduledPublication s : due) {
        const std::optional<User> user = m_storage.userById(s.userId);
        QJsonObject args = QJsonDocument::fromJson(s.args.toUtf8()).object();
        Outcome outcome;
        {
            Transaction tx(m_storage);
            // The author's rights now, not when it was scheduled.
            const Verdict refusal =
                user ? m_rules.mayAttempt(*user, Action::PublishDraft)
                     : Verdict(ApiError::notFound(QStringLiteral("No such user.")));
            outcome = refusal ? refuse(refusal->code, refusal->message) : publishNow(*user, args);
            if (outcome.code.isEmpty())
                tx.commit();
        }
        Transaction tx(m_storage);
        s.state = outcome.code.isEmpty() ? QStringLiteral("published") : QStringLiteral("failed");
        s.errorCode = outcome.code;
        s.errorMessage = outcome.message;
        s.doneAt = m_clock.nowMs();
        studio.putScheduled(s);
        tx.commit();
        if (outcome.code.isEmpty())
            ++published;
        else
            qCInfo(lcServer) << "scheduled publication" << s.id << "refused:" << outcome.code;
    }
    return published;
}

QJsonObject StudioService::schedules(const Caller &caller) {
    QJsonArray list;
    for (const ScheduledPublication &s : m_storage.studio()->scheduledOf(caller.user.id)) {
        const QJsonObject args = QJsonDocument::fromJson(s.args.toUtf8()).object();
        QJsonObject o{{QStringLiteral("draft_id"), s.draftId},
                      {QStringLiteral("kind"), args.value(QLatin1StringView("kind"))},
                      {QStringLiteral("title"), args.value(QLatin1StringView("title"))},
                      {QStringLiteral("item_id"), args.value(QLatin1StringView("item_id"))},
                      {QStringLiteral("publish_at"), s.publishAt},
                      {QStringLiteral("state"), s.state},
                      {QStringLiteral("done_at"), s.doneAt}};
        if (!s.errorCode.isEmpty())
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), s.errorCode},
                                 {QStringLiteral("message"), s.errorMessage}});
        list.append(o);
    }
    return {{QStringLiteral("scheduled"), list}};
}

} // namespace lyceum::server

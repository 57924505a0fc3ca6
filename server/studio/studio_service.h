// The creator studio on the server (docs/studio.md): publishing a draft as a course, a lesson,
// a post or an announcement (now or at a scheduled time, refused when the published item
// changed since the draft was based on it), drafts synced between a creator's devices with
// both versions kept when two devices edited offline, and creator analytics computed from
// what the creator may see: their own courses' sales, enrolments, lesson progress and
// discussion, in aggregate (never a learner's identity).
#pragma once

#include "server/api_error.h"
#include "server/policy/rule_book.h"
#include "server/studio/studio_storage.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;
struct Caller;

class StudioService {
public:
    StudioService(Storage &storage, const Clock &clock);

    // What a mutation did: applied (code empty, with seq and extra answer fields) or refused.
    struct Outcome {
        qint64 seq = 0;
        QString code;
        QString message;
        QJsonObject extra;
    };

    // draft.publish: publishes now, or records a schedule when publish_at is in the future.
    // Call inside a transaction.
    Outcome publish(const User &user, const QJsonObject &args);
    Outcome cancelSchedule(const User &user, const QJsonObject &args); // schedule.cancel
    Outcome putDraft(const User &user, const QJsonObject &args);       // draft.put
    Outcome deleteDraft(const User &user, const QJsonObject &args);    // draft.delete

    // Carries out the schedules due by now, each in its own transaction; the number published.
    // The rule book is asked with the author as actor as each runs: a schedule of an author
    // banned (or no longer a creator) since is refused and recorded as failed.
    int publishDue();

    // GET /studio/drafts, GET /studio/scheduled.
    QJsonObject drafts(const Caller &caller);
    QJsonObject schedules(const Caller &caller);
    // GET /studio/analytics?course=ID&utc_offset_min=N (no course: all the creator's courses).
    // &from=YYYY-MM-DD&to=YYYY-MM-DD (days in the caller's offset, inclusive; empty: all time).
    ApiResult<QJsonObject> analytics(const Caller &caller, const QString &courseId,
                                     int utcOffsetMinutes, const QString &from = {},
                                     const QString &to = {});

    // PUT /media/images?id=ID with the image's bytes (PNG, JPEG, GIF or WebP; creators and
    // admins): stored once; the same bytes again are accepted, other bytes under that id not.
    ApiResult<QJsonObject> putImage(const Caller &caller, const QString &id,
                                    const QByteArray &bytes);
    // GET /media/images?id=ID (any signed-in user: published text refers to it).
    ApiResult<StudioImage> image(const QString &id);
    // An image id belongs to the first creator whose text references it (lyceum-image:ID in
    // any string of an applied mutation's args) or who uploads it, before its bytes arrive:
    // nobody else can fill it. Users who may not add images claim nothing.
    void claimImagesIn(const User &user, const QJsonObject &args);

private:
    Outcome publishNow(const User &user, const QJsonObject &args);
    Outcome publishCourse(const User &user, const QJsonObject &args);
    Outcome publishLesson(const User &user, const QJsonObject &args);
    Outcome publishThread(const User &user, const QJsonObject &args, bool announcement);

    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
};

} // namespace lyceum::server

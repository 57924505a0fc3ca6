// Every mutation of POST /api/v1/mutations (docs/protocol.md, "Push"), defined once for both
// sides: its wire name, its limits and, for the discussion mutations, its argument codec.
//
// The client's optimistic apply (core/outbox/local_mutations.cpp), the outbox and the server's
// dispatch (server/mutations/) all use these names and decoders, so a rule cannot be one thing
// on the device and another on the server: an argument the server would refuse is refused
// before it is queued, with the same sentence. Decoders never trust their input (a missing or
// mistyped field, an invalid id, an over-long text are a Validation CoreError naming the field)
// and clean text the way the server's HTTP layer does (text/unsafe_chars.h), so a body made only
// of control or bidi-override characters is empty on both sides.
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace lyceum::mutations {

// --- names ----------------------------------------------------------------------------------
inline constexpr QLatin1StringView kThreadCreate("thread.create");
inline constexpr QLatin1StringView kPostCreate("post.create");
inline constexpr QLatin1StringView kPostEdit("post.edit");
inline constexpr QLatin1StringView kPostDelete("post.delete");
inline constexpr QLatin1StringView kReactionAdd("reaction.add");
inline constexpr QLatin1StringView kReactionRemove("reaction.remove");
inline constexpr QLatin1StringView kReportCreate("report.create");
inline constexpr QLatin1StringView kModerationAct("moderation.act");
inline constexpr QLatin1StringView kModerationUndo("moderation.undo");
inline constexpr QLatin1StringView kSpaceRules("space.rules");
inline constexpr QLatin1StringView kFilterPut("filter.put");
inline constexpr QLatin1StringView kFilterDelete("filter.delete");
inline constexpr QLatin1StringView kHeldDecide("held.decide");
inline constexpr QLatin1StringView kAppealCreate("appeal.create");
inline constexpr QLatin1StringView kAppealDecide("appeal.decide");
inline constexpr QLatin1StringView kMemberDecide("member.decide");
inline constexpr QLatin1StringView kCommunitySettings("community.settings");
inline constexpr QLatin1StringView kReviewPut("review.put");
inline constexpr QLatin1StringView kReviewReply("review.reply");
inline constexpr QLatin1StringView kReviewHelpful("review.helpful");
inline constexpr QLatin1StringView kProgressPut("progress.put");
inline constexpr QLatin1StringView kNotePut("note.put");
inline constexpr QLatin1StringView kNoteDelete("note.delete");
inline constexpr QLatin1StringView kDraftPut("draft.put");
inline constexpr QLatin1StringView kDraftDelete("draft.delete");
inline constexpr QLatin1StringView kDraftPublish("draft.publish");
inline constexpr QLatin1StringView kScheduleCancel("schedule.cancel");
// What a course's creator sets to sell it (server/commerce/creator_money.h).
inline constexpr QLatin1StringView kCoursePrice("course.price");
inline constexpr QLatin1StringView kCouponPut("coupon.put");
inline constexpr QLatin1StringView kCouponDisable("coupon.disable");
inline constexpr QLatin1StringView kLessonDrip("lesson.drip");
inline constexpr QLatin1StringView kAssignmentPut("assignment.put");
inline constexpr QLatin1StringView kAssignmentSubmit("assignment.submit");
inline constexpr QLatin1StringView kAssignmentReview("assignment.review");

// --- limits (characters are Unicode code points: an emoji counts once) ----------------------
inline constexpr int kMaxTitleLength = 200; // a thread's or a draft's title
inline constexpr int kMaxPostBody = 20000;  // a post's body, a draft's body
inline constexpr int kMaxNoteBody = 5000;   // a learner's note on a lesson
inline constexpr int kMaxReportNote = 1000; // a report's and a moderation action's note
inline constexpr int kMaxModerationReason = 100;
inline constexpr int kMaxAppealNote = 1000; // an appeal's note

qsizetype characterCount(const QString &s);
// Trimmed non-empty and at most max characters.
bool isTextWithin(const QString &s, qsizetype max);

// --- argument codecs ------------------------------------------------------------------------
// toJson() writes what the outbox sends; fromJson() is what both sides accept. A value that
// came from fromJson() passes fromJson() again unchanged.

struct ThreadCreateArgs {
    QString id;
    QString title;
    ThreadKind kind = ThreadKind::Discussion;
    QString body;
    QString firstPostId;
    QString spaceId; // exactly one of space, course, lesson
    QString courseId;
    QString lessonId;

    QJsonObject toJson() const;
    static Result<ThreadCreateArgs> fromJson(const QJsonObject &args);
};

struct PostCreateArgs {
    QString id;
    QString threadId;
    QString parentId; // empty: a reply to the thread
    QString body;

    QJsonObject toJson() const;
    static Result<PostCreateArgs> fromJson(const QJsonObject &args);
};

struct PostEditArgs {
    QString id;
    QString body;
    qint64 baseEditedAt = -1; // the edited_at the edit was made on; -1: absent (no check)

    QJsonObject toJson() const;
    static Result<PostEditArgs> fromJson(const QJsonObject &args);
};

struct PostDeleteArgs {
    QString id;

    QJsonObject toJson() const;
    static Result<PostDeleteArgs> fromJson(const QJsonObject &args);
};

// reaction.add and reaction.remove.
struct ReactionArgs {
    QString postId;
    QString emoji; // one of the allowed reactions (emojiKey)

    QJsonObject toJson() const;
    static Result<ReactionArgs> fromJson(QLatin1StringView type, const QJsonObject &args);
};

} // namespace lyceum::mutations

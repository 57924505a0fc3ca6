#include "server/mutations/mutation_service.h"

#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "domain/mutation_defs_saved.h"
#include "learning/certificate_mutations.h"
#include "learning/challenge_rules.h"
#include "learning/quiz_domain.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/learning/quiz_service.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"
#include "server/studio/studio_outline.h"
#include "server/studio/studio_service.h"
#include "server/sync/visibility.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum::server {

MutationService::MutationService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

ApiResult<QJsonObject> MutationService::apply(const Caller &caller, const QJsonObject &request) {
    const QJsonValue clientValue = request.value(QLatin1StringView("client_id"));
    const QJsonValue listValue = request.value(QLatin1StringView("mutations"));
    if (clientValue.isUndefined() || listValue.isUndefined())
        return ApiError::badRequest(QStringLiteral("missing_field"),
                                    QStringLiteral("client_id and mutations are required."));
    const QString clientId = clientValue.toString();
    if (!clientValue.isString() || clientId.isEmpty() || clientId.size() > 128)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("client_id must be a string of 1 to 128 "
                                                   "characters."));
    if (!listValue.isArray())
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("mutations must be an array."));
    const QJsonArray list = listValue.toArray();
    if (list.size() > kMaxMutationsPerRequest)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("At most 100 mutations fit in one request."));
    // Check every envelope before applying anything, so a 400 means nothing was decided.
    for (const QJsonValue &item : list) {
        const QJsonObject m = item.toObject();
        const QJsonValue id = m.value(QLatin1StringView("id"));
        const QJsonValue type = m.value(QLatin1StringView("type"));
        const QJsonValue args = m.value(QLatin1StringView("args"));
        if (!item.isObject() || id.isUndefined() || type.isUndefined() || args.isUndefined())
            return ApiError::badRequest(QStringLiteral("missing_field"),
                                        QStringLiteral("Each mutation needs id, type and args."));
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 128 ||
            !type.isString() || !args.isObject())
            return ApiError::badRequest(
                QStringLiteral("invalid_field"),
                QStringLiteral("A mutation's id and type must be strings and args an object."));
    }

    const Visibility visibility = Visibility::forCaller(m_storage, caller, m_clock.nowMs());
    QJsonArray results;
    for (const QJsonValue &item : list) {
        const QJsonObject m = item.toObject();
        const QString mutationId = m.value(QLatin1StringView("id")).toString();
        std::optional<Transaction> tx(std::in_place, m_storage);
        if (const std::optional<QByteArray> first =
                m_storage.mutationResult(caller.user.id, clientId, mutationId)) {
            tx->commit();
            QJsonObject previous = QJsonDocument::fromJson(*first).object();
            previous.insert(QStringLiteral("duplicate"), true);
            results.append(previous);
            continue;
        }
        const Outcome outcome =
            applyOne(caller, visibility, m.value(QLatin1StringView("type")).toString(),
                     m.value(QLatin1StringView("args")).toObject());
        QJsonObject result{{QStringLiteral("id"), mutationId}};
        if (outcome.code.isEmpty()) {
            // Image ids named by an applied text are its author's from now on.
            StudioService(m_storage, m_clock)
                .claimImagesIn(caller.user, m.value(QLatin1StringView("args")).toObject());
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            result.insert(QStringLiteral("seq"), outcome.seq);
            for (auto it = outcome.extra.begin(); it != outcome.extra.end(); ++it)
                result.insert(it.key(), it.value());
        } else {
            // Nothing of a rejected mutation may stay; only its record.
            tx.reset();
            tx.emplace(m_storage);
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), outcome.code},
                                      {QStringLiteral("message"), outcome.message}});
        }
        m_storage.recordMutation(clientId, mutationId, caller.user.id,
                                 QJsonDocument(result).toJson(QJsonDocument::Compact),
                                 m_clock.nowMs());
        tx->commit();
        results.append(result);
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

const QVector<MutationService::MutationType> &MutationService::mutationTypes() {
    // Every mutation type and the action it is checked as, in one table: a type is only
    // reachable through this table, so none can be added without its action.
    using V = const Visibility &;
    using A = const QJsonObject &;
    static const QVector<MutationType> types{
        {mutations::kProgressPut, Action::RecordProgress,
         [](MutationService &m, const Caller &c, V v, A a) { return m.progressPut(c, v, a); }},
        {mutations::kNotePut, Action::KeepNotes,
         [](MutationService &m, const Caller &c, V v, A a) { return m.notePut(c, v, a); }},
        {mutations::kNoteDelete, Action::KeepNotes,
         [](MutationService &m, const Caller &c, V, A a) { return m.noteDelete(c, a); }},
        {mutations::kDraftPut, Action::KeepDrafts,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, mutations::kDraftPut, a);
         }},
        {mutations::kDraftDelete, Action::KeepDrafts,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, mutations::kDraftDelete, a);
         }},
        {mutations::kDraftPublish, Action::PublishDraft,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, mutations::kDraftPublish, a);
         }},
        {mutations::kScheduleCancel, Action::CancelSchedule,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, mutations::kScheduleCancel, a);
         }},
        // Arranging a course is part of publishing it: creators, on their own courses.
        {mutations::kCourseOutline, Action::PublishDraft,
         [](MutationService &m, const Caller &c, V, A a) {
             const StudioService::Outcome o =
                 OutlineService(m.m_storage, m.m_clock).apply(c.user, a);
             return Outcome{o.seq, o.code, o.message, o.extra};
         }},
        {mutations::kThreadCreate, Action::StartThread,
         [](MutationService &m, const Caller &c, V v, A a) { return m.threadCreate(c, v, a); }},
        {mutations::kPostCreate, Action::Reply,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postCreate(c, v, a); }},
        {mutations::kPostEdit, Action::EditOwnPost,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postEdit(c, v, a); }},
        {mutations::kPostDelete, Action::DeletePost,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postDelete(c, v, a); }},
        {mutations::kReactionAdd, Action::React,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reaction(c, v, a, true); }},
        {mutations::kReactionRemove, Action::React,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reaction(c, v, a, false); }},
        {mutations::kReportCreate, Action::Report,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reportCreate(c, v, a); }},
        {mutations::kModerationAct, Action::ResolveReport,
         [](MutationService &m, const Caller &c, V v, A a) { return m.moderationAct(c, v, a); }},
        {mutations::kModerationUndo, Action::UndoModeration,
         [](MutationService &m, const Caller &c, V, A a) { return m.moderationUndo(c, a); }},
        {mutations::kSpaceRules, Action::SetSpaceRules,
         [](MutationService &m, const Caller &c, V, A a) { return m.spaceRules(c, a); }},
        {mutations::kFilterPut, Action::ManageFilters,
         [](MutationService &m, const Caller &c, V, A a) { return m.filterPut(c, a); }},
        {mutations::kFilterDelete, Action::ManageFilters,
         [](MutationService &m, const Caller &c, V, A a) { return m.filterDelete(c, a); }},
        {mutations::kHeldDecide, Action::DecideHeld,
         [](MutationService &m, const Caller &c, V, A a) { return m.heldDecide(c, a); }},
        {mutations::kAppealCreate, Action::Appeal,
         [](MutationService &m, const Caller &c, V, A a) { return m.appealCreate(c, a); }},
        {mutations::kAppealDecide, Action::DecideAppeal,
         [](MutationService &m, const Caller &c, V, A a) { return m.appealDecide(c, a); }},
        {mutations::kMemberDecide, Action::ManageMembers,
         [](MutationService &m, const Caller &c, V, A a) { return m.memberDecide(c, a); }},
        {mutations::kCommunitySettings, Action::ManageMembers,
         [](MutationService &m, const Caller &c, V, A a) { return m.communitySettings(c, a); }},
        {mutations::kReviewPut, Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewPut(c, v, a); }},
        {mutations::kReviewReply, Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewReply(c, v, a); }},
        {mutations::kReviewHelpful, Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewHelpful(c, v, a); }},
        {mutations::kCoursePrice, Action::ManageCourseMoney,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.creatorMoney(c, mutations::kCoursePrice, a);
         }},
        {mutations::kCouponPut, Action::ManageCourseMoney,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.creatorMoney(c, mutations::kCouponPut, a);
         }},
        {mutations::kCouponDisable, Action::ManageCourseMoney,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.creatorMoney(c, mutations::kCouponDisable, a);
         }},
        {mutations::kLessonDrip, Action::ManageCourseMoney,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.creatorMoney(c, mutations::kLessonDrip, a);
         }},
        {mutations::kLessonDone, Action::RecordProgress,
         [](MutationService &m, const Caller &c, V v, A a) {
             return m.certificates(c, v, mutations::kLessonDone, a);
         }},
        {mutations::kCertificateRevoke, Action::RevokeCertificate,
         [](MutationService &m, const Caller &c, V v, A a) {
             return m.certificates(c, v, mutations::kCertificateRevoke, a);
         }},
        // Quizzes (server/learning/): writing one publishes it to learners; an attempt is the
        // learner's own progress. What depends on the course is asked by QuizService.
        {mutations::kQuizPut, Action::PublishDraft,
         [](MutationService &m, const Caller &c, V, A a) {
             const QuizService::Outcome o = QuizService(m.m_storage, m.m_clock).put(c, a);
             return Outcome{0, o.code, o.message, o.extra};
         }},
        {mutations::kQuizAttempt, Action::RecordProgress,
         [](MutationService &m, const Caller &c, V v, A a) {
             const QuizService::Outcome o = QuizService(m.m_storage, m.m_clock).attempt(c, v, a);
             return Outcome{0, o.code, o.message, o.extra};
         }},
        {mutations::kAssignmentPut, Action::SetAssignment,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.assignment(c, mutations::kAssignmentPut, a);
         }},
        {mutations::kAssignmentSubmit, Action::SubmitAssignment,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.assignment(c, mutations::kAssignmentSubmit, a);
         }},
        {mutations::kAssignmentReview, Action::ReviewAssignment,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.assignment(c, mutations::kAssignmentReview, a);
         }},
        {challenges::kPut, Action::ManageChallenges,
         [](MutationService &m, const Caller &c, V v, A a) {
             return m.challenge(c, v, challenges::kPut, a);
         }},
        {challenges::kClose, Action::ManageChallenges,
         [](MutationService &m, const Caller &c, V v, A a) {
             return m.challenge(c, v, challenges::kClose, a);
         }},
        {challenges::kCheckIn, Action::CheckIn,
         [](MutationService &m, const Caller &c, V v, A a) {
             return m.challenge(c, v, challenges::kCheckIn, a);
         }},
        {mutations::kSavedAdd, Action::SavePosts,
         [](MutationService &m, const Caller &c, V v, A a) { return m.savedPost(c, v, a, true); }},
        {mutations::kSavedRemove, Action::SavePosts,
         [](MutationService &m, const Caller &c, V v, A a) { return m.savedPost(c, v, a, false); }},
    };
    return types;
}

QVector<QPair<QString, Action>> MutationService::declaredActions() {
    QVector<QPair<QString, Action>> out;
    for (const MutationType &t : mutationTypes())
        out.append({QString(t.name), t.action});
    return out;
}

MutationService::Outcome MutationService::applyOne(const Caller &caller,
                                                   const Visibility &visibility,
                                                   const QString &type, const QJsonObject &args) {
    for (const MutationType &t : mutationTypes()) {
        if (type != t.name)
            continue;
        // What the caller may attempt at all (role, ban); what depends on the target (a
        // space's rules, ownership, rank) is asked by the handler once it knows the target.
        if (const Verdict refusal = m_rules.mayAttempt(caller.user, t.action))
            return reject(refusal->code, refusal->message);
        return t.apply(*this, caller, visibility, args);
    }
    return reject(QStringLiteral("invalid_field"),
                  QStringLiteral("Unknown mutation type \"%1\".").arg(type));
}

QString MutationService::threadScope(const QString &courseId, const QString &lessonId) {
    if (!courseId.isEmpty())
        return courseId;
    if (!lessonId.isEmpty()) {
        if (const std::optional<Lesson> lesson = m_storage.lessonById(lessonId))
            return lesson->courseId;
    }
    return {};
}

MutationService::Outcome MutationService::studio(const Caller &caller, QLatin1StringView type,
                                                 const QJsonObject &args) {
    StudioService service(m_storage, m_clock);
    StudioService::Outcome o;
    if (type == mutations::kDraftPut)
        o = service.putDraft(caller.user, args);
    else if (type == mutations::kDraftDelete)
        o = service.deleteDraft(caller.user, args);
    else if (type == mutations::kDraftPublish)
        o = service.publish(caller.user, args);
    else
        o = service.cancelSchedule(caller.user, args);
    return {o.seq, o.code, o.message, o.extra};
}

bool MutationService::threadVisible(const Visibility &visibility, const QString &scope) const {
    return visibility.canSeeCourse(scope);
}

MutationService::Outcome MutationService::threadCreate(const Caller &caller,
                                                       const Visibility &visibility,
                                                       const QJsonObject &args) {
    const Result<mutations::ThreadCreateArgs> decoded = mutations::ThreadCreateArgs::fromJson(args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    const mutations::ThreadCreateArgs &in = *decoded;
    Thread t;
    t.id = in.id;
    t.title = in.title;
    t.kind = in.kind;
    t.spaceId = in.spaceId;
    t.courseId = in.courseId;
    t.lessonId = in.lessonId;
    const QString &body = in.body;
    const QString &firstPostId = in.firstPostId;

    bool parentFound = false;
    if (!t.spaceId.isEmpty())
        parentFound = m_storage.spaceById(t.spaceId).has_value();
    else if (!t.courseId.isEmpty())
        parentFound = m_storage.courseById(t.courseId).has_value();
    else
        parentFound = m_storage.lessonById(t.lessonId).has_value();
    const QString scope = threadScope(t.courseId, t.lessonId);
    if (!parentFound || !visibility.canSeeCourse(scope))
        return reject(QStringLiteral("not_found"),
                      QStringLiteral("The place for this thread does not exist."));
    if (!t.spaceId.isEmpty()) {
        if (const Verdict refusal =
                m_rules.check(caller.user, Action::StartThread, Target::space(t.spaceId)))
            return reject(refusal->code, refusal->message);
    }
    if (m_storage.threadById(t.id) || m_storage.postById(firstPostId))
        return reject(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
    if (auto filtered = applyFilters(caller, mutations::kThreadCreate, firstPostId,
                                     t.title + QLatin1Char('\n') + body, args))
        return *filtered;

    const qint64 now = m_clock.nowMs();
    t.authorId = caller.user.id;
    t.postCount = 1;
    t.createdAt = now;
    t.lastActivityAt = now;
    m_storage.putThread(t);
    Post p;
    p.id = firstPostId;
    p.threadId = t.id;
    p.authorId = caller.user.id;
    p.body = body;
    p.createdAt = now;
    return {m_storage.putPost(p), {}, {}, {}};
}

MutationService::Outcome MutationService::postCreate(const Caller &caller,
                                                     const Visibility &visibility,
                                                     const QJsonObject &args) {
    const Result<mutations::PostCreateArgs> decoded = mutations::PostCreateArgs::fromJson(args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    Post p;
    p.id = decoded->id;
    p.threadId = decoded->threadId;
    p.parentId = decoded->parentId;
    p.body = decoded->body;
    std::optional<Thread> thread = m_storage.threadById(p.threadId);
    if (!thread || !threadVisible(visibility, threadScope(thread->courseId, thread->lessonId)))
        return reject(QStringLiteral("not_found"), QStringLiteral("The thread does not exist."));
    if (thread->locked)
        return reject(QStringLiteral("thread_locked"),
                      QStringLiteral("The thread is locked; no new posts."));
    if (!thread->spaceId.isEmpty()) {
        if (const Verdict refusal =
                m_rules.check(caller.user, Action::Reply, Target::space(thread->spaceId)))
            return reject(refusal->code, refusal->message);
    }
    if (!p.parentId.isEmpty()) {
        const std::optional<Post> parent = m_storage.postById(p.parentId);
        if (!parent || parent->threadId != p.threadId)
            return reject(QStringLiteral("not_found"),
                          QStringLiteral("The post replied to does not exist in this thread."));
    }
    if (m_storage.postById(p.id) || m_storage.threadById(p.id))
        return reject(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
    if (auto filtered = applyFilters(caller, mutations::kPostCreate, p.id, p.body, args))
        return *filtered;
    const qint64 now = m_clock.nowMs();
    p.authorId = caller.user.id;
    p.createdAt = now;
    thread->postCount += 1;
    thread->lastActivityAt = now;
    m_storage.putThread(*thread);
    return {m_storage.putPost(p), {}, {}, {}};
}

MutationService::Outcome MutationService::postEdit(const Caller &caller,
                                                   const Visibility &visibility,
                                                   const QJsonObject &args) {
    const Result<mutations::PostEditArgs> decoded = mutations::PostEditArgs::fromJson(args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    const QString &id = decoded->id;
    const QString &body = decoded->body;
    // The version the edit was made on (edited_at, 0 = never edited); -1 (absent): no check.
    const qint64 base = decoded->baseEditedAt;
    std::optional<Post> post = m_storage.postById(id);
    const std::optional<Thread> thread = post ? m_storage.threadById(post->threadId) : std::nullopt;
    if (!post || !thread ||
        !threadVisible(visibility, threadScope(thread->courseId, thread->lessonId)))
        return reject(QStringLiteral("not_found"), QStringLiteral("The post does not exist."));
    if (const Verdict refusal =
            m_rules.check(caller.user, Action::EditOwnPost, Target::ownedBy(post->authorId)))
        return reject(refusal->code, QStringLiteral("Only the author may edit a post."));
    if (post->deleted)
        return reject(QStringLiteral("post_deleted"), QStringLiteral("The post was deleted."));
    if (base >= 0 && base != post->editedAt)
        return reject(QStringLiteral("edit_conflict"),
                      QStringLiteral("The post was edited elsewhere after this edit was begun."));
    post->body = body;
    post->editedAt = m_clock.nowMs();
    return {m_storage.putPost(*post), {}, {}, {}};
}

MutationService::Outcome MutationService::postDelete(const Caller &caller,
                                                     const Visibility &visibility,
                                                     const QJsonObject &args) {
    const Result<mutations::PostDeleteArgs> decoded = mutations::PostDeleteArgs::fromJson(args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    const QString &id = decoded->id;
    std::optional<Post> post = m_storage.postById(id);
    std::optional<Thread> thread = post ? m_storage.threadById(post->threadId) : std::nullopt;
    if (!post || !thread ||
        !threadVisible(visibility, threadScope(thread->courseId, thread->lessonId)))
        return reject(QStringLiteral("not_found"), QStringLiteral("The post does not exist."));
    if (const Verdict refusal =
            m_rules.check(caller.user, Action::DeletePost, Target::ownedBy(post->authorId)))
        return reject(refusal->code,
                      QStringLiteral("Only the author or a moderator may delete a post."));
    if (post->deleted)
        return {m_storage.putPost(*post), {}, {}, {}};
    post->deleted = true;
    post->body.clear();
    thread->postCount = qMax(0, thread->postCount - 1);
    m_storage.putThread(*thread);
    return {m_storage.putPost(*post), {}, {}, {}};
}

MutationService::Outcome MutationService::reaction(const Caller &caller,
                                                   const Visibility &visibility,
                                                   const QJsonObject &args, bool add) {
    const Result<mutations::ReactionArgs> decoded = mutations::ReactionArgs::fromJson(
        add ? mutations::kReactionAdd : mutations::kReactionRemove, args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    const QString &postId = decoded->postId;
    const QString &emoji = decoded->emoji;
    const std::optional<Post> post = m_storage.postById(postId);
    const std::optional<Thread> thread = post ? m_storage.threadById(post->threadId) : std::nullopt;
    if (!post || post->deleted || !thread ||
        !threadVisible(visibility, threadScope(thread->courseId, thread->lessonId)))
        return reject(QStringLiteral("not_found"), QStringLiteral("The post does not exist."));
    const QString id = reactionId(postId, caller.user.id, emoji);
    if (add) {
        Reaction x{id, postId, caller.user.id, emoji, m_clock.nowMs()};
        return {m_storage.putReaction(x), {}, {}, {}};
    }
    const qint64 seq = m_storage.removeReaction(id);
    return {seq, {}, {}, {}};
}

} // namespace lyceum::server

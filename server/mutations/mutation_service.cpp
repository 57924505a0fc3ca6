#include "server/mutations/mutation_service.h"

#include "domain/codec.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"
#include "server/studio/studio_service.h"
#include "server/sync/visibility.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum::server {

namespace {

qsizetype characterCount(const QString &s) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isLowSurrogate())
            ++n;
    }
    return n;
}

// A text field of args: required, trimmed non-empty, at most max characters.
QString textArg(JsonReader &r, QLatin1StringView key, qsizetype max) {
    const QString s = r.string(key);
    if (r.ok() && (s.trimmed().isEmpty() || characterCount(s) > max))
        r.fail(key, QStringLiteral("must be 1 to %1 characters").arg(max));
    return s;
}

} // namespace

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

    const Visibility visibility = Visibility::forCaller(m_storage, caller);
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
        {"progress.put", Action::RecordProgress,
         [](MutationService &m, const Caller &c, V v, A a) { return m.progressPut(c, v, a); }},
        {"note.put", Action::KeepNotes,
         [](MutationService &m, const Caller &c, V v, A a) { return m.notePut(c, v, a); }},
        {"note.delete", Action::KeepNotes,
         [](MutationService &m, const Caller &c, V, A a) { return m.noteDelete(c, a); }},
        {"draft.put", Action::KeepDrafts,
         [](MutationService &m, const Caller &c, V, A a) { return m.studio(c, "draft.put", a); }},
        {"draft.delete", Action::KeepDrafts,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, "draft.delete", a);
         }},
        {"draft.publish", Action::PublishDraft,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, "draft.publish", a);
         }},
        {"schedule.cancel", Action::CancelSchedule,
         [](MutationService &m, const Caller &c, V, A a) {
             return m.studio(c, "schedule.cancel", a);
         }},
        {"thread.create", Action::StartThread,
         [](MutationService &m, const Caller &c, V v, A a) { return m.threadCreate(c, v, a); }},
        {"post.create", Action::Reply,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postCreate(c, v, a); }},
        {"post.edit", Action::EditOwnPost,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postEdit(c, v, a); }},
        {"post.delete", Action::DeletePost,
         [](MutationService &m, const Caller &c, V v, A a) { return m.postDelete(c, v, a); }},
        {"reaction.add", Action::React,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reaction(c, v, a, true); }},
        {"reaction.remove", Action::React,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reaction(c, v, a, false); }},
        {"report.create", Action::Report,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reportCreate(c, v, a); }},
        {"moderation.act", Action::ResolveReport,
         [](MutationService &m, const Caller &c, V v, A a) { return m.moderationAct(c, v, a); }},
        {"moderation.undo", Action::UndoModeration,
         [](MutationService &m, const Caller &c, V, A a) { return m.moderationUndo(c, a); }},
        {"review.put", Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewPut(c, v, a); }},
        {"review.reply", Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewReply(c, v, a); }},
        {"review.helpful", Action::WriteReview,
         [](MutationService &m, const Caller &c, V v, A a) { return m.reviewHelpful(c, v, a); }},
    };
    return types;
}

QVector<QPair<QString, Action>> MutationService::declaredActions() {
    QVector<QPair<QString, Action>> out;
    for (const MutationType &t : mutationTypes())
        out.append({QString::fromLatin1(t.name), t.action});
    return out;
}

MutationService::Outcome MutationService::applyOne(const Caller &caller,
                                                   const Visibility &visibility,
                                                   const QString &type, const QJsonObject &args) {
    for (const MutationType &t : mutationTypes()) {
        if (type != QLatin1String(t.name))
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

MutationService::Outcome MutationService::studio(const Caller &caller, const char *type,
                                                 const QJsonObject &args) {
    StudioService service(m_storage, m_clock);
    StudioService::Outcome o;
    if (qstrcmp(type, "draft.put") == 0)
        o = service.putDraft(caller.user, args);
    else if (qstrcmp(type, "draft.delete") == 0)
        o = service.deleteDraft(caller.user, args);
    else if (qstrcmp(type, "draft.publish") == 0)
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
    JsonReader r(args, QStringLiteral("thread.create"));
    Thread t;
    t.id = r.id(QLatin1StringView("id"));
    t.title = textArg(r, QLatin1StringView("title"), kMaxTitleLength);
    const QString kind = r.string(QLatin1StringView("kind"));
    const QString body = textArg(r, QLatin1StringView("body"), kMaxBodyLength);
    const QString firstPostId = r.id(QLatin1StringView("first_post_id"));
    t.spaceId = r.optionalId(QLatin1StringView("space_id"));
    t.courseId = r.optionalId(QLatin1StringView("course_id"));
    t.lessonId = r.optionalId(QLatin1StringView("lesson_id"));
    if (r.ok()) {
        if (const auto parsed = threadKindFromName(kind))
            t.kind = *parsed;
        else
            r.fail(QLatin1StringView("kind"), QStringLiteral("must be discussion or question"));
    }
    if (r.ok() &&
        int(!t.spaceId.isEmpty()) + int(!t.courseId.isEmpty()) + int(!t.lessonId.isEmpty()) != 1)
        r.fail(QLatin1StringView("space_id"),
               QStringLiteral("(or course_id or lesson_id): exactly one parent is required"));
    if (r.ok() && t.id == firstPostId)
        r.fail(QLatin1StringView("first_post_id"), QStringLiteral("must differ from id"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());

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
    JsonReader r(args, QStringLiteral("post.create"));
    Post p;
    p.id = r.id(QLatin1StringView("id"));
    p.threadId = r.id(QLatin1StringView("thread_id"));
    p.parentId = r.optionalId(QLatin1StringView("parent_id"));
    p.body = textArg(r, QLatin1StringView("body"), kMaxBodyLength);
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
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
    JsonReader r(args, QStringLiteral("post.edit"));
    const QString id = r.id(QLatin1StringView("id"));
    const QString body = textArg(r, QLatin1StringView("body"), kMaxBodyLength);
    // The version the edit was made on (edited_at, 0 = never edited); absent: no check.
    const qint64 base = r.optionalInteger(QLatin1StringView("base_edited_at"), -1);
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
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
    JsonReader r(args, QStringLiteral("post.delete"));
    const QString id = r.id(QLatin1StringView("id"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
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
    JsonReader r(args, add ? QStringLiteral("reaction.add") : QStringLiteral("reaction.remove"));
    const QString postId = r.id(QLatin1StringView("post_id"));
    const QString emoji = r.string(QLatin1StringView("emoji"));
    if (r.ok() && emojiKey(emoji).isEmpty())
        r.fail(QLatin1StringView("emoji"), QStringLiteral("is not an allowed reaction"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
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

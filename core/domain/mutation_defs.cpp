#include "domain/mutation_defs.h"

#include "domain/codec.h"
#include "text/unsafe_chars.h"

namespace lyceum::mutations {

namespace {

// A required text field: unsafe characters removed, then trimmed non-empty and at most max.
QString textArg(JsonReader &r, QLatin1StringView key, qsizetype max) {
    const QString s = text::withoutUnsafeChars(r.string(key));
    if (r.ok() && !isTextWithin(s, max))
        r.fail(key, QStringLiteral("must be 1 to %1 characters").arg(max));
    return s;
}

template<typename T> Result<T> finish(const JsonReader &r, T value) {
    if (!r.ok())
        return CoreError::validation(r.error());
    return value;
}

} // namespace

qsizetype characterCount(const QString &s) {
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

bool isTextWithin(const QString &s, qsizetype max) {
    return !s.trimmed().isEmpty() && characterCount(s) <= max;
}

QJsonObject ThreadCreateArgs::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("kind"), threadKindName(kind)},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("first_post_id"), firstPostId}};
    if (!spaceId.isEmpty())
        o.insert(QStringLiteral("space_id"), spaceId);
    if (!courseId.isEmpty())
        o.insert(QStringLiteral("course_id"), courseId);
    if (!lessonId.isEmpty())
        o.insert(QStringLiteral("lesson_id"), lessonId);
    return o;
}

Result<ThreadCreateArgs> ThreadCreateArgs::fromJson(const QJsonObject &args) {
    JsonReader r(args, QString(kThreadCreate));
    ThreadCreateArgs a;
    a.id = r.id(QLatin1StringView("id"));
    a.title = textArg(r, QLatin1StringView("title"), kMaxTitleLength);
    const QString kind = r.string(QLatin1StringView("kind"));
    a.body = textArg(r, QLatin1StringView("body"), kMaxPostBody);
    a.firstPostId = r.id(QLatin1StringView("first_post_id"));
    a.spaceId = r.optionalId(QLatin1StringView("space_id"));
    a.courseId = r.optionalId(QLatin1StringView("course_id"));
    a.lessonId = r.optionalId(QLatin1StringView("lesson_id"));
    if (r.ok()) {
        if (const auto parsed = threadKindFromName(kind))
            a.kind = *parsed;
        else
            r.fail(QLatin1StringView("kind"), QStringLiteral("must be discussion or question"));
    }
    if (r.ok() &&
        int(!a.spaceId.isEmpty()) + int(!a.courseId.isEmpty()) + int(!a.lessonId.isEmpty()) != 1)
        r.fail(QLatin1StringView("space_id"),
               QStringLiteral("(or course_id or lesson_id): exactly one parent is required"));
    if (r.ok() && a.id == a.firstPostId)
        r.fail(QLatin1StringView("first_post_id"), QStringLiteral("must differ from id"));
    return finish(r, std::move(a));
}

QJsonObject PostCreateArgs::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("thread_id"), threadId},
                  {QStringLiteral("body"), body}};
    if (!parentId.isEmpty())
        o.insert(QStringLiteral("parent_id"), parentId);
    return o;
}

Result<PostCreateArgs> PostCreateArgs::fromJson(const QJsonObject &args) {
    JsonReader r(args, QString(kPostCreate));
    PostCreateArgs a;
    a.id = r.id(QLatin1StringView("id"));
    a.threadId = r.id(QLatin1StringView("thread_id"));
    a.parentId = r.optionalId(QLatin1StringView("parent_id"));
    a.body = textArg(r, QLatin1StringView("body"), kMaxPostBody);
    return finish(r, std::move(a));
}

QJsonObject PostEditArgs::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("body"), body}};
    if (baseEditedAt >= 0)
        o.insert(QStringLiteral("base_edited_at"), baseEditedAt);
    return o;
}

Result<PostEditArgs> PostEditArgs::fromJson(const QJsonObject &args) {
    JsonReader r(args, QString(kPostEdit));
    PostEditArgs a;
    a.id = r.id(QLatin1StringView("id"));
    a.body = textArg(r, QLatin1StringView("body"), kMaxPostBody);
    a.baseEditedAt = r.optionalInteger(QLatin1StringView("base_edited_at"), -1);
    if (r.ok() && a.baseEditedAt < -1)
        r.fail(QLatin1StringView("base_edited_at"), QStringLiteral("must not be negative"));
    return finish(r, std::move(a));
}

QJsonObject PostDeleteArgs::toJson() const {
    return {{QStringLiteral("id"), id}};
}

Result<PostDeleteArgs> PostDeleteArgs::fromJson(const QJsonObject &args) {
    JsonReader r(args, QString(kPostDelete));
    PostDeleteArgs a;
    a.id = r.id(QLatin1StringView("id"));
    return finish(r, std::move(a));
}

QJsonObject ReactionArgs::toJson() const {
    return {{QStringLiteral("post_id"), postId}, {QStringLiteral("emoji"), emoji}};
}

Result<ReactionArgs> ReactionArgs::fromJson(QLatin1StringView type, const QJsonObject &args) {
    JsonReader r(args, QString(type));
    ReactionArgs a;
    a.postId = r.id(QLatin1StringView("post_id"));
    a.emoji = r.string(QLatin1StringView("emoji"));
    if (r.ok() && emojiKey(a.emoji).isEmpty())
        r.fail(QLatin1StringView("emoji"), QStringLiteral("is not an allowed reaction"));
    return finish(r, std::move(a));
}

} // namespace lyceum::mutations

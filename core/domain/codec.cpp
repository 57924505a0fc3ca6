#include "domain/codec.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace lyceum {

namespace {

QJsonValue nullable(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullableTime(qint64 t) {
    return t == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
}

template<typename T> std::optional<T> finish(const JsonReader &r, T value, QString *error) {
    if (r.ok())
        return value;
    if (error)
        *error = r.error();
    return std::nullopt;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context)) {}

void JsonReader::fail(QLatin1StringView key, const QString &what) {
    if (m_error.isEmpty())
        m_error = m_context + QStringLiteral(": field '") + key + QStringLiteral("' ") + what;
}

QString JsonReader::string(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    return v.toString();
}

QString JsonReader::optionalString(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    return v.toString();
}

static bool isIntegral(const QJsonValue &v) {
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0;
}

qint64 JsonReader::integer(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return 0;
    }
    if (!isIntegral(v)) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    return v.toInteger();
}

qint64 JsonReader::optionalInteger(QLatin1StringView key, qint64 fallback) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!isIntegral(v)) {
        fail(key, QStringLiteral("must be an integer"));
        return fallback;
    }
    return v.toInteger();
}

int JsonReader::int32(QLatin1StringView key) {
    const qint64 v = integer(key);
    if (ok() && (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())) {
        fail(key, QStringLiteral("is out of range"));
        return 0;
    }
    return int(v);
}

int JsonReader::optionalInt32(QLatin1StringView key, int fallback) {
    const qint64 v = optionalInteger(key, fallback);
    if (ok() && (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())) {
        fail(key, QStringLiteral("is out of range"));
        return fallback;
    }
    return int(v);
}

bool JsonReader::boolean(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(key, QStringLiteral("is missing"));
        return false;
    }
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return false;
    }
    return v.toBool();
}

bool JsonReader::optionalBoolean(QLatin1StringView key, bool fallback) {
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(QLatin1StringView key) {
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(key, v.isUndefined() ? QStringLiteral("is missing")
                                  : QStringLiteral("must be an array of strings"));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QString JsonReader::id(QLatin1StringView key) {
    const QString s = string(key);
    if (ok() && !isValidId(s))
        fail(key, QStringLiteral("is not a valid id"));
    return s;
}

QString JsonReader::optionalId(QLatin1StringView key) {
    const QString s = optionalString(key);
    if (ok() && !s.isEmpty() && !isValidId(s))
        fail(key, QStringLiteral("is not a valid id"));
    return s;
}

// --- encoders ------------------------------------------------------------------------------

QJsonObject toJson(const User &u) {
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("handle"), u.handle},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("bio"), u.bio},
            {QStringLiteral("created_at"), u.createdAt}};
}

QJsonObject toJson(const Space &s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("slug"), s.slug},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("position"), s.position},
            {QStringLiteral("start_threads"), spaceAudienceName(s.startThreads)},
            {QStringLiteral("reply"), spaceAudienceName(s.reply)},
            {QStringLiteral("slow_mode_s"), s.slowModeS},
            {QStringLiteral("closed"), s.closed}};
}

QJsonObject toJson(const Course &c) {
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("space_id"), nullable(c.spaceId)},
                  {QStringLiteral("creator_id"), c.creatorId},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("summary"), c.summary},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                  {QStringLiteral("prerequisites"), QJsonArray::fromStringList(c.prerequisites)},
                  {QStringLiteral("topic"), c.topic},
                  {QStringLiteral("price"), c.price},
                  {QStringLiteral("currency"), c.currency},
                  {QStringLiteral("published"), c.published},
                  {QStringLiteral("created_at"), c.createdAt},
                  {QStringLiteral("updated_at"), c.updatedAt}};
    if (!c.topicNames.isEmpty())
        o.insert(QStringLiteral("topic_names"), toJson(c.topicNames));
    return o;
}

QJsonObject toJson(const Lesson &l) {
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("course_id"), l.courseId},
            {QStringLiteral("position"), l.position},
            {QStringLiteral("title"), l.title},
            {QStringLiteral("body"), l.body},
            {QStringLiteral("duration_seconds"), l.durationSeconds},
            {QStringLiteral("free_preview"), l.freePreview},
            {QStringLiteral("locked"), l.locked},
            {QStringLiteral("video_asset"), l.videoAssetId},
            {QStringLiteral("created_at"), l.createdAt},
            {QStringLiteral("updated_at"), l.updatedAt}};
}

QJsonObject toJson(const Thread &t) {
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("space_id"), nullable(t.spaceId)},
            {QStringLiteral("course_id"), nullable(t.courseId)},
            {QStringLiteral("lesson_id"), nullable(t.lessonId)},
            {QStringLiteral("author_id"), t.authorId},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("kind"), threadKindName(t.kind)},
            {QStringLiteral("accepted_post_id"), nullable(t.acceptedPostId)},
            {QStringLiteral("pinned"), t.pinned},
            {QStringLiteral("locked"), t.locked},
            {QStringLiteral("post_count"), t.postCount},
            {QStringLiteral("created_at"), t.createdAt},
            {QStringLiteral("last_activity_at"), t.lastActivityAt}};
}

QJsonObject toJson(const Post &p) {
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("thread_id"), p.threadId},
                  {QStringLiteral("parent_id"), nullable(p.parentId)},
                  {QStringLiteral("author_id"), p.authorId},
                  {QStringLiteral("body"), p.body},
                  {QStringLiteral("deleted"), p.deleted},
                  {QStringLiteral("created_at"), p.createdAt},
                  {QStringLiteral("edited_at"), nullableTime(p.editedAt)}};
    if (p.hidden) // absent when false: every other post's payload stays as it was
        o.insert(QStringLiteral("hidden"), true);
    return o;
}

QJsonObject toJson(const Reaction &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("post_id"), r.postId},
            {QStringLiteral("user_id"), r.userId},
            {QStringLiteral("emoji"), r.emoji},
            {QStringLiteral("created_at"), r.createdAt}};
}

// --- decoders ------------------------------------------------------------------------------

std::optional<User> userFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("user"));
    User u;
    u.id = r.id(QLatin1StringView("id"));
    u.handle = r.string(QLatin1StringView("handle"));
    u.displayName = r.string(QLatin1StringView("display_name"));
    const QString role = r.string(QLatin1StringView("role"));
    if (r.ok()) {
        if (auto parsed = roleFromName(role))
            u.role = *parsed;
        else
            r.fail(QLatin1StringView("role"), QStringLiteral("is not a known role"));
    }
    u.bio = r.optionalString(QLatin1StringView("bio"));
    u.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    return finish(r, u, error);
}

std::optional<Space> spaceFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("space"));
    Space s;
    s.id = r.id(QLatin1StringView("id"));
    s.slug = r.string(QLatin1StringView("slug"));
    s.name = r.string(QLatin1StringView("name"));
    s.description = r.optionalString(QLatin1StringView("description"));
    s.position = r.optionalInt32(QLatin1StringView("position"));
    // Absent (a server from before space rules): everyone, as it was then.
    const auto audience = [&r](QLatin1StringView key, SpaceAudience *out) {
        const QString name = r.optionalString(key);
        if (name.isEmpty() || !r.ok())
            return;
        if (const std::optional<SpaceAudience> parsed = spaceAudienceFromName(name))
            *out = *parsed;
        else
            r.fail(key, QStringLiteral("must be everyone, members or staff"));
    };
    audience(QLatin1StringView("start_threads"), &s.startThreads);
    audience(QLatin1StringView("reply"), &s.reply);
    // Absent (a server from before slow mode): off, and open.
    s.slowModeS = r.optionalInt32(QLatin1StringView("slow_mode_s"));
    s.closed = r.optionalBoolean(QLatin1StringView("closed"));
    if (r.ok() && (s.slowModeS < 0 || s.slowModeS > kMaxSlowModeS))
        r.fail(QLatin1StringView("slow_mode_s"), QStringLiteral("must be 0 to 86400"));
    return finish(r, s, error);
}

std::optional<Course> courseFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("course"));
    Course c;
    c.id = r.id(QLatin1StringView("id"));
    c.spaceId = r.optionalId(QLatin1StringView("space_id"));
    c.creatorId = r.id(QLatin1StringView("creator_id"));
    c.title = r.string(QLatin1StringView("title"));
    c.summary = r.optionalString(QLatin1StringView("summary"));
    c.description = r.optionalString(QLatin1StringView("description"));
    c.tags = r.stringList(QLatin1StringView("tags"));
    // Optional (servers before it never send it): an array of course ids.
    const QJsonValue prerequisites = o.value(QLatin1StringView("prerequisites"));
    if (!prerequisites.isUndefined() && !prerequisites.isNull()) {
        if (!prerequisites.isArray())
            r.fail(QLatin1StringView("prerequisites"), QStringLiteral("must be an array of ids"));
        for (const QJsonValue &v : prerequisites.toArray()) {
            if (!v.isString() || !isValidId(v.toString()))
                r.fail(QLatin1StringView("prerequisites"),
                       QStringLiteral("must be an array of ids"));
            else
                c.prerequisites << v.toString();
        }
    }
    c.topic = r.optionalString(QLatin1StringView("topic"));
    QString namesError;
    if (const auto names =
            localizedNamesFromJson(o.value(QLatin1StringView("topic_names")), &namesError))
        c.topicNames = *names;
    else
        r.fail(QLatin1StringView("topic_names"), namesError);
    c.price = r.integer(QLatin1StringView("price"));
    if (r.ok() && c.price < 0)
        r.fail(QLatin1StringView("price"), QStringLiteral("must not be negative"));
    c.currency = r.string(QLatin1StringView("currency"));
    c.published = r.boolean(QLatin1StringView("published"));
    c.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    c.updatedAt = r.optionalInteger(QLatin1StringView("updated_at"));
    return finish(r, c, error);
}

std::optional<Lesson> lessonFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("lesson"));
    Lesson l;
    l.id = r.id(QLatin1StringView("id"));
    l.courseId = r.id(QLatin1StringView("course_id"));
    l.position = r.int32(QLatin1StringView("position"));
    l.title = r.string(QLatin1StringView("title"));
    l.body = r.optionalString(QLatin1StringView("body"));
    l.durationSeconds = r.optionalInt32(QLatin1StringView("duration_seconds"));
    l.freePreview = r.optionalBoolean(QLatin1StringView("free_preview"));
    l.locked = r.optionalBoolean(QLatin1StringView("locked"));
    l.videoAssetId = r.optionalString(QLatin1StringView("video_asset"));
    l.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    l.updatedAt = r.optionalInteger(QLatin1StringView("updated_at"));
    return finish(r, l, error);
}

std::optional<Thread> threadFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("thread"));
    Thread t;
    t.id = r.id(QLatin1StringView("id"));
    t.spaceId = r.optionalId(QLatin1StringView("space_id"));
    t.courseId = r.optionalId(QLatin1StringView("course_id"));
    t.lessonId = r.optionalId(QLatin1StringView("lesson_id"));
    if (r.ok() &&
        int(!t.spaceId.isEmpty()) + int(!t.courseId.isEmpty()) + int(!t.lessonId.isEmpty()) != 1)
        r.fail(QLatin1StringView("space_id"),
               QStringLiteral("(or course_id or lesson_id): exactly one parent is required"));
    t.authorId = r.id(QLatin1StringView("author_id"));
    t.title = r.string(QLatin1StringView("title"));
    const QString kind = r.string(QLatin1StringView("kind"));
    if (r.ok()) {
        if (auto parsed = threadKindFromName(kind))
            t.kind = *parsed;
        else
            r.fail(QLatin1StringView("kind"), QStringLiteral("must be discussion or question"));
    }
    t.acceptedPostId = r.optionalId(QLatin1StringView("accepted_post_id"));
    t.pinned = r.optionalBoolean(QLatin1StringView("pinned"));
    t.locked = r.optionalBoolean(QLatin1StringView("locked"));
    t.postCount = r.optionalInt32(QLatin1StringView("post_count"));
    t.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    t.lastActivityAt = r.optionalInteger(QLatin1StringView("last_activity_at"), t.createdAt);
    return finish(r, t, error);
}

std::optional<Post> postFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("post"));
    Post p;
    p.id = r.id(QLatin1StringView("id"));
    p.threadId = r.id(QLatin1StringView("thread_id"));
    p.parentId = r.optionalId(QLatin1StringView("parent_id"));
    p.authorId = r.id(QLatin1StringView("author_id"));
    p.body = r.string(QLatin1StringView("body"));
    p.deleted = r.optionalBoolean(QLatin1StringView("deleted"));
    p.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    p.editedAt = r.optionalInteger(QLatin1StringView("edited_at"));
    p.hidden = r.optionalBoolean(QLatin1StringView("hidden"));
    return finish(r, p, error);
}

std::optional<Reaction> reactionFromJson(const QJsonObject &o, QString *error) {
    JsonReader r(o, QStringLiteral("reaction"));
    Reaction x;
    x.id = r.string(QLatin1StringView("id"));
    x.postId = r.id(QLatin1StringView("post_id"));
    x.userId = r.id(QLatin1StringView("user_id"));
    x.emoji = r.string(QLatin1StringView("emoji"));
    if (r.ok() && emojiKey(x.emoji).isEmpty())
        r.fail(QLatin1StringView("emoji"), QStringLiteral("is not an allowed reaction"));
    x.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    return finish(r, x, error);
}

} // namespace lyceum

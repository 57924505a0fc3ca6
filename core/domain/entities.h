// Domain types shared by the client and the server. One struct per entity of the changes
// feed (docs/protocol.md); their JSON codecs are in codec.h. Plain values, no Qt object model,
// so both sides can copy them freely and the cache can store them directly.
#pragma once

#include "domain/localized_names.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <optional>

namespace lyceum {

enum class Role { Learner, Creator, Moderator, Admin };
enum class ThreadKind { Discussion, Question };
// Who may do something in a space (start threads, reply): everyone signed in; members (holders
// of one of the space's courses, and staff); or staff (creators, moderators and admins: the
// people the community calls its team).
enum class SpaceAudience { Everyone, Members, Staff };

struct User {
    QString id;
    QString handle;
    QString displayName;
    Role role = Role::Learner;
    QString bio;
    qint64 createdAt = 0;
    friend bool operator==(const User &, const User &) = default;
};

struct Space {
    QString id;
    QString slug;
    QString name;
    QString description;
    int position = 0;
    SpaceAudience startThreads = SpaceAudience::Everyone; // JSON "start_threads"
    SpaceAudience reply = SpaceAudience::Everyone;        // JSON "reply"
    int slowModeS = 0;   // JSON "slow_mode_s": one post per member per N seconds; 0: off
    bool closed = false; // JSON "closed": only staff post; the space stays readable
    friend bool operator==(const Space &, const Space &) = default;
};

struct Course {
    QString id;
    QString spaceId; // may be empty
    QString creatorId;
    QString title;
    QString summary;
    QString description; // Markdown
    QStringList tags;
    QString topic;
    // The topic in both languages (JSON "topic_names", optional); empty from older servers.
    LocalizedNames topicNames;
    // Courses the creator says to take first (ids, in order); empty for most.
    QStringList prerequisites;
    qint64 price = 0; // minor units
    QString currency = QStringLiteral("CNY");
    bool published = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool isFree() const { return price == 0; }
    friend bool operator==(const Course &, const Course &) = default;
};

struct Lesson {
    QString id;
    QString courseId;
    int position = 0;
    QString title;
    QString body; // Markdown; empty when locked
    int durationSeconds = 0;
    bool freePreview = false;
    bool locked = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString videoAssetId; // the lesson's video (docs/media.md); empty: text only
    friend bool operator==(const Lesson &, const Lesson &) = default;
};

struct Thread {
    QString id;
    QString spaceId; // exactly one of spaceId, courseId, lessonId is non-empty
    QString courseId;
    QString lessonId;
    QString authorId;
    QString title;
    ThreadKind kind = ThreadKind::Discussion;
    QString acceptedPostId; // empty: none
    bool pinned = false;
    bool locked = false;
    int postCount = 0;
    qint64 createdAt = 0;
    qint64 lastActivityAt = 0;
    friend bool operator==(const Thread &, const Thread &) = default;
};

struct Post {
    QString id;
    QString threadId;
    QString parentId; // empty: top-level
    QString authorId;
    QString body; // Markdown
    bool deleted = false;
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0: never edited
    // Removed by a moderator (deleted is true too): readers see "Hidden by a moderator", not
    // "deleted"; the author learns the reason from their moderation notices.
    bool hidden = false;
    friend bool operator==(const Post &, const Post &) = default;
};

struct Reaction {
    QString id; // postId + '.' + userId + '.' + emoji key
    QString postId;
    QString userId;
    QString emoji;
    qint64 createdAt = 0;
    friend bool operator==(const Reaction &, const Reaction &) = default;
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QString threadKindName(ThreadKind kind);
std::optional<ThreadKind> threadKindFromName(const QString &name);
QString spaceAudienceName(SpaceAudience audience); // "everyone", "members", "staff"
std::optional<SpaceAudience> spaceAudienceFromName(const QString &name);
// The one rule of who belongs to an audience, shared by the server's rule book and the app (which
// hides what the server would refuse). member: the user holds one of the space's courses or
// created one.
bool spaceAudienceIncludes(SpaceAudience audience, Role role, bool member);
// Slow mode and closed spaces, shared by the rule book and the app: staff are never slowed or
// closed out. The seconds left before the user may post again (0: now) given their latest post
// in the space (0: none) and the time, both in ms since the epoch.
inline constexpr int kMaxSlowModeS = 86400;
bool spaceClosedTo(const Space &space, Role role);
int slowModeWaitS(const Space &space, Role role, qint64 lastPostAtMs, qint64 nowMs);

// The type of an image creators may put in their text, from its first bytes: "image/png",
// "image/jpeg", "image/gif", "image/webp"; empty for anything else.
QString imageMime(const QByteArray &bytes);

// Ids: 1-64 characters of [A-Za-z0-9_-] (docs/protocol.md).
bool isValidId(const QString &id);
// A fresh random id (a UUID without braces) for content created on this device.
QString newId();

// The reactions a post may carry (emojiCatalogue(), the common ones first), and the stable key
// of each used inside reaction ids. allowedEmoji() is the common few: the quick row of the
// reaction picker and the demo's reactions.
const QStringList &allowedEmoji();
struct EmojiInfo {
    QString emoji;
    QString key;
    QString english; // words a search matches (the picker searches both languages)
    QString chinese;
};
const QVector<EmojiInfo> &emojiCatalogue();
QString emojiKey(const QString &emoji); // empty when not allowed
QString reactionId(const QString &postId, const QString &userId, const QString &emoji);

} // namespace lyceum

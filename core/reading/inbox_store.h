// The inbox: what concerns the signed-in user, computed from the cache on the device. Runs on
// the cache worker.
//
// Items, newest first (by the time the server gave each):
// - reply: a post by someone else that replies to one of my posts, or in a thread I started;
// - mention: a post by someone else that mentions @my-handle (notification_rules.h: mentions);
//   a post that is both is a mention;
// - moderation: a moderator's notice about what I wrote or about me (stored by storeNotices
//   from GET /moderation/notices, since notices are not in the feed);
// - lesson: a lesson that reached the cache after the profile's first full pull (its rowid above
//   sync_state "inbox_lesson_baseline") in one of my courses: a paid course whose lessons all
//   came unlocked, or a course I opened a lesson of.
//
// Read state (cache step "inbox.1"): an item is read when the user marked it (inbox_reads), or,
// for posts, when it arrived before the first full pull (posts.rowid at or below the
// "unread_baseline" of reading_store.h) or the user read its thread past it (thread_reads). So
// opening a thread reads the inbox items in it, and a new profile does not start with its
// history unread.
#pragma once

#include "moderation/moderation.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lyceum {

class CacheDatabase;

enum class InboxKind { Reply, Mention, Moderation, Lesson, Assignment };

struct InboxItem {
    InboxKind kind = InboxKind::Reply;
    QString key;        // "post:<id>", "notice:<id>" or "lesson:<id>": what markRead takes
    QString threadId;   // empty where not applicable (lessons, notices about the user)
    QString postId;     // empty where not applicable
    QString lessonId;   // lesson items
    QString courseId;   // lesson items
    QString from;       // the author's handle (the course's creator for lessons); empty for notices
    QString fromName;   // their display name
    QString title;      // the thread's title, the lesson's title, or the notice's target title
    QString text;       // an excerpt of the post, the course's title, or the notice's reason
    QString action;     // moderation: the moderator's action (hide, warn, ban, ...)
    QString note;       // moderation: the moderator's own words, if any
    QString targetKind; // moderation: post | thread | user
    qint64 at = 0;      // ms since epoch
    bool read = false;
};

// The protocol-like name of a kind: reply, mention, moderation, lesson.
QString inboxKindName(InboxKind kind);

namespace inboxstore {

// The newest items (at most limit), newest first. Fails only when the cache cannot be read.
bool read(CacheDatabase &db, const QString &myUserId, const QString &myHandle, int limit,
          QVector<InboxItem> *out, QString *error);

// Marks the items with these keys read.
bool markRead(CacheDatabase &db, const QStringList &keys, qint64 now, QString *error);

// Marks every item read() would return now read (one transaction).
bool markAllRead(CacheDatabase &db, const QString &myUserId, const QString &myHandle, qint64 now,
                 QString *error);

// Keeps the moderators' notices as the server gave them (upsert by id).
bool storeNotices(CacheDatabase &db, const QVector<ModerationNotice> &notices, QString *error);

// Members seen in the cache whose handle (or display name) starts with prefix, for completing
// @handles while typing: (handle, display name) pairs, at most limit, excluding myUserId,
// shortest handle first.
struct MemberName {
    QString handle;
    QString displayName;
};
bool membersStartingWith(CacheDatabase &db, const QString &prefix, const QString &myUserId,
                         int limit, QVector<MemberName> *out, QString *error);

// The user's posts a moderator hid or removed, from the stored notices: post id -> the reason's
// template code (spam_links, off_topic, ...).
QHash<QString, QString> moderatedPosts(CacheDatabase &db);

// Called with readingstore::establishBaselines, in the transaction that completes the first
// full pull: takes the lesson baseline when there is none yet.
bool establishLessonBaseline(CacheDatabase &db, QString *error);

} // namespace inboxstore
} // namespace lyceum

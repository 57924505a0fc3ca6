// Discussions (docs/architecture.md, "Client core"): spaces, threads and posts read from the
// cache, new threads, posts, reactions and edits of one's own posts through the outbox (the
// optimistic change and its outbox row in one transaction: outbox/local_mutations.h), the
// reading state and the notices about posts that concern the user (reading/). No REST calls of
// its own: everything it shows comes with the sync feed. SQL: cache/cache_reader.h,
// reading/reading_store.h, outbox/local_mutations.h.
#pragma once

#include "api/api_error.h"
#include "cache/cache_views.h"
#include "cache/post_window_reader.h"
#include "domain/entities.h"
#include "reading/inbox_store.h"
#include "reading/notification_rules.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>
#include <functional>
#include <optional>

namespace lyceum {

class SessionState;

class DiscussionsService : public QObject {
    Q_OBJECT
public:
    explicit DiscussionsService(SessionState &session, QObject *parent = nullptr);

    // --- reads from the cache (async; callback runs on context's thread) ---------------------
    void fetchSpaces(QObject *context, std::function<void(QVector<Space>)> done);
    // The spaces the signed-in user is a member of (cachereader::memberSpaces).
    void fetchMemberSpaces(QObject *context, std::function<void(QSet<QString>)> done);
    // Threads in a space, or attached to a course (including its lessons); pinned first, then
    // by last activity.
    void fetchSpaceThreads(const QString &spaceId, QObject *context,
                           std::function<void(QVector<ThreadSummary>)> done);
    void fetchCourseThreads(const QString &courseId, QObject *context,
                            std::function<void(QVector<ThreadSummary>)> done);
    void fetchThread(const QString &threadId, QObject *context,
                     std::function<void(std::optional<ThreadDetail>)> done);
    // Every thread, pinned first then by last activity; at most limit.
    void fetchAllThreads(int limit, QObject *context,
                         std::function<void(QVector<ThreadSummary>)> done);
    // A thread of any length is read a window at a time (cache/post_window_reader.h): the
    // window the query asks for, with the thread's summary and its total. query.myUserId is
    // filled in here. (discussions_post_window.cpp)
    void fetchPostWindow(PostWindowQuery query, QObject *context,
                         std::function<void(PostWindow)> done);

    // --- writes (applied to the cache at once, queued in the outbox, sent when online) -------
    // Each returns the new entity's id; failures to queue are reported by errorOccurred.
    QString createThread(const QString &spaceId, const QString &courseId, const QString &lessonId,
                         const QString &title, ThreadKind kind, const QString &body);
    QString createPost(const QString &threadId, const QString &parentId, const QString &body);
    void toggleReaction(const QString &postId, const QString &emoji);
    // post.edit / post.delete through the outbox. The server keeps the last edit it receives;
    // an edit or reply that meets a post or thread deleted or locked meanwhile fails in the
    // outbox with the reason, keeping the user's text (OutboxEntry::argsJson) to edit and resend.
    void editPost(const QString &postId, const QString &body);
    void deletePost(const QString &postId);

    // --- reading state (discussions_reading.cpp) ---------------------------------------------
    // Marks the thread read up to its newest post; emits unreadChanged.
    void markThreadRead(const QString &threadId);
    // Unread posts per space id (spaces with none are absent). ThreadSummary::unread carries
    // the per-thread figure in every thread list.
    void fetchUnreadBySpace(QObject *context, std::function<void(QHash<QString, int>)> done);

    // --- the inbox (discussions_inbox.cpp; reading/inbox_store.h) ----------------------------
    // The newest inbox items (at most limit), newest first. A failed read is errorOccurred and
    // an empty list.
    void fetchInbox(int limit, QObject *context, std::function<void(QVector<InboxItem>)> done);
    // Marks items read (InboxItem::key) or everything in the inbox; emits inboxChanged.
    void markInboxRead(const QStringList &keys);
    void markInboxAllRead();
    // Members seen in the cache whose handle or name starts with prefix (completing @handles in
    // the composer), the user left out; a failed read gives none.
    void fetchMembers(const QString &prefix, int limit, QObject *context,
                      std::function<void(QVector<inboxstore::MemberName>)> done);
    // The user's posts a moderator hid, with the reason's code (from the stored notices).
    void fetchModeratedPosts(QObject *context, std::function<void(QHash<QString, QString>)> done);
    // The moderators' notices as the server listed them (ModerationService after each fetch);
    // done runs on context's thread once they are stored, then inboxChanged.
    void storeModerationNotices(const QVector<ModerationNotice> &notices, QObject *context,
                                std::function<void()> done);

Q_SIGNALS:
    // The inbox's read marks or notices changed (new posts and lessons come with
    // Client::cacheChanged, and opening a thread with unreadChanged): fetch it again.
    void inboxChanged();
    // Read marks changed (markThreadRead): unread figures are to be fetched again. New posts
    // arriving also change them; Client::cacheChanged covers that.
    void unreadChanged();
    // Posts from others that arrived from the server and concern the user (replies to their
    // threads or posts, mentions), oldest first. Never for the profile's first sync.
    void noticesArrived(const QVector<lyceum::Notice> &notices);

private:
    void checkNewPosts(); // after the cache took changes from the server
    void reportInvalid(const QString &problem);
    SessionState &m_session;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::Notice)

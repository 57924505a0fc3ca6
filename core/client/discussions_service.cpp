// Discussions: reads of spaces and threads, and the writes of the user's own threads, posts,
// reactions and edits (each the optimistic change and its outbox row in one transaction).
#include "client/discussions_service.h"

#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"
#include "domain/mutation_defs.h"
#include "outbox/local_mutations.h"
#include "reading/reading_store.h"

#include <QDateTime>

namespace lyceum {

namespace {
bool badBody(const QString &body) {
    return !mutations::isTextWithin(body, mutations::kMaxPostBody);
}

using WriteJob = std::function<Status(CacheDatabase &)>;

// A local write on the cache worker, then the session's reaction to it.
void localWrite(SessionState &session, QObject *context, WriteJob job) {
    session.cache->run<Status>(context, std::move(job),
                               [&session](Status status) { session.afterLocalWrite(status); });
}

using ThreadsRead = std::function<Result<QVector<ThreadSummary>>(CacheDatabase &)>;

// A thread list read with each thread's unread count filled in for `me` (when the read worked).
ThreadsRead withUnread(ThreadsRead read, const QString &me) {
    return [read = std::move(read), me](CacheDatabase &db) {
        Result<QVector<ThreadSummary>> threads = read(db);
        if (threads)
            readingstore::fillUnread(db, threads.value(), me);
        return threads;
    };
}
} // namespace

DiscussionsService::DiscussionsService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    qRegisterMetaType<lyceum::Notice>();
    connect(session.client, &Client::serverChangesApplied, this, [this] { checkNewPosts(); });
}

void DiscussionsService::fetchSpaces(QObject *context, std::function<void(QVector<Space>)> done) {
    m_session.readOrReport<QVector<Space>>(
        context, [](CacheDatabase &db) { return cachereader::spaces(db); }, std::move(done));
}

void DiscussionsService::fetchMemberSpaces(QObject *context,
                                           std::function<void(QSet<QString>)> done) {
    m_session.readOrReport<QSet<QString>>(
        context,
        [me = m_session.myId()](CacheDatabase &db) { return cachereader::memberSpaces(db, me); },
        std::move(done));
}

void DiscussionsService::fetchSpaceThreads(const QString &spaceId, QObject *context,
                                           std::function<void(QVector<ThreadSummary>)> done) {
    m_session.readOrReport<QVector<ThreadSummary>>(
        context,
        withUnread([spaceId](CacheDatabase &db) { return cachereader::spaceThreads(db, spaceId); },
                   m_session.myId()),
        std::move(done));
}

void DiscussionsService::fetchCourseThreads(const QString &courseId, QObject *context,
                                            std::function<void(QVector<ThreadSummary>)> done) {
    m_session.readOrReport<QVector<ThreadSummary>>(
        context,
        withUnread(
            [courseId](CacheDatabase &db) { return cachereader::courseThreads(db, courseId); },
            m_session.myId()),
        std::move(done));
}

void DiscussionsService::fetchThread(const QString &threadId, QObject *context,
                                     std::function<void(std::optional<ThreadDetail>)> done) {
    m_session.readOrReport<std::optional<ThreadDetail>>(
        context,
        [threadId, me = m_session.myId()](CacheDatabase &db) {
            return cachereader::thread(db, threadId, me);
        },
        std::move(done));
}

void DiscussionsService::fetchAllThreads(int limit, QObject *context,
                                         std::function<void(QVector<ThreadSummary>)> done) {
    m_session.readOrReport<QVector<ThreadSummary>>(
        context,
        withUnread([limit](CacheDatabase &db) { return cachereader::allThreads(db, limit); },
                   m_session.myId()),
        std::move(done));
}

void DiscussionsService::reportInvalid(const QString &problem) {
    Q_EMIT m_session.client->errorOccurred(ApiError::make(ApiError::Kind::Invalid, problem));
}

QString DiscussionsService::createThread(const QString &spaceId, const QString &courseId,
                                         const QString &lessonId, const QString &title,
                                         ThreadKind kind, const QString &body) {
    if (!m_session.ensureOpen("createThread"))
        return {};
    const int parents =
        int(!spaceId.isEmpty()) + int(!courseId.isEmpty()) + int(!lessonId.isEmpty());
    const QString trimmedTitle = title.trimmed();
    QString problem;
    if (parents != 1)
        problem = tr("A thread belongs to exactly one space, course or lesson.");
    else if (!mutations::isTextWithin(trimmedTitle, mutations::kMaxTitleLength))
        problem = tr("A title needs 1 to 200 characters.");
    else if (badBody(body))
        problem = tr("A post needs 1 to 20,000 characters.");
    else if (!m_session.profile.user)
        problem = tr("You are not signed in. Please log in first.");
    if (!problem.isEmpty()) {
        reportInvalid(problem);
        return {};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Thread thread;
    thread.id = newId();
    thread.spaceId = spaceId;
    thread.courseId = courseId;
    thread.lessonId = lessonId;
    thread.authorId = m_session.myId();
    thread.title = trimmedTitle;
    thread.kind = kind;
    thread.postCount = 1;
    thread.createdAt = now;
    thread.lastActivityAt = now;
    Post first;
    first.id = newId();
    first.threadId = thread.id;
    first.authorId = thread.authorId;
    first.body = body;
    first.createdAt = now;
    localWrite(m_session, this, [thread, first](CacheDatabase &db) {
        return localmutations::createThread(db, thread, first);
    });
    return thread.id;
}

QString DiscussionsService::createPost(const QString &threadId, const QString &parentId,
                                       const QString &body) {
    if (!m_session.ensureOpen("createPost"))
        return {};
    QString problem;
    if (!isValidId(threadId) || (!parentId.isEmpty() && !isValidId(parentId)))
        problem = tr("The thread or the post you reply to does not exist.");
    else if (badBody(body))
        problem = tr("A post needs 1 to 20,000 characters.");
    else if (!m_session.profile.user)
        problem = tr("You are not signed in. Please log in first.");
    if (!problem.isEmpty()) {
        reportInvalid(problem);
        return {};
    }
    Post post;
    post.id = newId();
    post.threadId = threadId;
    post.parentId = parentId;
    post.authorId = m_session.myId();
    post.body = body;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    localWrite(m_session, this,
               [post](CacheDatabase &db) { return localmutations::createPost(db, post); });
    return post.id;
}

void DiscussionsService::toggleReaction(const QString &postId, const QString &emoji) {
    if (!m_session.ensureOpen("toggleReaction"))
        return;
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    localWrite(m_session, this, [postId, me = m_session.myId(), emoji, now](CacheDatabase &db) {
        return localmutations::toggleReaction(db, postId, me, emoji, now);
    });
}

void DiscussionsService::editPost(const QString &postId, const QString &body) {
    if (!m_session.ensureOpen("editPost"))
        return;
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return;
    }
    if (badBody(body)) {
        reportInvalid(tr("A post needs 1 to 20,000 characters."));
        return;
    }
    localWrite(m_session, this, [postId, body, me = m_session.myId()](CacheDatabase &db) {
        return localmutations::editPost(db, postId, me, body);
    });
}

void DiscussionsService::deletePost(const QString &postId) {
    if (!m_session.ensureOpen("deletePost"))
        return;
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return;
    }
    localWrite(m_session, this, [postId, me = m_session.myId()](CacheDatabase &db) {
        return localmutations::deletePost(db, postId, me);
    });
}

} // namespace lyceum

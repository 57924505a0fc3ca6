// Discussions: reading state and notices (core/reading/).
//
// Notices: after a pull finishes or live changes are applied (Client::serverChangesApplied),
// the posts that arrived above the notification watermark are read once
// (readingstore::takeNewPosts) and those concerning the user (notification_rules.h) are emitted
// with noticesArrived. The watermark is taken when the profile's first full sync completes, so
// that history never notifies.
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/discussions_service.h"
#include "client/session_state.h"
#include "logging.h"
#include "reading/reading_store.h"

#include <QDateTime>

namespace lyceum {

void DiscussionsService::checkNewPosts() {
    if (!m_session.profile.user)
        return;
    const QString me = m_session.profile.user->id;
    const QString handle = m_session.profile.user->handle;
    m_session.cache->run<QVector<Notice>>(
        this,
        [me, handle](CacheDatabase &db) {
            QString error;
            const QVector<IncomingPost> posts = readingstore::takeNewPosts(db, me, &error);
            if (!error.isEmpty())
                qCWarning(lcClient) << "reading new posts failed:" << error;
            return selectNotices(posts, me, handle);
        },
        [this](QVector<Notice> found) {
            if (!found.isEmpty())
                Q_EMIT noticesArrived(found);
        });
}

void DiscussionsService::markThreadRead(const QString &threadId) {
    if (!m_session.ensureOpen("markThreadRead"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QString>(
        this,
        [threadId, now](CacheDatabase &db) {
            QString error;
            return readingstore::markThreadRead(db, threadId, now, &error) ? QString() : error;
        },
        [this](QString error) {
            if (!error.isEmpty())
                qCWarning(lcClient) << "marking a thread read failed:" << error;
            else
                Q_EMIT unreadChanged();
        });
}

void DiscussionsService::fetchUnreadBySpace(QObject *context,
                                            std::function<void(QHash<QString, int>)> done) {
    m_session.cache->run<QHash<QString, int>>(
        context,
        [me = m_session.myId()](CacheDatabase &db) { return readingstore::unreadBySpace(db, me); },
        std::move(done));
}

} // namespace lyceum

// Client: reading state and notices (core/reading/), and edits of the user's own posts
// (core/outbox/local_mutations.h).
//
// Notices: after a pull finishes or live changes are applied, the posts that arrived above the
// notification watermark are read once (readingstore::takeNewPosts) and those concerning the
// user (notification_rules.h) are emitted with noticesArrived. The watermark is taken when the
// profile's first full sync completes, so that history never notifies.
#include "client/client.h"
#include "client/client_private.h"
#include "domain/mutation_defs.h"
#include "logging.h"
#include "outbox/local_mutations.h"
#include "reading/reading_store.h"

#include <QDateTime>

namespace lyceum {

void Client::Private::setupReading() {
    qRegisterMetaType<lyceum::Notice>();
    QObject::connect(sync, &SyncEngine::finished, q, [this](const ApiError &e) {
        if (!e.isError())
            checkNewPosts();
    });
    QObject::connect(live, &LiveChannel::cacheChanged, q, [this] { checkNewPosts(); });
}

void Client::Private::checkNewPosts() {
    if (!notices || !profile.user)
        return;
    const QString me = profile.user->id;
    const QString handle = profile.user->handle;
    cache->run<QVector<Notice>>(
        q,
        [me, handle](CacheDatabase &db) {
            QString error;
            const QVector<IncomingPost> posts = readingstore::takeNewPosts(db, me, &error);
            if (!error.isEmpty())
                qCWarning(lcClient) << "reading new posts failed:" << error;
            return selectNotices(posts, me, handle);
        },
        [this](QVector<Notice> found) {
            if (!found.isEmpty())
                Q_EMIT q->noticesArrived(found);
        });
}

void Client::markThreadRead(const QString &threadId) {
    if (!d->ensureOpen("markThreadRead"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<QString>(
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

void Client::fetchUnreadBySpace(QObject *context, std::function<void(QHash<QString, int>)> done) {
    d->cache->run<QHash<QString, int>>(
        context,
        [me = d->myId()](CacheDatabase &db) { return readingstore::unreadBySpace(db, me); },
        std::move(done));
}

void Client::editPost(const QString &postId, const QString &body) {
    if (!d->ensureOpen("editPost"))
        return;
    if (!d->profile.user) {
        Q_EMIT errorOccurred(ApiError::notLoggedIn());
        return;
    }
    if (!mutations::isTextWithin(body, mutations::kMaxPostBody)) {
        Q_EMIT errorOccurred(
            ApiError::make(ApiError::Kind::Invalid, tr("A post needs 1 to 20,000 characters.")));
        return;
    }
    d->cache->run<Status>(
        this,
        [postId, body, me = d->myId()](CacheDatabase &db) {
            return localmutations::editPost(db, postId, me, body);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

void Client::deletePost(const QString &postId) {
    if (!d->ensureOpen("deletePost"))
        return;
    if (!d->profile.user) {
        Q_EMIT errorOccurred(ApiError::notLoggedIn());
        return;
    }
    d->cache->run<Status>(
        this,
        [postId, me = d->myId()](CacheDatabase &db) {
            return localmutations::deletePost(db, postId, me);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

void Client::search(const QString &query, int limit, QObject *context,
                    std::function<void(QVector<SearchHit>)> done) {
    d->cache->run<QVector<SearchHit>>(
        context, [query, limit](CacheDatabase &db) { return search::search(db, query, limit); },
        std::move(done));
}

} // namespace lyceum

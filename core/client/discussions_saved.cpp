// Discussions: saved posts (bookmarks). The device's copy is in the cache (saved_posts); saving
// queues saved.add / saved.remove; GET /me/saved brings the other devices' saves after pulls.
#include "client/discussions_saved.h"

#include "api/account_api.h"
#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/session_state.h"

#include <QDateTime>
#include <QPointer>

namespace lyceum {

SavedPosts::SavedPosts(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(session.client, &Client::serverChangesApplied, this, &SavedPosts::refresh);
}

SavedPosts &SavedPosts::of(Client &client) {
    return *client.findChild<SavedPosts *>(QString(), Qt::FindDirectChildrenOnly);
}

void SavedPosts::setSaved(const QString &postId, bool save) {
    if (!m_session.ensureOpen("setSaved"))
        return;
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<Status>(
        this,
        [postId, save, now](CacheDatabase &db) {
            return savedstore::setSaved(db, postId, save, now);
        },
        [this](Status status) {
            const bool ok = status.ok();
            m_session.afterLocalWrite(status);
            if (ok)
                Q_EMIT changed();
        });
}

void SavedPosts::fetch(int limit, QObject *context, std::function<void(QVector<SavedItem>)> done) {
    m_session.readOrReport<QVector<SavedItem>>(
        context, [limit](CacheDatabase &db) { return savedstore::list(db, limit); },
        std::move(done));
}

void SavedPosts::fetchIds(QObject *context, std::function<void(QSet<QString>)> done) {
    m_session.readOrReport<QSet<QString>>(
        context, [](CacheDatabase &db) { return savedstore::savedIds(db); }, std::move(done));
}

void SavedPosts::refresh() {
    if (!m_session.opened || !m_session.loggedIn || !m_session.api->hasSession())
        return;
    QPointer<SavedPosts> self(this);
    accountapi::saved(
        *m_session.api, [this, self](const ApiError &e, const QVector<accountapi::SavedRef> &list) {
            if (!self || e.isError())
                return; // offline or refused: the device's copy stays; the next pull tries again
            QVector<QPair<QString, qint64>> rows;
            rows.reserve(list.size());
            for (const accountapi::SavedRef &ref : list)
                rows.append({ref.postId, ref.savedAt});
            m_session.cache->run<Result<bool>>(
                this, [rows](CacheDatabase &db) { return savedstore::merge(db, rows); },
                [this](Result<bool> merged) {
                    if (!merged) {
                        Q_EMIT m_session.client->errorOccurred(
                            ApiError::storage(merged.error().message));
                        return;
                    }
                    if (merged.value())
                        Q_EMIT changed();
                });
        });
}

} // namespace lyceum

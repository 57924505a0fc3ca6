// Discussions: the inbox (reading/inbox_store.h). Everything is read from the cache on the
// device; read marks are kept there too.
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/discussions_service.h"
#include "client/session_state.h"
#include "logging.h"

#include <QDateTime>

namespace lyceum {

void DiscussionsService::fetchInbox(int limit, QObject *context,
                                    std::function<void(QVector<InboxItem>)> done) {
    const QString me = m_session.myId();
    const QString handle = m_session.profile.user ? m_session.profile.user->handle : QString();
    m_session.readOrReport<QVector<InboxItem>>(
        context,
        [me, handle, limit](CacheDatabase &db) -> Result<QVector<InboxItem>> {
            QVector<InboxItem> items;
            QString error;
            if (!inboxstore::read(db, me, handle, limit, &items, &error))
                return CoreError::storage(error);
            return items;
        },
        std::move(done));
}

void DiscussionsService::fetchMembers(const QString &prefix, int limit, QObject *context,
                                      std::function<void(QVector<inboxstore::MemberName>)> done) {
    m_session.cache->run<QVector<inboxstore::MemberName>>(
        context,
        [prefix, limit, me = m_session.myId()](CacheDatabase &db) {
            QVector<inboxstore::MemberName> members;
            QString error;
            if (!inboxstore::membersStartingWith(db, prefix, me, limit, &members, &error))
                qCWarning(lcClient) << "reading members failed:" << error;
            return members;
        },
        std::move(done));
}

void DiscussionsService::fetchModeratedPosts(QObject *context,
                                             std::function<void(QHash<QString, QString>)> done) {
    m_session.cache->run<QHash<QString, QString>>(
        context, [](CacheDatabase &db) { return inboxstore::moderatedPosts(db); }, std::move(done));
}

void DiscussionsService::markInboxRead(const QStringList &keys) {
    if (!m_session.ensureOpen("markInboxRead") || keys.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QString>(
        this,
        [keys, now](CacheDatabase &db) {
            QString error;
            return inboxstore::markRead(db, keys, now, &error) ? QString() : error;
        },
        [this](QString error) {
            if (!error.isEmpty())
                qCWarning(lcClient) << "marking inbox items read failed:" << error;
            Q_EMIT inboxChanged();
        });
}

void DiscussionsService::markInboxAllRead() {
    if (!m_session.ensureOpen("markInboxAllRead"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString me = m_session.myId();
    const QString handle = m_session.profile.user ? m_session.profile.user->handle : QString();
    m_session.cache->run<QString>(
        this,
        [me, handle, now](CacheDatabase &db) {
            QString error;
            return inboxstore::markAllRead(db, me, handle, now, &error) ? QString() : error;
        },
        [this](QString error) {
            if (!error.isEmpty())
                qCWarning(lcClient) << "marking the inbox read failed:" << error;
            Q_EMIT inboxChanged();
        });
}

void DiscussionsService::storeModerationNotices(const QVector<ModerationNotice> &notices,
                                                QObject *context, std::function<void()> done) {
    if (!m_session.opened) {
        done();
        return;
    }
    m_session.cache->run<QString>(
        context,
        [notices](CacheDatabase &db) {
            QString error;
            return inboxstore::storeNotices(db, notices, &error) ? QString() : error;
        },
        [this, done = std::move(done)](QString error) {
            if (!error.isEmpty())
                qCWarning(lcClient) << "keeping the moderators' notices failed:" << error;
            done();
            Q_EMIT inboxChanged();
        });
}

} // namespace lyceum

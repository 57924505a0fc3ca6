// Client: reports and the moderators' console (moderation/moderation.h). Reading the queue and
// the audit log needs the server (the last queue is kept for offline use); acting, undoing and
// reporting go through the outbox.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"

#include <QUuid>

namespace lyceum {

void Client::fetchModerationQueue(
    QObject *context, std::function<void(const ApiError &, QVector<ModerationItem>)> done) {
    QPointer<QObject> guard(context);
    const auto fromCache = [this, guard, done](const ApiError &error) {
        d->cache->run<QVector<ModerationItem>>(
            guard ? guard.data() : this,
            [](CacheDatabase &db) { return moderationstore::queue(db); },
            [guard, done, error](QVector<ModerationItem> items) {
                if (guard)
                    done(error, items);
            });
    };
    if (!d->loggedIn) {
        fromCache(ApiError::notLoggedIn());
        return;
    }
    d->api->getJson(
        QStringLiteral("/moderation/queue"),
        [this, fromCache](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                fromCache(e);
                return;
            }
            QString error;
            if (!moderationQueueFromJson(answer, &error)) {
                fromCache(ApiError::make(ApiError::Kind::BadResponse, error));
                return;
            }
            d->cache->run<QString>(
                this,
                [answer](CacheDatabase &db) {
                    QString failure;
                    return moderationstore::storeQueue(db, answer, &failure) ? QString() : failure;
                },
                [fromCache](QString failure) {
                    fromCache(failure.isEmpty() ? ApiError() : ApiError::storage(failure));
                });
        });
}

void Client::fetchAuditLog(QObject *context,
                           std::function<void(const ApiError &, QVector<AuditEntry>)> done) {
    QPointer<QObject> guard(context);
    d->api->getJson(QStringLiteral("/moderation/log"),
                    [guard, done](const ApiError &e, const QJsonObject &answer) {
                        if (!guard)
                            return;
                        if (e.isError()) {
                            done(e, {});
                            return;
                        }
                        QString error;
                        const auto log = auditLogFromJson(answer, &error);
                        if (!log) {
                            done(ApiError::make(ApiError::Kind::BadResponse, error), {});
                            return;
                        }
                        done({}, *log);
                    });
}

void Client::moderate(const QString &kind, const QString &id, const QString &action,
                      const QString &reason, const QString &note) {
    if (!d->ensureOpen("moderate"))
        return;
    d->cache->run<QString>(
        this,
        [kind, id, action, reason, note](CacheDatabase &db) {
            QString error;
            return moderationstore::act(db, kind, id, action, reason, note, &error) ? QString()
                                                                                    : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::undoModeration(qint64 actionId) {
    if (!d->ensureOpen("undoModeration"))
        return;
    d->cache->run<QString>(
        this,
        [actionId](CacheDatabase &db) {
            QString error;
            return moderationstore::undo(db, actionId, &error) ? QString() : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::report(const QString &kind, const QString &id, const QString &reason,
                    const QString &note) {
    if (!d->ensureOpen("report"))
        return;
    const QString reportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->cache->run<QString>(
        this,
        [kind, id, reason, note, reportId](CacheDatabase &db) {
            QString error;
            return moderationstore::report(db, kind, id, reason, note, reportId, &error) ? QString()
                                                                                         : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::fetchCachedModerationQueue(QObject *context,
                                        std::function<void(QVector<ModerationItem>)> done) {
    d->cache->run<QVector<ModerationItem>>(
        context, [](CacheDatabase &db) { return moderationstore::queue(db); }, std::move(done));
}

} // namespace lyceum

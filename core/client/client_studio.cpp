// Client: creators' drafts (core/studio/draft_store.h), saved on the cache worker.
#include "cache/cache_database.h"
#include "client/client.h"
#include "client/client_private.h"
#include "domain/mutation_defs.h"
#include "logging.h"
#include "outbox/outbox_store.h"
#include "studio/draft_store.h"
#include "studio/draft_sync.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace lyceum {

namespace {
constexpr int kDraftFlushMs = 3000; // typed drafts reach the server at most this late
}

void Client::Private::queueDraftFlush() {
    if (!draftFlush) {
        draftFlush = new QTimer(q);
        draftFlush->setSingleShot(true);
        draftFlush->setInterval(kDraftFlushMs);
        QObject::connect(draftFlush, &QTimer::timeout, q, [this] { scheduleFlush(); });
    }
    refreshOutboxCounts();
    if (!draftFlush->isActive())
        draftFlush->start();
}

QString Client::newDraft(const QString &kind, const QString &courseId, const QString &spaceId) {
    if (!d->ensureOpen("newDraft"))
        return {};
    Draft draft;
    draft.id = QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.kind = kind;
    draft.courseId = courseId;
    draft.spaceId = spaceId;
    saveDraft(draft);
    return draft.id;
}

void Client::saveDraft(const Draft &draft, bool newRevision) {
    if (!d->ensureOpen("saveDraft"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString device = d->studioDevice();
    d->cache->run<QString>(
        this,
        [draft, now, newRevision, device](CacheDatabase &db) {
            QString error;
            draftstore::save(db, draft, now, newRevision, &error, device);
            return error;
        },
        [this, id = draft.id, now, device](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(ApiError::make(
                    ApiError::Kind::Storage, tr("The draft could not be saved: %1").arg(error)));
                return;
            }
            Q_EMIT draftSaved(id, now);
            if (!device.isEmpty())
                d->queueDraftFlush();
        });
}

void Client::fetchDraft(const QString &id, QObject *context,
                        std::function<void(std::optional<Draft>)> done) {
    if (!d->ensureOpen("fetchDraft"))
        return;
    d->cache->run<std::optional<Draft>>(
        context, [id](CacheDatabase &db) { return draftstore::draft(db, id); }, std::move(done));
}

void Client::fetchDrafts(QObject *context, std::function<void(QVector<Draft>)> done) {
    if (!d->ensureOpen("fetchDrafts"))
        return;
    d->cache->run<QVector<Draft>>(
        context, [](CacheDatabase &db) { return draftstore::drafts(db); }, std::move(done));
}

void Client::fetchDraftRevisions(const QString &draftId, QObject *context,
                                 std::function<void(QVector<DraftRevision>)> done) {
    if (!d->ensureOpen("fetchDraftRevisions"))
        return;
    d->cache->run<QVector<DraftRevision>>(
        context, [draftId](CacheDatabase &db) { return draftstore::revisions(db, draftId); },
        std::move(done));
}

void Client::restoreDraftRevision(const QString &draftId, qint64 revisionId) {
    if (!d->ensureOpen("restoreDraftRevision"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<bool>(
        this,
        [draftId, revisionId, now](CacheDatabase &db) {
            QString error;
            return draftstore::restore(db, draftId, revisionId, now, &error);
        },
        [this, draftId](bool ok) {
            if (ok)
                Q_EMIT draftRestored(draftId);
        });
}

void Client::deleteDraft(const QString &id) {
    if (!d->ensureOpen("deleteDraft"))
        return;
    const QString device = d->studioDevice();
    d->cache->run<QString>(
        this,
        [id, device](CacheDatabase &db) {
            QString error;
            return draftstore::remove(db, id, &error, device) ? QString() : error;
        },
        [this, device](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(ApiError::storage(error));
                return;
            }
            Q_EMIT draftsChanged();
            if (!device.isEmpty())
                d->scheduleFlush();
        });
}

void Client::publishDraft(const QString &id, qint64 publishAtMs) {
    if (!d->ensureOpen("publishDraft"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<QString>(
        this,
        [id, publishAtMs, now](CacheDatabase &db) {
            QString error;
            return draftsync::queuePublish(db, id, publishAtMs, now, &error) ? QString() : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(
                    ApiError::make(ApiError::Kind::Storage,
                                   tr("The draft could not be published: %1").arg(error)));
                return;
            }
            Q_EMIT draftsChanged();
            d->scheduleFlush();
        });
}

void Client::cancelScheduledPublish(const QString &draftId) {
    if (!d->ensureOpen("cancelScheduledPublish"))
        return;
    d->cache->run<QString>(
        this,
        [draftId](CacheDatabase &db) {
            QString error;
            if (!db.begin(&error))
                return error;
            QSqlQuery u(db.db());
            u.prepare(QStringLiteral("UPDATE drafts SET publish_requested_at = 0, publish_at = 0 "
                                     "WHERE id = ?"));
            u.addBindValue(draftId);
            if (!CacheDatabase::exec(u, QStringLiteral("cancelling a publish"), &error) ||
                !outboxstore::enqueue(db, QString(mutations::kScheduleCancel), draftId,
                                      {{QStringLiteral("draft_id"), draftId}}, nullptr, &error)) {
                db.rollback();
                return error;
            }
            return db.commit(&error) ? QString() : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT errorOccurred(ApiError::storage(error));
            Q_EMIT draftsChanged();
            d->scheduleFlush();
        });
}

void Client::chooseDraftVersion(const QString &id, const QString &title, const QString &body,
                                qint64 baseUpdatedAt) {
    if (!d->ensureOpen("chooseDraftVersion"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString device = d->studioDevice();
    d->cache->run<QString>(
        this,
        [=](CacheDatabase &db) {
            QString error;
            return draftsync::choose(db, id, title, body, baseUpdatedAt, device, now, &error)
                       ? QString()
                       : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(ApiError::storage(error));
                return;
            }
            Q_EMIT draftsChanged();
            d->scheduleFlush();
        });
}

void Client::fetchPublishState(const QString &draftId, QObject *context,
                               std::function<void(draftsync::PublishState)> done) {
    if (!d->ensureOpen("fetchPublishState"))
        return;
    d->cache->run<draftsync::PublishState>(
        context,
        [draftId](CacheDatabase &db) {
            const std::optional<Draft> draft = draftstore::draft(db, draftId);
            return draft ? draftsync::publishState(db, *draft) : draftsync::PublishState{};
        },
        std::move(done));
}

void Client::fetchPublishedVersion(const QString &draftId, QObject *context,
                                   std::function<void(PublishedVersion)> done) {
    if (!d->ensureOpen("fetchPublishedVersion"))
        return;
    d->cache->run<PublishedVersion>(
        context,
        [draftId](CacheDatabase &db) {
            PublishedVersion v;
            const std::optional<Draft> draft = draftstore::draft(db, draftId);
            if (!draft || draft->targetId.isEmpty())
                return v;
            QSqlQuery q(db.db());
            q.prepare(draft->kind == QLatin1String("course")
                          ? QStringLiteral("SELECT title, description, updated_at FROM courses "
                                           "WHERE id = ?")
                          : QStringLiteral("SELECT title, body, updated_at FROM lessons "
                                           "WHERE id = ?"));
            q.addBindValue(draft->targetId);
            if (q.exec() && q.next()) {
                v.found = true;
                v.title = q.value(0).toString();
                v.body = q.value(1).toString();
                v.updatedAt = q.value(2).toLongLong();
            }
            return v;
        },
        std::move(done));
}

void Client::refreshStudio() {
    if (!d->opened || !d->loggedIn || !d->isCreator())
        return;
    d->api->getJson(QStringLiteral("/studio/drafts"),
                    [this](const ApiError &e, const QJsonObject &o) {
                        if (e.isError()) {
                            qCInfo(lcClient) << "drafts not fetched:" << e.message;
                            return;
                        }
                        const QJsonArray list = o.value(QLatin1StringView("drafts")).toArray();
                        const qint64 now = QDateTime::currentMSecsSinceEpoch();
                        d->cache->run<int>(
                            this,
                            [list, now](CacheDatabase &db) {
                                QString error;
                                int changed = 0;
                                if (!draftsync::merge(db, list, now, &changed, &error))
                                    qCWarning(lcClient) << "drafts not merged:" << error;
                                if (!draftsync::linkPublished(db, &error))
                                    qCWarning(lcClient) << "published drafts not linked:" << error;
                                return changed;
                            },
                            [this](int) {
                                Q_EMIT draftsChanged();
                                uploadDraftVideos();
                                uploadDraftImages();
                            });
                    });
    d->api->getJson(QStringLiteral("/studio/scheduled"),
                    [this](const ApiError &e, const QJsonObject &o) {
                        if (e.isError())
                            return;
                        d->schedules = o.value(QLatin1StringView("scheduled")).toArray();
                        Q_EMIT schedulesChanged();
                    });
}

QJsonArray Client::schedules() const {
    return d->schedules;
}

void Client::fetchAnalytics(const QString &courseId, QObject *context,
                            std::function<void(const ApiError &, const QJsonObject &)> done) {
    QUrlQuery query;
    if (!courseId.isEmpty())
        query.addQueryItem(QStringLiteral("course"), courseId);
    query.addQueryItem(QStringLiteral("utc_offset_min"),
                       QString::number(QDateTime::currentDateTime().offsetFromUtc() / 60));
    QPointer<QObject> guard(context);
    d->api->getJson(QStringLiteral("/studio/analytics"), query,
                    [guard, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
                        if (guard)
                            done(e, o);
                    });
}

} // namespace lyceum

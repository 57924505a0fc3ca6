// Creators' drafts (core/studio/draft_store.h), saved on the cache worker, sent through the
// outbox, merged from the creator's other devices after pulls.
#include "client/studio_service.h"

#include "api/studio_api.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"
#include "logging.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace lyceum {

namespace {
constexpr int kDraftFlushMs = 3000; // typed drafts reach the server at most this late
}

StudioService::StudioService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError())
            refreshStudio();
    });
}

StudioService::~StudioService() = default;

QString StudioService::studioDevice() const {
    return m_session.isCreator() ? m_session.profile.clientId : QString();
}

void StudioService::reportStoreError(const QString &error) {
    Q_EMIT m_session.client->errorOccurred(ApiError::storage(error));
}

void StudioService::queueDraftFlush() {
    if (!m_draftFlush) {
        m_draftFlush = new QTimer(this);
        m_draftFlush->setSingleShot(true);
        m_draftFlush->setInterval(kDraftFlushMs);
        connect(m_draftFlush, &QTimer::timeout, this, [this] { m_session.scheduleFlush(); });
    }
    m_session.refreshOutboxCounts();
    if (!m_draftFlush->isActive())
        m_draftFlush->start();
}

QString StudioService::newDraft(const QString &kind, const QString &courseId,
                                const QString &spaceId) {
    if (!m_session.ensureOpen("newDraft"))
        return {};
    Draft draft;
    draft.id = QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.kind = kind;
    draft.courseId = courseId;
    draft.spaceId = spaceId;
    saveDraft(draft);
    return draft.id;
}

void StudioService::saveDraft(const Draft &draft, bool newRevision) {
    if (!m_session.ensureOpen("saveDraft"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString device = studioDevice();
    m_session.cache->run<QString>(
        this,
        [draft, now, newRevision, device](CacheDatabase &db) {
            QString error;
            draftstore::save(db, draft, now, newRevision, &error, device);
            return error;
        },
        [this, id = draft.id, now, device](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT m_session.client->errorOccurred(ApiError::make(
                    ApiError::Kind::Storage, tr("The draft could not be saved: %1").arg(error)));
                return;
            }
            Q_EMIT draftSaved(id, now);
            if (!device.isEmpty())
                queueDraftFlush();
        });
}

void StudioService::fetchDraft(const QString &id, QObject *context,
                               std::function<void(std::optional<Draft>)> done) {
    if (!m_session.ensureOpen("fetchDraft"))
        return;
    m_session.cache->run<std::optional<Draft>>(
        context, [id](CacheDatabase &db) { return draftstore::draft(db, id); }, std::move(done));
}

void StudioService::fetchDrafts(QObject *context, std::function<void(QVector<Draft>)> done) {
    if (!m_session.ensureOpen("fetchDrafts"))
        return;
    m_session.cache->run<QVector<Draft>>(
        context, [](CacheDatabase &db) { return draftstore::drafts(db); }, std::move(done));
}

void StudioService::saveOutline(const QString &courseId,
                                const QVector<courseoutline::Section> &outline) {
    if (!m_session.ensureOpen("saveOutline"))
        return;
    m_session.cache->run<QString>(
        this,
        [courseId, outline](CacheDatabase &db) {
            QString error;
            return courseoutline::queue(db, courseId, outline, &error) ? QString() : error;
        },
        [this, courseId](const QString &error) {
            if (error.isEmpty()) {
                Q_EMIT m_session.client->cacheChanged();
                m_session.refreshOutboxCounts();
                m_session.scheduleFlush();
            } else {
                reportStoreError(error);
            }
            Q_EMIT outlineSaved(courseId, error);
        });
}

void StudioService::fetchOutline(const QString &courseId, QObject *context,
                                 std::function<void(courseoutline::Stored)> done) {
    if (!m_session.ensureOpen("fetchOutline"))
        return;
    m_session.cache->run<courseoutline::Stored>(
        context, [courseId](CacheDatabase &db) { return courseoutline::read(db, courseId); },
        std::move(done));
}

void StudioService::fetchDraftEntries(QObject *context,
                                      std::function<void(QVector<draftstatus::Entry>)> done) {
    if (!m_session.ensureOpen("fetchDraftEntries"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QVector<draftstatus::Entry>>(
        context, [now](CacheDatabase &db) { return draftstatus::entries(db, now); },
        std::move(done));
}

void StudioService::fetchDraftRevisions(const QString &draftId, QObject *context,
                                        std::function<void(QVector<DraftRevision>)> done) {
    if (!m_session.ensureOpen("fetchDraftRevisions"))
        return;
    m_session.cache->run<QVector<DraftRevision>>(
        context, [draftId](CacheDatabase &db) { return draftstore::revisions(db, draftId); },
        std::move(done));
}

void StudioService::restoreDraftRevision(const QString &draftId, qint64 revisionId) {
    if (!m_session.ensureOpen("restoreDraftRevision"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<bool>(
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

void StudioService::deleteDraft(const QString &id) {
    if (!m_session.ensureOpen("deleteDraft"))
        return;
    const QString device = studioDevice();
    m_session.cache->run<QString>(
        this,
        [id, device](CacheDatabase &db) {
            QString error;
            return draftstore::remove(db, id, &error, device) ? QString() : error;
        },
        [this, device](const QString &error) {
            if (!error.isEmpty()) {
                reportStoreError(error);
                return;
            }
            Q_EMIT draftsChanged();
            if (!device.isEmpty())
                m_session.scheduleFlush();
        });
}

void StudioService::publishDraft(const QString &id, qint64 publishAtMs) {
    if (!m_session.ensureOpen("publishDraft"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QString>(
        this,
        [id, publishAtMs, now](CacheDatabase &db) {
            QString error;
            return draftsync::queuePublish(db, id, publishAtMs, now, &error) ? QString() : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT m_session.client->errorOccurred(
                    ApiError::make(ApiError::Kind::Storage,
                                   tr("The draft could not be published: %1").arg(error)));
                return;
            }
            Q_EMIT draftsChanged();
            m_session.scheduleFlush();
        });
}

void StudioService::cancelScheduledPublish(const QString &draftId) {
    if (!m_session.ensureOpen("cancelScheduledPublish"))
        return;
    m_session.cache->run<QString>(
        this,
        [draftId](CacheDatabase &db) {
            QString error;
            return draftsync::cancelPublish(db, draftId, &error) ? QString() : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                reportStoreError(error);
            Q_EMIT draftsChanged();
            m_session.scheduleFlush();
        });
}

void StudioService::chooseDraftVersion(const QString &id, const QString &title, const QString &body,
                                       qint64 baseUpdatedAt) {
    if (!m_session.ensureOpen("chooseDraftVersion"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString device = studioDevice();
    m_session.cache->run<QString>(
        this,
        [=](CacheDatabase &db) {
            QString error;
            return draftsync::choose(db, id, title, body, baseUpdatedAt, device, now, &error)
                       ? QString()
                       : error;
        },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                reportStoreError(error);
                return;
            }
            Q_EMIT draftsChanged();
            m_session.scheduleFlush();
        });
}

void StudioService::fetchPublishState(const QString &draftId, QObject *context,
                                      std::function<void(draftsync::PublishState)> done) {
    if (!m_session.ensureOpen("fetchPublishState"))
        return;
    m_session.cache->run<draftsync::PublishState>(
        context,
        [draftId](CacheDatabase &db) {
            const std::optional<Draft> draft = draftstore::draft(db, draftId);
            return draft ? draftsync::publishState(db, *draft) : draftsync::PublishState{};
        },
        std::move(done));
}

void StudioService::fetchPublishedVersion(const QString &draftId, QObject *context,
                                          std::function<void(draftsync::PublishedVersion)> done) {
    if (!m_session.ensureOpen("fetchPublishedVersion"))
        return;
    m_session.cache->run<draftsync::PublishedVersion>(
        context, [draftId](CacheDatabase &db) { return draftsync::publishedVersion(db, draftId); },
        std::move(done));
}

void StudioService::refreshStudio() {
    if (!m_session.opened || !m_session.loggedIn || !m_session.isCreator())
        return;
    studioapi::drafts(*m_session.api, [this](const ApiError &e, const QJsonArray &list) {
        if (e.isError()) {
            qCInfo(lcClient) << "drafts not fetched:" << e.message;
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_session.cache->run<int>(
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
    studioapi::scheduled(*m_session.api, [this](const ApiError &e, const QJsonArray &list) {
        if (e.isError())
            return;
        m_schedules = list;
        Q_EMIT schedulesChanged();
    });
}

QJsonArray StudioService::schedules() const {
    return m_schedules;
}

void StudioService::fetchAnalytics(const QString &courseId, QObject *context,
                                   std::function<void(const ApiError &, const QJsonObject &)> done,
                                   const QDate &from, const QDate &to) {
    QPointer<QObject> guard(context);
    studioapi::analytics(
        *m_session.api, courseId, QDateTime::currentDateTime().offsetFromUtc() / 60,
        [guard, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
            if (guard)
                done(e, o);
        },
        from.isValid() ? from.toString(Qt::ISODate) : QString(),
        to.isValid() ? to.toString(Qt::ISODate) : QString());
}

} // namespace lyceum

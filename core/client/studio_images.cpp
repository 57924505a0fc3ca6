// StudioService: images in creators' text (docs/studio.md). Added from a file into the profile
// (images/ID), referenced as ![name](lyceum-image:ID), sent when online (PUT, idempotent under
// the id), and fetched on demand by any reader for display, then kept in the profile. Every
// file access runs on the cache worker (studio/image_store.h).
#include "api/studio_api.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"
#include "client/studio_service.h"
#include "logging.h"
#include "studio/image_store.h"

#include <QPointer>

namespace lyceum {

QString StudioService::imagePath(const QString &id) const {
    return imagestore::path(m_session.options.profileDir, id);
}

void StudioService::addImage(const QString &file, QObject *context,
                             std::function<void(const QString &, const QString &)> done) {
    m_session.cache->run<imagestore::Added>(
        context,
        [dir = m_session.options.profileDir, file](CacheDatabase &) {
            return imagestore::add(dir, file);
        },
        [done = std::move(done)](const imagestore::Added &added) {
            switch (added.refusal) {
            case imagestore::AddRefusal::None:
                done(added.id, {});
                return;
            case imagestore::AddRefusal::TooLarge:
                done({}, tr("The image is larger than 1 MB; make it smaller first."));
                return;
            case imagestore::AddRefusal::NotAnImage:
                done({}, tr("Only PNG, JPEG, GIF and WebP images can be added."));
                return;
            case imagestore::AddRefusal::Unreadable:
            case imagestore::AddRefusal::NotWritten:
                done({}, added.detail);
                return;
            }
        });
}

void StudioService::fetchImage(const QString &id) {
    if (!m_session.opened || !m_session.loggedIn || !isValidId(id) || m_imagesFetching.contains(id))
        return;
    m_imagesFetching.insert(id);
    const QString dir = m_session.options.profileDir;
    m_session.cache->run<bool>(
        this, [dir, id](CacheDatabase &) { return imagestore::exists(dir, id); },
        [this, dir, id](bool kept) {
            if (kept) {
                m_imagesFetching.remove(id);
                return;
            }
            studioapi::image(
                *m_session.api, id, [this, dir, id](const ApiError &e, const QByteArray &bytes) {
                    if (e.isError() || imageMime(bytes).isEmpty()) {
                        m_imagesFetching.remove(id);
                        qCInfo(lcClient) << "image" << id << "not fetched:" << e.code;
                        return;
                    }
                    m_session.cache->run<QString>(
                        this,
                        [dir, id, bytes](CacheDatabase &) {
                            QString error;
                            imagestore::write(dir, id, bytes, &error);
                            return error;
                        },
                        [this, id](const QString &error) {
                            m_imagesFetching.remove(id);
                            if (error.isEmpty())
                                Q_EMIT imageArrived(id);
                            else
                                qCWarning(lcClient) << "image" << id << "not kept:" << error;
                        });
                });
        });
}

void StudioService::uploadDraftImages() {
    if (!m_session.opened || !m_session.loggedIn || !m_session.isCreator())
        return;
    fetchDrafts(this, [this](const QVector<Draft> &drafts) {
        for (const Draft &draft : drafts) {
            for (const QString &id : draftsync::imageIdsIn(draft.body))
                sendImage(id);
        }
    });
}

void StudioService::sendImage(const QString &id) {
    if (m_imagesSending.contains(id))
        return;
    m_imagesSending.insert(id);
    const QString dir = m_session.options.profileDir;
    m_session.cache->run<std::optional<QByteArray>>(
        this, [dir, id](CacheDatabase &) { return imagestore::unsent(dir, id); },
        [this, dir, id](const std::optional<QByteArray> &bytes) {
            if (!bytes) {
                m_imagesSending.remove(id);
                return;
            }
            studioapi::putImage(*m_session.api, id, *bytes, [this, dir, id](const ApiError &e) {
                if (e.isError()) {
                    m_imagesSending.remove(id);
                    qCInfo(lcClient) << "image" << id << "not sent:" << e.code;
                    return;
                }
                m_session.cache->run<bool>(
                    this,
                    [dir, id](CacheDatabase &) {
                        imagestore::markSent(dir, id);
                        return true;
                    },
                    [this, id](bool) {
                        m_imagesSending.remove(id);
                        Q_EMIT imageSent(id);
                    });
            });
        });
}

} // namespace lyceum

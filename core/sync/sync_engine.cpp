#include "sync/sync_engine.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/sync_store.h"
#include "logging.h"
#include "sync/sync_page.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace lyceum {

SyncEngine::SyncEngine(ApiClient *api, CacheWorker *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache) {
    m_decoder.setMaxThreadCount(1);
}

SyncEngine::~SyncEngine() {
    m_decoder.waitForDone();
}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
    m_fetching = true; // reading the cursor counts as the first fetch
    m_lastPageSeen = false;
    m_wiped = false;
    m_applying = 0;
    m_received = 0;
    const quint64 generation = ++m_generation;
    m_cache->run<QString>(
        this, [](CacheDatabase &db) { return syncstore::cursor(db); },
        [this, generation](QString cursor) {
            if (generation == m_generation)
                fetch(cursor);
        });
}

void SyncEngine::cancel() {
    if (!m_running)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled,
                        QCoreApplication::translate("lyceum::SyncEngine", "Sync was cancelled.")));
}

void SyncEngine::fetch(const QString &cursor) {
    m_fetching = true;
    const quint64 generation = m_generation;
    qCDebug(lcSync) << "fetching page after" << cursor;
    m_api->fetchSyncPage(cursor, m_pageSize,
                         [this, generation, cursor](const ApiError &e, const QByteArray &body) {
                             if (generation != m_generation)
                                 return;
                             if (!e.isError()) {
                                 onBody(generation, cursor, body);
                                 return;
                             }
                             m_fetching = false;
                             if (e.code == QLatin1String("cursor_expired") && !m_wiped) {
                                 qCInfo(lcSync) << "cursor expired: wiping the cache and resyncing";
                                 m_wiped = true;
                                 m_fetching = true;
                                 m_cache->run<QString>(
                                     this,
                                     [](CacheDatabase &db) {
                                         QString error;
                                         return syncstore::wipe(db, &error) ? QString() : error;
                                     },
                                     [this, generation](QString error) {
                                         if (generation != m_generation)
                                             return;
                                         if (!error.isEmpty())
                                             fail(ApiError::storage(error));
                                         else
                                             fetch(QString());
                                     });
                                 return;
                             }
                             fail(e);
                         });
}

void SyncEngine::onBody(quint64 generation, const QString &fromCursor, const QByteArray &body) {
    ++m_applying;
    m_decoder.start([this, generation, fromCursor, body] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto page = decodeSyncPage(body, &error);
        qCDebug(lcSync) << "decoded a page in" << timer.elapsed() << "ms";
        // Queued to this object: dropped if it is gone (the destructor waits for this task).
        if (!page) {
            QMetaObject::invokeMethod(
                this, [this, generation, error] { onApplied(generation, 0, error, true); },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, fromCursor, p = std::make_shared<SyncPage>(std::move(*page))] {
                onDecoded(generation, fromCursor, p);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::onDecoded(quint64 generation, const QString &fromCursor,
                           std::shared_ptr<SyncPage> page) {
    if (generation != m_generation)
        return;
    m_fetching = false;
    if (page->hasMore)
        fetch(page->cursor);
    else
        m_lastPageSeen = true;
    QPointer<SyncEngine> self(this);
    m_cache->post([self, generation, fromCursor, page](CacheDatabase &db) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = syncstore::applyPage(db, page->changes, fromCursor, page->cursor,
                                             !page->hasMore, &error);
        qCDebug(lcSync) << "stored" << page->changes.size() << "changes in" << timer.elapsed()
                        << "ms";
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, n = int(page->changes.size()), error = ok ? QString() : error] {
                if (self)
                    self->onApplied(generation, n, error, false);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::onApplied(quint64 generation, int count, const QString &error, bool decodeError) {
    if (generation != m_generation)
        return;
    --m_applying;
    if (!error.isEmpty()) {
        if (decodeError)
            fail(ApiError::make(
                ApiError::Kind::BadResponse,
                QCoreApplication::translate("lyceum::SyncEngine",
                                            "The server sent changes this app cannot read (%1).")
                    .arg(error)));
        else
            fail(ApiError::storage(error));
        return;
    }
    m_received += count;
    Q_EMIT progress(m_received);
    Q_EMIT pageApplied();
    maybeFinish();
}

void SyncEngine::maybeFinish() {
    if (m_running && m_lastPageSeen && !m_fetching && m_applying == 0) {
        m_running = false;
        ++m_generation;
        qCInfo(lcSync) << "sync finished:" << m_received << "changes";
        Q_EMIT finished({});
    }
}

void SyncEngine::fail(const ApiError &error) {
    m_running = false;
    m_fetching = false;
    ++m_generation;
    qCInfo(lcSync) << "sync failed:" << error.message;
    Q_EMIT finished(error);
}

} // namespace lyceum

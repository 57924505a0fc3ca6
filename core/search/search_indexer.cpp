#include "search/search_indexer.h"

#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "logging.h"
#include "search/search_backlog.h"

#include <algorithm>

namespace lyceum {

namespace {
struct BatchResult {
    qint64 indexed = 0; // -1: failed
    qint64 waiting = 0;
    QString error;
};
} // namespace

SearchIndexer::SearchIndexer(CacheWorker *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache) {}

void SearchIndexer::start() {
    if (m_running || m_paused)
        return;
    m_running = true;
    m_indexed = 0;
    const quint64 generation = ++m_generation;
    m_cache->run<qint64>(
        this, [](CacheDatabase &db) { return db.isOpen() ? search::rowsWaiting(db) : 0; },
        [this, generation](qint64 waiting) {
            if (generation != m_generation)
                return;
            if (waiting <= 0) {
                m_running = false;
                m_waiting = 0;
                return;
            }
            m_waiting = waiting;
            qCInfo(lcCache) << "indexing" << waiting << "rows for search";
            Q_EMIT progress(m_indexed, m_waiting);
            runBatch(generation);
        });
}

void SearchIndexer::setPaused(bool paused) {
    m_paused = paused;
    if (!paused)
        start();
}

void SearchIndexer::runBatch(quint64 generation) {
    if (m_paused) {
        // The run ends here; unpausing starts a new one that counts again.
        m_running = false;
        ++m_generation;
        return;
    }
    m_cache->run<BatchResult>(
        this,
        [](CacheDatabase &db) {
            BatchResult r;
            if (!db.isOpen())
                return r;
            r.indexed = search::indexWaiting(db, search::kIndexBatchRows, &r.error);
            r.waiting = r.indexed > 0 ? search::rowsWaiting(db) : 0; // -1: unknown
            return r;
        },
        [this, generation](BatchResult r) {
            if (generation != m_generation)
                return;
            if (r.indexed < 0) {
                m_running = false;
                qCWarning(lcCache) << "search indexing failed:" << r.error;
                Q_EMIT finished(r.error);
                return;
            }
            m_indexed += r.indexed;
            m_waiting = std::max<qint64>(0, r.waiting);
            // Done only when a batch finds nothing: that batch also drops backlogs whose rows
            // were all deleted, which the count above already reads as zero.
            if (r.indexed == 0) {
                m_running = false;
                m_waiting = 0;
                qCInfo(lcCache) << "search index complete:" << m_indexed << "rows indexed";
                Q_EMIT progress(m_indexed, 0);
                Q_EMIT finished({});
                return;
            }
            Q_EMIT progress(m_indexed, m_waiting);
            runBatch(generation);
        });
}

} // namespace lyceum

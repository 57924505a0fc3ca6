#include "sync/sync_engine.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/sync_store.h"
#include "logging.h"
#include "search/search_indexer.h"
#include "sync/sync_page.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

namespace lyceum {

SyncEngine::SyncEngine(ApiClient *api, CacheWorker *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_indexer(new SearchIndexer(cache, this)) {
    m_decoder.setMaxThreadCount(1);
}

SyncEngine::~SyncEngine() {
    m_decoder.waitForDone();
}

bool SyncEngine::peekNextCursor(const QByteArray &body, QString *cursor, bool *hasMore) {
    const auto valueAfter = [&](const char *key) -> qsizetype {
        const qsizetype at = body.lastIndexOf(key);
        if (at < 0)
            return -1;
        qsizetype i = at + qsizetype(qstrlen(key));
        while (i < body.size() && (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == ':'))
            ++i;
        return i < body.size() ? i : -1;
    };
    const qsizetype more = valueAfter("\"has_more\"");
    const qsizetype cur = valueAfter("\"cursor\"");
    if (more < 0 || cur < 0 || body.at(cur) != '"')
        return false;
    if (body.mid(more, 4) == "true")
        *hasMore = true;
    else if (body.mid(more, 5) == "false")
        *hasMore = false;
    else
        return false;
    const qsizetype close = body.indexOf('"', cur + 1);
    if (close < 0 || close - cur > 512)
        return false;
    const QByteArray value = body.mid(cur + 1, close - cur - 1);
    if (value.contains('\\'))
        return false;
    *cursor = QString::fromUtf8(value);
    return true;
}

void SyncEngine::start() {
    if (m_running)
        return;
    m_running = true;
    m_indexer->setPaused(true); // the pages first; the index catches up after
    m_fetching = true;          // reading the cursor counts as the first fetch
    m_lastPageSeen = false;
    m_wiped = false;
    m_speculate = true;
    m_applying = 0;
    m_received = 0;
    m_runLimit = std::max(1, m_pageSize);
    m_requested.clear();
    m_chain.clear();
    const quint64 generation = ++m_generation;
    m_cache->run<QString>(
        this, [](CacheDatabase &db) { return syncstore::cursor(db); },
        [this, generation](QString cursor) {
            if (generation != m_generation)
                return;
            m_expectedFrom = cursor;
            m_chain.insert(cursor);
            fetch(cursor);
        });
}

void SyncEngine::cancel() {
    if (!m_running)
        return;
    fail(ApiError::make(ApiError::Kind::Cancelled,
                        QCoreApplication::translate("lyceum::SyncEngine", "Sync was cancelled.")));
}

void SyncEngine::fetch(const QString &cursor, bool speculative) {
    m_fetching = true;
    m_requested.insert(cursor);
    const quint64 generation = m_generation;
    const quint64 token = ++m_fetchToken;
    const int limit = m_runLimit;
    qCDebug(lcSync) << "fetching page after" << cursor;
    m_api->fetchSyncPage(cursor, limit,
                         [this, generation, token, cursor, speculative,
                          limit](const ApiError &e, const QByteArray &body) {
                             onFetched(generation, token, cursor, speculative, limit, e, body);
                         });
}

void SyncEngine::onFetched(quint64 generation, quint64 token, const QString &cursor,
                           bool speculative, int limit, const ApiError &e, const QByteArray &body) {
    if (generation != m_generation || token != m_fetchToken)
        return;
    m_fetching = false;
    if (!e.isError()) {
        onBody(generation, cursor, limit, body);
        return;
    }
    if (speculative && cursor != m_expectedFrom) {
        // The guess is not confirmed yet (it may be wrong): the decoded page will decide and
        // fetch again without guessing.
        qCInfo(lcSync) << "a speculative fetch failed:" << e.message;
        m_requested.remove(cursor);
        m_speculate = false;
        maybeFinish();
        return;
    }
    if (e.code == QLatin1String(ApiClient::kAnswerTooLarge) && limit > 1) {
        // Over the page's size cap: ask for fewer changes (a few very large rows), no guessing.
        m_runLimit = std::max(1, limit / limits::kSyncShrinkDivisor);
        m_speculate = false;
        qCInfo(lcSync) << "a page was over its size cap; asking for" << m_runLimit << "changes";
        if (cursor == m_expectedFrom && !m_lastPageSeen)
            fetch(cursor);
        else
            maybeFinish();
        return;
    }
    if (e.code == QLatin1String("cursor_expired") && !m_wiped) {
        qCInfo(lcSync) << "cursor expired: wiping the cache and resyncing";
        // A new generation: whatever the old cursor's pipeline still carries is dropped.
        const quint64 fresh = ++m_generation;
        m_wiped = true;
        m_fetching = true;
        m_applying = 0;
        m_requested.clear();
        m_chain = {QString()};
        m_cache->run<QString>(
            this,
            [](CacheDatabase &db) {
                QString error;
                return syncstore::wipe(db, &error) ? QString() : error;
            },
            [this, fresh](QString error) {
                if (fresh != m_generation)
                    return;
                if (!error.isEmpty()) {
                    fail(ApiError::storage(error));
                    return;
                }
                m_expectedFrom.clear();
                fetch(QString());
            });
        return;
    }
    fail(e);
}

void SyncEngine::onBody(quint64 generation, const QString &fromCursor, int limit,
                        const QByteArray &body) {
    ++m_applying;
    QString next;
    bool more = false;
    if (m_speculate && peekNextCursor(body, &next, &more) && more && !m_requested.contains(next))
        fetch(next, true); // the network works on N+1 while N is decoded and stored
    m_decoder.start([this, generation, fromCursor, body, limit] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto page = decodeSyncPage(body, &error, limit);
        qCDebug(lcSync) << "decoded a page in" << timer.elapsed() << "ms";
        // Queued to this object: dropped if it is gone (the destructor waits for this task).
        if (!page) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, fromCursor, error] {
                    onDecodeFailed(generation, fromCursor, error);
                },
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

void SyncEngine::onDecodeFailed(quint64 generation, const QString &fromCursor,
                                const QString &error) {
    if (generation != m_generation)
        return;
    // Pages are decoded in fetch order, so the page before this one has already moved
    // m_expectedFrom: a page off the chain was fetched on a wrong guess and does not count.
    if (fromCursor != m_expectedFrom) {
        --m_applying;
        maybeFinish();
        return;
    }
    onApplied(generation, 0, error, true);
}

void SyncEngine::onDecoded(quint64 generation, const QString &fromCursor,
                           std::shared_ptr<SyncPage> page) {
    if (generation != m_generation)
        return;
    if (fromCursor != m_expectedFrom) {
        // A page fetched on a wrong guess: not part of the chain.
        --m_applying;
        maybeFinish();
        return;
    }
    if (page->hasMore && m_chain.contains(page->cursor)) {
        // has_more with a cursor this run already stood at: following it would loop forever.
        --m_applying;
        qCWarning(lcSync) << "the server's cursor did not advance:" << page->cursor;
        fail(ApiError::make(
            ApiError::Kind::BadResponse,
            QCoreApplication::translate("lyceum::SyncEngine",
                                        "The server keeps sending the same changes (its position "
                                        "\"%1\" does not move forward), so the sync was "
                                        "stopped. Try again later; if it persists, tell the "
                                        "server's operator.")
                .arg(page->cursor.left(64)),
            QStringLiteral("cursor_not_advancing")));
        return;
    }
    m_chain.insert(page->cursor);
    m_expectedFrom = page->cursor;
    if (page->hasMore) {
        if (!m_requested.contains(page->cursor)) {
            if (m_fetching) {
                qCInfo(lcSync) << "the peeked cursor was wrong; fetching without guessing";
                m_speculate = false;
            }
            fetch(page->cursor); // replaces any speculative fetch (its answer is ignored)
        }
    } else {
        m_lastPageSeen = true;
        if (m_fetching) { // a guess said has_more; the page says otherwise
            ++m_fetchToken;
            m_fetching = false;
        }
    }
    QPointer<SyncEngine> self(this);
    m_cache->post([self, generation, fromCursor, page](CacheDatabase &db) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = syncstore::applyPage(db, page->changes, fromCursor, page->cursor,
                                             !page->hasMore, &error, page->offlineGraceMs);
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
        m_indexer->setPaused(false);
        Q_EMIT finished({});
    }
}

void SyncEngine::fail(const ApiError &error) {
    m_running = false;
    m_fetching = false;
    ++m_generation;
    qCInfo(lcSync) << "sync failed:" << error.message;
    m_indexer->setPaused(false);
    Q_EMIT finished(error);
}

} // namespace lyceum

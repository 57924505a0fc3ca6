#include "outbox/outbox_sender.h"

#include "api/api_client.h"
#include "cache/cache_worker.h"
#include "logging.h"
#include "outbox/outbox_store.h"

#include <QJsonArray>

namespace lyceum {

namespace {
struct Batch {
    QVector<outboxstore::Outgoing> rows;
    QString error;
};
} // namespace

OutboxSender::OutboxSender(ApiClient *api, CacheWorker *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache) {}

void OutboxSender::flush() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    sendNextBatch();
}

void OutboxSender::sendNextBatch() {
    m_cache->run<Batch>(
        this,
        [](CacheDatabase &db) {
            Batch b;
            outboxstore::takeBatch(db, kBatchSize, &b.rows, &b.error);
            return b;
        },
        [this](Batch batch) {
            if (!batch.error.isEmpty()) {
                finish(ApiError::storage(batch.error));
                return;
            }
            if (batch.rows.isEmpty()) {
                finish({});
                return;
            }
            QJsonArray wire;
            for (const auto &row : std::as_const(batch.rows))
                wire.append(row.toWire());
            qCInfo(lcOutbox) << "sending" << batch.rows.size() << "mutations";
            m_api->postMutations(
                m_clientId, wire,
                [this, rows = batch.rows](const ApiError &e,
                                          const QVector<MutationResult> &results) {
                    if (e.isError()) {
                        m_cache->run<QString>(
                            this,
                            [rows](CacheDatabase &db) {
                                QString error;
                                outboxstore::release(db, rows, &error);
                                return error;
                            },
                            [this, e](QString) { finish(e); });
                        return;
                    }
                    m_cache->run<QString>(
                        this,
                        [rows, results](CacheDatabase &db) {
                            QString error;
                            return outboxstore::recordResults(db, rows, results, &error) ? QString()
                                                                                         : error;
                        },
                        [this](QString error) {
                            Q_EMIT changed();
                            if (!error.isEmpty())
                                finish(ApiError::storage(error));
                            else
                                sendNextBatch();
                        });
                });
        });
}

void OutboxSender::finish(const ApiError &error) {
    if (m_again && !error.isError()) {
        m_again = false;
        sendNextBatch();
        return;
    }
    m_running = false;
    m_again = false;
    Q_EMIT finished(error);
}

} // namespace lyceum

// Sends the outbox: the oldest waiting rows, in order, in batches of up to 100 per
// POST /mutations with this profile's client_id. Applied (or duplicate) rows are done and
// removed, rejected rows become Failed with the server's reason (the user's text stays in the
// row), and on a network error or any non-200 answer the batch goes back to waiting.
//
// Extension points for what comes next: live updates call flush() when the channel connects;
// retry/cancel of a Failed row are outboxstore operations plus flush(); conflict handling
// hooks into recordResults() by error code.
#pragma once

#include "api/api_error.h"

#include <QObject>

namespace lyceum {

class ApiClient;
class CacheWorker;

class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(ApiClient *api, CacheWorker *cache, QObject *parent = nullptr);

    static constexpr int kBatchSize = 100; // the protocol's maximum
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    bool isRunning() const { return m_running; }
    void flush(); // while running, another round follows the current one

Q_SIGNALS:
    void changed(); // rows were decided: the cache (pending marks) changed
    void finished(const lyceum::ApiError &error);

private:
    void sendNextBatch();
    void finish(const ApiError &error);

    ApiClient *m_api;
    CacheWorker *m_cache;
    QString m_clientId;
    bool m_running = false;
    bool m_again = false;
};

} // namespace lyceum

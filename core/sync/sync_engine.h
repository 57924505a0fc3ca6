// The pull: GET /sync page by page until has_more is false. Each page is decoded and applied
// on the cache worker in one transaction together with the cursor after it, so a sync killed
// at any moment resumes from the last applied page. While page N is written, page N+1 is
// already being fetched. A 410 cursor_expired (the server's data was reset) wipes the synced
// rows and pulls from the beginning, once per run.
//
// Pipeline: fetch N (network) -> decode N (decoder thread) -> store N (cache worker). As soon
// as N is decoded its cursor is known, so fetch N+1 starts while N is stored; decoding N+1
// overlaps storing N. The GUI thread only hands bytes and pointers along.
#pragma once

#include "api/api_error.h"

#include <QObject>
#include <QThreadPool>
#include <memory>

namespace lyceum {

class ApiClient;
struct SyncPage;
class CacheWorker;

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(ApiClient *api, CacheWorker *cache, QObject *parent = nullptr);
    ~SyncEngine() override; // waits for a page being decoded

    static constexpr int kDefaultPageSize = 5000; // the protocol's maximum
    void setPageSize(int size) { m_pageSize = size; }
    bool isRunning() const { return m_running; }
    void start(); // no-op while running
    void cancel();

Q_SIGNALS:
    void progress(qint64 received); // changes applied so far in this run
    void pageApplied();
    void finished(const lyceum::ApiError &error);

private:
    void fetch(const QString &cursor);
    void onBody(quint64 generation, const QString &fromCursor, const QByteArray &body);
    void onDecoded(quint64 generation, const QString &fromCursor, std::shared_ptr<SyncPage> page);
    void onApplied(quint64 generation, int count, const QString &error, bool decodeError);
    void maybeFinish();
    void fail(const ApiError &error);

    QThreadPool m_decoder; // one thread: decodes page N+1 while the cache worker stores page N
    ApiClient *m_api;
    CacheWorker *m_cache;
    int m_pageSize = kDefaultPageSize;
    bool m_running = false;
    bool m_fetching = false;
    bool m_lastPageSeen = false;
    bool m_wiped = false;
    int m_applying = 0;
    qint64 m_received = 0;
    quint64 m_generation = 0;
};

} // namespace lyceum

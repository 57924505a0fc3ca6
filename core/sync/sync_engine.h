// The pull: GET /sync page by page until has_more is false. Each page is decoded and applied
// on the cache worker in one transaction together with the cursor after it, so a sync killed
// at any moment resumes from the last applied page. While page N is written, page N+1 is
// already being fetched. A 410 cursor_expired (the server's data was reset) wipes the synced
// rows and pulls from the beginning, once per run.
//
// Pipeline: fetch N (network) -> decode N (decoder thread) -> store N (cache worker), and
// fetch N+1 starts as soon as N's bytes arrive: its cursor is peeked from the end of the raw
// body (peekNextCursor) instead of waiting for the full decode. The peek is only a guess: the
// decoded page is authoritative, a wrong guess drops the speculative fetch and turns
// speculation off for the run, and the store refuses any page that does not continue the
// stored cursor. The GUI thread only hands bytes and pointers along.
//
// A broken or hostile server cannot keep a run going or fill the cache: a page with more
// changes than asked is refused whole, a page that says has_more with a cursor already seen in
// this run (it does not advance) stops the sync with an error, and a page over the size cap
// (api/request_limits.h) is asked again for a tenth of the changes, down to one.
#pragma once

#include "api/api_error.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

namespace lyceum {

class ApiClient;
struct SyncPage;
class CacheWorker;
class SearchIndexer;

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(ApiClient *api, CacheWorker *cache, QObject *parent = nullptr);
    ~SyncEngine() override; // waits for a page being decoded

    static constexpr int kDefaultPageSize = 5000; // the protocol's maximum
    // Finds "cursor" and "has_more" of a /sync body without parsing it (they follow "changes":
    // the server's keys are sorted). False when the body does not look as expected.
    static bool peekNextCursor(const QByteArray &body, QString *cursor, bool *hasMore);
    void setPageSize(int size) { m_pageSize = size; }
    bool isRunning() const { return m_running; }
    void start(); // no-op while running
    void cancel();
    // Indexes for search what a pull wrote unindexed (search/search_backlog.h): paused while a
    // pull runs, started when it ends.
    SearchIndexer *indexer() const { return m_indexer; }

Q_SIGNALS:
    void progress(qint64 received); // changes applied so far in this run
    void pageApplied();
    void finished(const lyceum::ApiError &error);

private:
    void fetch(const QString &cursor, bool speculative = false);
    void onFetched(quint64 generation, quint64 token, const QString &cursor, bool speculative,
                   int limit, const ApiError &e, const QByteArray &body);
    void onDecodeFailed(quint64 generation, const QString &fromCursor, const QString &error);
    void onBody(quint64 generation, const QString &fromCursor, int limit, const QByteArray &body);
    void onDecoded(quint64 generation, const QString &fromCursor, std::shared_ptr<SyncPage> page);
    void onApplied(quint64 generation, int count, const QString &error, bool decodeError);
    void maybeFinish();
    void fail(const ApiError &error);

    QThreadPool m_decoder; // one thread: decodes page N+1 while the cache worker stores page N
    ApiClient *m_api;
    CacheWorker *m_cache;
    SearchIndexer *m_indexer;
    int m_pageSize = kDefaultPageSize;
    int m_runLimit = kDefaultPageSize; // m_pageSize, made smaller for the run by oversized pages
    bool m_running = false;
    bool m_fetching = false;
    bool m_lastPageSeen = false;
    bool m_wiped = false;
    bool m_speculate = true;
    quint64 m_fetchToken = 0;  // answers of abandoned fetches are ignored
    QString m_expectedFrom;    // the cursor the next page to store must start from
    QSet<QString> m_requested; // cursors fetched in this run
    QSet<QString> m_chain;     // cursors the stored pages of this run started from or reached
    int m_applying = 0;
    qint64 m_received = 0;
    quint64 m_generation = 0;
};

} // namespace lyceum

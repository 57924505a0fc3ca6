// Brings the search index up to the rows (search/search_backlog.h): one batch of
// search::kIndexBatchRows rows per cache-worker job and transaction, the next batch posted when
// the last one is done, so reads and writes queued meanwhile run between batches and a search
// sees every batch as it commits. The sync engine pauses it while it pulls (the pull's pages
// come first) and starts it when a pull ends; the Client starts it when the profile opens, so
// indexing interrupted by quitting resumes where it stopped.
#pragma once

#include <QObject>
#include <QString>

namespace lyceum {

class CacheWorker;

class SearchIndexer : public QObject {
    Q_OBJECT
public:
    explicit SearchIndexer(CacheWorker *cache, QObject *parent = nullptr);

    // Indexes batch after batch until nothing waits; a no-op while running or paused.
    void start();
    // Paused, no new batch starts (the running one finishes); unpausing starts again.
    void setPaused(bool paused);
    bool isRunning() const { return m_running; }
    qint64 indexed() const { return m_indexed; } // rows indexed in the current or last run
    qint64 waiting() const { return m_waiting; } // rows still waiting, as last counted

Q_SIGNALS:
    // After every batch (and once at the start of a run with something to do).
    void progress(qint64 indexed, qint64 waiting);
    // The backlog is empty (error empty), or a batch failed (the run stops; the rows stay
    // waiting for the next start).
    void finished(const QString &error);

private:
    void runBatch(quint64 generation);

    CacheWorker *m_cache;
    bool m_running = false;
    bool m_paused = false;
    qint64 m_indexed = 0;
    qint64 m_waiting = 0;
    quint64 m_generation = 0;
};

} // namespace lyceum

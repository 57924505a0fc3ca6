// Password hashing off the request thread: argon2id takes ~70 ms and 64 MiB per call, so it runs
// on a few worker threads with a bounded number of calls waiting or running. When that bound is
// reached a new call is refused at once (the route answers 503 busy) instead of queueing without
// end. Results come back on the thread that owns the pool (the HTTP server's).
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>
#include <functional>

namespace lyceum::server {

class PasswordPool : public QObject {
    Q_OBJECT
public:
    // threads 0: one per core, at most 4.
    explicit PasswordPool(int threads = 0, int maxPending = 32, QObject *parent = nullptr);
    ~PasswordPool() override;

    int threadCount() const { return m_pool.maxThreadCount(); }
    int maxPending() const { return m_maxPending; }
    // 0 refuses every call (for tests of the refusal).
    void setMaxPending(int maxPending) { m_maxPending = qMax(0, maxPending); }
    int pending() const { return m_pending; }

    // Runs work on a worker, then done(result) on this object's thread. False, and nothing
    // runs, when maxPending calls are already waiting or running.
    template<typename Result>
    bool run(std::function<Result()> work, std::function<void(Result)> done) {
        if (m_pending >= m_maxPending)
            return false;
        ++m_pending;
        m_pool.start([this, work = std::move(work), done = std::move(done)] {
            Result result = work();
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result), done] {
                    --m_pending;
                    done(result);
                },
                Qt::QueuedConnection);
        });
        return true;
    }

private:
    QThreadPool m_pool;
    int m_maxPending;
    int m_pending = 0;
};

} // namespace lyceum::server

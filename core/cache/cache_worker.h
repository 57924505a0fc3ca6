// The cache's worker thread. It owns the one CacheDatabase (and so the QSqlDatabase
// connection) of a profile; every read and write runs there, in the order it was posted, so the
// caller's thread (the GUI) never waits on disk.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace lyceum {

class CacheDatabase;

class CacheWorker : public QObject {
    Q_OBJECT
public:
    explicit CacheWorker(QObject *parent = nullptr);
    ~CacheWorker() override; // finishes the queued jobs, closes the database, joins the thread

    // Runs job on the worker thread (FIFO).
    void post(std::function<void(CacheDatabase &)> job);

    // Runs job on the worker, then done(result) on context's thread, unless context is gone.
    template<typename R>
    void run(QObject *context, std::function<R(CacheDatabase &)> job, std::function<void(R)> done) {
        QPointer<QObject> guard(context);
        post([guard, job = std::move(job), done = std::move(done)](CacheDatabase &db) mutable {
            R result = job(db);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // Blocks until every job posted so far has run (tests and the CLI's exit path only).
    void drain();

private:
    QThread m_thread;
    QObject *m_executor; // lives on m_thread
    std::unique_ptr<CacheDatabase> m_db;
};

} // namespace lyceum

#include "cache/cache_worker.h"

#include "cache/cache_database.h"

#include <QAtomicInteger>
#include <QSemaphore>

namespace lyceum {

namespace {
QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("lyceum-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

CacheWorker::CacheWorker(QObject *parent)
    : QObject(parent)
    , m_executor(new QObject)
    , m_db(std::make_unique<CacheDatabase>(nextConnectionName())) {
    m_thread.setObjectName(QStringLiteral("lyceum-cache"));
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

CacheWorker::~CacheWorker() {
    // The connection must be closed on the thread that used it.
    post([](CacheDatabase &db) { db.close(); });
    drain();
    m_thread.quit();
    m_thread.wait();
}

void CacheWorker::post(std::function<void(CacheDatabase &)> job) {
    CacheDatabase *db = m_db.get();
    QMetaObject::invokeMethod(
        m_executor, [db, job = std::move(job)] { job(*db); }, Qt::QueuedConnection);
}

void CacheWorker::drain() {
    QSemaphore done;
    post([&done](CacheDatabase &) { done.release(); });
    done.acquire();
}

} // namespace lyceum

#include "server/auth/password_pool.h"

#include <QThread>

namespace lyceum::server {

PasswordPool::PasswordPool(int threads, int maxPending, QObject *parent)
    : QObject(parent)
    , m_maxPending(qMax(0, maxPending)) {
    m_pool.setMaxThreadCount(threads > 0 ? threads : qBound(1, QThread::idealThreadCount(), 4));
    m_pool.setExpiryTimeout(30000);
}

PasswordPool::~PasswordPool() {
    // Workers still hashing finish first; their answers, queued to this object, are dropped
    // with it.
    m_pool.waitForDone();
}

} // namespace lyceum::server

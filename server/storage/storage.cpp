#include "server/storage/storage.h"

#include "server/log.h"

namespace lyceum::server {

Storage::~Storage() = default;

SetupLock::~SetupLock() {
    try {
        m_storage.unlockSetup();
    } catch (const StorageError &e) {
        qCWarning(lcServerStorage) << "cannot release the setup lock:" << e.message();
    }
}

JobLock::~JobLock() {
    if (!m_held)
        return;
    try {
        m_storage.unlockJob(m_job);
    } catch (const StorageError &e) {
        qCWarning(lcServerStorage) << "cannot release the job lock" << m_job << e.message();
    }
}

Transaction::~Transaction() {
    if (m_done)
        return;
    try {
        m_storage.rollback();
    } catch (const StorageError &e) {
        qCWarning(lcServerStorage) << "rollback failed:" << e.message();
    }
}

} // namespace lyceum::server

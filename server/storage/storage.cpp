#include "server/storage/storage.h"

#include "server/log.h"

namespace lyceum::server {

Storage::~Storage() = default;

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

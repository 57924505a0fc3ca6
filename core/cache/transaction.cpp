#include "cache/transaction.h"

#include "cache/cache_database.h"

namespace lyceum {

Transaction::Transaction(CacheDatabase &db)
    : m_db(db) {
    QString error;
    m_open = db.begin(&error);
    if (!m_open)
        m_beginError = CoreError::storage(error);
}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::commit() {
    if (!m_open)
        return m_beginError.ok() ? Status(CoreError::storage(QStringLiteral("no transaction")))
                                 : m_beginError;
    m_open = false;
    QString error;
    if (!m_db.commit(&error)) // CacheDatabase::commit rolls back when COMMIT fails
        return CoreError::storage(error);
    return {};
}

bool Transaction::commit(QString *error) {
    return succeeded(commit(), error);
}

void Transaction::rollback() {
    if (!m_open)
        return;
    m_open = false;
    m_db.rollback();
}

} // namespace lyceum

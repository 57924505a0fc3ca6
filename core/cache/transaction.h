// The one transaction guard of the client core's cache (docs/architecture.md, "Cache").
//
//     Transaction tx(db);
//     if (!tx.isOpen())
//         return tx.beginError();
//     ... statements; any early return rolls everything back ...
//     return tx.commit();
//
// The guard begins on construction and rolls back on destruction unless commit() succeeded, so
// no path (an early return, a failed statement) can leave a transaction open or half-applied.
// Failures are Storage errors carrying the SQL error's text. withTransaction() runs a body
// that returns a Status and commits only when it succeeded.
#pragma once

#include "domain/result.h"

namespace lyceum {

class CacheDatabase;

class Transaction {
public:
    explicit Transaction(CacheDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    // Why the transaction could not begin (only when !isOpen() before any commit).
    Status beginError() const { return m_beginError; }
    // Commits; on failure rolls back and says why. The guard is closed afterwards either way.
    Status commit();
    // For code that still reports errors as text: commit(), the message into *error.
    bool commit(QString *error);
    // Rolls back now (the destructor does it otherwise).
    void rollback();

private:
    CacheDatabase &m_db;
    bool m_open = false;
    Status m_beginError;
};

// Runs body() (returning Status) in a transaction: committed when it succeeds, rolled back
// otherwise; the body's error or the commit's is returned.
template<typename Body> Status withTransaction(CacheDatabase &db, Body body) {
    Transaction tx(db);
    if (!tx.isOpen())
        return tx.beginError();
    Status done = body();
    if (!done)
        return done;
    return tx.commit();
}

// Helpers for the bool + QString* style: the status as a bool, its message into *error.
inline bool succeeded(const Status &status, QString *error) {
    if (!status && error)
        *error = status.error().message;
    return status.ok();
}

} // namespace lyceum

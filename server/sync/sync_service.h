// The changes feed, GET /api/v1/sync (docs/protocol.md, "Pull"). One range query over the
// compacted changes log per page; each row's stored JSON is copied into the answer as is, and
// only lessons a reader may not read are re-encoded (locked, body emptied). Rows the reader may
// not see at all are sent as deletes, so a course that stops being visible disappears.
#pragma once

#include "server/api_error.h"

#include <QByteArray>

namespace lyceum::server {

class Storage;
struct Caller;

inline constexpr int kDefaultSyncLimit = 1000;
inline constexpr int kMaxSyncLimit = 5000;

class SyncService {
public:
    explicit SyncService(Storage &storage);

    // cursor and limit as sent in the query string (empty: absent). The answer is the JSON
    // body of a 200.
    ApiResult<QByteArray> page(const Caller &caller, const QString &cursor, const QString &limit);

    // "<instance id>.<seq>"; parseCursor gives -1 for a malformed cursor and -2 for one of
    // another instance.
    static QString encodeCursor(const QString &instanceId, qint64 seq);
    static qint64 parseCursor(const QString &instanceId, const QString &cursor);

private:
    Storage &m_storage;
};

} // namespace lyceum::server

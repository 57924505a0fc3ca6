// The changes feed, GET /api/v1/sync (docs/protocol.md, "Pull"). One range query over the
// compacted changes log per page; each row's stored JSON is copied into the answer as is, and
// only lessons a reader may not read are re-encoded (locked, body emptied). Rows the reader may
// not see at all are sent as deletes, so a course that stops being visible disappears; during a
// reader's first pass from the beginning they are skipped instead (see Position).
#pragma once

#include "server/api_error.h"

#include <QByteArray>

namespace lyceum::server {

class Storage;
class Visibility;
struct Caller;
struct ChangeRow;

inline constexpr int kDefaultSyncLimit = 1000;
inline constexpr int kMaxSyncLimit = 5000;

class SyncService {
public:
    explicit SyncService(Storage &storage);

    // cursor and limit as sent in the query string (empty: absent). The answer is the JSON
    // body of a 200.
    ApiResult<QByteArray> page(const Caller &caller, const QString &cursor, const QString &limit,
                               qint64 nowMs);

    // Where a reader is in the log. passEnd > seq while the reader is still in its first pass
    // from the beginning (the log's end when that pass started): rows up to there that the
    // reader may not see, and tombstones, are skipped rather than sent as deletes, because the
    // reader cannot hold anything they would delete.
    struct Position {
        qint64 seq = 0;
        qint64 passEnd = 0;
    };
    enum class CursorError { None, Malformed, OtherInstance };

    // Appends one change as the feed sends it to a reader past its first pass: an upsert with
    // the stored data (a lesson the reader may not read locked, without body), or a delete
    // without data when the row is a tombstone or the reader may not see it. The live channel
    // inlines changes with this same code.
    static void appendChange(QByteArray &out, const ChangeRow &row, const Visibility &visibility);

    // "<instance id>.<seq>" or "<instance id>.<seq>.<passEnd>"
    static QString encodeCursor(const QString &instanceId, const Position &position);
    static Position parseCursor(const QString &instanceId, const QString &cursor,
                                CursorError *error);

private:
    Storage &m_storage;
};

} // namespace lyceum::server

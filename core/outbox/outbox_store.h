// The outbox table's operations (the table is defined in cache/cache_schema.cpp). Runs on the
// cache worker. A mutation is queued together with its optimistic local change by the caller,
// in the caller's transaction (see local_mutations.h); sending is driven by OutboxSender.
#pragma once

#include "api/api_client.h"
#include "cache/cache_views.h"

#include <QJsonObject>

namespace lyceum {

class CacheDatabase;

namespace outboxstore {

struct Outgoing {
    qint64 seq = 0;
    QString mutationId;
    QString type;
    QJsonObject args;
    QJsonObject toWire() const; // {"id", "type", "args"}
};

// Appends a waiting row; the caller holds the transaction. Returns the mutation id.
bool enqueue(CacheDatabase &db, const QString &type, const QString &entityId,
             const QJsonObject &args, QString *mutationId, QString *error);
// Rows left "sending" by a crash or exit go back to waiting (the server dedups a resend).
bool resetSending(CacheDatabase &db, QString *error);
// The oldest waiting rows, marked sending, in order; at most limit.
bool takeBatch(CacheDatabase &db, int limit, QVector<Outgoing> *out, QString *error);
// Applied/duplicate rows are removed; rejected rows become failed with the server's reason.
// Rows of the batch without a result go back to waiting. One transaction.
bool recordResults(CacheDatabase &db, const QVector<Outgoing> &batch,
                   const QVector<MutationResult> &results, QString *error);
// Nothing was decided (network error, non-200): the batch goes back to waiting.
bool release(CacheDatabase &db, const QVector<Outgoing> &batch, QString *error);
// A failed row goes back to waiting (the user asked to try again).
bool retry(CacheDatabase &db, qint64 seq, QString *error);
// Drops a waiting or failed row and reverts its optimistic change, in one transaction:
// a created post or thread is removed, an added or removed reaction toggled back.
bool discard(CacheDatabase &db, qint64 seq, QString *error);

QVector<OutboxEntry> list(CacheDatabase &db);
int count(CacheDatabase &db, OutboxState state);

} // namespace outboxstore
} // namespace lyceum

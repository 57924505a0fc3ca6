#include "search/search_backlog.h"

#include "cache/cache_database.h"
#include "logging.h"

#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace lyceum::search {

namespace {

QString name(const IndexedTable &t) {
    return QString::fromLatin1(t.table);
}

// The first waiting rowid of a table; nothing when all its rows are indexed.
std::optional<qint64> waitingFrom(CacheDatabase &db, const IndexedTable &t, bool *ok,
                                  QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT from_rowid FROM search_backlog WHERE tbl = ?"));
    q.addBindValue(name(t));
    *ok = CacheDatabase::exec(q, QStringLiteral("reading the search backlog"), error);
    if (!*ok || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

struct Batch {
    qint64 end = 0;  // the largest rowid of the batch
    qint64 rows = 0; // 0: nothing waits at or above the start
};

// The first `rows` rows at or above from.
std::optional<Batch> nextBatch(CacheDatabase &db, const IndexedTable &t, qint64 from, qint64 rows,
                               QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT max(rowid), count(*) FROM (SELECT rowid FROM %1 "
                             "WHERE rowid >= ? ORDER BY rowid LIMIT ?)")
                  .arg(name(t)));
    q.addBindValue(from);
    q.addBindValue(rows);
    if (!CacheDatabase::exec(q, QStringLiteral("finding rows to index"), error) || !q.next())
        return std::nullopt;
    return Batch{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool endBacklog(CacheDatabase &db, const IndexedTable &t, QString *error) {
    QSqlQuery done(db.db());
    done.prepare(QStringLiteral("DELETE FROM search_backlog WHERE tbl = ?"));
    done.addBindValue(name(t));
    return CacheDatabase::exec(done, QStringLiteral("recording what is indexed"), error);
}

// Indexes one table's rows [from, end] and moves (or ends) its backlog.
bool indexRange(CacheDatabase &db, const IndexedTable &t, qint64 from, qint64 end, QString *error) {
    const QString table = name(t);
    const QString columns = QString::fromLatin1(t.columns);
    QSqlQuery insert(db.db());
    insert.prepare(QStringLiteral("INSERT INTO %1_fts (rowid, %2) SELECT rowid, %2 FROM %1 "
                                  "WHERE rowid BETWEEN ? AND ?")
                       .arg(table, columns));
    insert.addBindValue(from);
    insert.addBindValue(end);
    if (!CacheDatabase::exec(insert, QStringLiteral("indexing ") + table, error))
        return false;
    QSqlQuery more(db.db());
    more.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE rowid > ?)").arg(table));
    more.addBindValue(end);
    if (!CacheDatabase::exec(more, QStringLiteral("finding rows to index"), error) || !more.next())
        return false;
    if (!more.value(0).toBool())
        return endBacklog(db, t, error);
    QSqlQuery move(db.db());
    move.prepare(QStringLiteral("UPDATE search_backlog SET from_rowid = ? WHERE tbl = ?"));
    move.addBindValue(end + 1);
    move.addBindValue(table);
    return CacheDatabase::exec(move, QStringLiteral("recording what is indexed"), error);
}

} // namespace

bool deferIndexing(CacheDatabase &db, QString *error) {
    for (const IndexedTable &t : kIndexedTables) {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO search_backlog (tbl, from_rowid) "
                                 "SELECT ?, COALESCE(max(rowid), 0) + 1 FROM %1")
                      .arg(name(t)));
        q.addBindValue(name(t));
        if (!CacheDatabase::exec(q, QStringLiteral("deferring the search index"), error))
            return false;
    }
    return true;
}

bool reindexEverything(CacheDatabase &db, QString *error) {
    for (const IndexedTable &t : kIndexedTables) {
        const QString fts = name(t) + QStringLiteral("_fts");
        if (!db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(fts), error))
            return false;
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO search_backlog (tbl, from_rowid) "
                                 "VALUES (?, 0)"));
        q.addBindValue(name(t));
        if (!CacheDatabase::exec(q, QStringLiteral("deferring the search index"), error))
            return false;
    }
    return true;
}

qint64 rowsWaiting(CacheDatabase &db) {
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // Per table: max(rowid) - from + 1, from the rowid b-tree's ends (no scan). A rebuild's
    // backlog starts at 0 (every row), so it counts them instead.
    QStringList parts;
    for (const IndexedTable &t : kIndexedTables)
        parts << QStringLiteral("SELECT CASE WHEN b.from_rowid <= 0 THEN (SELECT count(*) FROM %1) "
                                "ELSE max(0, COALESCE((SELECT max(rowid) FROM %1), 0) - "
                                "b.from_rowid + 1) END AS n FROM search_backlog b "
                                "WHERE b.tbl = '%1'")
                     .arg(name(t));
    if (!q.exec(QStringLiteral("SELECT COALESCE(sum(n), 0) FROM (%1)")
                    .arg(parts.join(QStringLiteral(" UNION ALL ")))) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 indexWaiting(CacheDatabase &db, int maxRows, QString *error) {
    if (!db.begin(error))
        return -1;
    qint64 indexed = 0;
    for (const IndexedTable &t : kIndexedTables) {
        if (indexed >= maxRows)
            break;
        bool ok = true;
        const std::optional<qint64> from = waitingFrom(db, t, &ok, error);
        if (!ok) {
            db.rollback();
            return -1;
        }
        if (!from)
            continue;
        const std::optional<Batch> batch = nextBatch(db, t, *from, maxRows - indexed, error);
        if (!batch || (batch->rows == 0 ? !endBacklog(db, t, error)
                                        : !indexRange(db, t, *from, batch->end, error))) {
            db.rollback();
            return -1;
        }
        indexed += batch->rows;
    }
    if (!db.commit(error))
        return -1;
    if (indexed > 0)
        qCDebug(lcCache) << "indexed" << indexed << "rows for search";
    return indexed;
}

} // namespace lyceum::search

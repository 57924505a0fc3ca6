// Indexing that lags behind the rows (schema step "search.2"). Tokenizing is most of the cost of
// writing a post, so a large page of the changes feed (an initial sync) commits its rows without
// indexing them and the index catches up afterwards, in batches of one transaction each, on the
// cache worker (search/search_indexer.h drives them). Search works all along over what is
// indexed.
//
// The state is one row per indexed table in search_backlog: rows of that table with a rowid at
// or above from_rowid are not in its index yet; no row means everything is indexed. The index
// triggers fire only for rows below from_rowid (the rows the index holds), so an edit or delete
// of a row still waiting leaves the index alone, and the batch that indexes it later reads its
// text as it is then. Rowids only grow while a backlog exists, so new rows join the waiting ones.
#pragma once

#include <QString>
#include <QtGlobal>

namespace lyceum {

class CacheDatabase;

namespace search {

// The tables with a full-text index and the columns it holds, in indexing order (the short
// lists first: titles of courses, lessons and threads become searchable before the posts).
struct IndexedTable {
    const char *table;
    const char *columns; // comma-separated, in the index's column order
    const char *weights; // bm25 weights of the columns: a title counts most, then summaries
};
inline constexpr IndexedTable kIndexedTables[] = {
    {"courses", "title, summary, description, tags", "10.0, 4.0, 1.0, 5.0"},
    {"lessons", "title, body", "8.0, 1.0"},
    {"threads", "title", "1.0"},
    {"posts", "body", "1.0"},
};
// Prefix indexes (in characters): a typed prefix of up to this many characters is one index
// lookup; a longer one would make FTS5 merge the lists of every word it starts (on a large cache,
// hundreds of milliseconds), so the search matches a longer last word whole.
inline constexpr int kLongestIndexedPrefix = 6;

// Pages with at least this many changes are written with indexing deferred (a live notice holds
// at most 100, an incremental pull usually a handful: those stay indexed in their transaction).
inline constexpr int kDeferIndexingFrom = 500;
// Rows indexed per transaction: about 100 ms of work, so a read queued behind a batch waits
// little, and a crash loses at most one batch.
inline constexpr int kIndexBatchRows = 2000;

// From now on, rows written to the indexed tables wait for the indexer (a table that already
// has a backlog keeps its start). The caller owns the transaction.
bool deferIndexing(CacheDatabase &db, QString *error);

// Empties every index and marks all rows as waiting (the tokenizer changed). The caller owns
// the transaction.
bool reindexEverything(CacheDatabase &db, QString *error);

// Rows waiting to be indexed, over all tables (from rowids: exact for the rows a sync writes,
// an upper bound when rows were deleted meanwhile). -1 when it cannot be read.
qint64 rowsWaiting(CacheDatabase &db);

// Indexes up to maxRows waiting rows in one transaction and returns how many it indexed (0: the
// backlog is empty), or -1 with *error set (nothing of the batch is kept).
qint64 indexWaiting(CacheDatabase &db, int maxRows, QString *error);

} // namespace search
} // namespace lyceum

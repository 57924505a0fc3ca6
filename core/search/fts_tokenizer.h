// The cache's FTS5 tokenizer "lyceum": the shared tokenizer of text/tokenizer.h (ICU words, CJK
// bigrams for what the dictionary leaves single, case-folded Latin) registered on one SQLite
// connection. Documents also index the overlapping bigrams of every CJK word longer than two
// characters at the word's position, so a two-character query (课程) finds a longer word that
// contains it (课程表). It must be registered on every connection that reads or writes the
// search tables; CacheDatabase::open does so before anything else.
#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace lyceum::search {

inline constexpr char kTokenizerName[] = "lyceum";

// Registers the tokenizer on db's connection (an open QSQLITE database). False with a reason
// when the driver is not SQLite or FTS5 is missing.
bool registerTokenizer(QSqlDatabase &db, QString *error);
// The same on a connection opened with SQLite's C API (benchmarks, tools).
bool registerTokenizer(sqlite3 *connection, QString *error);

} // namespace lyceum::search

// The cache schema step "search.1": full-text indexes over what the user can see, with the
// "lyceum" tokenizer (search/fts_tokenizer.h). Each index is an FTS5 external-content table: it
// stores only the index and reads titles and bodies back from the entity table through its
// rowid, which the entity writer keeps stable (updates in place). Triggers keep each index equal
// to its table in the same transaction as the change; an update trigger fires only when an
// indexed column changes. search_meta records the tokenizer version the indexes were built with
// (search::ensureIndexCurrent rebuilds them when it changes).
#include "cache/cache_database.h"
#include "search/search_backlog.h"
#include "text/tokenizer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

namespace {

// The statements of one index: the virtual table, its rank weights, three triggers, the fill.
QStringList indexStatements(const QString &table, const QStringList &columns,
                            const QString &weights) {
    const QString fts = table + QStringLiteral("_fts");
    const QString cols = columns.join(QStringLiteral(", "));
    QStringList oldValues, newValues;
    for (const QString &c : columns) {
        oldValues << QStringLiteral("old.") + c;
        newValues << QStringLiteral("new.") + c;
    }
    const QString insertNew = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.rowid, %3);")
                                  .arg(fts, cols, newValues.join(QStringLiteral(", ")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.rowid, %3);")
            .arg(fts, cols, oldValues.join(QStringLiteral(", ")));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', "
                       "content_rowid='rowid', tokenize='lyceum', prefix='2 3')")
            .arg(fts, cols, table),
        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('rank', 'bm25(%2)')").arg(fts, weights),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END")
            .arg(fts, table, insertNew),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END")
            .arg(fts, table, deleteOld),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END")
            .arg(fts, cols, table, deleteOld, insertNew),
        QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(fts),
    };
}

} // namespace

bool cacheSchemaSearch1(QSqlDatabase &db, QString *error) {
    QStringList statements{
        // search_meta: facts about the search indexes. Key "tokenizer_version": the
        // text::kTokenizerVersion they were built with.
        QStringLiteral("CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO search_meta VALUES ('tokenizer_version', '%1')")
            .arg(text::kTokenizerVersion),
    };
    // Weights: a title counts most, then summaries and tags, then bodies.
    statements << indexStatements(QStringLiteral("courses"),
                                  {QStringLiteral("title"), QStringLiteral("summary"),
                                   QStringLiteral("description"), QStringLiteral("tags")},
                                  QStringLiteral("10.0, 4.0, 1.0, 5.0"));
    statements << indexStatements(QStringLiteral("lessons"),
                                  {QStringLiteral("title"), QStringLiteral("body")},
                                  QStringLiteral("8.0, 1.0"));
    statements << indexStatements(QStringLiteral("threads"), {QStringLiteral("title")},
                                  QStringLiteral("1.0"));
    statements << indexStatements(QStringLiteral("posts"), {QStringLiteral("body")},
                                  QStringLiteral("1.0"));
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// "search.2": indexing may lag behind the rows (search/search_backlog.h). The indexes of
// search.1 are made again with prefix indexes of one to six characters (a typed prefix is then
// one lookup; search.1's '2 3' made FTS5 merge every matching word's list for longer ones, which
// on a million posts took hundreds of milliseconds), with triggers that fire only for rows below
// the table's backlog start, the rows the index holds. Every row already in the cache starts in
// the backlog: the indexer fills the new indexes in the background.
bool cacheSchemaSearch2(QSqlDatabase &db, QString *error) {
    QStringList statements{
        // search_backlog: one row per indexed table whose rows at or above from_rowid are not in
        // its index yet (written by a large sync page, or waiting for a rebuild). Key: tbl. No
        // row: the table's index is complete.
        QStringLiteral("CREATE TABLE search_backlog (tbl TEXT PRIMARY KEY, "
                       "from_rowid INTEGER NOT NULL)"),
    };
    QStringList prefixes;
    for (int n = 1; n <= search::kLongestIndexedPrefix; ++n)
        prefixes << QString::number(n);
    for (const search::IndexedTable &t : search::kIndexedTables) {
        const QString table = QString::fromLatin1(t.table);
        const QString fts = table + QStringLiteral("_fts");
        const QStringList columns = QString::fromLatin1(t.columns).split(QStringLiteral(", "));
        QStringList oldValues, newValues;
        for (const QString &c : columns) {
            oldValues << QStringLiteral("old.") + c;
            newValues << QStringLiteral("new.") + c;
        }
        const QString cols = columns.join(QStringLiteral(", "));
        const QString insertNew =
            QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.rowid, %3);")
                .arg(fts, cols, newValues.join(QStringLiteral(", ")));
        const QString deleteOld =
            QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.rowid, %3);")
                .arg(fts, cols, oldValues.join(QStringLiteral(", ")));
        // Rows below this are in the index; with no backlog, every row is.
        const QString indexedBelow =
            QStringLiteral("COALESCE((SELECT from_rowid FROM search_backlog WHERE tbl = '%1'), "
                           "9223372036854775807)")
                .arg(table);
        statements << QStringLiteral("DROP TRIGGER %1_ai").arg(fts)
                   << QStringLiteral("DROP TRIGGER %1_ad").arg(fts)
                   << QStringLiteral("DROP TRIGGER %1_au").arg(fts)
                   << QStringLiteral("DROP TABLE %1").arg(fts)
                   << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', "
                                     "content_rowid='rowid', tokenize='lyceum', prefix='%4')")
                          .arg(fts, cols, table, prefixes.join(QLatin1Char(' ')))
                   << QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('rank', 'bm25(%2)')")
                          .arg(fts, QString::fromLatin1(t.weights))
                   << QStringLiteral("INSERT INTO search_backlog SELECT '%1', 0 "
                                     "WHERE EXISTS (SELECT 1 FROM %1)")
                          .arg(table)
                   << QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 WHEN new.rowid < %3 "
                                     "BEGIN %4 END")
                          .arg(fts, table, indexedBelow, insertNew)
                   << QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 WHEN old.rowid < %3 "
                                     "BEGIN %4 END")
                          .arg(fts, table, indexedBelow, deleteOld)
                   << QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 WHEN "
                                     "old.rowid < %4 BEGIN %5 %6 END")
                          .arg(fts, cols, table, indexedBelow, deleteOld, insertNew);
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace lyceum

// The cache schema step "threads.1": a thread's order read from the index alone.
// posts_by_thread becomes (thread_id, created_at, id, parent_id): the depth-first order of a
// thread needs only ids and parents in creation order (cache/post_window_reader.h), and with
// them in the index that read never touches the table's rows (bodies): a 10,000-post thread's
// order is an index range scan. The index replaces the old one of the same name, so a write
// still maintains one index for it.
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaThreads1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        QStringLiteral("DROP INDEX IF EXISTS posts_by_thread"),
        QStringLiteral("CREATE INDEX posts_by_thread ON posts(thread_id, created_at, id, "
                       "parent_id)"),
    };
    for (const QString &sql : statements) {
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

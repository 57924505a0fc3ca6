#include "server/runtime/sqlite_backup.h"

#include "domain/private_files.h"

#include <QFile>
#include <QThread>
#include <sqlite3.h>

namespace lyceum::server {

namespace {

// A sqlite3 connection closed on every path out.
struct Connection {
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

bool open(Connection &c, const QString &path, int flags, QString *error) {
    if (sqlite3_open_v2(path.toUtf8().constData(), &c.db, flags, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, c.error());
        return false;
    }
    sqlite3_busy_timeout(c.db, 10000); // a writer's commit holds the file only briefly
    return true;
}

// The single text answer of a query, or empty.
QString scalar(Connection &c, const char *sql) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(c.db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {};
    QString value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

// Copies every page of from's main database into to's, in one step (one read transaction on
// from: a consistent snapshot). Retries while a writer holds the lock.
bool copyPages(Connection &from, Connection &to, QString *error) {
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup) {
        *error = QStringLiteral("cannot start the backup: %1").arg(to.error());
        return false;
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QStringLiteral("the backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

bool checkLyceumDatabase(Connection &c, const QString &path, QString *error) {
    const QString integrity = scalar(c, "PRAGMA integrity_check");
    if (integrity != QLatin1String("ok")) {
        *error = QStringLiteral("%1 fails its integrity check: %2")
                     .arg(path, integrity.isEmpty() ? c.error() : integrity);
        return false;
    }
    if (scalar(c, "SELECT value FROM meta WHERE key = 'instance_id'").isEmpty()) {
        *error = QStringLiteral("%1 is not a Lyceum server database").arg(path);
        return false;
    }
    return true;
}

} // namespace

bool backupSqlite(const QString &source, const QString &target, QString *error) {
    if (QFile::exists(target)) {
        *error = QStringLiteral("%1 exists; choose a new file").arg(target);
        return false;
    }
    Connection from;
    if (!open(from, source, SQLITE_OPEN_READONLY, error))
        return false;
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // Password hashes and sessions are in there: owner only from the first byte.
    if (!makePrivateFile(partial)) {
        *error = QStringLiteral("cannot create %1").arg(partial);
        return false;
    }
    {
        Connection to;
        if (!open(to, partial, SQLITE_OPEN_READWRITE, error) || !copyPages(from, to, error) ||
            !checkLyceumDatabase(to, partial, error)) {
            QFile::remove(partial);
            return false;
        }
        // A backup is one self-contained file: no -wal beside it.
        scalar(to, "PRAGMA journal_mode=DELETE");
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = QStringLiteral("cannot rename %1 to %2").arg(partial, target);
        return false;
    }
    return true;
}

bool restoreSqlite(const QString &source, const QString &target, QString *error) {
    Connection from;
    if (!open(from, source, SQLITE_OPEN_READONLY, error) ||
        !checkLyceumDatabase(from, source, error))
        return false;
    if (!QFile::exists(target) && !makePrivateFile(target)) {
        *error = QStringLiteral("cannot create %1").arg(target);
        return false;
    }
    Connection to;
    if (!open(to, target, SQLITE_OPEN_READWRITE, error) || !copyPages(from, to, error))
        return false;
    return checkLyceumDatabase(to, target, error);
}

} // namespace lyceum::server

#include "server/runtime/database_url.h"

#include "server/storage/sql_storage.h"

#include <QDir>
#include <QFileInfo>

namespace lyceum::server {

bool DatabaseUrl::parse(const QString &text, DatabaseUrl *out, QString *error) {
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QString path = text.mid(7);
        if (path.isEmpty()) {
            *error = QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/lyceum/"
                                    "lyceum-server.sqlite3");
            return false;
        }
        *out = {Kind::Sqlite, QDir::cleanPath(path), {}};
        return true;
    }
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        *out = {Kind::Postgresql, {}, text};
        return true;
    }
    *error = QStringLiteral("the database must be sqlite:PATH or postgresql://..., not \"%1\"")
                 .arg(text);
    return false;
}

DatabaseUrl DatabaseUrl::sqliteIn(const QString &dataDir) {
    return {Kind::Sqlite, QDir(dataDir).filePath(SqlStorage::sqliteFileName()), {}};
}

std::unique_ptr<SqlStorage> openStorage(const DatabaseUrl &url, qint64 nowMs, QString *error) {
    if (url.kind == DatabaseUrl::Kind::Postgresql) {
        *error = QStringLiteral("this build has no PostgreSQL storage");
        return nullptr;
    }
    const QFileInfo file(url.path);
    if (file.fileName() != SqlStorage::sqliteFileName()) {
        *error = QStringLiteral("a server's SQLite file is named %1 (got %2)")
                     .arg(SqlStorage::sqliteFileName(), url.path);
        return nullptr;
    }
    return SqlStorage::openSqlite(file.absolutePath(), nowMs, error);
}

} // namespace lyceum::server

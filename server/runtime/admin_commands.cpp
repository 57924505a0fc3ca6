#include "server/runtime/admin_commands.h"

#include "server/clock.h"
#include "server/runtime/sqlite_backup.h"
#include "server/runtime/table_copy.h"
#include "server/storage/database_url.h"
#include "server/storage/sql_storage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

namespace lyceum::server {

namespace {

const QStringList kCommands{QStringLiteral("backup"), QStringLiteral("restore"),
                            QStringLiteral("migrate")};

int fail(const QString &message, int code = 1) {
    QTextStream(stderr) << "lyceum-server: " << message << Qt::endl;
    return code;
}

// Parses the command's options; nullopt-like false when a required one is missing.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &summary,
           const QList<QCommandLineOption> &options, const QStringList &required) {
    parser.setApplicationDescription(summary);
    parser.addHelpOption();
    parser.addOptions(options);
    QStringList args = arguments;
    args.removeAt(1); // the command's name
    parser.process(args);
    for (const QString &name : required) {
        if (!parser.isSet(name)) {
            fail(QStringLiteral("--%1 is required (see --help)").arg(name));
            return false;
        }
    }
    return true;
}

const QString kPgDumpAdvice = QStringLiteral(
    "for PostgreSQL use pg_dump --format=custom and pg_restore (docs/operations.md, \"Back up\")");

// True when a server that took its data directory's lock (--lock-data-dir) runs on the file.
bool serverHolds(const QString &sqliteFile) {
    QLockFile lock(QFileInfo(sqliteFile).dir().filePath(QStringLiteral("lyceum-server.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return lock.error() == QLockFile::LockFailedError;
    lock.unlock();
    return false;
}

int backup(const QStringList &arguments) {
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QStringLiteral("Copies a server's SQLite database to a new file, consistently, "
                              "while the server keeps running."),
               {{QStringLiteral("database"), QStringLiteral("sqlite:PATH of the database."),
                 QStringLiteral("URL")},
                {QStringLiteral("to"), QStringLiteral("The new backup file."),
                 QStringLiteral("FILE")}},
               {QStringLiteral("database"), QStringLiteral("to")}))
        return 1;
    QString error;
    const std::optional<DatabaseUrl> parsed =
        DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
    if (!parsed)
        return fail(error, 2);
    const DatabaseUrl url = *parsed;
    if (url.backend != SqlBackend::Sqlite)
        return fail(kPgDumpAdvice, 2);
    QElapsedTimer timer;
    timer.start();
    if (!backupSqlite(url.sqlitePath, parser.value(QStringLiteral("to")), &error))
        return fail(error);
    QTextStream(stdout) << "backed up " << url.sqlitePath << " to "
                        << parser.value(QStringLiteral("to")) << " ("
                        << QFileInfo(parser.value(QStringLiteral("to"))).size() << " bytes) in "
                        << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

int restore(const QStringList &arguments) {
    QCommandLineParser parser;
    if (!parse(
            parser, arguments,
            QStringLiteral("Replaces a server's SQLite database with a backup. Stop the "
                           "server first."),
            {{QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("FILE")},
             {QStringLiteral("database"), QStringLiteral("sqlite:PATH to restore into."),
              QStringLiteral("URL")}},
            {QStringLiteral("from"), QStringLiteral("database")}))
        return 1;
    QString error;
    const std::optional<DatabaseUrl> parsed =
        DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
    if (!parsed)
        return fail(error, 2);
    const DatabaseUrl url = *parsed;
    if (url.backend != SqlBackend::Sqlite)
        return fail(kPgDumpAdvice, 2);
    if (serverHolds(url.sqlitePath))
        return fail(QStringLiteral("a server is running on %1; stop it first").arg(url.sqlitePath));
    if (!restoreSqlite(parser.value(QStringLiteral("from")), url.sqlitePath, &error))
        return fail(error);
    QTextStream(stdout) << "restored " << url.sqlitePath << " from "
                        << parser.value(QStringLiteral("from")) << Qt::endl;
    return 0;
}

int migrate(const QStringList &arguments) {
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QStringLiteral("Copies a community from a SQLite database into an empty one "
                              "(PostgreSQL, or another SQLite file). Stop the server first; "
                              "clients keep their cursors and do not resync."),
               {{QStringLiteral("from"), QStringLiteral("sqlite:PATH of the current database."),
                 QStringLiteral("URL")},
                {QStringLiteral("to"), QStringLiteral("The new database (postgresql://...)."),
                 QStringLiteral("URL")}},
               {QStringLiteral("from"), QStringLiteral("to")}))
        return 1;
    QString error;
    const std::optional<DatabaseUrl> parsedFrom =
        DatabaseUrl::parse(parser.value(QStringLiteral("from")), &error);
    const std::optional<DatabaseUrl> parsedTo =
        parsedFrom ? DatabaseUrl::parse(parser.value(QStringLiteral("to")), &error) : std::nullopt;
    if (!parsedFrom || !parsedTo)
        return fail(error, 2);
    const DatabaseUrl from = *parsedFrom;
    const DatabaseUrl to = *parsedTo;
    if (from.backend != SqlBackend::Sqlite)
        return fail(QStringLiteral("--from must be sqlite:PATH"));
    if (to.backend == from.backend && QFileInfo(to.sqlitePath) == QFileInfo(from.sqlitePath))
        return fail(QStringLiteral("--from and --to are the same database"));
    if (serverHolds(from.sqlitePath))
        return fail(
            QStringLiteral("a server is running on %1; stop it first").arg(from.sqlitePath));
    if (!QFileInfo::exists(from.sqlitePath))
        return fail(QStringLiteral("%1 does not exist").arg(from.sqlitePath));
    SystemClock clock;
    // Opening brings both to this binary's schema steps.
    std::unique_ptr<SqlStorage> source = SqlStorage::open(from, clock.nowMs(), &error);
    if (!source)
        return fail(error);
    std::unique_ptr<SqlStorage> target = SqlStorage::open(to, clock.nowMs(), &error);
    if (!target)
        return fail(error);
    QVector<TableCount> copied;
    if (!copyAllTables(*source, *target, &copied, &error))
        return fail(error);
    QTextStream out(stdout);
    qint64 rows = 0;
    for (const TableCount &c : std::as_const(copied)) {
        out << c.table << ": " << c.rows << Qt::endl;
        rows += c.rows;
    }
    out << "migrated " << copied.size() << " tables, " << rows << " rows; instance "
        << source->instanceId() << " kept, so clients continue without a resync" << Qt::endl;
    return 0;
}

} // namespace

bool isAdminCommand(const QStringList &arguments) {
    return arguments.size() >= 2 && kCommands.contains(arguments.at(1));
}

int runAdminCommand(const QStringList &arguments) {
    const QString command = arguments.value(1);
    if (command == QLatin1String("backup"))
        return backup(arguments);
    if (command == QLatin1String("restore"))
        return restore(arguments);
    return migrate(arguments);
}

} // namespace lyceum::server

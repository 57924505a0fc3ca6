// SqlStorage: opening a database from a --database URL (SQLite file or PostgreSQL), the setup
// lock, and the cross-instance parts of the changes log on PostgreSQL: the lock that keeps seq
// in commit order and the LISTEN/NOTIFY channel that tells other instances about new changes.
#include "domain/private_files.h"
#include "server/log.h"
#include "server/storage/database_url.h"
#include "server/storage/sql_storage.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace lyceum::server {

namespace {

QAtomicInt g_connectionCounter;

QString nextConnectionName() {
    return QStringLiteral("lyceum-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

// Advisory lock keys (one 64-bit space per database). Arbitrary but fixed: every instance of
// every version must use the same numbers.
constexpr qint64 kSetupLockKey = 0x4c79636575'0001;       // schema steps and seeding
constexpr qint64 kChangesLockKey = 0x4c79636575'0002;     // seq allocation, held to commit
constexpr qint64 kOrderNumberLockKey = 0x4c79636575'0003; // order numbers, held to commit

// A stable 24-bit number per name (FNV-1a; qHash differs between machines).
qint64 stableHash24(const QString &name) {
    quint32 h = 2166136261u;
    for (const char c : name.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return qint64(h & 0xffffffu);
}

// Communities in different schemas of one database do not share locks.
qint64 schemaSalt(const QString &schema) {
    return schema.isEmpty() ? 0 : stableHash24(schema);
}

constexpr qint64 kJobLockBase = 0x4c79'0000'0000'0000; // + the job name's hash

const QString kChangesChannel = QStringLiteral("lyceum_changes");

void configurePostgres(QSqlDatabase &db, const DatabaseUrl &url) {
    db.setHostName(url.host);
    if (url.port != 0)
        db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.databaseName);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(url.connectTimeoutSeconds),
                        QStringLiteral("application_name=lyceum-server")};
    if (!url.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") % url.sslMode;
    // Warnings and errors only (no NOTICE lines on stderr). The schema is a checked identifier
    // (DatabaseUrl::parse): no quoting needed.
    QString settings = QStringLiteral("-c client_min_messages=warning");
    if (!url.schema.isEmpty())
        settings += QStringLiteral(" -c search_path=") % url.schema;
    options << QStringLiteral("options='%1'").arg(settings);
    db.setConnectOptions(options.join(u';'));
}

} // namespace

QString SqlStorage::sqliteFileName() {
    return QStringLiteral("lyceum-server.sqlite3");
}

std::unique_ptr<SqlStorage> SqlStorage::openSqlite(const QString &dataDir, qint64 nowMs,
                                                   QString *error) {
    return open(DatabaseUrl::sqliteIn(dataDir), nowMs, error);
}

std::unique_ptr<SqlStorage> SqlStorage::open(const DatabaseUrl &url, qint64 nowMs, QString *error) {
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium could not be initialized");
        return nullptr;
    }
    const SqlDialect dialect(url.backend);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        *error = url.backend == SqlBackend::Postgres
                     ? QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package "
                                      "libqt6sql6-psql) is not installed")
                     : QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed");
        return nullptr;
    }
    const QString name = nextConnectionName();
    std::unique_ptr<SqlStorage> storage(new SqlStorage(dialect, name));
    storage->m_db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (url.backend == SqlBackend::Sqlite) {
        const QString dir = QFileInfo(url.sqlitePath).absolutePath();
        if (!makePrivateDir(dir)) {
            *error = QStringLiteral("cannot create the data directory %1").arg(dir);
            return nullptr;
        }
        // Password hashes, sessions and the media signing key live in this file: owner only,
        // and SQLite gives the -wal and -shm files the database file's mode.
        if (!makePrivateFile(url.sqlitePath)) {
            *error = QStringLiteral("cannot create %1").arg(url.sqlitePath);
            return nullptr;
        }
        storage->m_db.setDatabaseName(url.sqlitePath);
    } else {
        configurePostgres(storage->m_db, url);
    }
    if (!storage->m_db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2")
                     .arg(url.redacted(), storage->m_db.lastError().text().trimmed());
        return nullptr;
    }
    if (!url.schema.isEmpty()) {
        // CREATE SCHEMA IF NOT EXISTS is not safe against a second instance doing the same at
        // the same moment (a unique violation on pg_namespace): one at a time, under a lock.
        QSqlQuery lock(storage->m_db);
        lock.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('lyceum.create_schema'))"));
        QSqlQuery q(storage->m_db);
        const bool created = q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") % url.schema);
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('lyceum.create_schema'))"));
        if (!created) {
            *error = QStringLiteral("cannot create the schema %1: %2")
                         .arg(url.schema, q.lastError().text().trimmed());
            return nullptr;
        }
    }
    storage->m_lockSalt = schemaSalt(url.schema);
    storage->m_channel =
        url.schema.isEmpty() ? kChangesChannel : kChangesChannel % u'_' % url.schema;
    if (!storage->initialize(nowMs, error))
        return nullptr;
    if (url.backend == SqlBackend::Postgres && !storage->listenForOtherInstances(url, error))
        return nullptr;
    return storage;
}

QString SqlStorage::backendName() const {
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

void SqlStorage::lockSetup() {
    if (!isPostgres())
        return;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_advisory_lock(?)"));
    bind(q, {kSetupLockKey ^ (m_lockSalt << 20)});
    run(q);
    q.finish();
}

void SqlStorage::unlockSetup() {
    if (!isPostgres())
        return;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    bind(q, {kSetupLockKey ^ (m_lockSalt << 20)});
    run(q);
    q.finish();
}

bool SqlStorage::tryLockJob(const QString &job) {
    if (!isPostgres())
        return true;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    bind(q, {kJobLockBase + (m_lockSalt << 24) + stableHash24(job)});
    run(q);
    const bool held = q.next() && SqlDialect::toBool(q.value(0));
    q.finish();
    return held;
}

void SqlStorage::unlockJob(const QString &job) {
    if (!isPostgres())
        return;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    bind(q, {kJobLockBase + (m_lockSalt << 24) + stableHash24(job)});
    run(q);
    q.finish();
}

void SqlStorage::lockChangesLog() {
    // SQLite has one writer at a time: seq is allocated in commit order already. PostgreSQL
    // runs writers side by side, so a transaction takes this lock before its first change row
    // and keeps it to its commit: seqs are handed out in the order transactions commit, and a
    // reader that has seen seq S can never later find a committed S' < S (docs/architecture.md,
    // "Several instances").
    if (!isPostgres() || m_holdsSeqLock)
        return;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    bind(q, {kChangesLockKey ^ (m_lockSalt << 20)});
    run(q);
    q.finish();
    m_holdsSeqLock = true;
}

void SqlStorage::lockOrderNumbers() {
    // MAX(number) + 1 read by two instances at once would give both the same number: the second
    // waits here until the first's order is committed and visible.
    if (!isPostgres())
        return;
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    bind(q, {kOrderNumberLockKey ^ (m_lockSalt << 20)});
    run(q);
    q.finish();
}

void SqlStorage::notifyOtherInstances(qint64 seq) {
    // Only the number: a notice that is lost or arrives late costs a pull, never a change.
    QSqlQuery &q = prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    bind(q, {m_channel, QString::number(seq)});
    run(q);
    q.finish();
    m_observedSeq = std::max(m_observedSeq, seq);
}

bool SqlStorage::listenForOtherInstances(const DatabaseUrl &url, QString *error) {
    m_listenerName = nextConnectionName();
    QSqlDatabase listener = QSqlDatabase::addDatabase(m_dialect.driverName(), m_listenerName);
    configurePostgres(listener, url);
    if (!listener.open()) {
        *error = QStringLiteral("cannot open the notification connection to %1: %2")
                     .arg(url.redacted(), listener.lastError().text().trimmed());
        return false;
    }
    if (!listener.driver()->subscribeToNotification(m_channel)) {
        *error = QStringLiteral("cannot LISTEN on %1: %2")
                     .arg(url.redacted(), listener.driver()->lastError().text());
        return false;
    }
    m_listenerContext = std::make_unique<QObject>();
    QObject::connect(
        listener.driver(),
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        m_listenerContext.get(),
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            bool ok = false;
            const qint64 seq = payload.toString().toLongLong(&ok);
            // Our own commits (and anything before them) were announced already:
            // seqs are allocated in commit order.
            if (ok && seq <= m_observedSeq)
                return;
            m_observedSeq = std::max(m_observedSeq, seq);
            changesCommitted();
        });
    return true;
}

} // namespace lyceum::server

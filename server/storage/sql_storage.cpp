#include "server/storage/sql_storage.h"

#include "domain/private_files.h"
#include "server/http/http_metrics.h"
#include "server/log.h"
#include "server/storage/migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace lyceum::server {

namespace {
QString randomInstanceId() {
    unsigned char bytes[12];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

// SQL NULL is bound as a null QByteArray, which the Qt drivers send as NULL. A null QString
// cannot be used: bind() turns those into '' ("no bio" is '' in a NOT NULL column, not NULL).
QVariant sqlNull() {
    return QVariant(QMetaType::fromType<QByteArray>());
}

QVariant nullableText(const QString &s) {
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

QVariant nullableTime(qint64 t) {
    return t == 0 ? sqlNull() : QVariant(t);
}

SqlStorage::SqlStorage(SqlDialect dialect, QString connectionName)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName)) {}

SqlStorage::~SqlStorage() {
    m_listenerContext.reset();
    if (!m_listenerName.isEmpty())
        QSqlDatabase::removeDatabase(m_listenerName);
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlStorage::initialize(qint64 nowMs, QString *error) {
    for (const QString &sql : m_dialect.connectionSetup()) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            *error = QStringLiteral("cannot configure the database (%1): %2")
                         .arg(sql, q.lastError().text());
            return false;
        }
    }
    // Instances starting at once on one PostgreSQL database take turns at the schema.
    try {
        const SetupLock setup(*this);
        return migrateServerSchema(m_db, m_dialect, nowMs, error) && readInstanceId(error);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

bool SqlStorage::readInstanceId(QString *error) {
    try {
        QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        bind(q, {QStringLiteral("instance_id")});
        run(q);
        if (q.next()) {
            m_instanceId = q.value(0).toString();
            q.finish();
        } else {
            q.finish();
            m_instanceId = randomInstanceId();
            QSqlQuery &ins = prepared(SqlDialect::insert(
                QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}));
            bind(ins, {QStringLiteral("instance_id"), m_instanceId});
            run(ins);
        }
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

QSqlQuery &SqlStorage::prepared(const QString &sql) {
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    auto *q = new QSqlQuery(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        const QString message =
            QStringLiteral("cannot prepare statement (%1): %2").arg(sql, q->lastError().text());
        delete q;
        throw StorageError(message);
    }
    m_statements.insert(sql, q);
    return *q;
}

void SqlStorage::run(QSqlQuery &q) {
    QElapsedTimer timer;
    timer.start();
    const bool ok = q.exec();
    DatabaseTimer::add(timer.nsecsElapsed());
    if (!ok) {
        const QString message = QStringLiteral("database statement failed (%1): %2")
                                    .arg(q.lastQuery(), q.lastError().text());
        qCWarning(lcServerStorage).noquote() << message;
        throw StorageError(message);
    }
}

void SqlStorage::bind(QSqlQuery &q, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i++, QStringLiteral(""));
        else
            q.bindValue(i++, v);
    }
}

void SqlStorage::begin() {
    if (!m_db.transaction())
        throw StorageError(QStringLiteral("cannot begin a transaction: ") %
                           m_db.lastError().text());
    m_inTransaction = true;
    m_changesPending = false;
    m_holdsSeqLock = false;
    m_pendingSeq = 0;
}

void SqlStorage::commit() {
    if (m_changesPending && isPostgres())
        notifyOtherInstances(m_pendingSeq);
    m_holdsSeqLock = false;
    QElapsedTimer timer;
    timer.start();
    const bool ok = m_db.commit();
    DatabaseTimer::add(timer.nsecsElapsed());
    if (!ok)
        throw StorageError(QStringLiteral("cannot commit: ") % m_db.lastError().text());
    m_inTransaction = false;
    if (m_changesPending) {
        m_changesPending = false;
        changesCommitted();
    }
}

void SqlStorage::rollback() {
    m_inTransaction = false;
    m_holdsSeqLock = false;
    m_changesPending = false;
    if (!m_db.rollback())
        throw StorageError(QStringLiteral("cannot roll back: ") % m_db.lastError().text());
}

void SqlStorage::noteChange() {
    if (m_inTransaction)
        m_changesPending = true;
    else
        changesCommitted();
}

} // namespace lyceum::server

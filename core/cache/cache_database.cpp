#include "cache/cache_database.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::CacheDatabase", text);
}
} // namespace

const QVector<CacheDatabase::Migration> &CacheDatabase::migrations() {
    static const QVector<Migration> steps{{1, &migrateTo1}};
    return steps;
}

CacheDatabase::CacheDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

CacheDatabase::~CacheDatabase() {
    close();
}

void CacheDatabase::close() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CacheDatabase::exec(QSqlQuery &query, const QString &what, QString *error) {
    if (query.exec())
        return true;
    if (error)
        *error = what + QStringLiteral(": ") + query.lastError().text();
    qCWarning(lcCache) << what << query.lastError().text();
    return false;
}

bool CacheDatabase::exec(const QString &sql, QString *error) {
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sql.left(60) + QStringLiteral(": ") + q.lastError().text();
    qCWarning(lcCache) << sql.left(60) << q.lastError().text();
    return false;
}

bool CacheDatabase::begin(QString *error) {
    if (m_db.transaction())
        return true;
    if (error)
        *error = tr("could not start a transaction: %1").arg(m_db.lastError().text());
    return false;
}

bool CacheDatabase::commit(QString *error) {
    if (m_db.commit())
        return true;
    if (error)
        *error = tr("could not save changes: %1").arg(m_db.lastError().text());
    m_db.rollback();
    return false;
}

void CacheDatabase::rollback() {
    if (!m_db.rollback())
        qCWarning(lcCache) << "rollback failed:" << m_db.lastError().text();
}

int CacheDatabase::userVersion() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool CacheDatabase::open(const QString &path, QString *error) {
    return open(path, migrations(), error);
}

bool CacheDatabase::open(const QString &path, const QVector<Migration> &steps, QString *error) {
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = tr("The cache file %1 could not be opened: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), m_db.lastError().text());
        close();
        return false;
    }
    QString detail;
    // journal_mode returns a row; the others are plain settings.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &detail) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &detail) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &detail) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=5000"), &detail)) {
        if (error)
            *error = tr("The cache file %1 could not be set up: %2").arg(path, detail);
        close();
        return false;
    }
    if (!migrate(steps, error)) {
        close();
        return false;
    }
    return true;
}

bool CacheDatabase::migrate(const QVector<Migration> &steps, QString *error) {
    const int current = userVersion();
    if (current < 0) {
        if (error)
            *error =
                tr("The cache file is not a readable database: %1").arg(m_db.lastError().text());
        return false;
    }
    const int known = steps.isEmpty() ? 0 : steps.constLast().version;
    if (current > known) {
        if (error)
            *error = tr("The cache was written by a newer version of Lyceum (schema %1; this "
                        "version knows up to %2). Update Lyceum or use another profile.")
                         .arg(current)
                         .arg(known);
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        QString detail;
        if (!begin(&detail)) {
            if (error)
                *error =
                    tr("Updating the cache to schema %1 failed: %2").arg(step.version).arg(detail);
            return false;
        }
        bool ok = step.apply(m_db, &detail);
        if (ok)
            ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version), &detail);
        if (ok)
            ok = commit(&detail);
        else
            rollback();
        if (!ok) {
            if (error)
                *error =
                    tr("Updating the cache to schema %1 failed: %2").arg(step.version).arg(detail);
            return false;
        }
        qCInfo(lcCache) << "cache migrated to schema" << step.version;
    }
    return true;
}

} // namespace lyceum

#include "cache/cache_database.h"

#include "cache/transaction.h"
#include "domain/private_files.h"
#include "logging.h"
#include "search/fts_tokenizer.h"
#include "search/search_index.h"
#include "thread_check.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaQuiz1(QSqlDatabase &db, QString *error); // learning/quiz_cache_schema.cpp
// cache_schema_sections.cpp (declared here: cache_database.h is included everywhere).
bool cacheSchemaSections1(QSqlDatabase &db, QString *error);

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::CacheDatabase", text);
}
} // namespace

// Steps declared here rather than in cache_database.h (included by most of the core).
bool cacheSchemaSaved1(QSqlDatabase &db, QString *error); // cache_schema_saved.cpp

const QVector<CacheDatabase::Migration> &CacheDatabase::migrations() {
    // Append-only: a new step goes at the end, an applied step is never edited or removed.
    static const QVector<Migration> steps{
        {QStringLiteral("core.1"), &cacheSchemaCore1},
        {QStringLiteral("reading.1"), &cacheSchemaReading1},
        {QStringLiteral("search.1"), &cacheSchemaSearch1},
        {QStringLiteral("reviews.1"), &cacheSchemaReviews1},
        {QStringLiteral("reco.1"), &cacheSchemaReco1},
        {QStringLiteral("paths.1"), &cacheSchemaPaths1},
        {QStringLiteral("moderation.1"), &cacheSchemaModeration1},
        {QStringLiteral("media.1"), &cacheSchemaMedia1},
        {QStringLiteral("studio.1"), &cacheSchemaStudio1},
        {QStringLiteral("studio.2"), &cacheSchemaStudio2},
        {QStringLiteral("policy.1"), &cacheSchemaPolicy1},
        {QStringLiteral("threads.1"), &cacheSchemaThreads1},
        {QStringLiteral("search.2"), &cacheSchemaSearch2},
        {QStringLiteral("policy.2"), &cacheSchemaPolicy2},
        {QStringLiteral("inbox.1"), &cacheSchemaInbox1},
        {QStringLiteral("moderation.2"), &cacheSchemaModeration2},
        {QStringLiteral("names.1"), &cacheSchemaNames1},
        {QStringLiteral("certificates.1"), &cacheSchemaCertificates1},
        {QStringLiteral("quiz.1"), &cacheSchemaQuiz1},
        {QStringLiteral("assignments.1"), &cacheSchemaAssignments1},
        {QStringLiteral("challenges.1"), &cacheSchemaChallenges1},
        {QStringLiteral("saved.1"), &cacheSchemaSaved1},
        {QStringLiteral("sections.1"), &cacheSchemaSections1},
    };
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

QStringList CacheDatabase::appliedSteps() {
    QStringList ids;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM schema_steps ORDER BY position")))
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool CacheDatabase::open(const QString &path, QString *error) {
    return open(path, migrations(), error);
}

QSqlDatabase &CacheDatabase::db() {
    threadcheck::notOnGuiThread("CacheDatabase::db");
    return m_db;
}

bool CacheDatabase::open(const QString &path, const QVector<Migration> &steps, QString *error) {
    threadcheck::notOnGuiThread("CacheDatabase::open");
    close();
    // Owner only from the first byte; SQLite gives -wal and -shm the database file's mode.
    if (!makePrivateFile(path)) {
        if (error)
            *error = tr("The cache file %1 could not be created.").arg(path);
        return false;
    }
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
    // Before any statement can touch a search index (the schema steps included).
    if (!search::registerTokenizer(m_db, &detail)) {
        if (error)
            *error = tr("The cache file %1 could not be set up: %2").arg(path, detail);
        close();
        return false;
    }
    if (!migrate(steps, error)) {
        close();
        return false;
    }
    if (appliedSteps().contains(QStringLiteral("search.2")) &&
        !search::ensureIndexCurrent(*this, &detail)) {
        if (error)
            *error = tr("The cache's search index could not be rebuilt: %1").arg(detail);
        close();
        return false;
    }
    return true;
}

bool CacheDatabase::migrate(const QVector<Migration> &steps, QString *error) {
    QString detail;
    // schema_steps: one row per schema step applied to this file, in order (position).
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_steps (id TEXT PRIMARY KEY, "
                             "position INTEGER NOT NULL, applied_at INTEGER NOT NULL)"),
              &detail)) {
        if (error)
            *error = tr("The cache file is not a readable database: %1").arg(detail);
        return false;
    }
    QStringList applied = appliedSteps();
    if (applied.isEmpty()) {
        // A file from before named steps: user_version 1 is the core step.
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == 1) {
            if (!exec(QStringLiteral("INSERT INTO schema_steps VALUES ('core.1', 0, 0)"),
                      &detail)) {
                if (error)
                    *error = tr("The cache file is not a readable database: %1").arg(detail);
                return false;
            }
            applied << QStringLiteral("core.1");
        }
    }
    QStringList known;
    for (const Migration &step : steps)
        known << step.id;
    for (const QString &id : std::as_const(applied)) {
        if (!known.contains(id)) {
            if (error)
                *error = tr("The cache was written by a newer version of Lyceum (it has schema "
                            "step %1, which this version does not know). Update Lyceum or use "
                            "another profile.")
                             .arg(id);
            return false;
        }
    }
    for (const Migration &step : steps) {
        if (applied.contains(step.id))
            continue;
        // A step and its schema_steps row commit together or not at all.
        Transaction tx(*this);
        bool ok = tx.isOpen() ? step.apply(m_db, &detail) : succeeded(tx.beginError(), &detail);
        if (ok) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO schema_steps (id, position, applied_at) "
                                     "VALUES (?, ?, strftime('%s','now') * 1000)"));
            q.addBindValue(step.id);
            q.addBindValue(applied.size());
            ok = exec(q, QStringLiteral("record schema step"), &detail);
        }
        if (ok)
            ok = tx.commit(&detail);
        if (!ok) {
            if (error)
                *error = tr("Updating the cache (step %1) failed: %2").arg(step.id, detail);
            return false;
        }
        applied << step.id;
        qCInfo(lcCache) << "cache schema step applied:" << step.id;
    }
    return true;
}

} // namespace lyceum

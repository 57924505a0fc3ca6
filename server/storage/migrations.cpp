#include "server/storage/migrations.h"

#include "server/log.h"
#include "server/storage/sql_dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::server {

bool serverSchemaQuiz1(QSqlDatabase &db, const SqlDialect &dialect,
                       QString *error); // learning/quiz_schema.cpp

namespace {

// Version 1: accounts, content, entitlements, the changes log and mutation idempotency.
const char *const kSchemaV1[] = {
    // meta: one row per server-wide setting, keyed by name. Holds 'instance_id', the random id
    // of this data directory that sync cursors embed.
    "CREATE TABLE meta (key ${text} PRIMARY KEY, value ${text} NOT NULL)",

    // users: one row per account, keyed by the public user id; handle is unique. password_hash
    // is a crypto_pwhash_str (argon2id) string, NULL for accounts that cannot log in.
    "CREATE TABLE users (id ${text} PRIMARY KEY, handle ${text} NOT NULL UNIQUE,"
    " display_name ${text} NOT NULL, role ${text} NOT NULL, bio ${text} NOT NULL DEFAULT '',"
    " password_hash ${text}, created_at ${bigint} NOT NULL)",

    // sessions: one row per login, keyed by a random session id. Tokens are stored only as
    // SHA-256 hex; refresh rotates both hashes in place, logout deletes the row.
    "CREATE TABLE sessions (id ${text} PRIMARY KEY,"
    " user_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " access_hash ${text} NOT NULL UNIQUE, access_expires_at ${bigint} NOT NULL,"
    " refresh_hash ${text} NOT NULL UNIQUE, refresh_expires_at ${bigint} NOT NULL,"
    " created_at ${bigint} NOT NULL)",
    "CREATE INDEX sessions_user ON sessions(user_id)",

    // spaces: one row per community space (a board), keyed by id; slug unique.
    "CREATE TABLE spaces (id ${text} PRIMARY KEY, slug ${text} NOT NULL UNIQUE,"
    " name ${text} NOT NULL, description ${text} NOT NULL, position ${bigint} NOT NULL)",

    // courses: one row per course, keyed by id. tags is a JSON array of strings; price in
    // minor units of currency; unpublished courses are visible to their creator and staff only.
    "CREATE TABLE courses (id ${text} PRIMARY KEY, space_id ${text} REFERENCES spaces(id),"
    " creator_id ${text} NOT NULL REFERENCES users(id), title ${text} NOT NULL,"
    " summary ${text} NOT NULL, description ${text} NOT NULL, tags ${text} NOT NULL,"
    " topic ${text} NOT NULL, price ${bigint} NOT NULL, currency ${text} NOT NULL,"
    " published ${bool} NOT NULL, created_at ${bigint} NOT NULL, updated_at ${bigint} NOT NULL)",

    // lessons: one row per lesson of a course, keyed by id. body is always the full text;
    // locking is decided per reader when the feed is served.
    "CREATE TABLE lessons (id ${text} PRIMARY KEY,"
    " course_id ${text} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
    " position ${bigint} NOT NULL, title ${text} NOT NULL, body ${text} NOT NULL,"
    " duration_seconds ${bigint} NOT NULL, free_preview ${bool} NOT NULL,"
    " created_at ${bigint} NOT NULL, updated_at ${bigint} NOT NULL)",
    "CREATE INDEX lessons_course ON lessons(course_id)",

    // threads: one row per discussion thread, keyed by the client-chosen id. Exactly one of
    // space_id/course_id/lesson_id is set; scope_course_id is the course it lives under
    // (directly or through its lesson), NULL for space threads.
    "CREATE TABLE threads (id ${text} PRIMARY KEY, space_id ${text} REFERENCES spaces(id),"
    " course_id ${text} REFERENCES courses(id), lesson_id ${text} REFERENCES lessons(id),"
    " scope_course_id ${text}, author_id ${text} NOT NULL REFERENCES users(id),"
    " title ${text} NOT NULL, kind ${text} NOT NULL, accepted_post_id ${text},"
    " pinned ${bool} NOT NULL, locked ${bool} NOT NULL, post_count ${bigint} NOT NULL,"
    " created_at ${bigint} NOT NULL, last_activity_at ${bigint} NOT NULL)",

    // posts: one row per post of a thread, keyed by the client-chosen id. Deleting a post
    // keeps the row (deleted = true, body emptied) so replies keep their parent.
    "CREATE TABLE posts (id ${text} PRIMARY KEY,"
    " thread_id ${text} NOT NULL REFERENCES threads(id) ON DELETE CASCADE, parent_id ${text},"
    " author_id ${text} NOT NULL REFERENCES users(id), body ${text} NOT NULL,"
    " deleted ${bool} NOT NULL, created_at ${bigint} NOT NULL, edited_at ${bigint})",
    "CREATE INDEX posts_thread ON posts(thread_id)",

    // reactions: one row per (post, user, emoji), keyed by the composite id of protocol.md.
    "CREATE TABLE reactions (id ${text} PRIMARY KEY,"
    " post_id ${text} NOT NULL REFERENCES posts(id) ON DELETE CASCADE,"
    " user_id ${text} NOT NULL REFERENCES users(id), emoji ${text} NOT NULL,"
    " created_at ${bigint} NOT NULL)",

    // entitlements: one row per (user, course) the user may read in full (a purchase or a
    // grant), keyed by both.
    "CREATE TABLE entitlements (user_id ${text} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " course_id ${text} NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
    " granted_at ${bigint} NOT NULL, PRIMARY KEY (user_id, course_id))",

    // changes: the compacted changes log. One row per entity (entity, entity_id unique) at its
    // latest change; seq is assigned in commit order (writes are serialized) and a new change
    // replaces the entity's old row. payload is the entity's JSON as written (upserts), so the
    // feed is served without re-reading entity tables; scope_course_id and free_preview are
    // what per-reader filtering needs.
    "CREATE TABLE changes (seq ${pk_auto}, entity ${text} NOT NULL, entity_id ${text} NOT NULL,"
    " op ${text} NOT NULL, payload ${blob}, scope_course_id ${text},"
    " free_preview ${bool} NOT NULL DEFAULT ${false}, UNIQUE (entity, entity_id))",

    // mutations: one row per applied (or rejected) client mutation, keyed by
    // (user_id, client_id, mutation_id); result is the JSON answer given the first time.
    "CREATE TABLE mutations (client_id ${text} NOT NULL, mutation_id ${text} NOT NULL,"
    " user_id ${text} NOT NULL, result ${blob} NOT NULL, applied_at ${bigint} NOT NULL,"
    " PRIMARY KEY (user_id, client_id, mutation_id))",
};

} // namespace

bool execSchema(QSqlDatabase &db, const SqlDialect &dialect, const std::vector<const char *> &sql,
                QString *error) {
    for (const char *statement : sql) {
        QSqlQuery q(db);
        const QString text = dialect.expand(QString::fromUtf8(statement));
        if (!q.exec(text)) {
            *error = QStringLiteral("schema step failed: ") % q.lastError().text() %
                     QStringLiteral(" in: ") % text;
            return false;
        }
    }
    return true;
}

bool serverSchemaCore1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(db, dialect,
                      std::vector<const char *>(std::begin(kSchemaV1), std::end(kSchemaV1)), error);
}

const std::vector<SchemaStep> &serverSchemaSteps() {
    // Append-only: a new step goes at the end; an applied step is never edited or removed.
    static const std::vector<SchemaStep> steps{
        {"core.1", &serverSchemaCore1},
        {"commerce.1", &serverSchemaCommerce1},
        {"reviews.1", &serverSchemaReviews1},
        {"paths.1", &serverSchemaPaths1},
        {"moderation.1", &serverSchemaModeration1},
        {"moderation.2", &serverSchemaModeration2},
        {"media.1", &serverSchemaMedia1},
        {"studio.1", &serverSchemaStudio1},
        {"studio.2", &serverSchemaStudio2},
        {"moderation.3", &serverSchemaModeration3},
        {"integrity.1", &serverSchemaIntegrity1},
        {"commerce.2", &serverSchemaCommerce2},
        {"throttle.1", &serverSchemaThrottle1},
        {"moderation.4", &serverSchemaModeration4},
        {"names.1", &serverSchemaNames1},
        {"commerce.3", &serverSchemaCommerce3},
        {"certificates.1", &serverSchemaCertificates1},
        {"quiz.1", &serverSchemaQuiz1},
        {"assignments.1", &serverSchemaAssignments1},
        {"challenges.1", &serverSchemaChallenges1},
        {"account.1", &serverSchemaAccount1},
        {"sections.1", &serverSchemaSections1},
    };
    return steps;
}

QStringList appliedServerSchemaSteps(QSqlDatabase &db, bool *ok, QString *error) {
    *ok = false;
    QStringList ids;
    QSqlQuery q(db);
    // schema_steps: one row per schema step applied, in order (position).
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_steps (id VARCHAR(64) PRIMARY "
                               "KEY, position BIGINT NOT NULL, applied_at BIGINT NOT NULL)"))) {
        *error = QStringLiteral("cannot create schema_steps: ") % q.lastError().text();
        return ids;
    }
    if (!q.exec(QStringLiteral("SELECT id FROM schema_steps ORDER BY position"))) {
        *error = QStringLiteral("cannot read schema_steps: ") % q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty() && db.tables().contains(QStringLiteral("schema_migrations"))) {
        // A database from before named steps: version 1 is the core step.
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !q.next()) {
            *error = QStringLiteral("cannot read schema_migrations: ") % q.lastError().text();
            return ids;
        }
        if (q.value(0).toInt() == 1) {
            if (!q.exec(QStringLiteral("INSERT INTO schema_steps VALUES ('core.1', 0, 0)"))) {
                *error = QStringLiteral("cannot record core.1: ") % q.lastError().text();
                return ids;
            }
            ids << QStringLiteral("core.1");
        } else if (q.value(0).toInt() > 1) {
            *error = QStringLiteral("the database has schema version %1 from a lyceum-server this "
                                    "build does not know; the data was left untouched")
                         .arg(q.value(0).toInt());
            return ids;
        }
    }
    *ok = true;
    return ids;
}

bool migrateServerSchema(QSqlDatabase &db, const SqlDialect &dialect, qint64 nowMs,
                         QString *error) {
    bool ok = false;
    QStringList applied = appliedServerSchemaSteps(db, &ok, error);
    if (!ok)
        return false;
    const auto &steps = serverSchemaSteps();
    for (const QString &id : std::as_const(applied)) {
        const bool known = std::any_of(steps.begin(), steps.end(), [&](const SchemaStep &step) {
            return id == QLatin1String(step.id);
        });
        if (!known) {
            *error = QStringLiteral("the database has schema step %1, which this lyceum-server "
                                    "does not know: it was written by a newer lyceum-server; use "
                                    "that one (the data was left untouched)")
                         .arg(id);
            return false;
        }
    }
    for (const SchemaStep &step : steps) {
        const QString id = QString::fromLatin1(step.id);
        if (applied.contains(id))
            continue;
        if (!db.transaction()) {
            *error =
                QStringLiteral("cannot begin schema step %1: ").arg(id) % db.lastError().text();
            return false;
        }
        QString stepError;
        bool stepOk = step.apply(db, dialect, &stepError);
        if (stepOk) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO schema_steps(id, position, applied_at) VALUES(?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(applied.size());
            q.addBindValue(nowMs);
            stepOk = q.exec();
            if (!stepOk)
                stepError = q.lastError().text();
        }
        if (stepOk && !db.commit()) {
            stepOk = false;
            stepError = db.lastError().text();
        }
        if (!stepOk) {
            db.rollback();
            *error = QStringLiteral("schema step %1 failed: %2").arg(id, stepError);
            return false;
        }
        applied << id;
        qCInfo(lcServerStorage) << "applied server schema step" << id;
    }
    return true;
}

} // namespace lyceum::server

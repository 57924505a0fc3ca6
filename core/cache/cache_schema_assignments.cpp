// The cache schema step "assignments.1": a learner's assignment drafts (kept on every edit, so
// nothing is lost on a crash), the assignments and own submissions last read from the server
// (shown offline; the reviewed ones are the inbox's "assignment" items).
#include "cache/cache_database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaAssignments1(QSqlDatabase &db, QString *error) {
    const QStringList statements{
        // assignment_drafts: one row per lesson with an unsent submission. Key: lesson_id.
        // files is a JSON array of the local paths attached.
        QStringLiteral("CREATE TABLE assignment_drafts (lesson_id TEXT PRIMARY KEY, "
                       "body TEXT NOT NULL, files TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
        // assignment_lessons: the server's answer for a lesson's assignment (the assignment
        // and my submissions) as last read. Key: lesson_id.
        QStringLiteral("CREATE TABLE assignment_lessons (lesson_id TEXT PRIMARY KEY, "
                       "answer TEXT NOT NULL, fetched_at INTEGER NOT NULL)"),
        // my_submissions: my submissions as the server last listed them, plus the ones queued
        // in the outbox (status 'sending'). Key: id (the submission id my device chose).
        QStringLiteral("CREATE TABLE my_submissions (id TEXT PRIMARY KEY, lesson_id TEXT NOT NULL, "
                       "course_id TEXT NOT NULL, lesson_title TEXT NOT NULL, status TEXT NOT NULL, "
                       "json TEXT NOT NULL, submitted_at INTEGER NOT NULL, "
                       "reviewed_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX my_submissions_by_lesson ON my_submissions(lesson_id)"),
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

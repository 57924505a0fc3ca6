#include "learning/assignment_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::assignmentstore {

namespace {

Status failed(const QString &error) {
    return Status(CoreError::storage(error));
}

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status putSubmission(CacheDatabase &db, const QJsonObject &s) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO my_submissions (id, lesson_id, course_id, lesson_title, status, json, "
        "submitted_at, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
        "SET status = excluded.status, json = excluded.json, reviewed_at = excluded.reviewed_at, "
        "lesson_title = excluded.lesson_title"));
    const auto text = [&](const char *key) {
        const QString v = s.value(QLatin1StringView(key)).toString();
        return v.isNull() ? QString::fromLatin1("", 0) : v;
    };
    q.addBindValue(text("id"));
    q.addBindValue(text("lesson_id"));
    q.addBindValue(text("course_id"));
    q.addBindValue(text("lesson_title"));
    q.addBindValue(text("status"));
    q.addBindValue(compact(s));
    q.addBindValue(s.value(QLatin1StringView("submitted_at")).toInteger());
    q.addBindValue(s.value(QLatin1StringView("reviewed_at")).toInteger());
    QString error;
    return CacheDatabase::exec(q, QStringLiteral("keeping a submission"), &error) ? Status()
                                                                                  : failed(error);
}

} // namespace

Status saveDraft(CacheDatabase &db, const AssignmentDraft &d) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO assignment_drafts (lesson_id, body, files, updated_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (lesson_id) DO UPDATE SET "
                             "body = excluded.body, files = excluded.files, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(d.lessonId);
    q.addBindValue(d.body.isNull() ? QString::fromLatin1("", 0) : d.body);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(d.files)).toJson(QJsonDocument::Compact)));
    q.addBindValue(d.updatedAt);
    QString error;
    return CacheDatabase::exec(q, QStringLiteral("keeping the draft"), &error) ? Status()
                                                                               : failed(error);
}

Result<AssignmentDraft> draft(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT body, files, updated_at FROM assignment_drafts WHERE lesson_id = ?"));
    q.addBindValue(lessonId);
    QString error;
    if (!CacheDatabase::exec(q, QStringLiteral("reading the draft"), &error))
        return CoreError::storage(error);
    AssignmentDraft d;
    d.lessonId = lessonId;
    if (q.next()) {
        d.body = q.value(0).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toByteArray()).array())
            d.files << v.toString();
        d.updatedAt = q.value(2).toLongLong();
    }
    return d;
}

Status storeLesson(CacheDatabase &db, const QString &lessonId, const QJsonObject &answer) {
    return withTransaction(db, [&] {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("INSERT INTO assignment_lessons (lesson_id, answer, fetched_at) "
                                 "VALUES (?, ?, 0) ON CONFLICT (lesson_id) DO UPDATE SET "
                                 "answer = excluded.answer"));
        q.addBindValue(lessonId);
        q.addBindValue(compact(answer));
        QString error;
        if (!CacheDatabase::exec(q, QStringLiteral("keeping the assignment"), &error))
            return failed(error);
        for (const QJsonValue &v : answer.value(QLatin1StringView("submissions")).toArray()) {
            if (const Status s = putSubmission(db, v.toObject()); !s)
                return s;
        }
        return Status();
    });
}

Result<QJsonObject> cachedLesson(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT answer FROM assignment_lessons WHERE lesson_id = ?"));
    q.addBindValue(lessonId);
    QString error;
    if (!CacheDatabase::exec(q, QStringLiteral("reading the assignment"), &error))
        return CoreError::storage(error);
    if (!q.next())
        return QJsonObject();
    QJsonObject answer = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QSqlQuery mine(db.db());
    mine.prepare(QStringLiteral("SELECT json FROM my_submissions WHERE lesson_id = ? ORDER BY "
                                "submitted_at, id"));
    mine.addBindValue(lessonId);
    if (!CacheDatabase::exec(mine, QStringLiteral("reading my submissions"), &error))
        return CoreError::storage(error);
    QJsonArray list;
    while (mine.next())
        list.append(QJsonDocument::fromJson(mine.value(0).toByteArray()).object());
    answer.insert(QStringLiteral("submissions"), list);
    return answer;
}

Status storeMine(CacheDatabase &db, const QJsonArray &submissions) {
    return withTransaction(db, [&] {
        for (const QJsonValue &v : submissions) {
            if (const Status s = putSubmission(db, v.toObject()); !s)
                return s;
        }
        return Status();
    });
}

Status queueSubmission(CacheDatabase &db, const QString &submissionId, const QString &lessonId,
                       const QString &courseId, const QString &lessonTitle, const QString &body,
                       const QStringList &fileIds, qint64 now) {
    const QJsonObject args{{QStringLiteral("submission_id"), submissionId},
                           {QStringLiteral("lesson_id"), lessonId},
                           {QStringLiteral("body"), body.trimmed()},
                           {QStringLiteral("file_ids"), QJsonArray::fromStringList(fileIds)}};
    return withTransaction(db, [&] {
        QString error;
        if (!outboxstore::enqueue(db, QString(mutations::kAssignmentSubmit), submissionId, args,
                                  nullptr, &error))
            return failed(error);
        QJsonObject local = args;
        local.insert(QStringLiteral("id"), submissionId);
        local.insert(QStringLiteral("course_id"), courseId);
        local.insert(QStringLiteral("lesson_title"), lessonTitle);
        local.insert(QStringLiteral("status"), QStringLiteral("sending"));
        local.insert(QStringLiteral("submitted_at"), now);
        local.insert(QStringLiteral("reviewed_at"), 0);
        if (const Status s = putSubmission(db, local); !s)
            return s;
        QSqlQuery clear(db.db());
        clear.prepare(QStringLiteral("DELETE FROM assignment_drafts WHERE lesson_id = ?"));
        clear.addBindValue(lessonId);
        return CacheDatabase::exec(clear, QStringLiteral("clearing the draft"), &error)
                   ? Status()
                   : failed(error);
    });
}

Status queueReview(CacheDatabase &db, const QString &submissionId, const QString &verdict,
                   const QVector<int> &scores, const QString &feedback) {
    QJsonArray points;
    for (int s : scores)
        points.append(s);
    const QJsonObject args{{QStringLiteral("submission_id"), submissionId},
                           {QStringLiteral("verdict"), verdict},
                           {QStringLiteral("scores"), points},
                           {QStringLiteral("feedback"), feedback.trimmed()}};
    return withTransaction(db, [&] {
        QString error;
        return outboxstore::enqueue(db, QString(mutations::kAssignmentReview), submissionId, args,
                                    nullptr, &error)
                   ? Status()
                   : failed(error);
    });
}

bool readInboxItems(CacheDatabase &db, int limit, QVector<InboxItem> *out, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.lesson_id, s.course_id, s.lesson_title, s.status, s.json, s.reviewed_at, "
        "ir.item_key IS NOT NULL FROM my_submissions s "
        "LEFT JOIN inbox_reads ir ON ir.item_key = 'assignment:' || s.id "
        "WHERE s.reviewed_at > 0 ORDER BY s.reviewed_at DESC, s.id DESC LIMIT ?"));
    q.bindValue(0, limit);
    if (!CacheDatabase::exec(q, QStringLiteral("reading reviewed submissions"), error))
        return false;
    while (q.next()) {
        const QJsonObject s = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        InboxItem item;
        item.kind = InboxKind::Assignment;
        item.key = QStringLiteral("assignment:") + q.value(0).toString();
        item.lessonId = q.value(1).toString();
        item.courseId = q.value(2).toString();
        item.title = q.value(3).toString();
        item.action = q.value(4).toString(); // accepted | needs_work
        item.text = s.value(QLatin1StringView("feedback")).toString().left(200);
        item.from = s.value(QLatin1StringView("reviewer")).toString();
        item.at = q.value(6).toLongLong();
        item.read = q.value(7).toBool();
        out->append(item);
    }
    return true;
}

} // namespace lyceum::assignmentstore

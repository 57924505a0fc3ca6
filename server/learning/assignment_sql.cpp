// SqlStorage: assignments, submissions and their files (assignment_storage.h).
#include "server/learning/assignment_storage.h"
#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace lyceum::server {

namespace {

QString compact(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayOf(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList stringsOf(const QString &text) {
    QStringList out;
    for (const QJsonValue &v : arrayOf(text))
        out << v.toString();
    return out;
}

QString rubricText(const QVector<RubricCriterion> &rubric) {
    QJsonArray a;
    for (const RubricCriterion &c : rubric)
        a.append(
            QJsonObject{{QStringLiteral("title"), c.title}, {QStringLiteral("points"), c.points}});
    return compact(a);
}

QVector<RubricCriterion> rubricOf(const QString &text) {
    QVector<RubricCriterion> out;
    for (const QJsonValue &v : arrayOf(text)) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1StringView("title")).toString(),
                    o.value(QLatin1StringView("points")).toInt()});
    }
    return out;
}

QString scoresText(const QVector<int> &scores) {
    QJsonArray a;
    for (int s : scores)
        a.append(s);
    return compact(a);
}

QVector<int> scoresOf(const QString &text) {
    QVector<int> out;
    for (const QJsonValue &v : arrayOf(text))
        out << v.toInt();
    return out;
}

const QString kAssignmentColumns = QStringLiteral(
    "lesson_id, course_id, instructions, rubric, allow_text, allow_files, file_kinds,"
    " max_file_bytes, max_files, resubmit, reviewer_ids, updated_at");
const QString kSubmissionColumns = QStringLiteral(
    "id, lesson_id, course_id, user_id, attempt, body, file_ids, status, scores, feedback,"
    " reviewer_id, submitted_at, reviewed_at");

Assignment assignmentFrom(const QSqlQuery &q) {
    Assignment a;
    a.lessonId = q.value(0).toString();
    a.courseId = q.value(1).toString();
    a.instructions = q.value(2).toString();
    a.rubric = rubricOf(q.value(3).toString());
    a.allowText = SqlDialect::toBool(q.value(4));
    a.allowFiles = SqlDialect::toBool(q.value(5));
    a.fileKinds = stringsOf(q.value(6).toString());
    a.maxFileBytes = q.value(7).toLongLong();
    a.maxFiles = q.value(8).toInt();
    a.resubmit = SqlDialect::toBool(q.value(9));
    a.reviewerIds = stringsOf(q.value(10).toString());
    a.updatedAt = q.value(11).toLongLong();
    return a;
}

Submission submissionFrom(const QSqlQuery &q) {
    Submission s;
    s.id = q.value(0).toString();
    s.lessonId = q.value(1).toString();
    s.courseId = q.value(2).toString();
    s.userId = q.value(3).toString();
    s.attempt = q.value(4).toInt();
    s.body = q.value(5).toString();
    s.fileIds = stringsOf(q.value(6).toString());
    s.status =
        submissionStatusFromName(q.value(7).toString()).value_or(SubmissionStatus::Submitted);
    s.scores = scoresOf(q.value(8).toString());
    s.feedback = q.value(9).toString();
    s.reviewerId = q.value(10).toString();
    s.submittedAt = q.value(11).toLongLong();
    s.reviewedAt = q.value(12).toLongLong();
    return s;
}

} // namespace

QString submissionStatusName(SubmissionStatus status) {
    switch (status) {
    case SubmissionStatus::Submitted:
        return QStringLiteral("submitted");
    case SubmissionStatus::Accepted:
        return QStringLiteral("accepted");
    case SubmissionStatus::NeedsWork:
        return QStringLiteral("needs_work");
    }
    return {};
}

std::optional<SubmissionStatus> submissionStatusFromName(const QString &name) {
    for (SubmissionStatus s :
         {SubmissionStatus::Submitted, SubmissionStatus::Accepted, SubmissionStatus::NeedsWork}) {
        if (submissionStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::optional<Assignment> SqlStorage::assignmentOfLesson(const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kAssignmentColumns %
                            QStringLiteral(" FROM assignments WHERE lesson_id = ?"));
    bind(q, {lessonId});
    run(q);
    std::optional<Assignment> out;
    if (q.next())
        out = assignmentFrom(q);
    q.finish();
    return out;
}

QVector<Assignment> SqlStorage::assignmentsOfCourse(const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kAssignmentColumns %
                            QStringLiteral(" FROM assignments WHERE course_id = ?"
                                           " ORDER BY lesson_id"));
    bind(q, {courseId});
    run(q);
    QVector<Assignment> out;
    while (q.next())
        out << assignmentFrom(q);
    q.finish();
    return out;
}

void SqlStorage::putAssignment(const Assignment &a) {
    QSqlQuery &q = prepared(m_dialect.upsert(QStringLiteral("assignments"),
                                             kAssignmentColumns.split(QStringLiteral(", ")),
                                             {QStringLiteral("lesson_id")}));
    QJsonArray kinds;
    for (const QString &k : a.fileKinds)
        kinds.append(k);
    QJsonArray reviewers;
    for (const QString &r : a.reviewerIds)
        reviewers.append(r);
    bind(q, {a.lessonId, a.courseId, a.instructions, rubricText(a.rubric), boolean(a.allowText),
             boolean(a.allowFiles), compact(kinds), a.maxFileBytes, a.maxFiles, boolean(a.resubmit),
             compact(reviewers), a.updatedAt});
    run(q);
}

std::optional<Submission> SqlStorage::submissionById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSubmissionColumns %
                            QStringLiteral(" FROM assignment_submissions WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Submission> out;
    if (q.next())
        out = submissionFrom(q);
    q.finish();
    return out;
}

void SqlStorage::putSubmission(const Submission &s) {
    QSqlQuery &q = prepared(m_dialect.upsert(QStringLiteral("assignment_submissions"),
                                             kSubmissionColumns.split(QStringLiteral(", ")),
                                             {QStringLiteral("id")}));
    QJsonArray files;
    for (const QString &f : s.fileIds)
        files.append(f);
    bind(q, {s.id, s.lessonId, s.courseId, s.userId, s.attempt, s.body, compact(files),
             submissionStatusName(s.status), scoresText(s.scores), s.feedback, s.reviewerId,
             s.submittedAt, s.reviewedAt});
    run(q);
}

QVector<Submission> SqlStorage::submissionsOf(const QString &userId, const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSubmissionColumns %
                            QStringLiteral(" FROM assignment_submissions WHERE user_id = ? AND"
                                           " lesson_id = ? ORDER BY attempt"));
    bind(q, {userId, lessonId});
    run(q);
    QVector<Submission> out;
    while (q.next())
        out << submissionFrom(q);
    q.finish();
    return out;
}

QVector<Submission> SqlStorage::submissionsOfUser(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSubmissionColumns %
                            QStringLiteral(" FROM assignment_submissions WHERE user_id = ?"
                                           " ORDER BY submitted_at DESC, id"));
    bind(q, {userId});
    run(q);
    QVector<Submission> out;
    while (q.next())
        out << submissionFrom(q);
    q.finish();
    return out;
}

QVector<Submission> SqlStorage::submissionsOfLessons(const QStringList &lessonIds) {
    QVector<Submission> out;
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kSubmissionColumns %
                            QStringLiteral(" FROM assignment_submissions WHERE lesson_id = ?"
                                           " ORDER BY submitted_at DESC, id"));
    for (const QString &lessonId : lessonIds) {
        bind(q, {lessonId});
        run(q);
        while (q.next())
            out << submissionFrom(q);
        q.finish();
    }
    std::stable_sort(out.begin(), out.end(), [](const Submission &a, const Submission &b) {
        return a.submittedAt > b.submittedAt;
    });
    return out;
}

QStringList SqlStorage::reviewedLessons(const QString &userId) {
    // Few assignments per community: the reviewer lists are read and matched here rather
    // than with JSON operators the two databases spell differently.
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT a.lesson_id, a.reviewer_ids, c.creator_id FROM assignments a"
                       " JOIN courses c ON c.id = a.course_id ORDER BY a.lesson_id"));
    run(q);
    QStringList out;
    while (q.next()) {
        if (q.value(2).toString() == userId || stringsOf(q.value(1).toString()).contains(userId))
            out << q.value(0).toString();
    }
    q.finish();
    return out;
}

std::optional<SubmissionFile> SqlStorage::submissionFile(const QString &id, bool withData) {
    QSqlQuery &q = prepared(
        withData ? QStringLiteral("SELECT id, user_id, lesson_id, submission_id, name, mime,"
                                  " sha256, created_at, data FROM assignment_files WHERE id = ?")
                 : QStringLiteral("SELECT id, user_id, lesson_id, submission_id, name, mime,"
                                  " sha256, created_at FROM assignment_files WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<SubmissionFile> out;
    if (q.next()) {
        SubmissionFile f;
        f.id = q.value(0).toString();
        f.userId = q.value(1).toString();
        f.lessonId = q.value(2).toString();
        f.submissionId = q.value(3).toString();
        f.name = q.value(4).toString();
        f.mime = q.value(5).toString();
        f.sha256 = q.value(6).toString();
        f.createdAt = q.value(7).toLongLong();
        if (withData)
            f.data = q.value(8).toByteArray();
        out = f;
    }
    q.finish();
    return out;
}

void SqlStorage::insertSubmissionFile(const SubmissionFile &f) {
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("assignment_files"),
        {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("lesson_id"),
         QStringLiteral("submission_id"), QStringLiteral("name"), QStringLiteral("mime"),
         QStringLiteral("data"), QStringLiteral("sha256"), QStringLiteral("created_at")}));
    bind(q, {f.id, f.userId, f.lessonId, f.submissionId, f.name, f.mime, f.data, f.sha256,
             f.createdAt});
    run(q);
}

void SqlStorage::attachSubmissionFiles(const QStringList &fileIds, const QString &submissionId) {
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE assignment_files SET submission_id = ? WHERE id = ?"));
    for (const QString &id : fileIds) {
        bind(q, {submissionId, id});
        run(q);
    }
}

int SqlStorage::looseSubmissionFiles(const QString &userId, const QString &lessonId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COUNT(*) FROM assignment_files WHERE user_id = ? AND lesson_id = ? AND"
        " submission_id = ''"));
    bind(q, {userId, lessonId});
    run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

bool SqlStorage::assignmentsAccepted(const QString &userId, const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COUNT(*) FROM assignments a WHERE a.course_id = ? AND NOT EXISTS (SELECT 1 FROM"
        " assignment_submissions s WHERE s.lesson_id = a.lesson_id AND s.user_id = ? AND"
        " s.status = 'accepted')"));
    bind(q, {courseId, userId});
    run(q);
    const int missing = q.next() ? q.value(0).toInt() : 1;
    q.finish();
    return missing == 0;
}

} // namespace lyceum::server

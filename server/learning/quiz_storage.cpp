#include "server/learning/quiz_storage.h"

#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum::server {

namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QuizStorage::QuizStorage(Storage &storage)
    : m_sql(dynamic_cast<SqlStorage &>(storage)) {}

QSqlQuery QuizStorage::query(const QString &sql, std::initializer_list<QVariant> values) {
    QSqlQuery q(m_sql.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StorageError(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    return q;
}

QVector<quiz::Quiz> QuizStorage::quizzesWhere(const QString &where, const QVariant &value) {
    QSqlQuery q = query(QStringLiteral("SELECT id, lesson_id, course_id, definition, updated_at "
                                       "FROM quizzes WHERE ") +
                            where + QStringLiteral(" ORDER BY id"),
                        {value});
    QVector<quiz::Quiz> out;
    while (q.next()) {
        Result<quiz::Quiz> parsed = quiz::quizFromAuthorJson(parse(q.value(3).toString()));
        if (!parsed)
            throw StorageError(QStringLiteral("quiz %1 is unreadable: %2")
                                   .arg(q.value(0).toString(), parsed.error().message));
        quiz::Quiz z = std::move(parsed).value();
        z.id = q.value(0).toString();
        z.lessonId = q.value(1).toString();
        z.courseId = q.value(2).toString();
        z.updatedAt = q.value(4).toLongLong();
        out << z;
    }
    return out;
}

std::optional<quiz::Quiz> QuizStorage::quizById(const QString &id) {
    const QVector<quiz::Quiz> found = quizzesWhere(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<quiz::Quiz>(found.first());
}

std::optional<quiz::Quiz> QuizStorage::quizOfLesson(const QString &lessonId) {
    const QVector<quiz::Quiz> found = quizzesWhere(QStringLiteral("lesson_id = ?"), lessonId);
    return found.isEmpty() ? std::nullopt : std::optional<quiz::Quiz>(found.first());
}

QVector<quiz::Quiz> QuizStorage::quizzesOfCourse(const QString &courseId) {
    return quizzesWhere(QStringLiteral("course_id = ?"), courseId);
}

void QuizStorage::putQuiz(const quiz::Quiz &z, const QString &authorId) {
    const QString sql = m_sql.dialect().upsert(
        QStringLiteral("quizzes"),
        {QStringLiteral("id"), QStringLiteral("lesson_id"), QStringLiteral("course_id"),
         QStringLiteral("pass_mark"), QStringLiteral("attempts_allowed"),
         QStringLiteral("definition"), QStringLiteral("author_id"), QStringLiteral("updated_at")},
        {QStringLiteral("id")});
    query(sql, {z.id, z.lessonId, z.courseId, z.passMark, z.attemptsAllowed,
                compact(quiz::authorJson(z)), authorId, z.updatedAt});
}

void QuizStorage::deleteQuiz(const QString &id) {
    query(QStringLiteral("DELETE FROM quizzes WHERE id = ?"), {id});
}

int QuizStorage::attemptCount(const QString &quizId, const QString &userId) {
    QSqlQuery q = query(
        QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE quiz_id = ? AND user_id = ?"),
        {quizId, userId});
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<QuizAttemptRow> QuizStorage::attemptById(const QString &id) {
    QSqlQuery q = query(QStringLiteral("SELECT id, quiz_id, user_id, answers, grade FROM "
                                       "quiz_attempts WHERE id = ?"),
                        {id});
    if (!q.next())
        return std::nullopt;
    QuizAttemptRow row{q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       parse(q.value(3).toString()),
                       {}};
    if (Result<quiz::Grade> g = quiz::gradeFromJson(parse(q.value(4).toString())))
        row.grade = *g;
    return row;
}

void QuizStorage::insertAttempt(const QuizAttemptRow &a) {
    query(SqlDialect::insert(
              QStringLiteral("quiz_attempts"),
              {QStringLiteral("id"), QStringLiteral("quiz_id"), QStringLiteral("user_id"),
               QStringLiteral("score"), QStringLiteral("max_score"), QStringLiteral("passed"),
               QStringLiteral("answers"), QStringLiteral("grade"), QStringLiteral("created_at")}),
          {a.id, a.quizId, a.userId, a.grade.score, a.grade.max,
           m_sql.dialect().boolValue(a.grade.passed), compact(a.answers),
           compact(quiz::gradeToJson(a.grade)), a.grade.submittedAt});
}

QVector<quiz::Grade> QuizStorage::gradesOf(const QString &quizId, const QString &userId) {
    QSqlQuery q = query(QStringLiteral("SELECT grade FROM quiz_attempts WHERE quiz_id = ? AND "
                                       "user_id = ? ORDER BY created_at, id"),
                        {quizId, userId});
    QVector<quiz::Grade> out;
    while (q.next()) {
        if (Result<quiz::Grade> g = quiz::gradeFromJson(parse(q.value(0).toString())))
            out << *g;
    }
    return out;
}

QVector<QuizAttemptRow> QuizStorage::attemptsOn(const QString &quizId) {
    QSqlQuery q = query(QStringLiteral("SELECT id, user_id, answers, grade FROM quiz_attempts "
                                       "WHERE quiz_id = ? ORDER BY created_at, id"),
                        {quizId});
    QVector<QuizAttemptRow> out;
    while (q.next()) {
        QuizAttemptRow row{
            q.value(0).toString(), quizId, q.value(1).toString(), parse(q.value(2).toString()), {}};
        if (Result<quiz::Grade> g = quiz::gradeFromJson(parse(q.value(3).toString())))
            row.grade = *g;
        out << row;
    }
    return out;
}

QHash<QString, bool> QuizStorage::passedIn(const QString &courseId, const QString &userId) {
    QHash<QString, bool> out;
    QSqlQuery ids = query(QStringLiteral("SELECT id FROM quizzes WHERE course_id = ?"), {courseId});
    while (ids.next())
        out.insert(ids.value(0).toString(), false);
    QSqlQuery passed = query(
        QStringLiteral("SELECT DISTINCT a.quiz_id FROM quiz_attempts a JOIN quizzes z ON "
                       "z.id = a.quiz_id WHERE z.course_id = ? AND a.user_id = ? AND a.passed = ?"),
        {courseId, userId, m_sql.dialect().boolValue(true)});
    while (passed.next())
        out.insert(passed.value(0).toString(), true);
    return out;
}

bool quizzesPassed(Storage &storage, const QString &userId, const QString &courseId) {
    const QHash<QString, bool> passed = QuizStorage(storage).passedIn(courseId, userId);
    for (const bool p : passed) {
        if (!p)
            return false;
    }
    return true;
}

} // namespace lyceum::server

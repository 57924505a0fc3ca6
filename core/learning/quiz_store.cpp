#include "learning/quiz_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::quizstore {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::quizstore", text);
}

QString compact(const QJsonValue &v) {
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8());
}

bool exec(QSqlQuery &q, const char *what, QString *error) {
    return CacheDatabase::exec(q, QString::fromLatin1(what), error);
}

const char kQuizColumns[] =
    "id, lesson_id, course_id, pass_mark, attempts_allowed, question_count, locked, questions";

std::optional<LessonQuiz> readQuiz(const QSqlQuery &q) {
    QJsonObject o{{QStringLiteral("quiz_id"), q.value(0).toString()},
                  {QStringLiteral("lesson_id"), q.value(1).toString()},
                  {QStringLiteral("course_id"), q.value(2).toString()},
                  {QStringLiteral("pass_mark"), q.value(3).toInt()},
                  {QStringLiteral("attempts_allowed"), q.value(4).toInt()},
                  {QStringLiteral("questions"), parse(q.value(7).toString()).array()}};
    std::optional<quiz::Quiz> z = quizFromLearnerJson(o);
    if (!z)
        return std::nullopt;
    LessonQuiz out;
    out.quiz = *z;
    out.questionCount = q.value(5).toInt();
    out.locked = q.value(6).toBool();
    return out;
}

void readAttempts(CacheDatabase &db, LessonQuiz &lq) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.answers, a.graded, a.grade, a.submitted_at, o.state, o.error_message "
        "FROM quiz_attempts a LEFT JOIN outbox o ON o.entity_id = a.id AND o.type = ? "
        "WHERE a.quiz_id = ? ORDER BY a.submitted_at, a.id"));
    q.addBindValue(QString(mutations::kQuizAttempt));
    q.addBindValue(lq.quiz.id);
    if (!q.exec())
        return;
    while (q.next()) {
        QuizAttemptView a;
        a.id = q.value(0).toString();
        a.answers = parse(q.value(1).toString()).object();
        a.graded = q.value(2).toBool();
        if (a.graded) {
            if (Result<quiz::Grade> g = quiz::gradeFromJson(parse(q.value(3).toString()).object()))
                a.grade = *g;
        }
        a.submittedAt = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.pending = OutboxState(q.value(5).toInt());
        a.failure = q.value(6).toString();
        lq.attempts << a;
    }
}

std::optional<LessonQuiz> quizWhere(CacheDatabase &db, const char *column, const QString &value) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM quizzes WHERE %2 = ?")
                  .arg(QLatin1String(kQuizColumns), QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    std::optional<LessonQuiz> lq = readQuiz(q);
    if (lq)
        readAttempts(db, *lq);
    return lq;
}

bool storeQuiz(CacheDatabase &db, const QJsonObject &o, QString *error) {
    const std::optional<quiz::Quiz> z = quizFromLearnerJson(o);
    if (!z)
        return true; // malformed: skipped
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO quizzes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kQuizColumns)));
    // Written back from the parsed view: only the fields a learner view has reach the disk.
    QJsonObject clean = quiz::learnerJson(*z);
    q.addBindValue(z->id);
    q.addBindValue(z->lessonId);
    q.addBindValue(z->courseId);
    q.addBindValue(z->passMark);
    q.addBindValue(z->attemptsAllowed);
    q.addBindValue(
        qBound(0, o.value(QLatin1StringView("question_count")).toInt(), quiz::kMaxQuestions));
    q.addBindValue(o.value(QLatin1StringView("locked")).toBool());
    q.addBindValue(compact(clean.value(QLatin1StringView("questions"))));
    if (!exec(q, "storing a quiz", error))
        return false;
    const QJsonArray attempts = o.value(QLatin1StringView("attempts")).toArray();
    for (const QJsonValue &v : attempts) {
        const Result<quiz::Grade> g = quiz::gradeFromJson(v.toObject());
        if (!g || g->quizId != z->id)
            continue;
        QSqlQuery a(db.db());
        a.prepare(QStringLiteral(
            "INSERT INTO quiz_attempts (id, quiz_id, answers, graded, score, max_score, passed, "
            "grade, submitted_at) VALUES (?, ?, COALESCE((SELECT answers FROM quiz_attempts "
            "WHERE id = ?), '{}'), 1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET graded = 1, "
            "score = excluded.score, max_score = excluded.max_score, passed = excluded.passed, "
            "grade = excluded.grade, submitted_at = excluded.submitted_at"));
        a.addBindValue(g->attemptId);
        a.addBindValue(z->id);
        a.addBindValue(g->attemptId);
        a.addBindValue(g->score);
        a.addBindValue(g->max);
        a.addBindValue(g->passed);
        a.addBindValue(compact(quiz::gradeToJson(*g)));
        a.addBindValue(g->submittedAt);
        if (!exec(a, "storing a grade", error))
            return false;
    }
    return true;
}

} // namespace

std::optional<quiz::Quiz> quizFromLearnerJson(const QJsonObject &json) {
    quiz::Quiz z;
    z.id = json.value(QLatin1StringView("quiz_id")).toString();
    z.lessonId = json.value(QLatin1StringView("lesson_id")).toString();
    z.courseId = json.value(QLatin1StringView("course_id")).toString();
    z.passMark = qBound(1, json.value(QLatin1StringView("pass_mark")).toInt(60), 100);
    z.attemptsAllowed = qBound(0, json.value(QLatin1StringView("attempts_allowed")).toInt(),
                               quiz::kMaxAttemptsAllowed);
    if (!isValidId(z.id) || !isValidId(z.lessonId) || !isValidId(z.courseId))
        return std::nullopt;
    const QJsonArray questions = json.value(QLatin1StringView("questions")).toArray();
    if (questions.size() > quiz::kMaxQuestions)
        return std::nullopt;
    QSet<QString> ids;
    for (const QJsonValue &v : questions) {
        const QJsonObject o = v.toObject();
        quiz::Question q;
        q.id = o.value(QLatin1StringView("id")).toString();
        const std::optional<quiz::Kind> kind =
            quiz::kindFromName(o.value(QLatin1StringView("kind")).toString());
        q.text = o.value(QLatin1StringView("text")).toString().left(quiz::kMaxQuestionText);
        if (!isValidId(q.id) || ids.contains(q.id) || !kind)
            return std::nullopt;
        q.kind = *kind;
        ids.insert(q.id);
        const QJsonArray choices = o.value(QLatin1StringView("choices")).toArray();
        if (choices.size() > quiz::kMaxChoices)
            return std::nullopt;
        for (const QJsonValue &c : choices) {
            quiz::Choice choice{c.toObject().value(QLatin1StringView("id")).toString(),
                                c.toObject()
                                    .value(QLatin1StringView("text"))
                                    .toString()
                                    .left(quiz::kMaxChoiceText)};
            if (!isValidId(choice.id))
                return std::nullopt;
            q.choices << choice;
        }
        z.questions << q;
    }
    return z;
}

bool storeFetched(CacheDatabase &db, const QJsonObject &answer, const QString &courseId,
                  QString *error) {
    Transaction tx(db);
    if (!tx.isOpen()) {
        if (error)
            *error = tx.beginError().errorText();
        return false;
    }
    QSqlQuery drop(db.db());
    if (courseId.isEmpty()) {
        drop.prepare(QStringLiteral("DELETE FROM quizzes"));
    } else {
        drop.prepare(QStringLiteral("DELETE FROM quizzes WHERE course_id = ?"));
        drop.addBindValue(courseId);
    }
    if (!exec(drop, "replacing the quizzes", error))
        return false;
    const QJsonArray quizzes = answer.value(QLatin1StringView("quizzes")).toArray();
    for (const QJsonValue &v : quizzes) {
        if (!storeQuiz(db, v.toObject(), error))
            return false;
    }
    // Queued attempts that left the outbox without a grade (discarded, or sent and refused).
    QSqlQuery gone(db.db());
    gone.prepare(QStringLiteral("DELETE FROM quiz_attempts WHERE graded = 0 AND id NOT IN "
                                "(SELECT entity_id FROM outbox WHERE type = ?)"));
    gone.addBindValue(QString(mutations::kQuizAttempt));
    if (!exec(gone, "dropping sent attempts", error))
        return false;
    return tx.commit(error);
}

std::optional<LessonQuiz> lessonQuiz(CacheDatabase &db, const QString &lessonId) {
    return quizWhere(db, "lesson_id", lessonId);
}

std::optional<LessonQuiz> quizById(CacheDatabase &db, const QString &quizId) {
    return quizWhere(db, "id", quizId);
}

QHash<QString, LessonQuiz> quizzesOfCourse(CacheDatabase &db, const QString &courseId) {
    QHash<QString, LessonQuiz> out;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM quizzes WHERE course_id = ?")
                  .arg(QLatin1String(kQuizColumns)));
    q.addBindValue(courseId);
    if (!q.exec())
        return out;
    while (q.next()) {
        if (std::optional<LessonQuiz> lq = readQuiz(q))
            out.insert(lq->quiz.lessonId, *lq);
    }
    for (LessonQuiz &lq : out)
        readAttempts(db, lq);
    return out;
}

QHash<QString, CourseQuizzes> courseSummaries(CacheDatabase &db) {
    QHash<QString, CourseQuizzes> out;
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral(
            "SELECT z.course_id, z.id, MAX(a.passed), MAX(a.score * 100 / MAX(a.max_score, 1)), "
            "COUNT(a.id) FROM quizzes z LEFT JOIN quiz_attempts a ON a.quiz_id = z.id AND "
            "a.graded = 1 GROUP BY z.course_id, z.id")))
        return out;
    while (q.next()) {
        CourseQuizzes &c = out[q.value(0).toString()];
        c.total += 1;
        c.passed += q.value(2).toInt() > 0 ? 1 : 0;
        if (q.value(4).toInt() > 0) {
            c.graded += 1;
            c.bestPercentSum += q.value(3).toInt();
        }
    }
    return out;
}

bool hasQueuedAttempts(CacheDatabase &db) {
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("SELECT 1 FROM quiz_attempts WHERE graded = 0 LIMIT 1")) &&
           q.next();
}

Status queueAttempt(CacheDatabase &db, const QString &quizId, const QJsonObject &answers,
                    const QString &attemptId, qint64 now) {
    const std::optional<LessonQuiz> lq = quizById(db, quizId);
    if (!lq)
        return CoreError::validation(tr("The quiz is not in the local cache; sync first."));
    if (lq->locked)
        return CoreError::validation(tr("The quiz opens with the course."));
    if (lq->attemptsLeft() == 0)
        return CoreError::validation(tr("Every attempt this quiz allows has been used."));
    const Result<quiz::Answers> checked = quiz::answersFromJson(answers, lq->quiz);
    if (!checked)
        return CoreError::validation(checked.error().message);
    return withTransaction(db, [&]() -> Status {
        QString error;
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("INSERT INTO quiz_attempts (id, quiz_id, answers, graded, score, "
                                 "max_score, passed, grade, submitted_at) VALUES "
                                 "(?, ?, ?, 0, 0, 0, 0, '{}', ?)"));
        q.addBindValue(attemptId);
        q.addBindValue(quizId);
        q.addBindValue(compact(quiz::answersToJson(*checked)));
        q.addBindValue(now);
        if (!exec(q, "keeping the attempt", &error))
            return CoreError::storage(error);
        const QJsonObject args{{QStringLiteral("attempt_id"), attemptId},
                               {QStringLiteral("quiz_id"), quizId},
                               {QStringLiteral("answers"), quiz::answersToJson(*checked)}};
        if (!outboxstore::enqueue(db, QString(mutations::kQuizAttempt), attemptId, args, nullptr,
                                  &error))
            return CoreError::storage(error);
        return {};
    });
}

} // namespace lyceum::quizstore

namespace lyceum {

bool LessonQuiz::passed() const {
    for (const QuizAttemptView &a : attempts) {
        if (a.graded && a.grade.passed)
            return true;
    }
    return false;
}

int LessonQuiz::bestPercent() const {
    int best = -1;
    for (const QuizAttemptView &a : attempts) {
        if (a.graded && a.grade.max > 0)
            best = std::max(best, a.grade.score * 100 / a.grade.max);
    }
    return best;
}

int LessonQuiz::attemptsLeft() const {
    if (quiz.attemptsAllowed <= 0)
        return -1;
    int used = 0;
    for (const QuizAttemptView &a : attempts)
        used += (a.graded || (a.pending && *a.pending != OutboxState::Failed)) ? 1 : 0;
    return std::max(0, quiz.attemptsAllowed - used);
}

const QuizAttemptView *LessonQuiz::latestGraded() const {
    const QuizAttemptView *out = nullptr;
    for (const QuizAttemptView &a : attempts) {
        if (a.graded)
            out = &a;
    }
    return out;
}

} // namespace lyceum

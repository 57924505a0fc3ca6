#include "server/learning/quiz_service.h"

#include "domain/entities.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/learning/certificate_service.h"
#include "server/learning/quiz_storage.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QJsonArray>
#include <algorithm>

namespace lyceum::server {

namespace {

constexpr int kMaxQuizzesAnswered = 500; // GET /quizzes without a course

QuizService::Outcome refuse(const QString &code, const QString &message) {
    return {code, message, {}};
}

// How a wrong answer reads in the creator's figures: the choices' texts, or the folded text.
QString answerLabel(const quiz::Question &q, const QJsonValue &answer) {
    if (q.kind == quiz::Kind::Short)
        return quiz::foldShortAnswer(answer.toString());
    QStringList texts;
    for (const QJsonValue &v : answer.toArray()) {
        for (const quiz::Choice &c : q.choices) {
            if (c.id == v.toString())
                texts << c.text;
        }
    }
    std::sort(texts.begin(), texts.end());
    return texts.join(QStringLiteral(" + "));
}

QJsonObject questionFigures(const quiz::Question &q, const QVector<QuizAttemptRow> &attempts) {
    int answered = 0;
    int right = 0;
    QHash<QString, int> wrong;
    for (const QuizAttemptRow &a : attempts) {
        const QJsonValue given = a.answers.value(q.id);
        const QString label = given.isUndefined() ? QString() : answerLabel(q, given);
        if (label.isEmpty())
            continue;
        ++answered;
        bool isRight = false;
        for (const quiz::QuestionResult &r : a.grade.questions)
            isRight = isRight || (r.questionId == q.id && r.right);
        if (isRight)
            ++right;
        else
            wrong[label] += 1;
    }
    QString top;
    int topCount = 0;
    for (auto it = wrong.begin(); it != wrong.end(); ++it) {
        if (it.value() > topCount || (it.value() == topCount && it.key() < top)) {
            top = it.key();
            topCount = it.value();
        }
    }
    return QJsonObject{{QStringLiteral("id"), q.id},
                       {QStringLiteral("text"), q.text},
                       {QStringLiteral("kind"), quiz::kindName(q.kind)},
                       {QStringLiteral("answered"), answered},
                       {QStringLiteral("right"), right},
                       {QStringLiteral("top_wrong"), top},
                       {QStringLiteral("top_wrong_count"), topCount}};
}

} // namespace

QuizService::QuizService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

Verdict QuizService::mayAuthor(const Caller &caller, const QString &creatorId,
                               Action action) const {
    return m_rules.check(caller.user, action, Target::ownedBy(creatorId));
}

QuizService::Outcome QuizService::put(const Caller &caller, const QJsonObject &args) {
    const QString lessonId = args.value(QLatin1StringView("lesson_id")).toString();
    if (!isValidId(lessonId) || !isValidId(quiz::quizIdFor(lessonId)))
        return refuse(QStringLiteral("invalid_field"),
                      QStringLiteral("quiz.put: lesson_id must be a valid id."));
    const std::optional<Lesson> lesson = m_storage.lessonById(lessonId);
    const std::optional<Course> course =
        lesson ? m_storage.courseById(lesson->courseId) : std::nullopt;
    if (!lesson || !course)
        return refuse(QStringLiteral("not_found"), QStringLiteral("The lesson does not exist."));
    if (const Verdict refusal = mayAuthor(caller, course->creatorId, Action::PublishDraft))
        return refuse(refusal->code,
                      QStringLiteral("Only the course's creator may write its quizzes."));
    Result<quiz::Quiz> parsed = quiz::quizFromAuthorJson(args);
    if (!parsed)
        return refuse(QStringLiteral("invalid_field"), parsed.error().message);
    quiz::Quiz z = std::move(parsed).value();
    z.id = quiz::quizIdFor(lessonId);
    z.lessonId = lessonId;
    z.courseId = course->id;
    z.updatedAt = m_clock.nowMs();
    QuizStorage store(m_storage);
    if (z.questions.isEmpty())
        store.deleteQuiz(z.id);
    else
        store.putQuiz(z, caller.user.id);
    return {{}, {}, QJsonObject{{QStringLiteral("quiz_id"), z.id}}};
}

QuizService::Outcome QuizService::attempt(const Caller &caller, const Visibility &visibility,
                                          const QJsonObject &args) {
    const QString attemptId = args.value(QLatin1StringView("attempt_id")).toString();
    const QString quizId = args.value(QLatin1StringView("quiz_id")).toString();
    const QJsonValue answersValue = args.value(QLatin1StringView("answers"));
    if (!isValidId(attemptId) || !isValidId(quizId) || !answersValue.isObject())
        return refuse(QStringLiteral("invalid_field"),
                      QStringLiteral("quiz.attempt needs attempt_id, quiz_id and an answers "
                                     "object."));
    QuizStorage store(m_storage);
    const std::optional<quiz::Quiz> z = store.quizById(quizId);
    const std::optional<Lesson> lesson = z ? m_storage.lessonById(z->lessonId) : std::nullopt;
    if (!z || !lesson || !visibility.canSeeCourse(lesson->courseId))
        return refuse(QStringLiteral("not_found"), QStringLiteral("The quiz does not exist."));
    if (!visibility.canReadLesson(lesson->courseId, lesson->id, lesson->freePreview))
        return refuse(QStringLiteral("not_enrolled"),
                      QStringLiteral("Only learners enrolled in the course may take its quiz."));
    if (store.attemptById(attemptId))
        return refuse(QStringLiteral("conflict"), QStringLiteral("This attempt id is taken."));
    if (z->attemptsAllowed > 0 && store.attemptCount(quizId, caller.user.id) >= z->attemptsAllowed)
        return refuse(QStringLiteral("attempts_used"),
                      QStringLiteral("Every attempt this quiz allows has been used."));
    const Result<quiz::Answers> answers = quiz::answersFromJson(answersValue.toObject(), *z);
    if (!answers)
        return refuse(QStringLiteral("invalid_field"), answers.error().message);
    quiz::Grade g = quiz::grade(*z, *answers);
    g.attemptId = attemptId;
    g.submittedAt = m_clock.nowMs();
    store.insertAttempt({attemptId, quizId, caller.user.id, quiz::answersToJson(*answers), g});
    QJsonObject extra{{QStringLiteral("grade"), quiz::gradeToJson(g)}};
    // The last quiz passed may complete the course's rule (certificate_rule.cpp), as the last
    // lesson marked done does.
    if (g.passed) {
        CertificateService certificates(m_storage, m_clock);
        if (const auto issued = certificates.issueIfEarned(caller.user, lesson->courseId))
            extra.insert(QStringLiteral("certificate"),
                         CertificateService::toJson(*issued, certificates.publicKey()));
    }
    return {{}, {}, extra};
}

ApiResult<QJsonObject> QuizService::forLearner(const Caller &caller, const QString &courseId) {
    if (!courseId.isEmpty() && !isValidId(courseId))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("course must be a valid id."));
    const Visibility visibility = Visibility::forCaller(m_storage, caller, m_clock.nowMs());
    QuizStorage store(m_storage);
    QStringList courses;
    if (!courseId.isEmpty())
        courses << courseId;
    else
        for (const CourseAccess &c : m_storage.courseAccessList())
            courses << c.id;
    QJsonArray out;
    for (const QString &id : std::as_const(courses)) {
        if (!visibility.canSeeCourse(id))
            continue;
        for (const quiz::Quiz &z : store.quizzesOfCourse(id)) {
            if (out.size() >= kMaxQuizzesAnswered)
                break;
            const std::optional<Lesson> lesson = m_storage.lessonById(z.lessonId);
            if (!lesson)
                continue;
            const bool readable = visibility.canReadLesson(id, lesson->id, lesson->freePreview);
            QJsonObject o = quiz::learnerJson(z);
            if (!readable)
                o.insert(QStringLiteral("questions"), QJsonArray());
            o.insert(QStringLiteral("question_count"), int(z.questions.size()));
            o.insert(QStringLiteral("locked"), !readable);
            QJsonArray attempts;
            for (const quiz::Grade &g : store.gradesOf(z.id, caller.user.id))
                attempts.append(quiz::gradeToJson(g));
            o.insert(QStringLiteral("attempts"), attempts);
            out.append(o);
        }
    }
    return QJsonObject{{QStringLiteral("quizzes"), out}};
}

ApiResult<QJsonObject> QuizService::forAuthor(const Caller &caller, const QString &lessonId) {
    const std::optional<Lesson> lesson =
        isValidId(lessonId) ? m_storage.lessonById(lessonId) : std::nullopt;
    const std::optional<Course> course =
        lesson ? m_storage.courseById(lesson->courseId) : std::nullopt;
    if (!lesson || !course)
        return ApiError::notFound(QStringLiteral("The lesson does not exist."));
    if (const Verdict refusal = mayAuthor(caller, course->creatorId, Action::ReadAnalytics))
        return *refusal;
    const std::optional<quiz::Quiz> z = QuizStorage(m_storage).quizOfLesson(lessonId);
    return QJsonObject{{QStringLiteral("quiz"),
                        z ? QJsonValue(quiz::authorJson(*z)) : QJsonValue(QJsonValue::Null)}};
}

ApiResult<QJsonObject> QuizService::stats(const Caller &caller, const QString &courseId) {
    const std::optional<Course> course =
        isValidId(courseId) ? m_storage.courseById(courseId) : std::nullopt;
    if (!course)
        return ApiError::notFound(QStringLiteral("The course does not exist."));
    if (const Verdict refusal = mayAuthor(caller, course->creatorId, Action::ReadAnalytics))
        return *refusal;
    QuizStorage store(m_storage);
    QJsonArray quizzes;
    for (const quiz::Quiz &z : store.quizzesOfCourse(courseId)) {
        const QVector<QuizAttemptRow> attempts = store.attemptsOn(z.id);
        QJsonArray questions;
        for (const quiz::Question &q : z.questions)
            questions.append(questionFigures(q, attempts));
        const std::optional<Lesson> lesson = m_storage.lessonById(z.lessonId);
        quizzes.append(
            QJsonObject{{QStringLiteral("quiz_id"), z.id},
                        {QStringLiteral("lesson_id"), z.lessonId},
                        {QStringLiteral("lesson_title"), lesson ? lesson->title : QString()},
                        {QStringLiteral("attempts"), int(attempts.size())},
                        {QStringLiteral("questions"), questions}});
    }
    return QJsonObject{{QStringLiteral("course_id"), courseId},
                       {QStringLiteral("quizzes"), quizzes}};
}

} // namespace lyceum::server

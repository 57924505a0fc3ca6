// Quizzes on the server (docs/protocol.md, "Quizzes"): authoring (quiz.put, the course's creator
// or an admin), a learner's attempt (quiz.attempt: entitled to the lesson, within the attempts
// allowed, graded here), what a learner may fetch (questions and choices, and their own grades),
// the author's full definition, and the creator's per-question figures. The rule book has
// already been asked for the action (quiz.put: PublishDraft, quiz.attempt: RecordProgress, the
// studio routes: ReadAnalytics); the course's ownership is asked here, through it again.
#pragma once

#include "server/api_error.h"
#include "server/policy/rule_book.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;
class Visibility;
struct Caller;

class QuizService {
public:
    QuizService(Storage &storage, const Clock &clock);

    struct Outcome {
        QString code; // empty: applied
        QString message;
        QJsonObject extra;
    };
    // quiz.put {lesson_id (checked as Action::PublishDraft on the course's creator), pass_mark,
    // attempts_allowed, questions}; no questions deletes it.
    Outcome put(const Caller &caller, const QJsonObject &args);
    // quiz.attempt {attempt_id, quiz_id, answers}: the answer carries "grade" (gradeToJson).
    Outcome attempt(const Caller &caller, const Visibility &visibility, const QJsonObject &args);

    // GET /quizzes[?course=ID]: {quizzes: [learnerJson + locked + attempts: [grades]]} for the
    // courses the caller may see; questions only where the caller may read the lesson.
    ApiResult<QJsonObject> forLearner(const Caller &caller, const QString &courseId);
    // GET /studio/quiz?lesson=ID: {quiz: authorJson | null} for the course's creator or an admin.
    ApiResult<QJsonObject> forAuthor(const Caller &caller, const QString &lessonId);
    // GET /studio/quiz-stats?course=ID: per quiz, per question: answered, right, the wrong answer
    // chosen most and how often.
    ApiResult<QJsonObject> stats(const Caller &caller, const QString &courseId);

private:
    Verdict mayAuthor(const Caller &caller, const QString &creatorId, Action action) const;

    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
};

} // namespace lyceum::server

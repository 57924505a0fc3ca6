// Quizzes (docs/protocol.md, "Quizzes"), defined once for the server and the client: a quiz is
// attached to one lesson and holds questions of four kinds. The server keeps the answer key
// (correct choices, accepted short answers) and the explanations; a learner's device only ever
// receives the learner view (questions and choices) and, after submitting, that learner's grades.
//
// Answers a learner sends (quiz.attempt's "answers", lyceum-cli answer --answers): a JSON object
// keyed by question id; a choice question's value is an array of choice ids (true/false: "true"
// or "false"), a short question's value is a string. A question left out is answered wrong.
#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lyceum::mutations {
// The quiz mutations (docs/protocol.md, "Quizzes"), beside the others of domain/mutation_defs.h.
inline constexpr QLatin1StringView kQuizPut("quiz.put");         // an author's definition
inline constexpr QLatin1StringView kQuizAttempt("quiz.attempt"); // a learner's answers
} // namespace lyceum::mutations

namespace lyceum::quiz {

// --- limits -------------------------------------------------------------------------------
inline constexpr int kMaxQuestions = 50;
inline constexpr int kMaxChoices = 10;
inline constexpr int kMaxQuestionText = 2000;
inline constexpr int kMaxChoiceText = 500;
inline constexpr int kMaxExplanation = 2000;
inline constexpr int kMaxAcceptedVariants = 20;
inline constexpr int kMaxShortAnswer = 200; // a learner's short answer, an accepted variant
inline constexpr int kMaxAttemptsAllowed = 100;

enum class Kind { Single, Multiple, TrueFalse, Short };
QString kindName(Kind kind); // "single", "multiple", "true_false", "short"
std::optional<Kind> kindFromName(const QString &name);

struct Choice {
    QString id;
    QString text;
};

struct Question {
    QString id;
    Kind kind = Kind::Single;
    QString text;
    QVector<Choice> choices; // true_false: "true" and "false", filled in when absent
    // The key: never in the learner view.
    QStringList correct;  // choice ids (single/true_false: one)
    QStringList accepted; // short: accepted variants
    QString explanation;
};

struct Quiz {
    QString id; // quizIdFor(lessonId)
    QString lessonId;
    QString courseId;
    int passMark = 60;       // percent of the questions right
    int attemptsAllowed = 0; // 0: unlimited
    QVector<Question> questions;
    qint64 updatedAt = 0;
};

QString quizIdFor(const QString &lessonId); // "qz-" + lesson id (ids of 61 characters at most)

// The author's definition {pass_mark, attempts_allowed, questions: [{id, kind, text, choices:
// [{id, text}], correct: [...], accepted: [...], explanation}]}: every limit checked, text
// trimmed; a Validation error names the first problem.
Result<Quiz> quizFromAuthorJson(const QJsonObject &definition);
QJsonObject authorJson(const Quiz &quiz);
// Questions and choices only: {quiz_id, lesson_id, course_id, pass_mark, attempts_allowed,
// questions: [{id, kind, text, choices}]}.
QJsonObject learnerJson(const Quiz &quiz);

// Short answers are compared folded: NFKC (full-width and half-width forms alike), case folded,
// surrounding spaces removed and inner runs of spaces made one.
QString foldShortAnswer(const QString &text);

struct Answer {
    QStringList choices; // choice questions
    QString text;        // short questions
    bool isText = false; // a short question's answer
};
using Answers = QHash<QString, Answer>;
// Checks the answers against the quiz: unknown question ids, a value of the wrong kind, an
// unknown choice, several choices for a single question and over-long text are refused.
Result<Answers> answersFromJson(const QJsonObject &json, const Quiz &quiz);
QJsonObject answersToJson(const Answers &answers);

struct QuestionResult {
    QString questionId;
    bool right = false;
    QString explanation;
};

struct Grade {
    QString attemptId;
    QString quizId;
    int score = 0;
    int max = 0;
    bool passed = false;
    qint64 submittedAt = 0;
    QVector<QuestionResult> questions;
};
Grade grade(const Quiz &quiz, const Answers &answers);
QJsonObject gradeToJson(const Grade &grade);
Result<Grade> gradeFromJson(const QJsonObject &json);

} // namespace lyceum::quiz

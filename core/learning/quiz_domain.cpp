#include "learning/quiz_domain.h"

#include "domain/entities.h"
#include "domain/mutation_defs.h"

#include <QSet>

namespace lyceum::quiz {

namespace {

QString fieldError(const QString &where, const QString &what) {
    return QStringLiteral("%1 %2").arg(where, what);
}

bool within(const QString &s, int max) {
    return mutations::characterCount(s) <= max;
}

// One question of the author's definition; an error sentence, empty when valid.
QString readQuestion(const QJsonObject &o, Question *q) {
    const QString where = QStringLiteral("A question");
    q->id = o.value(QLatin1StringView("id")).toString();
    if (!isValidId(q->id))
        return fieldError(where, QStringLiteral("needs an id of letters, digits, - and _."));
    const std::optional<Kind> kind = kindFromName(o.value(QLatin1StringView("kind")).toString());
    if (!kind)
        return fieldError(where, QStringLiteral("has an unknown kind."));
    q->kind = *kind;
    q->text = o.value(QLatin1StringView("text")).toString().trimmed();
    if (q->text.isEmpty() || !within(q->text, kMaxQuestionText))
        return fieldError(
            where, QStringLiteral("needs a text of 1 to %1 characters.").arg(kMaxQuestionText));
    q->explanation = o.value(QLatin1StringView("explanation")).toString().trimmed();
    if (!within(q->explanation, kMaxExplanation))
        return fieldError(
            where, QStringLiteral("has an explanation over %1 characters.").arg(kMaxExplanation));
    const QJsonArray choices = o.value(QLatin1StringView("choices")).toArray();
    const QJsonArray correct = o.value(QLatin1StringView("correct")).toArray();
    const QJsonArray accepted = o.value(QLatin1StringView("accepted")).toArray();
    if (q->kind == Kind::Short) {
        if (accepted.isEmpty() || accepted.size() > kMaxAcceptedVariants)
            return fieldError(
                where, QStringLiteral("needs 1 to %1 accepted answers.").arg(kMaxAcceptedVariants));
        for (const QJsonValue &v : accepted) {
            const QString a = v.toString().trimmed();
            if (a.isEmpty() || !within(a, kMaxShortAnswer))
                return fieldError(where, QStringLiteral("has an empty or over-long accepted "
                                                        "answer."));
            q->accepted << a;
        }
        return {};
    }
    if (q->kind == Kind::TrueFalse && choices.isEmpty()) {
        q->choices = {{QStringLiteral("true"), QStringLiteral("True")},
                      {QStringLiteral("false"), QStringLiteral("False")}};
    } else {
        if (choices.size() < 2 || choices.size() > kMaxChoices)
            return fieldError(where, QStringLiteral("needs 2 to %1 choices.").arg(kMaxChoices));
        QSet<QString> seen;
        for (const QJsonValue &v : choices) {
            const QJsonObject c = v.toObject();
            Choice choice{c.value(QLatin1StringView("id")).toString(),
                          c.value(QLatin1StringView("text")).toString().trimmed()};
            if (!isValidId(choice.id) || seen.contains(choice.id))
                return fieldError(where, QStringLiteral("has a choice without a unique id."));
            if (choice.text.isEmpty() || !within(choice.text, kMaxChoiceText))
                return fieldError(where, QStringLiteral("has a choice of no or over-long text."));
            seen.insert(choice.id);
            q->choices << choice;
        }
        if (q->kind == Kind::TrueFalse &&
            (q->choices.size() != 2 || !seen.contains(QStringLiteral("true")) ||
             !seen.contains(QStringLiteral("false"))))
            return fieldError(where, QStringLiteral("(true/false) has the choices true and "
                                                    "false only."));
    }
    QSet<QString> ids;
    for (const Choice &c : std::as_const(q->choices))
        ids.insert(c.id);
    for (const QJsonValue &v : correct) {
        const QString id = v.toString();
        if (!ids.contains(id) || q->correct.contains(id))
            return fieldError(where, QStringLiteral("marks an unknown choice correct."));
        q->correct << id;
    }
    if (q->correct.isEmpty())
        return fieldError(where, QStringLiteral("needs a correct choice."));
    if (q->kind != Kind::Multiple && q->correct.size() != 1)
        return fieldError(where, QStringLiteral("has exactly one correct choice."));
    return {};
}

QJsonArray choicesJson(const Question &q) {
    QJsonArray out;
    for (const Choice &c : q.choices)
        out.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("text"), c.text}});
    return out;
}

QJsonObject questionLearnerJson(const Question &q) {
    return QJsonObject{{QStringLiteral("id"), q.id},
                       {QStringLiteral("kind"), kindName(q.kind)},
                       {QStringLiteral("text"), q.text},
                       {QStringLiteral("choices"), choicesJson(q)}};
}

bool isRight(const Question &q, const Answer &a) {
    if (q.kind == Kind::Short) {
        const QString given = foldShortAnswer(a.text);
        if (given.isEmpty())
            return false;
        for (const QString &variant : q.accepted) {
            if (foldShortAnswer(variant) == given)
                return true;
        }
        return false;
    }
    return QSet<QString>(a.choices.begin(), a.choices.end()) ==
           QSet<QString>(q.correct.begin(), q.correct.end());
}

} // namespace

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Single:
        return QStringLiteral("single");
    case Kind::Multiple:
        return QStringLiteral("multiple");
    case Kind::TrueFalse:
        return QStringLiteral("true_false");
    case Kind::Short:
        return QStringLiteral("short");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name) {
    for (Kind k : {Kind::Single, Kind::Multiple, Kind::TrueFalse, Kind::Short}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString quizIdFor(const QString &lessonId) {
    return QStringLiteral("qz-") + lessonId;
}

Result<Quiz> quizFromAuthorJson(const QJsonObject &definition) {
    Quiz quiz;
    const QJsonValue pass = definition.value(QLatin1StringView("pass_mark"));
    const QJsonValue attempts = definition.value(QLatin1StringView("attempts_allowed"));
    if (!pass.isDouble() || pass.toDouble() != double(pass.toInt()) || pass.toInt() < 1 ||
        pass.toInt() > 100)
        return CoreError::validation(QStringLiteral("The pass mark is a percent from 1 to 100."));
    if (!attempts.isDouble() || attempts.toDouble() != double(attempts.toInt()) ||
        attempts.toInt() < 0 || attempts.toInt() > kMaxAttemptsAllowed)
        return CoreError::validation(
            QStringLiteral("Attempts allowed is 0 (no limit) to %1.").arg(kMaxAttemptsAllowed));
    quiz.passMark = pass.toInt();
    quiz.attemptsAllowed = attempts.toInt();
    const QJsonValue list = definition.value(QLatin1StringView("questions"));
    if (!list.isArray() || list.toArray().size() > kMaxQuestions)
        return CoreError::validation(
            QStringLiteral("A quiz has at most %1 questions.").arg(kMaxQuestions));
    QSet<QString> ids;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return CoreError::validation(QStringLiteral("A question is an object."));
        Question q;
        if (const QString problem = readQuestion(v.toObject(), &q); !problem.isEmpty())
            return CoreError::validation(problem);
        if (ids.contains(q.id))
            return CoreError::validation(QStringLiteral("Two questions have the same id."));
        ids.insert(q.id);
        quiz.questions << q;
    }
    return quiz;
}

QJsonObject authorJson(const Quiz &quiz) {
    QJsonObject out = learnerJson(quiz);
    QJsonArray questions;
    for (const Question &q : quiz.questions) {
        QJsonObject o = questionLearnerJson(q);
        o.insert(QStringLiteral("correct"), QJsonArray::fromStringList(q.correct));
        o.insert(QStringLiteral("accepted"), QJsonArray::fromStringList(q.accepted));
        o.insert(QStringLiteral("explanation"), q.explanation);
        questions.append(o);
    }
    out.insert(QStringLiteral("questions"), questions);
    return out;
}

QJsonObject learnerJson(const Quiz &quiz) {
    QJsonArray questions;
    for (const Question &q : quiz.questions)
        questions.append(questionLearnerJson(q));
    return QJsonObject{{QStringLiteral("quiz_id"), quiz.id},
                       {QStringLiteral("lesson_id"), quiz.lessonId},
                       {QStringLiteral("course_id"), quiz.courseId},
                       {QStringLiteral("pass_mark"), quiz.passMark},
                       {QStringLiteral("attempts_allowed"), quiz.attemptsAllowed},
                       {QStringLiteral("questions"), questions}};
}

QString foldShortAnswer(const QString &text) {
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

Result<Answers> answersFromJson(const QJsonObject &json, const Quiz &quiz) {
    if (json.size() > quiz.questions.size())
        return CoreError::validation(QStringLiteral("More answers than questions."));
    Answers out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Question *q = nullptr;
        for (const Question &candidate : quiz.questions) {
            if (candidate.id == it.key())
                q = &candidate;
        }
        if (!q)
            return CoreError::validation(
                QStringLiteral("The quiz has no question \"%1\".").arg(it.key().left(64)));
        Answer a;
        if (q->kind == Kind::Short) {
            if (!it.value().isString() || !within(it.value().toString(), kMaxShortAnswer))
                return CoreError::validation(
                    QStringLiteral("A short answer is a text of at most %1 characters.")
                        .arg(kMaxShortAnswer));
            a.text = it.value().toString();
            a.isText = true;
        } else {
            if (!it.value().isArray() || it.value().toArray().size() > q->choices.size())
                return CoreError::validation(
                    QStringLiteral("A choice answer is an array of choice ids."));
            for (const QJsonValue &v : it.value().toArray()) {
                const QString id = v.toString();
                bool known = false;
                for (const Choice &c : q->choices)
                    known = known || c.id == id;
                if (!known || a.choices.contains(id))
                    return CoreError::validation(QStringLiteral("An answer names an unknown "
                                                                "choice."));
                a.choices << id;
            }
            if (q->kind != Kind::Multiple && a.choices.size() > 1)
                return CoreError::validation(QStringLiteral("This question takes one choice."));
        }
        out.insert(it.key(), a);
    }
    return out;
}

QJsonObject answersToJson(const Answers &answers) {
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it->isText)
            out.insert(it.key(), it->text);
        else
            out.insert(it.key(), QJsonArray::fromStringList(it->choices));
    }
    return out;
}

Grade grade(const Quiz &quiz, const Answers &answers) {
    Grade g;
    g.quizId = quiz.id;
    g.max = int(quiz.questions.size());
    for (const Question &q : quiz.questions) {
        const bool right = answers.contains(q.id) && isRight(q, answers.value(q.id));
        g.score += right ? 1 : 0;
        g.questions.append({q.id, right, q.explanation});
    }
    g.passed = g.max > 0 && g.score * 100 >= quiz.passMark * g.max;
    return g;
}

QJsonObject gradeToJson(const Grade &grade) {
    QJsonArray questions;
    for (const QuestionResult &r : grade.questions)
        questions.append(QJsonObject{{QStringLiteral("id"), r.questionId},
                                     {QStringLiteral("right"), r.right},
                                     {QStringLiteral("explanation"), r.explanation}});
    return QJsonObject{{QStringLiteral("attempt_id"), grade.attemptId},
                       {QStringLiteral("quiz_id"), grade.quizId},
                       {QStringLiteral("score"), grade.score},
                       {QStringLiteral("max"), grade.max},
                       {QStringLiteral("passed"), grade.passed},
                       {QStringLiteral("submitted_at"), grade.submittedAt},
                       {QStringLiteral("questions"), questions}};
}

Result<Grade> gradeFromJson(const QJsonObject &json) {
    Grade g;
    g.attemptId = json.value(QLatin1StringView("attempt_id")).toString();
    g.quizId = json.value(QLatin1StringView("quiz_id")).toString();
    g.score = json.value(QLatin1StringView("score")).toInt(-1);
    g.max = json.value(QLatin1StringView("max")).toInt(-1);
    g.passed = json.value(QLatin1StringView("passed")).toBool();
    g.submittedAt = json.value(QLatin1StringView("submitted_at")).toInteger();
    if (!isValidId(g.attemptId) || !isValidId(g.quizId) || g.score < 0 || g.max < g.score ||
        g.max > kMaxQuestions)
        return CoreError::validation(QStringLiteral("A grade from the server is malformed."));
    const QJsonArray questions = json.value(QLatin1StringView("questions")).toArray();
    if (questions.size() > kMaxQuestions)
        return CoreError::validation(QStringLiteral("A grade from the server is malformed."));
    for (const QJsonValue &v : questions) {
        const QJsonObject o = v.toObject();
        g.questions.append({o.value(QLatin1StringView("id")).toString(),
                            o.value(QLatin1StringView("right")).toBool(),
                            o.value(QLatin1StringView("explanation")).toString()});
    }
    return g;
}

} // namespace lyceum::quiz

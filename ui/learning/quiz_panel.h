// A lesson's quiz in the lesson window (issue 23): the questions and choices as the cache holds
// them (never a key), keyboard first: Tab moves between questions, the number keys choose a
// choice of the question in focus, Up and Down move between choices, Space ticks, Enter submits.
// The attempt is queued in the outbox (graded when it reaches the server, offline or not); the
// grade with each question's right/wrong and explanation shows once it came back. Hidden when
// the lesson has no quiz.
#pragma once

#include "learning/quiz_store.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class QuizPanel : public QWidget {
    Q_OBJECT
public:
    QuizPanel(Client *client, const QString &lessonId, const QString &courseId,
              QWidget *parent = nullptr);

    // For tests and the keyboard.
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *gradeLabel() const { return m_grade; }
    // The choice buttons (radio or check) and short-answer fields of question i, in order.
    QVector<QAbstractButton *> choiceButtons(int question) const;
    QLineEdit *shortAnswer(int question) const;
    QLabel *resultLabel(int question) const;
    QJsonObject currentAnswers() const;
    bool isLoaded() const { return m_quiz.has_value(); }

Q_SIGNALS:
    void loaded();    // the quiz was read from the cache (shown or not)
    void submitted(); // queued in the outbox
    void graded();    // a grade of this learner is shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct QuestionWidgets {
        QWidget *box = nullptr;
        QVector<QAbstractButton *> choices;
        QLineEdit *text = nullptr;
        QLabel *result = nullptr;
    };
    void reload();
    void showQuiz(const LessonQuiz &quiz);
    void buildQuestions();
    void showResults(const QuizAttemptView *attempt);
    void submit();
    void startAgain();
    int questionOf(QObject *widget) const;
    QWidget *entryOf(int question) const; // where Tab lands in a question

    Client *m_client;
    QString m_lessonId;
    std::optional<LessonQuiz> m_quiz;
    QString m_builtFor;       // the quiz id and its questions the widgets were built for
    QString m_waitingFor;     // the attempt id just submitted
    bool m_answering = false; // "Try again" was chosen: the form, not the last grade
    QLabel *m_header;
    QLabel *m_state;
    QLabel *m_grade;
    QWidget *m_questionsBox;
    QVBoxLayout *m_questionsLayout;
    QPushButton *m_submit;
    QPushButton *m_retry;
    QVector<QuestionWidgets> m_questions;
};

} // namespace lyceum::ui

// The studio's quiz editor for one lesson (issue 23): questions added, removed and reordered,
// their kind, text, choices with the correct ones ticked, accepted short answers (one a line),
// explanation; the pass mark and the attempts allowed. Loaded from the server with its key
// (GET /studio/quiz, the creator only) and saved through the outbox as one quiz.put, which the
// server checks like the editor does (quiz_domain.h); no questions removes the quiz.
#pragma once

#include "learning/quiz_domain.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class QuizEditor : public QWidget {
    Q_OBJECT
public:
    explicit QuizEditor(Client *client, QWidget *parent = nullptr);
    void setLesson(const QString &lessonId); // loads it (online)

    // The definition as it would be saved ({pass_mark, attempts_allowed, questions}).
    QJsonObject definition();
    void setDefinition(const QJsonObject &definition);

    QListWidget *questionList() const { return m_list; }
    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QTableWidget *choiceTable() const { return m_choices; }
    QPlainTextEdit *acceptedEdit() const { return m_accepted; }
    QPlainTextEdit *explanationEdit() const { return m_explanation; }
    QSpinBox *passMarkBox() const { return m_passMark; }
    QSpinBox *attemptsBox() const { return m_attempts; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    void loaded();
    void saved(); // queued in the outbox

private:
    void buildLayout();
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int by);
    void addChoice();
    void removeChoice();
    void storeCurrent(); // the form into m_questions
    void showCurrent();  // m_questions' current into the form
    void refreshList();
    void kindChanged();
    void save();

    Client *m_client;
    QString m_lessonId;
    QVector<quiz::Question> m_questions;
    int m_current = -1;
    bool m_showing = false;
    QListWidget *m_list;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QTableWidget *m_choices;
    QPlainTextEdit *m_accepted;
    QPlainTextEdit *m_explanation;
    QSpinBox *m_passMark;
    QSpinBox *m_attempts;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_addChoice;
    QPushButton *m_removeChoice;
    QPushButton *m_save;
    QLabel *m_state;
    QWidget *m_form;
    QFormLayout *m_formLayout = nullptr;
    QWidget *m_choicesBox;
    QWidget *m_acceptedBox;
};

} // namespace lyceum::ui

// The reviewer's queue in the studio (docs/architecture.md, "Learning"): the submissions
// waiting for the signed-in creator or named member of staff, one at a time with the learner's
// text and files, a points box per rubric criterion, the verdict and feedback. Keyboard first:
// the list takes Up/Down, Tab walks the form, Ctrl+Return sends the review (through the outbox).
#pragma once

#include <QJsonObject>
#include <QVector>
#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class MarkdownView;

class AssignmentReviewQueue : public QWidget {
    Q_OBJECT
public:
    explicit AssignmentReviewQueue(Client *client, QWidget *parent = nullptr);
    void refresh();

    QListWidget *list() const { return m_list; }
    QVector<QSpinBox *> scoreBoxes() const { return m_scores; }
    QRadioButton *acceptButton() const { return m_accept; }
    QRadioButton *needsWorkButton() const { return m_needsWork; }
    QPlainTextEdit *feedback() const { return m_feedback; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    void refreshed(int pending);
    void reviewSent(const QString &submissionId);

private:
    void build();
    void showQueue(const QJsonObject &answer);
    void showSubmission(int row);
    void send();

    Client *m_client;
    QJsonObject m_answer;
    QListWidget *m_list = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_heading = nullptr;
    MarkdownView *m_body = nullptr;
    QWidget *m_filesBox = nullptr;
    QFormLayout *m_rubricForm = nullptr;
    QVector<QSpinBox *> m_scores;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_needsWork = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace lyceum::ui

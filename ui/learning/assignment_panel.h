// The assignment of a lesson in the lesson window (docs/architecture.md, "Learning"): the
// instructions and rubric, the learner's last outcome (grade per criterion, feedback), and the
// submission form: Markdown text and files, kept as a draft in the cache on every edit (nothing
// lost on a crash or when the window closes), handed in through the outbox.
#pragma once

#include "domain/entities.h"

#include <QJsonObject>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class AssignmentPanel : public QWidget {
    Q_OBJECT
public:
    AssignmentPanel(Client *client, const Lesson &lesson, const QString &courseTitle,
                    QWidget *parent = nullptr);
    // The lesson window's one hook: adds the panel to layout, shown once the lesson turns out
    // to have an assignment (nothing is shown for a lesson without one).
    static AssignmentPanel *attach(QBoxLayout *layout, Client *client, const Lesson &lesson,
                                   const QString &courseTitle, QWidget *parent);

    QPlainTextEdit *editor() const { return m_body; }
    QListWidget *files() const { return m_files; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *attachButton() const { return m_attach; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *outcomeLabel() const { return m_outcome; }
    // Adds a file as if chosen in the file dialog (tests, drag and drop).
    void addFile(const QString &path);
    // Writes the draft now (the panel does so 400 ms after each edit, and when closed).
    void saveDraftNow();

Q_SIGNALS:
    void loaded(bool hasAssignment);
    void submitted();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void build();
    void showAnswer(const QJsonObject &answer);
    void showOutcome(const QJsonObject &submission, const QJsonObject &assignment);
    void handIn();
    void scheduleSave();
    void addFileItem(const QString &path);

    Client *m_client;
    Lesson m_lesson;
    QString m_courseTitle;
    QJsonObject m_answer;
    bool m_draftLoaded = false;
    QLabel *m_instructions = nullptr;
    QLabel *m_rubric = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace lyceum::ui

// The studio's "Quizzes" tab: the creator's course and lesson (from the cache), and the quiz
// editor for that lesson (quiz_editor.h).
#pragma once

#include <QWidget>

class QComboBox;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class QuizEditor;

class QuizStudioTab : public QWidget {
    Q_OBJECT
public:
    explicit QuizStudioTab(Client *client, QWidget *parent = nullptr);
    static QString tabTitle();

    QComboBox *courseBox() const { return m_course; }
    QComboBox *lessonBox() const { return m_lesson; }
    QuizEditor *editor() const { return m_editor; }
    void reloadCourses();

Q_SIGNALS:
    void coursesLoaded();
    void lessonsLoaded();

private:
    void loadLessons();

    Client *m_client;
    QComboBox *m_course;
    QComboBox *m_lesson;
    QuizEditor *m_editor;
};

} // namespace lyceum::ui

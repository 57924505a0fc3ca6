// The studio's "Courses" tab: the creator's published courses (all of them for an admin); for
// the chosen one its outline (OutlineEditor) and "Edit the course…", which opens a draft of the
// course (title, description, price) in the Drafts tab, based on the version published.
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class OutlineEditor;

class CourseStudio : public QWidget {
    Q_OBJECT
public:
    CourseStudio(Client *client, QWidget *parent = nullptr);
    void reload();
    QListWidget *courseList() const { return m_courses; }
    OutlineEditor *outlineEditor() const { return m_outline; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void editCourseRequested(const QString &courseId);

private:
    void showCourse(const QString &courseId);

    Client *m_client;
    QListWidget *m_courses;
    OutlineEditor *m_outline;
    QPushButton *m_edit;
};

} // namespace lyceum::ui

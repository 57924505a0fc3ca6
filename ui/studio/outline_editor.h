// A course's outline in the studio (docs/studio.md, "Course outline"): its sections, each with
// its lessons, arranged by dragging or by keyboard (Alt+Up / Alt+Down move the current lesson
// or section, across sections too), sections added, renamed (F2) and removed (their lessons go
// to the section above). Save sends the whole arrangement as one course.outline through the
// outbox; the tree is a QTreeWidget (a course has at most a few hundred lessons).
#pragma once

#include "domain/entities.h"
#include "studio/course_outline.h"

#include <QTreeWidget>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lyceum {
class Client;
struct CourseDetail;
} // namespace lyceum

namespace lyceum::ui {

class VideoUploads;

class OutlineTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit OutlineTree(QWidget *parent = nullptr);
    static constexpr int kKindRole = Qt::UserRole + 1; // "section" or "lesson"
    static constexpr int kIdRole = Qt::UserRole + 2;
    // Moves the current item one place (-1 up, +1 down); a lesson at the edge of its section
    // goes to the next one. False when it cannot move.
    bool moveCurrent(int step);

Q_SIGNALS:
    void arranged(); // by a drop or a move

protected:
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void normalize(); // lessons only under sections, sections only at the top
};

class OutlineEditor : public QWidget {
    Q_OBJECT
public:
    OutlineEditor(Client *client, QWidget *parent = nullptr);

    void setCourse(const CourseDetail &course, const courseoutline::Stored &outline);
    QString courseId() const { return m_courseId; }
    // The arrangement as shown (a course without sections shows one unnamed section).
    QVector<courseoutline::Section> outline() const;
    void addSection();
    void removeSection();
    void save();
    // New lessons in this course, one per video file, published with their videos uploading
    // (VideoUploads shows each); asks first what will happen (PublishConfirmDialog).
    void addVideos(const QStringList &files);
    void chooseVideos(); // a file dialog with several files selectable
    VideoUploads *uploads() const { return m_uploads; }
    QPushButton *addVideosButton() const { return m_addVideos; }

    OutlineTree *tree() const { return m_tree; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }
    bool hasUnsavedOrder() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDirty(bool dirty);

    Client *m_client;
    QString m_courseId;
    OutlineTree *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_addVideos;
    QLabel *m_status;
    VideoUploads *m_uploads;
    Course m_course;
};

} // namespace lyceum::ui

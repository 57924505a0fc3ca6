// A course's lessons in syllabus order, with what a learner may open: free previews, lessons
// with a body, locked lessons (the server withholds the body until the course is bought), and
// which of them the learner marked done (their progress, kept on this device). Once the course
// is owned, nothing is a "free preview" any more: every lesson is simply open.
#pragma once

#include "domain/course_sections.h"
#include "domain/entities.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace lyceum::ui {

class SyllabusModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        PositionRole, // 1-based, as shown
        TitleRole,
        DurationRole, // seconds
        DurationTextRole,
        FreePreviewRole,
        LockedRole,
        BodyRole,
        DoneRole,         // the learner marked it done
        PreviewBadgeRole, // show "Free preview": a free preview of a course not owned
        SectionTitleRole, // the heading this row starts (a new section), else empty
    };

    explicit SyllabusModel(QObject *parent = nullptr);

    void setLessons(const QVector<Lesson> &lessons);
    // The course's outline: its sections and each lesson's; a lesson that starts a section
    // carries its heading (SectionTitleRole) when the outline has more than one, or a named one.
    void setOutline(const QVector<CourseSection> &sections,
                    const QHash<QString, QString> &lessonSection);
    QString sectionTitleAt(int row) const;
    const QVector<Lesson> &lessons() const { return m_lessons; }
    int totalDurationSeconds() const;
    void setOwned(bool owned);
    bool owned() const { return m_owned; }
    // The lessons marked done (ids); rows change in place.
    void setDone(const QSet<QString> &lessonIds);
    int doneCount() const;
    // The first lesson not done, by position (-1: all done or none).
    int nextRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<Lesson> m_lessons;
    QVector<CourseSection> m_sections;
    QHash<QString, QString> m_lessonSection;
    QSet<QString> m_done;
    bool m_owned = false;
};

} // namespace lyceum::ui

// My library's rows: one per owned or followed course (library/library.h), in the order the
// core gives (last opened first). setEntries() keeps rows, and the view's selection, when the
// same courses come back in the same order and only their progress changed.
#pragma once

#include "library/library.h"

#include <QAbstractListModel>

namespace lyceum::ui {

class LibraryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CreatorNameRole,
        OwnedRole,
        ProgressRole, // 0..1
        LessonsDoneRole,
        LessonsTotalRole,
        NextLessonIdRole, // empty when every lesson is done
        NextLessonTitleRole,
        LastOpenedRole,   // ms; 0: never
        VideoLessonsRole, // QStringList: open lessons with a video
        StatusTextRole,   // "3 of 8 lessons done · Next: …"
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setEntries(const QVector<library::Entry> &entries);
    const QVector<library::Entry> &entries() const { return m_entries; }
    int rowOf(const QString &courseId) const;
    // Per course id, what is left of its quizzes ("Quiz: 80 % · passed"), added to StatusTextRole.
    void setQuizNotes(const QHash<QString, QString> &notes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<library::Entry> m_entries;
    QHash<QString, QString> m_quizNotes;
};

} // namespace lyceum::ui

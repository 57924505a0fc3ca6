// A course's lessons in syllabus order, with what a learner may open: free previews, lessons
// with a body, locked lessons (the server withholds the body until the course is bought).
#pragma once

#include "domain/entities.h"

#include <QAbstractListModel>
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
    };

    explicit SyllabusModel(QObject *parent = nullptr);

    void setLessons(const QVector<Lesson> &lessons);
    const QVector<Lesson> &lessons() const { return m_lessons; }
    int totalDurationSeconds() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<Lesson> m_lessons;
};

} // namespace lyceum::ui

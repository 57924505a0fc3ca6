// A course's outline as its creator arranges it in the studio (docs/studio.md, "Course
// outline"): sections in order, each with its lessons in order. Saving it changes the cache at
// once (lessons' section and position, the course's sections) and queues one course.outline
// mutation in the same transaction; the server checks and applies the whole outline.
#pragma once

#include "domain/course_sections.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lyceum {

class CacheDatabase;

namespace courseoutline {

struct Section {
    QString id; // a new section gets a new id on the device
    QString title;
    QStringList lessonIds;
    friend bool operator==(const Section &, const Section &) = default;
};

// The outline the cache holds for a course: its sections in order and each lesson's section
// (a course without sections, or a lesson naming none it has, is in one unnamed group).
struct Stored {
    QVector<CourseSection> sections;
    QHash<QString, QString> lessonSection; // lesson id -> section id
};
Stored read(CacheDatabase &db, const QString &courseId);

QJsonObject args(const QString &courseId, const QVector<Section> &outline);
// Own transaction.
bool queue(CacheDatabase &db, const QString &courseId, const QVector<Section> &outline,
           QString *error);

} // namespace courseoutline
} // namespace lyceum

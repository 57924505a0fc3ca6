// What one reader may see (docs/protocol.md, "Pull"): unpublished courses and everything under
// them only for their creator and staff; paid lesson bodies only for the creator, staff, and
// holders of an entitlement, unless the lesson is a free preview. Built once per request from
// two small queries, then consulted per change row without touching the database.
#pragma once

#include "server/storage/storage.h"

#include <QHash>

namespace lyceum::server {

struct Caller;

class Visibility {
public:
    Visibility(const QString &userId, bool staff, const QVector<CourseAccess> &courses,
               QSet<QString> entitledCourses);
    static Visibility forCaller(Storage &storage, const Caller &caller);

    // Whether content under the course (the course itself, its lessons, threads, posts and
    // reactions) may be seen. An empty id (content not under a course) is always visible.
    bool canSeeCourse(const QString &courseId) const;
    // Whether a lesson's body may be read; false means it is sent locked without body.
    bool canReadLesson(const QString &courseId, bool freePreview) const;

private:
    QString m_userId;
    bool m_staff;
    QHash<QString, CourseAccess> m_courses;
    QSet<QString> m_entitled;
};

} // namespace lyceum::server

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
    // nowMs: when drip release is judged (lessons that open some days after enrolment).
    static Visibility forCaller(Storage &storage, const Caller &caller, qint64 nowMs);
    // The dripped lessons still closed to this reader (CommerceStorage::dripClosed); the
    // creator and staff read them anyway.
    void setDripClosed(QHash<QString, qint64> closed) { m_dripClosed = std::move(closed); }

    // Whether content under the course (the course itself, its lessons, threads, posts and
    // reactions) may be seen. An empty id (content not under a course) is always visible.
    bool canSeeCourse(const QString &courseId) const;
    // Whether a lesson's body may be read; false means it is sent locked without body.
    // A dripped lesson not yet open to this reader is locked too (opensAt says when).
    bool canReadLesson(const QString &courseId, const QString &lessonId, bool freePreview) const;
    // When a lesson closed by drip release opens for this reader; 0: not dripped for them, or
    // not before they enrol.
    qint64 opensAt(const QString &lessonId) const { return m_dripClosed.value(lessonId); }
    bool dripClosed(const QString &courseId, const QString &lessonId) const;

private:
    QString m_userId;
    bool m_staff;
    QHash<QString, CourseAccess> m_courses;
    QSet<QString> m_entitled;
    QHash<QString, qint64> m_dripClosed;
};

} // namespace lyceum::server

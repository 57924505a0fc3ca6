#include "server/sync/visibility.h"

#include "server/auth/auth_service.h"

namespace lyceum::server {

Visibility::Visibility(const QString &userId, bool staff, const QVector<CourseAccess> &courses,
                       QSet<QString> entitledCourses)
    : m_userId(userId)
    , m_staff(staff)
    , m_entitled(std::move(entitledCourses)) {
    m_courses.reserve(courses.size());
    for (const CourseAccess &c : courses)
        m_courses.insert(c.id, c);
}

Visibility Visibility::forCaller(Storage &storage, const Caller &caller) {
    return Visibility(caller.user.id, caller.isStaff(), storage.courseAccessList(),
                      storage.entitledCourses(caller.user.id));
}

bool Visibility::canSeeCourse(const QString &courseId) const {
    if (courseId.isEmpty())
        return true;
    const auto it = m_courses.constFind(courseId);
    if (it == m_courses.constEnd())
        return m_staff; // content of a course that is gone: nothing to show a learner
    return it->published || m_staff || it->creatorId == m_userId;
}

bool Visibility::canReadLesson(const QString &courseId, bool freePreview) const {
    const auto it = m_courses.constFind(courseId);
    if (it == m_courses.constEnd())
        return m_staff;
    if (it->price <= 0 || freePreview || m_staff || it->creatorId == m_userId)
        return true;
    return m_entitled.contains(courseId);
}

} // namespace lyceum::server

#include "server/sync/visibility.h"

#include "server/auth/auth_service.h"
#include "server/commerce/commerce_storage.h"

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

Visibility Visibility::forCaller(Storage &storage, const Caller &caller, qint64 nowMs) {
    Visibility v(caller.user.id, caller.isStaff(), storage.courseAccessList(),
                 storage.entitledCourses(caller.user.id));
    v.setDripClosed(storage.commerce()->dripClosed(caller.user.id, nowMs));
    return v;
}

bool Visibility::canSeeCourse(const QString &courseId) const {
    if (courseId.isEmpty())
        return true;
    const auto it = m_courses.constFind(courseId);
    if (it == m_courses.constEnd())
        return m_staff; // content of a course that is gone: nothing to show a learner
    return it->published || m_staff || it->creatorId == m_userId;
}

bool Visibility::canReadLesson(const QString &courseId, const QString &lessonId,
                               bool freePreview) const {
    const auto it = m_courses.constFind(courseId);
    if (it == m_courses.constEnd())
        return m_staff;
    if (freePreview || m_staff || it->creatorId == m_userId)
        return true;
    if (m_dripClosed.contains(lessonId))
        return false; // released some days after enrolment; not yet for this reader
    return it->price <= 0 || m_entitled.contains(courseId);
}

bool Visibility::dripClosed(const QString &courseId, const QString &lessonId) const {
    const auto it = m_courses.constFind(courseId);
    if (m_staff || (it != m_courses.constEnd() && it->creatorId == m_userId))
        return false;
    return m_dripClosed.contains(lessonId);
}

} // namespace lyceum::server

#include "server/learning/certificate_rule.h"

#include "server/learning/assignment_storage.h"
#include "server/learning/certificate_storage.h"
#include "server/learning/quiz_storage.h"
#include "server/storage/storage.h"
#include "server/studio/studio_storage.h"

#include <QSet>

namespace lyceum::server {

namespace {

// Every lesson of the course is marked done by the learner (a course with none earns nothing).
bool allLessonsDone(Storage &storage, const QString &userId, const QString &courseId) {
    const QVector<Lesson> lessons = storage.studio()->lessonsOf(courseId);
    if (lessons.isEmpty())
        return false;
    const QStringList doneList = storage.certificates()->lessonsDoneIn(userId, courseId);
    const QSet<QString> done(doneList.cbegin(), doneList.cend());
    for (const Lesson &lesson : lessons) {
        if (!done.contains(lesson.id))
            return false;
    }
    return true;
}

// Every assignment of the course accepted by a reviewer (true for a course without any).
bool allAssignmentsAccepted(Storage &storage, const QString &userId, const QString &courseId) {
    return storage.assignments()->assignmentsAccepted(userId, courseId);
}

} // namespace

const QVector<CertificateCondition> &certificateConditions() {
    static const QVector<CertificateCondition> conditions{
        {"lessons_done", &allLessonsDone},
        {"quizzes_passed", &quizzesPassed},                // every quiz of the course passed once
        {"assignments_accepted", &allAssignmentsAccepted}, // every assignment accepted
    };
    return conditions;
}

bool certificateRuleMet(Storage &storage, const QString &userId, const QString &courseId) {
    for (const CertificateCondition &condition : certificateConditions()) {
        if (!condition.met(storage, userId, courseId))
            return false;
    }
    return true;
}

} // namespace lyceum::server

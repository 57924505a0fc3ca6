// AssignmentService: the creator's assignment, the learner's submissions and files, the
// reviewer's grade (assignment_service.h).
#include "server/learning/assignment_service.h"

#include "server/clock.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace lyceum::server {

AssignmentService::AssignmentService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

QString AssignmentService::sniffKind(const QByteArray &bytes, QString *mime) {
    const QString image = imageMime(bytes);
    if (!image.isEmpty()) {
        *mime = image;
        return QStringLiteral("image");
    }
    if (bytes.startsWith("%PDF-")) {
        *mime = QStringLiteral("application/pdf");
        return QStringLiteral("pdf");
    }
    // Text: valid UTF-8 without NUL or other C0 controls than tab and line ends.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.isEmpty())
        return {};
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
            c != QLatin1Char('\t'))
            return {};
    }
    *mime = QStringLiteral("text/plain; charset=utf-8");
    return QStringLiteral("text");
}

bool AssignmentService::isPlainFileName(const QString &name) {
    if (name.isEmpty() || name.size() > kMaxFileName || name.startsWith(QLatin1Char('.')) ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1String("..")) || !name.contains(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char(':') ||
            c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QJsonObject AssignmentService::toJson(const Assignment &a) {
    QJsonArray rubric;
    for (const RubricCriterion &c : a.rubric)
        rubric.append(
            QJsonObject{{QStringLiteral("title"), c.title}, {QStringLiteral("points"), c.points}});
    return {{QStringLiteral("lesson_id"), a.lessonId},
            {QStringLiteral("course_id"), a.courseId},
            {QStringLiteral("instructions"), a.instructions},
            {QStringLiteral("rubric"), rubric},
            {QStringLiteral("allow_text"), a.allowText},
            {QStringLiteral("allow_files"), a.allowFiles},
            {QStringLiteral("file_kinds"), QJsonArray::fromStringList(a.fileKinds)},
            {QStringLiteral("max_file_bytes"), a.maxFileBytes},
            {QStringLiteral("max_files"), a.maxFiles},
            {QStringLiteral("resubmit"), a.resubmit},
            {QStringLiteral("updated_at"), a.updatedAt}};
}

QJsonObject AssignmentService::toJson(const Submission &s, bool withLearner) {
    QJsonArray scores;
    for (int v : s.scores)
        scores.append(v);
    QJsonArray files;
    for (const QString &id : s.fileIds) {
        if (const auto f = m_storage.assignments()->submissionFile(id, false))
            files.append(QJsonObject{{QStringLiteral("id"), f->id},
                                     {QStringLiteral("name"), f->name},
                                     {QStringLiteral("mime"), f->mime}});
    }
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("lesson_id"), s.lessonId},
                  {QStringLiteral("course_id"), s.courseId},
                  {QStringLiteral("attempt"), s.attempt},
                  {QStringLiteral("body"), s.body},
                  {QStringLiteral("files"), files},
                  {QStringLiteral("status"), submissionStatusName(s.status)},
                  {QStringLiteral("scores"), scores},
                  {QStringLiteral("feedback"), s.feedback},
                  {QStringLiteral("submitted_at"), s.submittedAt},
                  {QStringLiteral("reviewed_at"), s.reviewedAt}};
    if (const auto lesson = m_storage.lessonById(s.lessonId))
        o.insert(QStringLiteral("lesson_title"), lesson->title);
    if (const auto reviewer = m_storage.userById(s.reviewerId))
        o.insert(QStringLiteral("reviewer"), reviewer->handle);
    if (withLearner) {
        if (const auto learner = m_storage.userById(s.userId)) {
            o.insert(QStringLiteral("learner"), learner->handle);
            o.insert(QStringLiteral("learner_name"), learner->displayName);
        }
    }
    return o;
}

bool AssignmentService::mayReadLesson(const User &actor, const Lesson &lesson,
                                      const Course &course) {
    if (course.creatorId == actor.id || actor.role == Role::Admin || actor.role == Role::Moderator)
        return true;
    if (!course.published)
        return false;
    return lesson.freePreview || course.price == 0 || m_storage.hasEntitlement(actor.id, course.id);
}

bool AssignmentService::isReviewer(const User &actor, const Assignment &assignment) {
    if (actor.role == Role::Admin || assignment.reviewerIds.contains(actor.id))
        return true;
    const auto course = m_storage.courseById(assignment.courseId);
    return course && course->creatorId == actor.id;
}

ApiResult<Assignment> AssignmentService::readableAssignment(const User &actor,
                                                            const QString &lessonId) {
    const ApiError missing = ApiError::notFound(QStringLiteral("No such assignment."));
    const auto lesson = m_storage.lessonById(lessonId);
    if (!lesson)
        return missing;
    const auto course = m_storage.courseById(lesson->courseId);
    if (!course || !mayReadLesson(actor, *lesson, *course))
        return missing;
    const auto assignment = m_storage.assignments()->assignmentOfLesson(lessonId);
    if (!assignment)
        return missing;
    return *assignment;
}

ApiResult<QJsonObject> AssignmentService::forLesson(const User &actor, const QString &lessonId) {
    if (const Verdict refusal = m_rules.mayAttempt(actor, Action::ReadOwn))
        return *refusal;
    const ApiResult<Assignment> assignment = readableAssignment(actor, lessonId);
    if (!assignment.ok())
        return assignment.error();
    QJsonArray mine;
    for (const Submission &s : m_storage.assignments()->submissionsOf(actor.id, lessonId))
        mine.append(toJson(s, false));
    return QJsonObject{{QStringLiteral("assignment"), toJson(assignment.value())},
                       {QStringLiteral("reviewer"), isReviewer(actor, assignment.value())},
                       {QStringLiteral("submissions"), mine}};
}

ApiResult<QJsonObject> AssignmentService::mine(const User &actor) {
    QJsonArray out;
    for (const Submission &s : m_storage.assignments()->submissionsOfUser(actor.id))
        out.append(toJson(s, false));
    return QJsonObject{{QStringLiteral("submissions"), out}};
}

ApiResult<QJsonObject> AssignmentService::queue(const User &actor, bool all) {
    if (const Verdict refusal = m_rules.mayAttempt(actor, Action::ReviewAssignment))
        return *refusal;
    AssignmentStorage &store = *m_storage.assignments();
    QStringList lessons = store.reviewedLessons(actor.id);
    if (actor.role == Role::Admin) {
        lessons.clear(); // every assignment: admins review anywhere
        for (const CourseAccess &c : m_storage.courseAccessList())
            for (const Assignment &a : store.assignmentsOfCourse(c.id))
                lessons << a.lessonId;
    }
    QJsonArray items;
    QJsonObject assignments;
    for (const Submission &s : store.submissionsOfLessons(lessons)) {
        if (!all && s.status != SubmissionStatus::Submitted)
            continue;
        items.append(toJson(s, true));
        if (!assignments.contains(s.lessonId)) {
            if (const auto a = store.assignmentOfLesson(s.lessonId))
                assignments.insert(s.lessonId, toJson(*a));
        }
    }
    return QJsonObject{{QStringLiteral("submissions"), items},
                       {QStringLiteral("assignments"), assignments}};
}

ApiResult<SubmissionFile> AssignmentService::file(const User &actor, const QString &id) {
    const ApiError missing = ApiError::notFound(QStringLiteral("No such file."));
    AssignmentStorage &store = *m_storage.assignments();
    auto f = store.submissionFile(id, true);
    if (!f)
        return missing;
    if (f->userId == actor.id)
        return *f;
    // A reviewer sees files once a submission names them, not the learner's loose uploads.
    const auto assignment = store.assignmentOfLesson(f->lessonId);
    if (f->submissionId.isEmpty() || !assignment || !isReviewer(actor, *assignment))
        return missing;
    return *f;
}

} // namespace lyceum::server

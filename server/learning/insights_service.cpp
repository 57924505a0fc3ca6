// InsightsService: the per-learner aggregate of a course for its creator (insights_service.h).
#include "server/learning/insights_service.h"

#include "server/clock.h"
#include "server/learning/assignment_storage.h"
#include "server/storage/storage.h"
#include "server/studio/studio_storage.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <map>

namespace lyceum::server {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct LearnerRow {
    int done = 0;
    int started = 0;
    int posts = 0;
    QSet<qint64> days;
    qint64 lastActive = 0;
    qint64 enrolledAt = 0;
    QJsonArray assignments;
    QJsonArray doneLessons;
    void saw(qint64 at) {
        if (at <= 0)
            return;
        days.insert(at / kDayMs);
        lastActive = std::max(lastActive, at);
    }
};

QJsonObject assignmentOutcome(const Submission &s, const Assignment *a) {
    int max = 0;
    if (a) {
        for (const RubricCriterion &c : a->rubric)
            max += c.points;
    }
    int score = 0;
    for (int v : s.scores)
        score += v;
    return {{QStringLiteral("lesson_id"), s.lessonId},
            {QStringLiteral("status"), submissionStatusName(s.status)},
            {QStringLiteral("score"), score},
            {QStringLiteral("max"), max},
            {QStringLiteral("attempt"), s.attempt}};
}

} // namespace

InsightsService::InsightsService(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_rules(storage, clock) {}

ApiResult<QJsonObject> InsightsService::courseInsights(const User &actor, const QString &courseId) {
    const auto course = m_storage.courseById(courseId);
    if (!course || (course->creatorId != actor.id && actor.role != Role::Admin))
        return ApiError::notFound(QStringLiteral("No such course of yours."));
    if (const Verdict refusal =
            m_rules.check(actor, Action::ReadAnalytics, Target::ownedBy(course->creatorId)))
        return *refusal;
    AssignmentStorage &store = *m_storage.assignments();
    std::map<QString, LearnerRow> rows; // by user id, so the answer's order is stable
    for (const LearnerEvent &e : store.courseEnrolments(courseId)) {
        if (e.userId != course->creatorId)
            rows[e.userId].enrolledAt = e.at;
    }
    for (const LearnerProgressRow &p : store.courseProgress(courseId)) {
        LearnerRow &row = rows[p.userId];
        row.started += p.percent > 0 ? 1 : 0;
        if (p.percent >= kInsightsCompletedPercent) {
            row.done += 1;
            row.doneLessons.append(p.lessonId);
        }
        row.saw(p.updatedAt);
    }
    for (const LearnerEvent &e : store.coursePosts(courseId)) {
        if (e.userId == course->creatorId || !rows.count(e.userId))
            continue; // posts count for learners of the course only
        rows[e.userId].posts += 1;
        rows[e.userId].saw(e.at);
    }
    QHash<QString, Assignment> assignments;
    for (const Assignment &a : store.assignmentsOfCourse(courseId))
        assignments.insert(a.lessonId, a);
    for (const Submission &s : store.submissionsOfLessons(assignments.keys())) {
        LearnerRow &row = rows[s.userId];
        row.saw(s.submittedAt);
        const auto it = assignments.constFind(s.lessonId);
        row.assignments.append(
            assignmentOutcome(s, it == assignments.constEnd() ? nullptr : &it.value()));
    }
    const QVector<Lesson> lessons = m_storage.studio()->lessonsOf(courseId);
    QJsonArray lessonList;
    for (const Lesson &l : lessons)
        lessonList.append(QJsonObject{{QStringLiteral("id"), l.id},
                                      {QStringLiteral("title"), l.title},
                                      {QStringLiteral("section"), QString()}});
    QJsonArray learners;
    for (const auto &[userId, row] : rows) {
        const auto user = m_storage.userById(userId);
        learners.append(QJsonObject{{QStringLiteral("user_id"), userId},
                                    {QStringLiteral("handle"), user ? user->handle : QString()},
                                    {QStringLiteral("name"), user ? user->displayName : QString()},
                                    {QStringLiteral("lessons_done"), row.done},
                                    {QStringLiteral("lessons_started"), row.started},
                                    {QStringLiteral("done_lessons"), row.doneLessons},
                                    {QStringLiteral("posts"), row.posts},
                                    {QStringLiteral("days_active"), int(row.days.size())},
                                    {QStringLiteral("last_active_at"), row.lastActive},
                                    {QStringLiteral("enrolled_at"), row.enrolledAt},
                                    {QStringLiteral("quiz_score"), 0.0},
                                    {QStringLiteral("assignments"), row.assignments}});
    }
    return QJsonObject{{QStringLiteral("course_id"), courseId},
                       {QStringLiteral("generated_at"), m_clock.nowMs()},
                       {QStringLiteral("completed_percent"), kInsightsCompletedPercent},
                       {QStringLiteral("lessons"), lessonList},
                       {QStringLiteral("learners"), learners}};
}

} // namespace lyceum::server

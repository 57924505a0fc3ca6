// StudioService: creator analytics. Only the creator's own courses (any course for an admin),
// only aggregates: counts and sums per day, per lesson; no learner is named.
#include "server/auth/auth_service.h"
#include "server/storage/storage.h"
#include "server/studio/studio_service.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace lyceum::server {

namespace {

constexpr int kCompletedPercent = 90; // a lesson watched this far counts as completed

struct Day {
    qint64 sales = 0;
    qint64 revenue = 0;
    qint64 refunds = 0;
    qint64 refunded = 0;
    qint64 enrolments = 0;
    qint64 posts = 0;
};

// Per lesson of the course: learners who started it and who completed it. Plausible progress
// only (docs/studio.md): storage leaves out the creator and, on a paid course, anyone not
// entitled; a video lesson counts only for learners the server really sent the video to.
QJsonArray funnelOf(StudioStorage &studio, const QString &courseId) {
    const QVector<Lesson> lessons = studio.lessonsOf(courseId);
    QSet<QString> withVideo;
    for (const Lesson &l : lessons) {
        if (!l.videoAssetId.isEmpty())
            withVideo.insert(l.id);
    }
    QHash<QString, QPair<int, int>> perLesson; // started, completed
    for (const LessonProgressFact &p : studio.progressOn(courseId)) {
        if (withVideo.contains(p.lessonId) && !p.watchedVideo)
            continue;
        QPair<int, int> &f = perLesson[p.lessonId];
        if (p.percent > 0)
            ++f.first;
        if (p.percent >= kCompletedPercent)
            ++f.second;
    }
    QJsonArray funnel;
    for (const Lesson &l : lessons) {
        const QPair<int, int> f = perLesson.value(l.id);
        funnel.append(QJsonObject{{QStringLiteral("lesson_id"), l.id},
                                  {QStringLiteral("title"), l.title},
                                  {QStringLiteral("position"), l.position},
                                  {QStringLiteral("has_video"), !l.videoAssetId.isEmpty()},
                                  {QStringLiteral("started"), f.first},
                                  {QStringLiteral("completed"), f.second}});
    }
    return funnel;
}

} // namespace

ApiResult<QJsonObject> StudioService::analytics(const Caller &caller, const QString &courseId,
                                                int utcOffsetMinutes, const QString &from,
                                                const QString &to) {
    const User &user = caller.user;
    if (const Verdict refusal = m_rules.mayAttempt(user, Action::ReadAnalytics))
        return *refusal;
    if (utcOffsetMinutes < -14 * 60 || utcOffsetMinutes > 14 * 60)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("utc_offset_min must be -840 to 840."));
    const QDate fromDay = QDate::fromString(from, Qt::ISODate);
    const QDate toDay = QDate::fromString(to, Qt::ISODate);
    if ((!from.isEmpty() && !fromDay.isValid()) || (!to.isEmpty() && !toDay.isValid()) ||
        (fromDay.isValid() && toDay.isValid() && fromDay > toDay))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("from and to must be dates (YYYY-MM-DD), from "
                                                   "not after to."));
    const bool ranged = fromDay.isValid() || toDay.isValid();
    const auto inRange = [&](const QString &day) {
        const QDate d = QDate::fromString(day, Qt::ISODate);
        return (!fromDay.isValid() || d >= fromDay) && (!toDay.isValid() || d <= toDay);
    };
    StudioStorage &studio = *m_storage.studio();
    QVector<Course> courses;
    if (!courseId.isEmpty()) {
        const std::optional<Course> c = m_storage.courseById(courseId);
        if (!c || m_rules.check(user, Action::ReadAnalytics, Target::ownedBy(c->creatorId)))
            return ApiError::notFound(QStringLiteral("No such course of yours."));
        courses.append(*c);
    } else {
        courses = studio.coursesBy(user.id);
    }
    QStringList ids;
    QJsonArray courseList;
    for (const Course &c : std::as_const(courses)) {
        ids << c.id;
        courseList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("price"), c.price},
                                      {QStringLiteral("currency"), c.currency}});
    }
    const auto dayOf = [utcOffsetMinutes](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .addSecs(qint64(utcOffsetMinutes) * 60)
            .date()
            .toString(Qt::ISODate);
    };
    QMap<QString, Day> days;
    Day total;
    for (const SaleFact &s : studio.salesOf(ids)) {
        if (inRange(dayOf(s.paidAt))) {
            Day &d = days[dayOf(s.paidAt)];
            ++d.sales;
            d.revenue += s.amount;
            ++total.sales;
            total.revenue += s.amount;
        }
        if (s.refundedAt > 0 && inRange(dayOf(s.refundedAt))) {
            Day &r = days[dayOf(s.refundedAt)];
            ++r.refunds;
            r.refunded += s.amount;
            ++total.refunds;
            total.refunded += s.amount;
        }
    }
    for (const EnrolmentFact &e : studio.enrolmentsOf(ids)) {
        if (e.at > 0 && !inRange(dayOf(e.at)))
            continue;
        if (e.at <= 0 && ranged)
            continue; // undated grants count in the all-time total only
        if (e.at > 0)
            ++days[dayOf(e.at)].enrolments;
        ++total.enrolments;
    }
    for (qint64 at : studio.postTimesIn(ids)) {
        if (!inRange(dayOf(at)))
            continue;
        ++days[dayOf(at)].posts;
        ++total.posts;
    }
    const auto dayJson = [](const Day &d) {
        return QJsonObject{{QStringLiteral("sales"), d.sales},
                           {QStringLiteral("revenue"), d.revenue},
                           {QStringLiteral("refunds"), d.refunds},
                           {QStringLiteral("refunded"), d.refunded},
                           {QStringLiteral("net"), d.revenue - d.refunded},
                           {QStringLiteral("enrolments"), d.enrolments},
                           {QStringLiteral("posts"), d.posts}};
    };
    QJsonArray daily;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        QJsonObject o = dayJson(it.value());
        o.insert(QStringLiteral("day"), it.key());
        daily.append(o);
    }
    const QJsonArray funnel =
        courses.size() == 1 ? funnelOf(studio, courses.first().id) : QJsonArray();
    return QJsonObject{{QStringLiteral("course_id"), courseId},
                       {QStringLiteral("courses"), courseList},
                       {QStringLiteral("currency"),
                        courses.isEmpty() ? QStringLiteral("CNY") : courses.first().currency},
                       {QStringLiteral("utc_offset_min"), utcOffsetMinutes},
                       {QStringLiteral("from"), fromDay.isValid() ? from : QString()},
                       {QStringLiteral("to"), toDay.isValid() ? to : QString()},
                       {QStringLiteral("completed_percent"), kCompletedPercent},
                       {QStringLiteral("totals"), dayJson(total)},
                       {QStringLiteral("daily"), daily},
                       {QStringLiteral("funnel"), funnel}};
}

} // namespace lyceum::server

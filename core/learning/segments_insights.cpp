// Learner segments, gone-quiet learners and mastery by section (segments_insights.h).
#include "learning/segments_insights.h"

#include "learning/segments_kmeans.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace lyceum::learning {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

int intOf(const QJsonObject &o, const char *key) {
    return std::max(0, o.value(QLatin1StringView(key)).toInt());
}

LearnerActivity learnerFromJson(const QJsonObject &o) {
    LearnerActivity a;
    a.userId = o.value(QLatin1StringView("user_id")).toString();
    a.handle = o.value(QLatin1StringView("handle")).toString();
    a.name = o.value(QLatin1StringView("name")).toString();
    a.lessonsDone = intOf(o, "lessons_done");
    a.lessonsStarted = intOf(o, "lessons_started");
    a.quizScore = std::clamp(o.value(QLatin1StringView("quiz_score")).toDouble(), 0.0, 1.0);
    a.posts = intOf(o, "posts");
    a.daysActive = intOf(o, "days_active");
    a.lastActiveAt = qint64(o.value(QLatin1StringView("last_active_at")).toDouble());
    for (const QJsonValue &v : o.value(QLatin1StringView("done_lessons")).toArray())
        a.doneLessons << v.toString();
    // The latest reviewed attempt of each assignment counts.
    QHash<QString, QJsonObject> latest;
    for (const QJsonValue &v : o.value(QLatin1StringView("assignments")).toArray()) {
        const QJsonObject s = v.toObject();
        a.submissions += 1;
        if (s.value(QLatin1StringView("status")).toString() == QLatin1String("submitted"))
            continue;
        const QString lesson = s.value(QLatin1StringView("lesson_id")).toString();
        if (!latest.contains(lesson) ||
            intOf(latest.value(lesson), "attempt") < intOf(s, "attempt"))
            latest.insert(lesson, s);
    }
    for (const QJsonObject &s : std::as_const(latest)) {
        a.assignmentsAccepted +=
            s.value(QLatin1StringView("status")).toString() == QLatin1String("accepted") ? 1 : 0;
        a.assignmentScore += intOf(s, "score");
        a.assignmentMax += intOf(s, "max");
    }
    return a;
}

// The name of each segment from its standardised centre: the most engaged centre is the
// steady (or, when lessons came in few days, sprinting) learners; the least engaged the ones
// who never started or went quiet; the rest by what stands out.
SegmentKind kindOf(const std::vector<double> &z, const Segment &raw, bool most, bool least) {
    const double lessons = z[0], posts = z[2], days = z[3];
    if (least)
        return raw.lessons < 0.5 && raw.posts < 0.5 ? SegmentKind::NotStarted
                                                    : SegmentKind::GoneQuiet;
    if (most)
        return lessons - days > 1.0 ? SegmentKind::Sprinters : SegmentKind::Steady;
    if (posts > 0.5 && posts > lessons)
        return SegmentKind::Discussers;
    if (lessons > 0.5 && days < 0)
        return SegmentKind::Sprinters;
    if (lessons < -0.3 && days < -0.3)
        return SegmentKind::GoneQuiet;
    return SegmentKind::Occasional;
}

} // namespace

QString segmentKindName(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::Steady:
        return QStringLiteral("Steady learners");
    case SegmentKind::Sprinters:
        return QStringLiteral("Sprinters");
    case SegmentKind::Discussers:
        return QStringLiteral("Here for the discussion");
    case SegmentKind::Occasional:
        return QStringLiteral("Occasional learners");
    case SegmentKind::GoneQuiet:
        return QStringLiteral("Started, gone quiet");
    case SegmentKind::NotStarted:
        return QStringLiteral("Not started yet");
    }
    return {};
}

CourseInsights insightsFromJson(const QJsonObject &json) {
    CourseInsights out;
    out.courseId = json.value(QLatin1StringView("course_id")).toString();
    out.generatedAt = qint64(json.value(QLatin1StringView("generated_at")).toDouble());
    for (const QJsonValue &v : json.value(QLatin1StringView("lessons")).toArray()) {
        out.lessonIds << v.toObject().value(QLatin1StringView("id")).toString();
        out.lessonSections << v.toObject().value(QLatin1StringView("section")).toString();
    }
    for (const QJsonValue &v : json.value(QLatin1StringView("learners")).toArray())
        out.learners << learnerFromJson(v.toObject());
    return out;
}

QVector<Segment> segmentLearners(const QVector<LearnerActivity> &learners, std::uint32_t seed) {
    if (learners.isEmpty())
        return {};
    Rows raw;
    for (const LearnerActivity &a : learners)
        raw.push_back({double(a.lessonsDone), a.quizScore, double(a.posts), double(a.daysActive)});
    const Rows z = standardise(raw);
    KMeansOptions options;
    options.seed = seed;
    KMeansResult best = kmeans(z, 3, options);
    if (learners.size() >= 8) {
        const KMeansResult four = kmeans(z, 4, options);
        const int k3 = int(best.centroids.size()), k4 = int(four.centroids.size());
        if (learners.size() <= 3000 &&
            silhouette(z, four.labels, k4) > silhouette(z, best.labels, k3))
            best = four;
    }
    const int k = int(best.centroids.size());
    QVector<Segment> segments(k);
    for (int i = 0; i < int(best.labels.size()); ++i) {
        Segment &s = segments[best.labels[size_t(i)]];
        s.members << i;
        s.lessons += raw[size_t(i)][0];
        s.quiz += raw[size_t(i)][1];
        s.posts += raw[size_t(i)][2];
        s.days += raw[size_t(i)][3];
    }
    std::vector<double> engagement(static_cast<size_t>(k));
    for (int j = 0; j < k; ++j) {
        Segment &s = segments[j];
        const double n = std::max<qsizetype>(1, s.members.size());
        s.lessons /= n, s.quiz /= n, s.posts /= n, s.days /= n;
        const auto &c = best.centroids[size_t(j)];
        engagement[size_t(j)] = c[0] + c[3] + 0.5 * c[1] + 0.25 * c[2];
    }
    const auto [lo, hi] = std::minmax_element(engagement.begin(), engagement.end());
    for (int j = 0; j < k; ++j)
        segments[j].kind = kindOf(best.centroids[size_t(j)], segments[j],
                                  k > 1 && j == int(hi - engagement.begin()),
                                  k > 1 && j == int(lo - engagement.begin()));
    segments.erase(std::remove_if(segments.begin(), segments.end(),
                                  [](const Segment &s) { return s.members.isEmpty(); }),
                   segments.end());
    std::stable_sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.members.size() > b.members.size();
    });
    return segments;
}

QVector<int> goneQuiet(const CourseInsights &insights, qint64 nowMs, int quietDays) {
    QVector<int> out;
    const int total = int(insights.lessonIds.size());
    for (int i = 0; i < insights.learners.size(); ++i) {
        const LearnerActivity &a = insights.learners.at(i);
        const bool started =
            a.lessonsStarted > 0 || a.posts > 0 || a.lessonsDone > 0 || a.submissions > 0;
        const bool finished = total > 0 && a.lessonsDone >= total;
        if (started && !finished && a.lastActiveAt > 0 &&
            nowMs - a.lastActiveAt >= qint64(quietDays) * kDayMs)
            out << i;
    }
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return insights.learners.at(a).lastActiveAt < insights.learners.at(b).lastActiveAt;
    });
    return out;
}

QVector<SectionMastery> masteryBySection(const CourseInsights &insights,
                                         const LearnerActivity &learner) {
    QVector<SectionMastery> out;
    for (int i = 0; i < insights.lessonIds.size(); ++i) {
        const QString section = insights.lessonSections.value(i);
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const SectionMastery &m) { return m.section == section; });
        if (it == out.end()) {
            out.append({section, 0, 0});
            it = out.end() - 1;
        }
        it->total += 1;
        it->done += learner.doneLessons.contains(insights.lessonIds.at(i)) ? 1 : 0;
    }
    return out;
}

} // namespace lyceum::learning

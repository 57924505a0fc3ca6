// Learner segments (core/learning/segments_*): k-means recovers clusters planted in a synthetic
// set, the same seed gives the same answer, standardising evens the features' units, the
// segments get plain names from their centres, and the gone-quiet list and mastery by section
// say what the figures say.
#include "learning/segments_insights.h"
#include "learning/segments_kmeans.h"

#include <QJsonArray>
#include <QtTest>
#include <random>

using namespace lyceum::learning;

namespace {

// Three planted groups of learners: steady (many lessons over many days), discussers (many
// posts, few lessons), quiet (a lesson or so, long ago).
struct Planted {
    QVector<LearnerActivity> learners;
    std::vector<int> truth;
};

Planted planted(int perGroup, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    Planted p;
    const auto add = [&](int group, double lessons, double posts, double days, double quiz) {
        LearnerActivity a;
        a.userId = QStringLiteral("u%1").arg(p.learners.size());
        a.lessonsDone = std::max(0, int(lessons + noise(rng)));
        a.lessonsStarted = a.lessonsDone + 1;
        a.posts = std::max(0, int(posts + 2 * noise(rng)));
        a.daysActive = std::max(1, int(days + noise(rng)));
        a.quizScore = std::clamp(quiz + 0.05 * noise(rng), 0.0, 1.0);
        p.learners << a;
        p.truth.push_back(group);
    };
    for (int i = 0; i < perGroup; ++i) {
        add(0, 18, 3, 25, 0.85);
        add(1, 4, 40, 12, 0.5);
        add(2, 1, 0, 1, 0.1);
    }
    return p;
}

// Whether two labellings are the same partition (up to renaming).
bool samePartition(const std::vector<int> &a, const std::vector<int> &b) {
    QHash<int, int> ab, ba;
    for (size_t i = 0; i < a.size(); ++i) {
        if (ab.value(a[i], b[i]) != b[i] || ba.value(b[i], a[i]) != a[i])
            return false;
        ab.insert(a[i], b[i]);
        ba.insert(b[i], a[i]);
    }
    return true;
}

} // namespace

class TestSegments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void standardiseEvensTheUnits() {
        const Rows z = standardise({{1, 100, 5}, {2, 200, 5}, {3, 300, 5}});
        QCOMPARE(z.size(), size_t(3));
        QVERIFY(qAbs(z[0][0] - z[0][1]) < 1e-9); // same shape, other units: same z
        QVERIFY(qAbs(z[0][0] + z[2][0]) < 1e-9);
        QVERIFY(qAbs(z[1][0]) < 1e-9);
        QCOMPARE(z[0][2], 0.0); // a constant column carries nothing
        double sq = 0;
        for (const auto &row : z)
            sq += row[0] * row[0];
        QVERIFY(qAbs(sq / 3 - 1) < 1e-9);
    }

    void kmeansFindsPlantedClusters() {
        const Planted p = planted(40, 7);
        Rows raw;
        for (const LearnerActivity &a : p.learners)
            raw.push_back(
                {double(a.lessonsDone), a.quizScore, double(a.posts), double(a.daysActive)});
        const KMeansResult r = kmeans(standardise(raw), 3);
        QCOMPARE(r.centroids.size(), size_t(3));
        QVERIFY(samePartition(r.labels, p.truth));
        QVERIFY(r.iterations >= 1);
        // Well separated: a high silhouette, and 3 beats 2 on it.
        const double s3 = silhouette(standardise(raw), r.labels, 3);
        QVERIFY2(s3 > 0.6, qPrintable(QString::number(s3)));
        const KMeansResult two = kmeans(standardise(raw), 2);
        QVERIFY(silhouette(standardise(raw), two.labels, 2) < s3);
        QVERIFY(two.inertia > r.inertia);
    }

    void sameSeedSameAnswer() {
        const Planted p = planted(25, 11);
        Rows raw;
        for (const LearnerActivity &a : p.learners)
            raw.push_back(
                {double(a.lessonsDone), a.quizScore, double(a.posts), double(a.daysActive)});
        const Rows z = standardise(raw);
        const KMeansResult a = kmeans(z, 4);
        const KMeansResult b = kmeans(z, 4);
        QCOMPARE(a.labels, b.labels);
        QCOMPARE(a.centroids, b.centroids);
        QCOMPARE(a.inertia, b.inertia);
    }

    void smallAndDegenerateInputs() {
        QVERIFY(kmeans({}, 3).labels.empty());
        const KMeansResult same = kmeans({{1, 1}, {1, 1}, {1, 1}}, 3);
        QCOMPARE(same.centroids.size(), size_t(1)); // one distinct point: one cluster
        QCOMPARE(same.inertia, 0.0);
        QVERIFY(segmentLearners({}).isEmpty());
        LearnerActivity one;
        one.lessonsDone = 3;
        QCOMPARE(segmentLearners({one}).size(), 1);
    }

    void segmentsGetPlainNames() {
        const Planted p = planted(30, 3);
        const QVector<Segment> segments = segmentLearners(p.learners);
        QCOMPARE(segments.size(), 3);
        QVector<SegmentKind> kinds;
        int counted = 0;
        for (const Segment &s : segments) {
            kinds.append(s.kind);
            counted += s.members.size();
            QCOMPARE(s.members.size(), 30);
            QVERIFY(!segmentKindName(s.kind).isEmpty());
        }
        QCOMPARE(counted, p.learners.size());
        QVERIFY(kinds.contains(SegmentKind::Steady));
        QVERIFY(kinds.contains(SegmentKind::Discussers));
        QVERIFY(kinds.contains(SegmentKind::GoneQuiet));
        for (const Segment &s : segments) {
            if (s.kind == SegmentKind::Steady)
                QVERIFY(s.lessons > 15 && s.days > 20);
        }
    }

    void goneQuietAndMastery() {
        constexpr qint64 day = 24LL * 3600 * 1000;
        const qint64 now = 100 * day;
        const QJsonObject json{
            {QStringLiteral("course_id"), QStringLiteral("c1")},
            {QStringLiteral("lessons"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("l1")},
                                    {QStringLiteral("section"), QStringLiteral("基础")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("l2")},
                                    {QStringLiteral("section"), QStringLiteral("基础")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("l3")},
                                    {QStringLiteral("section"), QStringLiteral("进阶")}}}},
            {QStringLiteral("learners"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("handle"), QStringLiteral("quiet")},
                             {QStringLiteral("lessons_started"), 1},
                             {QStringLiteral("done_lessons"), QJsonArray{QStringLiteral("l1")}},
                             {QStringLiteral("lessons_done"), 1},
                             {QStringLiteral("last_active_at"), double(now - 30 * day)}},
                 QJsonObject{{QStringLiteral("handle"), QStringLiteral("quieter")},
                             {QStringLiteral("posts"), 2},
                             {QStringLiteral("last_active_at"), double(now - 60 * day)}},
                 QJsonObject{{QStringLiteral("handle"), QStringLiteral("active")},
                             {QStringLiteral("lessons_started"), 2},
                             {QStringLiteral("last_active_at"), double(now - day)}},
                 QJsonObject{{QStringLiteral("handle"), QStringLiteral("finished")},
                             {QStringLiteral("lessons_started"), 3},
                             {QStringLiteral("lessons_done"), 3},
                             {QStringLiteral("last_active_at"), double(now - 50 * day)}},
                 QJsonObject{{QStringLiteral("handle"), QStringLiteral("never")},
                             {QStringLiteral("last_active_at"), 0}},
                 QJsonObject{
                     {QStringLiteral("handle"), QStringLiteral("graded")},
                     {QStringLiteral("assignments"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("lesson_id"), QStringLiteral("l1")},
                                      {QStringLiteral("status"), QStringLiteral("needs_work")},
                                      {QStringLiteral("score"), 3},
                                      {QStringLiteral("max"), 10},
                                      {QStringLiteral("attempt"), 1}},
                          QJsonObject{{QStringLiteral("lesson_id"), QStringLiteral("l1")},
                                      {QStringLiteral("status"), QStringLiteral("accepted")},
                                      {QStringLiteral("score"), 9},
                                      {QStringLiteral("max"), 10},
                                      {QStringLiteral("attempt"), 2}}}}}}}};
        const CourseInsights insights = insightsFromJson(json);
        QCOMPARE(insights.learners.size(), 6);
        const QVector<int> quiet = goneQuiet(insights, now, 14);
        QCOMPARE(quiet, (QVector<int>{1, 0})); // the longest quiet first; not the finished one
        QVERIFY(goneQuiet(insights, now, 90).isEmpty());
        const QVector<SectionMastery> m = masteryBySection(insights, insights.learners.at(0));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).section, QStringLiteral("基础"));
        QCOMPARE(m.at(0).done, 1);
        QCOMPARE(m.at(0).total, 2);
        QCOMPARE(m.at(1).done, 0);
        const LearnerActivity &graded = insights.learners.at(5);
        QCOMPARE(graded.assignmentsAccepted, 1); // the latest attempt counts
        QCOMPARE(graded.assignmentScore, 9);
        QCOMPARE(graded.assignmentMax, 10);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"

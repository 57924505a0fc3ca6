// Creator insights on the creator's own device (docs/architecture.md, "Learning"): the
// per-learner aggregate the server gives a course's owner (GET /learning/insights) is turned
// here into learner segments (k-means over lessons done, quiz score, posts and days active,
// standardised), plain names from each segment's centre, mastery by section, and the learners
// who started and have gone quiet. Nothing computed here is sent anywhere.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace lyceum::learning {

struct LearnerActivity {
    QString userId;
    QString handle;
    QString name;
    int lessonsDone = 0;
    int lessonsStarted = 0;
    double quizScore = 0; // 0..1; 0 where the course has no quizzes
    int posts = 0;
    int daysActive = 0;
    qint64 lastActiveAt = 0;
    QStringList doneLessons;
    int submissions = 0; // assignment submissions, every attempt
    int assignmentsAccepted = 0;
    int assignmentScore = 0; // points of the latest reviewed submission of each assignment
    int assignmentMax = 0;
};

struct CourseInsights {
    QString courseId;
    qint64 generatedAt = 0;
    QStringList lessonIds;
    QStringList lessonSections; // per lesson; "" for a course without sections
    QVector<LearnerActivity> learners;
};

// Reads the server's answer; unknown or mistyped fields read as 0 / empty.
CourseInsights insightsFromJson(const QJsonObject &json);

// What a segment's centre says about its learners, from which its plain name comes.
enum class SegmentKind {
    Steady,     // many lessons over many days
    Sprinters,  // many lessons in few days
    Discussers, // post more than they study
    Occasional, // some lessons now and then
    GoneQuiet,  // started, then little since
    NotStarted, // enrolled, nothing done
};
QString segmentKindName(SegmentKind kind); // English, for logs and the CLI

struct Segment {
    SegmentKind kind = SegmentKind::Occasional;
    QVector<int> members; // indexes into CourseInsights::learners
    // The centre in the features' own units: lessons done, quiz score, posts, days active.
    double lessons = 0, quiz = 0, posts = 0, days = 0;
};

// k-means over the four features, standardised; k 3 or 4 (the better mean silhouette), fewer
// when there are fewer distinct learners. Segments by size, largest first.
QVector<Segment> segmentLearners(const QVector<LearnerActivity> &learners,
                                 std::uint32_t seed = 20260101);

// Learners who started (a lesson, a post, a submission) and have done nothing for quietDays, who
// have not finished every lesson; the longest quiet first.
QVector<int> goneQuiet(const CourseInsights &insights, qint64 nowMs, int quietDays);

// Per section (in the order sections first appear): lessons the learner finished / lessons.
struct SectionMastery {
    QString section;
    int done = 0;
    int total = 0;
};
QVector<SectionMastery> masteryBySection(const CourseInsights &insights,
                                         const LearnerActivity &learner);

} // namespace lyceum::learning

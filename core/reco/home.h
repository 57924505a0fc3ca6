// The home page's sections, computed on the device from the catalogue in the cache, the user's
// private history (lesson progress, purchases, own ratings: none of it leaves the device) and
// the server's k-anonymous neighbour table and course popularity (the same for everyone):
//   - continue learning: courses in progress with the next lesson (the learning path within a
//     course);
//   - for you: co-enrolment neighbours of what the user studied ("because you studied X"), then
//     courses whose text is close to it (content TF-IDF over title, summary and tags), then what
//     is popular in the user's topics (or overall, for a new user);
//   - next steps: courses that follow from the ones the user finished (the creator's declared
//     prerequisites first, then co-enrolment, close text, the same creator);
//   - new in your topics: recent courses in the topics the user studies, or from a creator whose
//     course they took (not repeating "for you").
// Pure: no I/O, so it is tested on hand-made inputs (tests/core/tst_home.cpp).
#pragma once

#include "reco/neighbour_ranking.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace lyceum::reco {

struct HomeCourse {
    QString id;
    QString title;
    QString topic;
    QString creatorId;
    QString creatorName;
    QString summary;
    QStringList tags;
    QStringList prerequisites; // course ids the creator says to take first
    qint64 createdAt = 0;
    bool free = false;
    bool entitled = false; // every lesson readable (free courses included)
};

struct HomeLesson {
    QString id;
    QString courseId;
    int position = 0;
    QString title;
    bool locked = false;
};

struct LessonProgress {
    QString lessonId;
    QString courseId;
    qint64 openedAt = 0;    // last opened, ms
    qint64 completedAt = 0; // 0: not done
};

struct HomeInput {
    QVector<HomeCourse> courses;
    QVector<HomeLesson> lessons;
    QVector<LessonProgress> progress;
    QVector<NeighbourRow> neighbours;
    QHash<QString, int> popularity; // course id -> distinct users (the server's table)
    QHash<QString, int> myRatings;  // course id -> the user's stars
    qint64 now = 0;
};

enum class Reason {
    BecauseStudied,   // subject: the title of a course the user studied
    PopularInTopic,   // subject: the topic
    NewFromCreator,   // subject: the creator's name
    NewInTopic,       // subject: the topic
    FollowsFinished,  // subject: the title of a course the user finished
    BuildsOnFinished, // subject: the title of its prerequisite, which the user finished
};

struct Recommendation {
    QString courseId;
    Reason reason = Reason::PopularInTopic;
    QString subject;
    double score = 0;
};

struct ContinueItem {
    QString courseId;
    QString nextLessonId; // empty when every lesson is done
    QString nextLessonTitle;
    bool nextLocked = false;
    int done = 0;
    int total = 0;
    qint64 lastOpenedAt = 0;
};

struct HomeFeed {
    QVector<ContinueItem> continueLearning;
    QVector<Recommendation> forYou;
    QVector<Recommendation> nextSteps;
    QVector<Recommendation> newInTopics;
    QStringList studied; // the history the sections were computed from
};

// Courses created within this long of `now` count as new: about a season, since a community
// publishes a few courses a month, not a few a day.
inline constexpr qint64 kNewCourseWindowMs = 180LL * 24 * 3600 * 1000;

HomeFeed buildHome(const HomeInput &input, int perSection = 6);

} // namespace lyceum::reco

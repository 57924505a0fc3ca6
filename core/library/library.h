// My library (docs/architecture.md, "My library"): the courses the user owns (bought, or every
// lesson open through a membership) or follows (opened a lesson of it), each with its progress,
// its next lesson (the first by position not marked done) and when it was last opened. All of it
// is read from the cache and the private lesson progress on this device (reco_store.h); nothing
// is asked of the server.
// The pure part (build) is tested on hand-made inputs; read() runs on the cache worker.
#pragma once

#include "domain/result.h"
#include "reco/home.h"

#include <QStringList>
#include <QVector>

namespace lyceum {

class CacheDatabase;

namespace library {

struct Entry {
    QString courseId;
    QString title;
    QString creatorName;
    bool owned = false; // a paid course whose every lesson is open to the user
    bool free = false;
    int lessonsDone = 0;
    int lessonsTotal = 0;
    QString nextLessonId; // empty when every lesson is done (or the course has none)
    QString nextLessonTitle;
    bool nextLocked = false;
    qint64 lastOpenedAt = 0;    // ms; 0: no lesson of it opened yet
    QStringList videoLessonIds; // open lessons with a video, by position ("download all")
    double progress() const { return lessonsTotal > 0 ? double(lessonsDone) / lessonsTotal : 0; }
    friend bool operator==(const Entry &, const Entry &) = default;
};

struct CourseInput {
    QString id;
    QString title;
    QString creatorName;
    bool free = false;
    bool entitled = false; // every lesson readable (CourseSummary::entitled)
};

struct LessonInput {
    QString id;
    QString courseId;
    int position = 0;
    QString title;
    bool locked = false;
    bool hasVideo = false;
};

// Owned or followed courses: the most recently opened first, then owned courses never opened,
// by title.
QVector<Entry> build(const QVector<CourseInput> &courses, const QVector<LessonInput> &lessons,
                     const QVector<reco::LessonProgress> &progress);

// build() over the cache.
Result<QVector<Entry>> read(CacheDatabase &db);

} // namespace library
} // namespace lyceum

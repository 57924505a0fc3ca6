#include "library/library.h"

#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "reco/reco_store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::library {

QVector<Entry> build(const QVector<CourseInput> &courses, const QVector<LessonInput> &lessons,
                     const QVector<reco::LessonProgress> &progress) {
    QHash<QString, QVector<const LessonInput *>> lessonsOf;
    for (const LessonInput &l : lessons)
        lessonsOf[l.courseId].append(&l);
    for (auto &list : lessonsOf)
        std::sort(list.begin(), list.end(), [](const LessonInput *a, const LessonInput *b) {
            return a->position < b->position || (a->position == b->position && a->id < b->id);
        });
    QHash<QString, const reco::LessonProgress *> progressOf;
    QHash<QString, qint64> lastOpened; // course -> ms
    for (const reco::LessonProgress &p : progress) {
        progressOf.insert(p.lessonId, &p);
        lastOpened[p.courseId] = std::max(lastOpened.value(p.courseId), p.openedAt);
    }

    QVector<Entry> out;
    for (const CourseInput &c : courses) {
        const bool owned = c.entitled && !c.free;
        if (!owned && !lastOpened.contains(c.id))
            continue;
        Entry e;
        e.courseId = c.id;
        e.title = c.title;
        e.creatorName = c.creatorName;
        e.owned = owned;
        e.free = c.free;
        e.lastOpenedAt = lastOpened.value(c.id);
        for (const LessonInput *l : lessonsOf.value(c.id)) {
            ++e.lessonsTotal;
            const reco::LessonProgress *p = progressOf.value(l->id);
            if (p && p->completedAt > 0) {
                ++e.lessonsDone;
            } else if (e.nextLessonId.isEmpty()) {
                e.nextLessonId = l->id;
                e.nextLessonTitle = l->title;
                e.nextLocked = l->locked;
            }
            if (l->hasVideo && !l->locked)
                e.videoLessonIds << l->id;
        }
        out.append(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.lastOpenedAt != b.lastOpenedAt)
            return a.lastOpenedAt > b.lastOpenedAt;
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.courseId < b.courseId;
    });
    return out;
}

Result<QVector<Entry>> read(CacheDatabase &db) {
    const Result<QVector<CourseSummary>> summaries = cachereader::courses(db);
    if (!summaries)
        return summaries.error();
    QVector<CourseInput> courses;
    for (const CourseSummary &s : *summaries)
        courses.append(
            {s.course.id, s.course.title, s.creatorName, s.course.isFree(), s.entitled()});
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT id, course_id, position, title, locked, "
                               "video_asset_id <> '' FROM lessons")))
        return CoreError::storage(QStringLiteral("reading the library's lessons: ") +
                                  q.lastError().text());
    QVector<LessonInput> lessons;
    while (q.next())
        lessons.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toString(), q.value(4).toBool(), q.value(5).toBool()});
    return build(courses, lessons, recostore::progress(db));
}

} // namespace lyceum::library

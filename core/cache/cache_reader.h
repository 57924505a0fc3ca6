// Read queries over the cache, assembling the views of cache_views.h. Run on the cache worker.
// Reads never change data. A failing query is logged and returned as a Storage CoreError, never
// as an empty list: a broken or unreadable cache must not look like an empty catalogue.
#pragma once

#include "cache/cache_views.h"
#include "domain/result.h"

#include <QSet>

namespace lyceum {

class CacheDatabase;

namespace cachereader {

Result<CacheCounts> counts(CacheDatabase &db);
Result<QVector<Space>> spaces(CacheDatabase &db);
// The spaces whose "members" the user is, as far as the device can tell: a course of the space
// they created, or a paid one whose lessons are all open to them. The server decides; this only
// lets the app hide what it would refuse.
Result<QSet<QString>> memberSpaces(CacheDatabase &db, const QString &userId);
Result<QVector<CourseSummary>> courses(CacheDatabase &db);
Result<std::optional<CourseDetail>> course(CacheDatabase &db, const QString &courseId);
// The course a lesson belongs to; empty when the cache has no such lesson (lyceum:// lesson links).
Result<QString> courseOfLesson(CacheDatabase &db, const QString &lessonId);
// Pinned first, then by last activity (newest first).
Result<QVector<ThreadSummary>> spaceThreads(CacheDatabase &db, const QString &spaceId);
Result<QVector<ThreadSummary>> courseThreads(CacheDatabase &db,
                                             const QString &courseId); // + lessons
Result<QVector<ThreadSummary>> allThreads(CacheDatabase &db, int limit);
Result<std::optional<ThreadDetail>> thread(CacheDatabase &db, const QString &threadId,
                                           const QString &myUserId);
// The thread's summary alone (its posts are read in windows: cache/post_window_reader.h).
Result<std::optional<ThreadSummary>> threadSummary(CacheDatabase &db, const QString &threadId);
Result<std::optional<User>> user(CacheDatabase &db, const QString &userId);

} // namespace cachereader
} // namespace lyceum

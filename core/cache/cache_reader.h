// Read queries over the cache, assembling the views of cache_views.h. Run on the cache worker.
// A failing query is logged and yields an empty result: reads never change data.
#pragma once

#include "cache/cache_views.h"

#include <QSet>

namespace lyceum {

class CacheDatabase;

namespace cachereader {

CacheCounts counts(CacheDatabase &db);
QVector<Space> spaces(CacheDatabase &db);
// The spaces whose "members" the user is, as far as the device can tell: a course of the space
// they created, or a paid one whose lessons are all open to them. The server decides; this only
// lets the app hide what it would refuse.
QSet<QString> memberSpaces(CacheDatabase &db, const QString &userId);
QVector<CourseSummary> courses(CacheDatabase &db);
std::optional<CourseDetail> course(CacheDatabase &db, const QString &courseId);
// Pinned first, then by last activity (newest first).
QVector<ThreadSummary> spaceThreads(CacheDatabase &db, const QString &spaceId);
QVector<ThreadSummary> courseThreads(CacheDatabase &db, const QString &courseId); // + lessons
QVector<ThreadSummary> allThreads(CacheDatabase &db, int limit);
std::optional<ThreadDetail> thread(CacheDatabase &db, const QString &threadId,
                                   const QString &myUserId);
// The thread's summary alone (its posts are read in windows: cache/post_window_reader.h).
std::optional<ThreadSummary> threadSummary(CacheDatabase &db, const QString &threadId);
std::optional<User> user(CacheDatabase &db, const QString &userId);

} // namespace cachereader
} // namespace lyceum

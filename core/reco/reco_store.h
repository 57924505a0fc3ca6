// Recommendations' data in the cache: the user's private lesson progress, and the server's
// neighbour table and popularity as last fetched. Runs on the cache worker.
#pragma once

#include "reco/home.h"

namespace lyceum {

class CacheDatabase;

namespace recostore {

// Replaces the stored table and popularity in one transaction and records the time.
bool storeNeighbours(CacheDatabase &db, const QVector<reco::NeighbourRow> &rows,
                     const QHash<QString, int> &popularity, qint64 now, QString *error);
qint64 neighboursFetchedAt(CacheDatabase &db); // 0: never

// The user opened a lesson (keeps completed_at).
bool lessonOpened(CacheDatabase &db, const QString &lessonId, const QString &courseId, qint64 now,
                  QString *error);
// Marks it done (or not done); opens it too if it was never opened.
bool setLessonDone(CacheDatabase &db, const QString &lessonId, const QString &courseId, bool done,
                   qint64 now, QString *error);
QVector<reco::LessonProgress> progress(CacheDatabase &db);

// Everything buildHome needs, from the cache. myId: the user's id (their ratings).
reco::HomeInput homeInput(CacheDatabase &db, const QString &myId, qint64 now);

} // namespace recostore
} // namespace lyceum

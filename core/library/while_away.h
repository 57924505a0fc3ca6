// "While you were away" (docs/architecture.md, "My library"): what reached the cache since the
// user's last visit to Home, worked out on this device from the cache alone:
//   - new lessons in the courses of my library (library.h);
//   - replies to me: posts by others answering one of my posts, or opening replies in a thread
//     I started;
//   - announcements: new threads in spaces where only the team may start threads.
// The visit time is kept in the cache's reco_state table under the key "home_visited_at"
// (ms since the epoch, this device's clock). Runs on the cache worker.
#pragma once

#include "domain/result.h"

#include <QString>
#include <QVector>

namespace lyceum {

class CacheDatabase;

namespace library {

struct AwayItem {
    enum class Kind { Lesson, Reply, Announcement };
    Kind kind = Kind::Lesson;
    QString id;       // the lesson, the reply (post) or the announcement (thread)
    QString parentId; // the lesson's course, the reply's thread; empty for an announcement
    QString title;    // the lesson's title, the thread's title
    QString context;  // the lesson's course title; the reply's and announcement's author
    qint64 at = 0;    // created, ms
    friend bool operator==(const AwayItem &, const AwayItem &) = default;
};

// At most perKind of each kind created after `since` (ms), newest first. myId: the user.
Result<QVector<AwayItem>> whileAway(CacheDatabase &db, const QString &myId, qint64 since,
                                    int perKind = 20);

// The last visit to Home (0: none recorded), and recording one.
qint64 lastVisit(CacheDatabase &db);
bool recordVisit(CacheDatabase &db, qint64 at, QString *error);

} // namespace library
} // namespace lyceum

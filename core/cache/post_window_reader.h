// Windows of a thread's posts, for views that show threads of any length (ui/discussions).
//
// A thread is shown depth-first (each post followed by its replies, oldest first). That order
// needs every post's parent, so a window is read in two steps on the cache worker:
//   1. the thread's order: ids and parents only, from the index posts_by_thread (thread_id,
//      created_at, id, parent_id; schema step "threads.1") without touching the table, then
//      the depth-first walk in memory;
//   2. the window's rows only (body, author, outbox state, queued edits, reactions), each by
//      its primary key or an index (reactions_by_post, outbox_by_entity).
// queryPlans() says how SQLite runs each statement; tst_post_window checks that none scans.
#pragma once

#include "cache/cache_views.h"

#include <QStringList>

namespace lyceum {

class CacheDatabase;

enum class PostWindowMode {
    Head,   // the first `count` posts
    Around, // `count` posts with anchorId (or, without one, position) in the middle; the head
            // when the anchor is not found
    After,  // `count` posts after anchorId (empty when it is not found)
    Before, // `count` posts before anchorId (empty when it is not found)
    Span,   // again the posts a view holds (spanIds), with the ones now between them
};

struct PostWindowQuery {
    QString threadId;
    PostWindowMode mode = PostWindowMode::Head;
    QString anchorId;
    int position = -1;      // Around without anchorId: a position in the order (a scroll bar's)
    QStringList spanIds;    // Span: the ids the view holds, in any order
    bool spanToEnd = false; // Span: and every post after them (the view holds the last one)
    int count = 60;
    QString myUserId; // marks the user's own reactions
};

struct PostWindow {
    std::optional<ThreadSummary> summary; // nullopt: the thread is not in the cache
    int total = 0;                        // posts in the thread
    int first = 0;                        // position of posts[0] in the depth-first order
    QVector<PostView> posts;
    int anchorRow = -1; // Around: the anchor's row in posts; -1 when not found
};

namespace postwindow {

PostWindow read(CacheDatabase &db, const PostWindowQuery &query);
// Each statement's EXPLAIN QUERY PLAN lines, as "name: detail".
QStringList queryPlans(CacheDatabase &db);

} // namespace postwindow
} // namespace lyceum

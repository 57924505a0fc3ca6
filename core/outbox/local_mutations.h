// The user's writes: each applies its optimistic change to the cache AND queues its outbox row
// in one transaction, so the screen and the outbox can never disagree. Runs on the cache worker.
#pragma once

#include "domain/entities.h"

namespace lyceum {

class CacheDatabase;

namespace localmutations {

// post.create: the post appears at once; the thread's post_count and last_activity_at follow.
bool createPost(CacheDatabase &db, const Post &post, QString *error);
// thread.create with its first post (first_post_id = firstPost.id).
bool createThread(CacheDatabase &db, const Thread &thread, const Post &firstPost, QString *error);
// reaction.add when the user has not reacted with emoji yet, reaction.remove otherwise.
bool toggleReaction(CacheDatabase &db, const QString &postId, const QString &userId,
                    const QString &emoji, qint64 now, QString *error);

// post.edit of the user's own post. The posts row keeps mirroring the server; readers show the
// queued body on top while it is waiting or being sent (cache_reader), so a pull meanwhile
// neither hides the edit nor loses the server's version. The edit carries base_edited_at, the
// version it was made on, so the server refuses it (edit_conflict) when the post changed
// elsewhere since. A second edit while the first still waits replaces the first's text; an
// edit of a post whose post.create still waits changes that instead.
bool editPost(CacheDatabase &db, const QString &postId, const QString &myUserId,
              const QString &body, QString *error);
// post.delete of the user's own post; shown deleted at once (overlay, as for edits). Deleting a
// post whose post.create still waits just drops it locally.
bool deletePost(CacheDatabase &db, const QString &postId, const QString &myUserId, QString *error);

} // namespace localmutations
} // namespace lyceum

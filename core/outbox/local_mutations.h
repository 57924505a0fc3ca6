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

} // namespace localmutations
} // namespace lyceum

// The user's writes: each applies its optimistic change to the cache AND queues its outbox row
// in one transaction (cache/transaction.h), so the screen and the outbox can never disagree.
// Runs on the cache worker. The arguments are checked by the same codecs the server's dispatch
// uses (domain/mutation_defs.h): what the server would refuse as invalid is refused here before
// anything is queued, as a Validation error; a failing cache is a Storage error.
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QJsonObject>

namespace lyceum {

class CacheDatabase;

namespace localmutations {

// mutations::kPostCreate: the post appears at once; the thread's post_count and
// last_activity_at follow.
Status createPost(CacheDatabase &db, const Post &post);
// mutations::kThreadCreate with its first post (first_post_id = firstPost.id).
Status createThread(CacheDatabase &db, const Thread &thread, const Post &firstPost);
// mutations::kReactionAdd when the user has not reacted with emoji yet, kReactionRemove
// otherwise.
Status toggleReaction(CacheDatabase &db, const QString &postId, const QString &userId,
                      const QString &emoji, qint64 now);

// mutations::kPostEdit of the user's own post. The posts row keeps mirroring the server;
// readers show the queued body on top while it is waiting or being sent (cache_reader), so a
// pull meanwhile neither hides the edit nor loses the server's version. The edit carries
// base_edited_at, the version it was made on, so the server refuses it (edit_conflict) when the
// post changed elsewhere since. A second edit while the first still waits replaces the first's
// text; an edit of a post whose creation still waits changes that instead.
Status editPost(CacheDatabase &db, const QString &postId, const QString &myUserId,
                const QString &body);
// mutations::kPostDelete of the user's own post; shown deleted at once (overlay, as for
// edits). Deleting a post whose creation still waits just drops it locally.
Status deletePost(CacheDatabase &db, const QString &postId, const QString &myUserId);

// The same changes from a mutation as it travels (type and args, as the server's dispatch
// receives them), for the discussion mutations; args are decoded by mutation_defs' codecs.
// Another type is a Validation error.
Status apply(CacheDatabase &db, const QString &myUserId, const QString &type,
             const QJsonObject &args, qint64 now);

} // namespace localmutations
} // namespace lyceum

// MutationService: saved.add and saved.remove (docs/protocol.md, "Saved posts"). A member saves
// posts they can see; the rows are theirs alone and never enter the changes feed (which every
// reader of a course shares): their devices read them with GET /me/saved.
#include "domain/mutation_defs_saved.h"
#include "server/auth/account_service.h"
#include "server/clock.h"
#include "server/mutations/mutation_service.h"

namespace lyceum::server {

MutationService::Outcome MutationService::savedPost(const Caller &caller,
                                                    const Visibility &visibility,
                                                    const QJsonObject &args, bool add) {
    const QLatin1StringView type = add ? mutations::kSavedAdd : mutations::kSavedRemove;
    const Result<mutations::SavedPostArgs> decoded = mutations::SavedPostArgs::fromJson(type, args);
    if (!decoded)
        return reject(QStringLiteral("invalid_field"), decoded.error().message);
    const QString &postId = decoded->postId;
    if (!add) {
        m_storage.unsavePost(caller.user.id, postId);
        return {0, {}, {}, {}};
    }
    const std::optional<Post> post = m_storage.postById(postId);
    const std::optional<Thread> thread = post ? m_storage.threadById(post->threadId) : std::nullopt;
    if (!post || !thread ||
        !threadVisible(visibility, threadScope(thread->courseId, thread->lessonId)))
        return reject(QStringLiteral("not_found"), QStringLiteral("The post does not exist."));
    if (m_storage.savedPostCount(caller.user.id) >= kMaxSavedPosts)
        return reject(
            QStringLiteral("limit_reached"),
            QStringLiteral("You have saved %1 posts; unsave some first.").arg(kMaxSavedPosts));
    // The device's time orders the Saved page, but never a time in the future.
    const qint64 now = m_clock.nowMs();
    const qint64 at = decoded->savedAt > 0 ? qMin(decoded->savedAt, now) : now;
    m_storage.savePost(caller.user.id, postId, at);
    return {0, {}, {}, {}};
}

} // namespace lyceum::server

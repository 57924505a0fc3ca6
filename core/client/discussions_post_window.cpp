// Discussions: windows of a thread's posts, read on the cache worker (cache/post_window_reader.h).
#include "cache/cache_worker.h"
#include "cache/post_window_reader.h"
#include "client/discussions_service.h"
#include "client/session_state.h"

namespace lyceum {

void DiscussionsService::fetchPostWindow(PostWindowQuery query, QObject *context,
                                         std::function<void(PostWindow)> done) {
    query.myUserId = m_session.myId();
    m_session.cache->run<PostWindow>(
        context, [query](CacheDatabase &db) { return postwindow::read(db, query); },
        std::move(done));
}

} // namespace lyceum

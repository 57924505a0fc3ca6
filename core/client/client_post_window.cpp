// Client: windows of a thread's posts, read on the cache worker (cache/post_window_reader.h).
#include "cache/post_window_reader.h"
#include "client/client.h"
#include "client/client_private.h"

namespace lyceum {

void Client::fetchPostWindow(PostWindowQuery query, QObject *context,
                             std::function<void(PostWindow)> done) {
    query.myUserId = d->myId();
    d->cache->run<PostWindow>(
        context, [query](CacheDatabase &db) { return postwindow::read(db, query); },
        std::move(done));
}

} // namespace lyceum

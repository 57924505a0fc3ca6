// One post row as the thread reads select it: p.id, p.thread_id, p.parent_id, p.author_id,
// p.body, p.deleted, p.created_at, p.edited_at, u.display_name, o.state, o.error_message, o.type,
// o.args (the post's oldest outbox row, if any), p.hidden. Shared by cachereader::thread and the
// post windows (post_window_reader.cpp); defined in cache_reader.cpp.
#pragma once

#include "cache/cache_views.h"

class QSqlQuery;

namespace lyceum::cachereader {

PostView postFromRow(const QSqlQuery &q);

} // namespace lyceum::cachereader

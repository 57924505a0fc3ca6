// Where a draft stands for its creator (the studio's list and editor): never published, waiting
// to be published when online, scheduled, published as it is, or changed since publishing.
// "As it is" is judged by a digest of what a publish sends (title, text, place, price, outline,
// free preview), taken when the publish is queued and kept in the draft's extra
// ("published_digest"); a draft of an item published elsewhere (no digest) is compared with
// the item as the cache has it.
#pragma once

#include "studio/draft_store.h"

namespace lyceum {

class CacheDatabase;

namespace draftstatus {

enum class Status { Draft, Waiting, Scheduled, Published, Changed };

// The digest of what publishing this draft would send.
QString digestOf(const Draft &draft);
// On the cache worker (reads the outbox and the published item).
Status statusOf(CacheDatabase &db, const Draft &draft, qint64 nowMs);

struct Entry {
    Draft draft;
    Status status = Status::Draft;
};
QVector<Entry> entries(CacheDatabase &db, qint64 nowMs); // most recently changed first

} // namespace draftstatus
} // namespace lyceum

// Decoding one page of GET /sync (docs/protocol.md). Runs on the cache worker thread so the
// GUI thread never parses a multi-megabyte page.
#pragma once

#include "cache/entity_writer.h"

#include <QByteArray>
#include <optional>

namespace lyceum {

struct SyncPage {
    QVector<EntityChange> changes;
    QString cursor; // the cursor after this page
    bool hasMore = false;
    int skipped = 0; // changes of entity types this version does not know (ignored)
    // How long unlocked paid content may be used offline after this pull; -1 when not said.
    qint64 offlineGraceMs = -1;
};

// nullopt and *error (naming the bad change and field) when the page cannot be trusted.
// maxChanges >= 0: a page holding more changes than that (the `limit` asked) is refused whole,
// before any change is decoded.
std::optional<SyncPage> decodeSyncPage(const QByteArray &body, QString *error,
                                       qsizetype maxChanges = -1);

} // namespace lyceum

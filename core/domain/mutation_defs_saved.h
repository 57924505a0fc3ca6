// The saved-posts mutations (docs/protocol.md, "Saved posts"), defined once for both sides like
// those of mutation_defs.h: saved.add and saved.remove through the outbox, private to the
// member who saves.
#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace lyceum::mutations {

inline constexpr QLatin1StringView kSavedAdd("saved.add");       // a member saves a post
inline constexpr QLatin1StringView kSavedRemove("saved.remove"); // and unsaves it

struct SavedPostArgs {
    QString postId;
    // When the member saved it, on their device (ms); 0: the server's time. An unsave carries
    // the time the post had been saved (the device puts the row back if the change is dropped).
    qint64 savedAt = 0;

    QJsonObject toJson() const;
    static Result<SavedPostArgs> fromJson(QLatin1StringView type, const QJsonObject &args);
};

} // namespace lyceum::mutations

#include "domain/mutation_defs_saved.h"

#include "domain/codec.h"

namespace lyceum::mutations {

QJsonObject SavedPostArgs::toJson() const {
    QJsonObject o{{QStringLiteral("post_id"), postId}};
    if (savedAt > 0)
        o.insert(QStringLiteral("saved_at"), savedAt);
    return o;
}

Result<SavedPostArgs> SavedPostArgs::fromJson(QLatin1StringView type, const QJsonObject &args) {
    JsonReader r(args, QString(type));
    SavedPostArgs a;
    a.postId = r.id(QLatin1StringView("post_id"));
    if (args.contains(QLatin1StringView("saved_at"))) {
        a.savedAt = r.integer(QLatin1StringView("saved_at"));
        if (r.ok() && a.savedAt < 0)
            r.fail(QLatin1StringView("saved_at"), QStringLiteral("is negative"));
    }
    if (!r.ok())
        return CoreError::validation(r.error());
    return a;
}

} // namespace lyceum::mutations

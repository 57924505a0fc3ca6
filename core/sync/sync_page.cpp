#include "sync/sync_page.h"

#include "domain/codec.h"
#include "domain/course_sections.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum {

namespace {

bool decodeData(EntityType type, const QJsonObject &o, EntityData *out, QString *error) {
    switch (type) {
    case EntityType::User:
        if (auto v = userFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Space:
        if (auto v = spaceFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Course:
        if (auto v = courseFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Lesson:
        if (auto v = lessonFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Thread:
        if (auto v = threadFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Post:
        if (auto v = postFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Reaction:
        if (auto v = reactionFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    case EntityType::Review:
        if (auto v = reviewFromJson(o, error)) {
            *out = std::move(*v);
            return true;
        }
        return false;
    }
    return false;
}

// A course's "sections" and a lesson's "section_id" (domain/course_sections.h), checked like
// the rest of the entity; absent from servers before sections.
bool decodeExtras(EntityType type, const QJsonObject &o, QJsonObject *out, QString *error) {
    if (type == EntityType::Course && o.contains(QLatin1StringView("sections"))) {
        const auto sections = sectionsFromJson(o.value(QLatin1StringView("sections")), error);
        if (!sections)
            return false;
        out->insert(QStringLiteral("sections"), sectionsToJson(*sections));
    } else if (type == EntityType::Lesson && o.contains(QLatin1StringView("section_id"))) {
        const QJsonValue id = o.value(QLatin1StringView("section_id"));
        if (!id.isString() || (!id.toString().isEmpty() && !isValidId(id.toString()))) {
            *error = QStringLiteral("lesson: section_id must be an id");
            return false;
        }
        out->insert(QStringLiteral("section_id"), id.toString());
    }
    return true;
}

} // namespace

std::optional<SyncPage> decodeSyncPage(const QByteArray &body, QString *error,
                                       qsizetype maxChanges) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error =
            QStringLiteral("sync page is not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue cursor = root.value(QLatin1StringView("cursor"));
    const QJsonValue hasMore = root.value(QLatin1StringView("has_more"));
    const QJsonValue changes = root.value(QLatin1StringView("changes"));
    if (!cursor.isString() || !hasMore.isBool() || !changes.isArray()) {
        *error = QStringLiteral("sync page needs 'changes' (array), 'cursor' (string) and "
                                "'has_more' (boolean)");
        return std::nullopt;
    }
    SyncPage page;
    page.cursor = cursor.toString();
    page.hasMore = hasMore.toBool();
    const QJsonValue grace = root.value(QLatin1StringView("offline_grace_ms"));
    if (grace.isDouble() && grace.toDouble() >= 0 && grace.toDouble() < 9e15)
        page.offlineGraceMs = qint64(grace.toDouble());
    const QJsonArray array = changes.toArray();
    if (maxChanges >= 0 && array.size() > maxChanges) {
        *error = QStringLiteral("the page holds %1 changes, more than the %2 asked for")
                     .arg(array.size())
                     .arg(maxChanges);
        return std::nullopt;
    }
    page.changes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject c = array.at(i).toObject();
        JsonReader r(c, QStringLiteral("change %1").arg(i));
        EntityChange change;
        change.seq = r.integer(QLatin1StringView("seq"));
        const QString entity = r.string(QLatin1StringView("entity"));
        const QString op = r.string(QLatin1StringView("op"));
        change.id = r.string(QLatin1StringView("id"));
        if (!r.ok()) {
            *error = r.error();
            return std::nullopt;
        }
        const auto type = entityTypeFromName(entity);
        if (!type) {
            ++page.skipped; // a newer server may sync entities this version does not show
            continue;
        }
        change.entity = *type;
        if (op == QLatin1String("delete")) {
            change.remove = true;
        } else if (op == QLatin1String("upsert")) {
            QString dataError;
            const QJsonValue data = c.value(QLatin1StringView("data"));
            if (!data.isObject()) {
                *error = QStringLiteral("change %1: field 'data' must be an object").arg(i);
                return std::nullopt;
            }
            if (!decodeData(*type, data.toObject(), &change.data, &dataError) ||
                !decodeExtras(*type, data.toObject(), &change.extras, &dataError)) {
                *error = QStringLiteral("change %1: %2").arg(i).arg(dataError);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("change %1: field 'op' must be upsert or delete").arg(i);
            return std::nullopt;
        }
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace lyceum

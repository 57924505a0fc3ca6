// StudioService: drafts synced between a creator's devices. Each device sends the revision it
// last saw; a change based on the latest revision replaces the draft, a change based on an
// older one (the two devices edited offline) is kept beside it as a conflict, so neither
// version is lost and the creator chooses.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/storage/storage.h"
#include "server/studio/studio_service.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum::server {

namespace {

constexpr int kMaxConflicts = 20;

QJsonObject draftJson(const StudioDraft &d) {
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("body"), d.body},
            {QStringLiteral("meta"), QJsonDocument::fromJson(d.meta.toUtf8()).object()},
            {QStringLiteral("revision"), d.revision},
            {QStringLiteral("conflicts"), QJsonDocument::fromJson(d.conflicts.toUtf8()).array()},
            {QStringLiteral("saved_at"), d.savedAt},
            {QStringLiteral("deleted"), d.deleted}};
}

QString compactText(const QJsonDocument &doc) {
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

StudioService::Outcome StudioService::putDraft(const User &user, const QJsonObject &args) {
    if (const Verdict refusal = m_rules.mayAttempt(user, Action::KeepDrafts))
        return {0, refusal->code, refusal->message, {}};
    JsonReader r(args, QString(mutations::kDraftPut));
    StudioDraft in;
    in.id = r.id(QLatin1StringView("id"));
    in.kind = r.string(QLatin1StringView("kind"));
    in.title = r.optionalString(QLatin1StringView("title"));
    in.body = r.optionalString(QLatin1StringView("body"));
    const qint64 baseRevision = r.optionalInteger(QLatin1StringView("base_revision"));
    in.savedAt = r.optionalInteger(QLatin1StringView("saved_at"));
    const QString device = r.optionalString(QLatin1StringView("device")).left(128);
    const bool resolved = r.optionalBoolean(QLatin1StringView("resolved"));
    const QJsonValue meta = args.value(QLatin1StringView("meta"));
    if (r.ok() && !QStringList{QStringLiteral("course"), QStringLiteral("lesson"),
                               QStringLiteral("post"), QStringLiteral("announcement")}
                       .contains(in.kind))
        r.fail(QLatin1StringView("kind"),
               QStringLiteral("must be course, lesson, post or announcement"));
    if (r.ok() && (mutations::characterCount(in.title) > mutations::kMaxTitleLength ||
                   mutations::characterCount(in.body) > mutations::kMaxPostBody))
        r.fail(QLatin1StringView("body"), QStringLiteral("title at most %1 and body at most %2 "
                                                         "characters")
                                              .arg(mutations::kMaxTitleLength)
                                              .arg(mutations::kMaxPostBody));
    if (r.ok() && !meta.isUndefined() && !meta.isNull() && !meta.isObject())
        r.fail(QLatin1StringView("meta"), QStringLiteral("must be an object"));
    if (!r.ok())
        return {0, QStringLiteral("invalid_field"), r.error(), {}};
    in.meta = compactText(QJsonDocument(meta.toObject()));
    in.userId = user.id;

    StudioStorage &studio = *m_storage.studio();
    std::optional<StudioDraft> current = studio.studioDraft(in.id);
    if (current && current->userId != user.id)
        return {0, QStringLiteral("conflict"), QStringLiteral("This id is already taken."), {}};
    bool conflict = false;
    if (!current) {
        in.revision = 1;
        in.conflicts = QStringLiteral("[]");
        studio.putStudioDraft(in);
    } else if (current->revision == baseRevision || current->deleted) {
        // Based on the latest (or bringing back a draft deleted elsewhere: nothing is lost).
        in.revision = current->revision + 1;
        in.conflicts = resolved ? QStringLiteral("[]") : current->conflicts;
        studio.putStudioDraft(in);
    } else if (current->title != in.title || current->body != in.body) {
        QJsonArray conflicts = QJsonDocument::fromJson(current->conflicts.toUtf8()).array();
        bool known = false;
        for (const QJsonValue &c : std::as_const(conflicts))
            known = known || (c[QLatin1StringView("title")].toString() == in.title &&
                              c[QLatin1StringView("body")].toString() == in.body);
        if (!known) {
            conflicts.append(QJsonObject{{QStringLiteral("title"), in.title},
                                         {QStringLiteral("body"), in.body},
                                         {QStringLiteral("meta"), meta.toObject()},
                                         {QStringLiteral("saved_at"), in.savedAt},
                                         {QStringLiteral("device"), device}});
            while (conflicts.size() > kMaxConflicts)
                conflicts.removeFirst();
            current->conflicts = compactText(QJsonDocument(conflicts));
            ++current->revision;
            studio.putStudioDraft(*current);
        }
        conflict = true;
        in.revision = current->revision;
    } else {
        in.revision = current->revision; // the same text: nothing to keep twice
    }
    return {0,
            {},
            {},
            QJsonObject{{QStringLiteral("revision"), in.revision},
                        {QStringLiteral("conflict"), conflict}}};
}

StudioService::Outcome StudioService::deleteDraft(const User &user, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kDraftDelete));
    const QString id = r.id(QLatin1StringView("id"));
    const qint64 baseRevision = r.optionalInteger(QLatin1StringView("base_revision"));
    if (!r.ok())
        return {0, QStringLiteral("invalid_field"), r.error(), {}};
    StudioStorage &studio = *m_storage.studio();
    std::optional<StudioDraft> current = studio.studioDraft(id);
    if (!current || current->userId != user.id || current->deleted)
        return {}; // gone already: deleting twice is not an error
    if (current->revision != baseRevision)
        return {0,
                QStringLiteral("draft_changed"),
                QStringLiteral("Another device changed this draft since; it is kept."),
                {}};
    current->deleted = true;
    ++current->revision;
    current->savedAt = m_clock.nowMs();
    studio.putStudioDraft(*current);
    return {};
}

QJsonObject StudioService::drafts(const Caller &caller) {
    QJsonArray list;
    for (const StudioDraft &d : m_storage.studio()->studioDraftsOf(caller.user.id))
        list.append(draftJson(d));
    return {{QStringLiteral("drafts"), list}};
}

} // namespace lyceum::server

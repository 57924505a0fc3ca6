// MutationService: what moderators set (docs/protocol.md, "Moderation"): space.rules (who posts
// in a space, slow mode, closed), filter.put / filter.delete (keyword filters), held.decide (a
// post a hold filter kept back: published as its author, or rejected), and the filters' check on
// every new thread and reply.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/moderation/moderation_storage.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QJsonDocument>

namespace lyceum::server {

MutationService::Outcome MutationService::spaceRules(const Caller &caller,
                                                     const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kSpaceRules));
    const QString spaceId = r.id(QLatin1StringView("space_id"));
    const QString start = r.string(QLatin1StringView("start_threads"));
    const QString reply = r.string(QLatin1StringView("reply"));
    const qint64 slow = r.integer(QLatin1StringView("slow_mode_s"));
    const bool closed = r.boolean(QLatin1StringView("closed"));
    if (r.ok() && !spaceAudienceFromName(start))
        r.fail(QLatin1StringView("start_threads"),
               QStringLiteral("must be everyone, members or staff"));
    if (r.ok() && !spaceAudienceFromName(reply))
        r.fail(QLatin1StringView("reply"), QStringLiteral("must be everyone, members or staff"));
    if (r.ok() && (slow < 0 || slow > kMaxSlowModeS))
        r.fail(QLatin1StringView("slow_mode_s"), QStringLiteral("must be 0 to 86400"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    std::optional<Space> space = m_storage.spaceById(spaceId);
    if (!space)
        return reject(QStringLiteral("not_found"), QStringLiteral("No such space."));
    const Space before = *space;
    space->startThreads = *spaceAudienceFromName(start);
    space->reply = *spaceAudienceFromName(reply);
    space->slowModeS = int(slow);
    space->closed = closed;
    if (*space == before)
        return {0, {}, {}, {}};
    const qint64 seq = m_storage.moderation()->putSpaceRules(*space);
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("space");
    log.targetId = space->id;
    log.action = QStringLiteral("space_rules");
    log.note = QStringLiteral("start_threads=%1 reply=%2 slow_mode_s=%3 closed=%4")
                   .arg(start, reply)
                   .arg(slow)
                   .arg(closed ? QStringLiteral("yes") : QStringLiteral("no"));
    log.createdAt = m_clock.nowMs();
    log.undoData = QStringLiteral("{}");
    m_storage.moderation()->addAction(log);
    return {seq, {}, {}, {}};
}

MutationService::Outcome MutationService::filterPut(const Caller &caller, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kFilterPut));
    KeywordFilter f;
    f.pattern = r.string(QLatin1StringView("pattern")).trimmed();
    const QString mode = r.string(QLatin1StringView("mode"));
    const QString effect = r.string(QLatin1StringView("effect"));
    if (r.ok() && !filterModeFromName(mode))
        r.fail(QLatin1StringView("mode"), QStringLiteral("must be word or pattern"));
    if (r.ok() && !filterEffectFromName(effect))
        r.fail(QLatin1StringView("effect"), QStringLiteral("must be block or hold"));
    if (r.ok()) {
        f.mode = *filterModeFromName(mode);
        f.effect = *filterEffectFromName(effect);
        if (const QString problem = filterProblem(f.pattern, f.mode); !problem.isEmpty())
            r.fail(QLatin1StringView("pattern"), problem);
    }
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const QVector<KeywordFilter> existing = m.keywordFilters();
    if (existing.size() >= kMaxFilters)
        return reject(QStringLiteral("too_many_filters"),
                      QStringLiteral("A community keeps at most %1 filters.").arg(kMaxFilters));
    f.createdBy = caller.user.id;
    f.createdAt = m_clock.nowMs();
    const qint64 id = m.addKeywordFilter(f);
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("filter");
    log.targetId = QString::number(id);
    log.action = QStringLiteral("filter_add");
    log.note = QStringLiteral("%1 %2: %3").arg(effect, mode, f.pattern);
    log.createdAt = f.createdAt;
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return {0, {}, {}, {{QStringLiteral("filter_id"), id}}};
}

MutationService::Outcome MutationService::filterDelete(const Caller &caller,
                                                       const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kFilterDelete));
    const qint64 id = r.integer(QLatin1StringView("filter_id"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    if (!m.removeKeywordFilter(id))
        return reject(QStringLiteral("not_found"), QStringLiteral("No such filter."));
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("filter");
    log.targetId = QString::number(id);
    log.action = QStringLiteral("filter_remove");
    log.createdAt = m_clock.nowMs();
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return {0, {}, {}, {}};
}

std::optional<MutationService::Outcome>
MutationService::applyFilters(const Caller &caller, QLatin1StringView type, const QString &postId,
                              const QString &text, const QJsonObject &args) {
    // The team's own posts are not filtered, nor a held post a moderator publishes.
    if (m_publishingHeld || caller.isStaff())
        return std::nullopt;
    ModerationStorage &m = *m_storage.moderation();
    const std::optional<KeywordFilter> hit = firstMatchingFilter(m.keywordFilters(), text);
    if (!hit)
        return std::nullopt;
    if (hit->effect == KeywordFilter::Effect::Block)
        return reject(QStringLiteral("filtered"),
                      QStringLiteral("This post contains words the community does not allow "
                                     "(\"%1\").")
                          .arg(hit->pattern));
    if (m.heldPost(postId))
        return reject(QStringLiteral("conflict"), QStringLiteral("This id is already taken."));
    HeldPost held;
    held.id = postId;
    held.authorId = caller.user.id;
    held.kind =
        type == mutations::kThreadCreate ? QStringLiteral("thread") : QStringLiteral("post");
    held.args = QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    held.filterId = hit->id;
    held.matched = hit->pattern;
    held.createdAt = m_clock.nowMs();
    held.state = QStringLiteral("held");
    m.putHeldPost(held);
    return Outcome{0, {}, {}, {{QStringLiteral("held"), true}}};
}

MutationService::Outcome MutationService::heldDecide(const Caller &caller,
                                                     const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kHeldDecide));
    const QString id = r.id(QLatin1StringView("post_id"));
    const bool publish = r.boolean(QLatin1StringView("publish"));
    const QString note =
        r.optionalString(QLatin1StringView("note")).left(mutations::kMaxReportNote);
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const std::optional<HeldPost> held = m.heldPost(id);
    if (!held)
        return reject(QStringLiteral("not_found"), QStringLiteral("No such held post."));
    if (held->state != QLatin1String("held"))
        return reject(QStringLiteral("already_resolved"),
                      QStringLiteral("Another moderator already decided this post."));
    if (const Verdict refusal =
            m_rules.check(caller.user, Action::Moderate, Target::user(held->authorId)))
        return reject(refusal->code, refusal->message);
    Outcome outcome{0, {}, {}, {}};
    if (publish) {
        // As its author, now: their ban or the space's rules since are honoured.
        const std::optional<User> author = m_storage.userById(held->authorId);
        if (!author)
            return reject(QStringLiteral("not_found"), QStringLiteral("The author is gone."));
        const Caller as{*author, {}};
        const Visibility visibility = Visibility::forCaller(m_storage, as, m_clock.nowMs());
        const QJsonObject original = QJsonDocument::fromJson(held->args.toUtf8()).object();
        m_publishingHeld = true;
        outcome = held->kind == QLatin1String("thread") ? threadCreate(as, visibility, original)
                                                        : postCreate(as, visibility, original);
        m_publishingHeld = false;
        if (!outcome.code.isEmpty())
            return outcome;
    }
    m.setHeldState(id, publish ? QStringLiteral("published") : QStringLiteral("rejected"));
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("held");
    log.targetId = id;
    log.action = publish ? QStringLiteral("publish_held") : QStringLiteral("reject_held");
    log.reason = publish ? QString() : QStringLiteral("rules");
    log.note = note;
    log.subjectId = held->authorId;
    log.createdAt = m_clock.nowMs();
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return outcome;
}

} // namespace lyceum::server

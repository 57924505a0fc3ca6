// MutationService: appeals and members (docs/protocol.md, "Moderation"). appeal.create: the
// author of a removed post or thread, or a banned member, asks once, with a note, for an action
// to be reconsidered (a ban does not stop it: a banned member is who appeals); appeal.decide: a
// moderator upholds it (the action stands) or grants it (the action is undone); either way the
// author is told through their moderation notices. member.decide approves or refuses a member
// waiting for approval; community.settings turns that waiting on or off.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/moderation/moderation_queue.h"
#include "server/moderation/moderation_storage.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"

namespace lyceum::server {

MutationService::Outcome MutationService::appealCreate(const Caller &caller,
                                                       const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kAppealCreate));
    Appeal appeal;
    appeal.actionId = r.integer(QLatin1StringView("action_id"));
    appeal.note = r.string(QLatin1StringView("note")).trimmed();
    if (r.ok() && !mutations::isTextWithin(appeal.note, mutations::kMaxAppealNote))
        r.fail(QLatin1StringView("note"), QStringLiteral("must be 1 to 1000 characters"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const std::optional<ModerationAction> action = m.actionById(appeal.actionId);
    // Only what concerned the caller: another user's actions are not found, not forbidden.
    if (!action || action->subjectId != caller.user.id)
        return reject(QStringLiteral("not_found"), QStringLiteral("No such action on you."));
    if (!isAppealable(*action))
        return reject(QStringLiteral("not_appealable"),
                      QStringLiteral("Only a removal or a ban that stands can be appealed."));
    appeal.authorId = caller.user.id;
    appeal.createdAt = m_clock.nowMs();
    appeal.state = QStringLiteral("open");
    if (!m.insertAppeal(&appeal))
        return reject(QStringLiteral("already_appealed"),
                      QStringLiteral("You have appealed this action already; each action can be "
                                     "appealed once."));
    return {0, {}, {}, {{QStringLiteral("appeal_id"), appeal.id}}};
}

MutationService::Outcome MutationService::appealDecide(const Caller &caller,
                                                       const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kAppealDecide));
    const qint64 id = r.integer(QLatin1StringView("appeal_id"));
    const QString outcome = r.string(QLatin1StringView("outcome"));
    const QString note =
        r.optionalString(QLatin1StringView("note")).left(mutations::kMaxReportNote);
    if (r.ok() && outcome != QLatin1String("uphold") && outcome != QLatin1String("grant"))
        r.fail(QLatin1StringView("outcome"), QStringLiteral("must be uphold or grant"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const std::optional<Appeal> appeal = m.appealById(id);
    if (!appeal)
        return reject(QStringLiteral("not_found"), QStringLiteral("No such appeal."));
    if (appeal->state != QLatin1String("open"))
        return reject(QStringLiteral("already_resolved"),
                      QStringLiteral("Another moderator already decided this appeal."));
    const std::optional<ModerationAction> action = m.actionById(appeal->actionId);
    if (!action)
        return reject(QStringLiteral("not_found"), QStringLiteral("No such action."));
    if (const Verdict refusal =
            m_rules.check(caller.user, Action::Moderate, Target::user(appeal->authorId)))
        return reject(refusal->code, refusal->message);
    const bool grant = outcome == QLatin1String("grant");
    qint64 seq = 0;
    if (grant && !action->undone)
        seq = reverseAction(caller, *action, false); // its reports stay closed
    const qint64 now = m_clock.nowMs();
    m.decideAppeal(id, grant ? QStringLiteral("granted") : QStringLiteral("upheld"), caller.user.id,
                   now);
    // The outcome, for the author's notices.
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = action->targetKind;
    log.targetId = action->targetId;
    log.action = grant ? QStringLiteral("appeal_granted") : QStringLiteral("appeal_upheld");
    log.reason = action->reason;
    log.note = note;
    log.subjectId = appeal->authorId;
    log.createdAt = now;
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return {seq, {}, {}, {}};
}

MutationService::Outcome MutationService::memberDecide(const Caller &caller,
                                                       const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kMemberDecide));
    const QString userId = r.id(QLatin1StringView("user_id"));
    const bool approve = r.boolean(QLatin1StringView("approve"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    if (!m_storage.userById(userId))
        return reject(QStringLiteral("not_found"), QStringLiteral("No such member."));
    if (const Verdict refusal = m_rules.check(caller.user, Action::Moderate, Target::user(userId)))
        return reject(refusal->code, refusal->message);
    ModerationStorage &m = *m_storage.moderation();
    const qint64 now = m_clock.nowMs();
    m.setMemberApproval(userId, approve ? QStringLiteral("approved") : QStringLiteral("refused"),
                        caller.user.id, now);
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("user");
    log.targetId = userId;
    log.action = approve ? QStringLiteral("member_approved") : QStringLiteral("member_refused");
    log.subjectId = userId;
    log.createdAt = now;
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return {0, {}, {}, {}};
}

MutationService::Outcome MutationService::communitySettings(const Caller &caller,
                                                            const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kCommunitySettings));
    const bool approve = r.boolean(QLatin1StringView("approve_members"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const QString key = QStringLiteral("approve_members_since");
    const bool on = !m.setting(key).isEmpty();
    if (on == approve)
        return {0, {}, {}, {}};
    const qint64 now = m_clock.nowMs();
    // Members who joined before approval was turned on are not held.
    m.setSetting(key, approve ? QString::number(now) : QString());
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = QStringLiteral("community");
    log.targetId = QStringLiteral("settings");
    log.action = QStringLiteral("settings");
    log.note = QStringLiteral("approve_members=%1")
                   .arg(approve ? QStringLiteral("yes") : QStringLiteral("no"));
    log.createdAt = now;
    log.undoData = QStringLiteral("{}");
    m.addAction(log);
    return {0, {}, {}, {}};
}

} // namespace lyceum::server

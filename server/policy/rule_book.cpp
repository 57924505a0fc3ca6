#include "server/policy/rule_book.h"

#include "server/clock.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

#include <QVector>
#include <sodium.h>

namespace lyceum::server {

namespace {

enum RoleBit : unsigned {
    LearnerBit = 1u << 0,
    CreatorBit = 1u << 1,
    ModeratorBit = 1u << 2,
    AdminBit = 1u << 3,
};
constexpr unsigned kEveryone = LearnerBit | CreatorBit | ModeratorBit | AdminBit;
constexpr unsigned kCreators = CreatorBit | AdminBit;
constexpr unsigned kModerators = ModeratorBit | AdminBit;

unsigned roleBit(Role role) {
    switch (role) {
    case Role::Learner:
        return LearnerBit;
    case Role::Creator:
        return CreatorBit;
    case Role::Moderator:
        return ModeratorBit;
    case Role::Admin:
        return AdminBit;
    }
    return 0;
}

// One row per action: who may attempt it, whether a ban stops it, and who besides the owner
// may do it to something owned by another user (Target::ownedBy).
struct Rule {
    Action action;
    const char *name;
    unsigned roles;
    bool banStops;
    unsigned othersOwned;
    const char *roleRefusal; // why, when the role is wrong
};

const Rule kRules[] = {
    {Action::Public, "public", kEveryone, false, 0, ""},
    {Action::Live, "live", kEveryone, false, 0, ""},
    {Action::SignedMedia, "signed_media", kEveryone, false, 0, ""},
    {Action::ReadMetrics, "read_metrics", kEveryone, false, 0, ""},
    {Action::SignOut, "sign_out", kEveryone, false, 0, ""},
    {Action::ReadOwn, "read_own", kEveryone, false, 0, ""},
    {Action::ReadCommunity, "read_community", kEveryone, false, 0, ""},
    {Action::RequestMediaUrl, "request_media_url", kEveryone, false, 0, ""},
    {Action::SendMutations, "send_mutations", kEveryone, false, 0, ""},
    {Action::RecordProgress, "record_progress", kEveryone, false, 0, ""},
    {Action::KeepNotes, "keep_notes", kEveryone, false, 0, ""},
    {Action::KeepDrafts, "keep_drafts", kCreators, false, 0, "Only creators keep drafts."},
    {Action::CancelSchedule, "cancel_schedule", kEveryone, false, 0, ""},
    {Action::Buy, "buy", kEveryone, true, 0, ""},
    {Action::ManageOwnPurchases, "manage_own_purchases", kEveryone, false, 0, ""},
    {Action::RenewMembership, "renew_membership", kEveryone, true, 0, ""},
    {Action::StartThread, "start_thread", kEveryone, true, 0, ""},
    {Action::Reply, "reply", kEveryone, true, 0, ""},
    {Action::React, "react", kEveryone, true, 0, ""},
    {Action::Report, "report", kEveryone, true, 0, ""},
    {Action::EditOwnPost, "edit_own_post", kEveryone, true, 0, ""},
    {Action::DeletePost, "delete_post", kEveryone, true, kModerators, ""},
    {Action::WriteReview, "write_review", kEveryone, true, 0, ""},
    {Action::PublishDraft, "publish_draft", kCreators, true, AdminBit,
     "Only creators can publish."},
    {Action::UploadVideo, "upload_video", kCreators, true, AdminBit,
     "Only creators upload videos."},
    {Action::UploadImage, "upload_image", kCreators, true, 0, "Only creators upload images."},
    {Action::SetRefundPolicy, "set_refund_policy", CreatorBit | kModerators, true, kModerators,
     "Only a course's creator sets its refund window."},
    {Action::ReadAnalytics, "read_analytics", kCreators, false, AdminBit,
     "Analytics are for creators."},
    {Action::ReadModerationQueue, "read_moderation_queue", kModerators, true, 0,
     "Moderators and admins only."},
    {Action::Moderate, "moderate", kModerators, true, 0, "Only moderators act on reports."},
    {Action::ResolveReport, "resolve_report", kModerators, true, 0,
     "Only moderators act on reports."},
    {Action::UndoModeration, "undo_moderation", kModerators, true, AdminBit,
     "Only moderators undo actions."},
    {Action::SetSpaceRules, "set_space_rules", kModerators, true, 0,
     "Only moderators set a space's rules."},
    {Action::ManageFilters, "manage_filters", kModerators, true, 0,
     "Only moderators keep the keyword filters."},
    {Action::DecideHeld, "decide_held", kModerators, true, 0, "Only moderators decide held posts."},
    {Action::Appeal, "appeal", kEveryone, false, 0, ""},
    {Action::DecideAppeal, "decide_appeal", kModerators, true, 0,
     "Only moderators decide appeals."},
    {Action::ManageMembers, "manage_members", kModerators, true, 0,
     "Only moderators look after members."},
    {Action::ManageCourseMoney, "manage_course_money", kCreators, true, AdminBit,
     "Only a course's creator sets its price, coupons and release."},
    {Action::RevokeCertificate, "revoke_certificate", CreatorBit | kModerators, true, kModerators,
     "Only a course's creator or staff revoke its certificates."},
    {Action::SetAssignment, "set_assignment", kCreators, true, AdminBit,
     "Only a course's creator sets its assignments."},
    {Action::SubmitAssignment, "submit_assignment", kEveryone, true, 0, ""},
    {Action::ReviewAssignment, "review_assignment", kEveryone, true, 0, ""},
    {Action::CheckIn, "check_in", kEveryone, true, 0, ""},
    {Action::ManageChallenges, "manage_challenges", CreatorBit | kModerators, true, kModerators,
     "Only creators and moderators run challenges."},
    {Action::ManageSessions, "manage_sessions", kEveryone, false, 0, ""},
    {Action::SavePosts, "save_posts", kEveryone, false, 0, ""},
};

const Rule &ruleOf(Action action) {
    for (const Rule &rule : kRules) {
        if (rule.action == action)
            return rule;
    }
    Q_UNREACHABLE();
}

// What a member waiting for approval may not do yet: what others would read.
bool speaksInCommunity(Action action) {
    switch (action) {
    case Action::StartThread:
    case Action::Reply:
    case Action::React:
    case Action::Report:
    case Action::EditOwnPost:
    case Action::WriteReview:
    case Action::CheckIn:
        return true;
    default:
        return false;
    }
}

ApiError refusal(const QString &code, const QString &message) {
    return ApiError{403, code, message};
}

} // namespace

QString actionName(Action action) {
    return QString::fromLatin1(ruleOf(action).name);
}

bool banStops(Action action) {
    return ruleOf(action).banStops;
}

const QVector<Action> &allActions() {
    static const QVector<Action> all = [] {
        QVector<Action> out;
        for (const Rule &rule : kRules)
            out << rule.action;
        return out;
    }();
    return all;
}

RuleBook::RuleBook(Storage &storage, const Clock &clock)
    : m_storage(storage)
    , m_clock(clock) {}

Verdict RuleBook::mayReadMetrics(const QHostAddress &peer, const QByteArray &authorization,
                                 const QByteArray &token) {
    if (token.isEmpty()) {
        if (peer.isLoopback())
            return std::nullopt;
        return refusal(QStringLiteral("forbidden"),
                       QStringLiteral("Metrics are served to this machine only."));
    }
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    const QByteArray given =
        authorization.startsWith(scheme) ? authorization.mid(scheme.size()) : QByteArray();
    // Constant time, so the token cannot be guessed a byte at a time.
    if (given.size() == token.size() &&
        sodium_memcmp(given.constData(), token.constData(), size_t(token.size())) == 0)
        return std::nullopt;
    return ApiError{401, QStringLiteral("unauthorized"),
                    QStringLiteral("Metrics need the operator's bearer token.")};
}

bool RuleBook::isBanned(const QString &userId) const {
    return m_storage.moderation()->isBanned(userId, m_clock.nowMs());
}

Verdict RuleBook::mayAttempt(const User &actor, Action action) const {
    const Rule &rule = ruleOf(action);
    if (!(rule.roles & roleBit(actor.role)))
        return refusal(QStringLiteral("forbidden"), QString::fromUtf8(rule.roleRefusal));
    if (rule.banStops && isBanned(actor.id))
        return refusal(QStringLiteral("banned"),
                       QStringLiteral("Your account is banned in this community: you can read, "
                                      "but not do this."));
    if (speaksInCommunity(action) && awaitsApproval(actor))
        return refusal(QStringLiteral("awaiting_approval"),
                       QStringLiteral("A moderator has not approved your membership yet: you can "
                                      "read, but not do this."));
    return std::nullopt;
}

bool RuleBook::awaitsApproval(const User &user) const {
    if (user.role != Role::Learner)
        return false;
    ModerationStorage &m = *m_storage.moderation();
    const QString since = m.setting(QStringLiteral("approve_members_since"));
    if (since.isEmpty() || user.createdAt < since.toLongLong())
        return false; // approval off, or the member joined before it was turned on
    return m.memberApproval(user.id) != QLatin1String("approved");
}

Verdict RuleBook::check(const User &actor, Action action, const Target &target) const {
    if (Verdict v = mayAttempt(actor, action))
        return v;
    switch (target.kind) {
    case Target::Kind::None:
        return std::nullopt;
    case Target::Kind::Space:
        return inSpace(actor, action, target.id);
    case Target::Kind::Owned:
        return onOwned(actor, action, target.ownerId);
    case Target::Kind::User:
        return onUser(actor, action, target.id);
    }
    return std::nullopt;
}

Verdict RuleBook::inSpace(const User &actor, Action action, const QString &spaceId) const {
    const std::optional<Space> space = m_storage.spaceById(spaceId);
    if (!space)
        return ApiError::notFound(QStringLiteral("No such space."));
    const bool starting = action == Action::StartThread;
    if (spaceClosedTo(*space, actor.role))
        return refusal(QStringLiteral("space_closed"),
                       QStringLiteral("This space is closed: it can be read, but only the "
                                      "community's team posts in it."));
    const SpaceAudience audience = starting ? space->startThreads : space->reply;
    const bool member =
        audience == SpaceAudience::Members && m_storage.isSpaceMember(actor.id, space->id);
    if (spaceAudienceIncludes(audience, actor.role, member))
        return slowMode(actor, *space);
    const QString who = audience == SpaceAudience::Staff ? QStringLiteral("the community's team")
                                                         : QStringLiteral("members of its courses");
    return refusal(QStringLiteral("not_allowed_here"),
                   starting ? QStringLiteral("In this space only %1 may start threads.").arg(who)
                            : QStringLiteral("In this space only %1 may reply.").arg(who));
}

Verdict RuleBook::slowMode(const User &actor, const Space &space) const {
    if (space.slowModeS <= 0)
        return std::nullopt;
    const qint64 last = m_storage.moderation()->lastPostInSpace(actor.id, space.id);
    const int wait = slowModeWaitS(space, actor.role, last, m_clock.nowMs());
    if (wait <= 0)
        return std::nullopt;
    return refusal(QStringLiteral("slow_mode"),
                   QStringLiteral("This space is in slow mode: one post every %1 s. You can post "
                                  "again in %2 s.")
                       .arg(space.slowModeS)
                       .arg(wait));
}

Verdict RuleBook::onOwned(const User &actor, Action action, const QString &ownerId) const {
    if (actor.id == ownerId || (ruleOf(action).othersOwned & roleBit(actor.role)))
        return std::nullopt;
    return refusal(QStringLiteral("forbidden"),
                   QStringLiteral("This belongs to another user; only they may do this."));
}

Verdict RuleBook::onUser(const User &actor, Action action, const QString &userId) const {
    if (actor.id == userId)
        return refusal(QStringLiteral("forbidden"),
                       QStringLiteral("Nobody acts on themselves; ask another moderator."));
    if (action != Action::Moderate)
        return std::nullopt;
    const std::optional<User> subject = m_storage.userById(userId);
    if (!subject)
        return ApiError::notFound(QStringLiteral("No such user."));
    if (subject->role == Role::Admin)
        return refusal(QStringLiteral("forbidden"),
                       QStringLiteral("Admins are not moderated in the app; the server's operator "
                                      "changes admin accounts."));
    if (subject->role == Role::Moderator && actor.role != Role::Admin)
        return refusal(QStringLiteral("forbidden"),
                       QStringLiteral("Only admins act on moderators."));
    return std::nullopt;
}

} // namespace lyceum::server

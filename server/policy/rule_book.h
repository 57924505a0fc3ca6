// The one permission rule book of the server (docs/security.md, "Permissions: one rule book").
// Every route, every mutation type, every upload and every timer that acts for a user asks it
// before doing anything: a route declares its Action when it is registered (HttpServer cannot
// register one without), each mutation type declares its Action in the table of
// mutation_service.cpp, and the scheduler and renewals ask with the author as actor at the time
// they run, so a ban or a role change since is honoured.
//
// Two steps: mayAttempt() decides what the actor may do at all (role, ban state), the route or
// dispatcher calls it before reading the request; check() adds what depends on the target (a
// space's rules, ownership, the moderation hierarchy), called once the target is known. A
// refusal is an ApiError with a stable code: "banned", "forbidden", "not_allowed_here",
// "space_closed", "slow_mode" or "awaiting_approval".
#pragma once

#include "domain/entities.h"
#include "server/api_error.h"

#include <QHostAddress>
#include <QVector>
#include <optional>

namespace lyceum::server {

class Storage;
class Clock;

// One value per thing a user (or a job acting for one) can do.
enum class Action {
    Public,      // no account needed: health, register, login, refresh
    Live,        // the live channel (authenticates inside the socket)
    SignedMedia, // the media file route: the signature is the permission
    ReadMetrics, // GET /metrics: the operator's token, or a loopback peer (mayReadMetrics)
    SignOut,
    ReadOwn,            // the caller's own data: me, sync, wallet, learning, notices, drafts
    ReadCommunity,      // shared reads: store, spam model, neighbours, images
    RequestMediaUrl,    // signed URLs for lessons the caller may watch
    SendMutations,      // POST /mutations itself; each mutation is checked by its own action
    RecordProgress,     // progress.put: private to the learner
    KeepNotes,          // note.put, note.delete: private
    KeepDrafts,         // draft.put, draft.delete: private to the creator
    CancelSchedule,     // schedule.cancel
    Buy,                // checkout, pay
    ManageOwnPurchases, // refund, cancel a membership
    RenewMembership,    // the renewal timer, for the subscriber
    StartThread,
    Reply,
    React,
    Report,
    EditOwnPost,
    DeletePost,  // the author, or staff
    WriteReview, // review.put, review.reply, review.helpful
    PublishDraft,
    UploadVideo,
    UploadImage,
    SetRefundPolicy,
    ReadAnalytics,
    ReadModerationQueue,
    Moderate,      // hide, delete, ban, warn: acts on a post's, thread's or user's subject
    ResolveReport, // approve: closes reports without acting on anyone
    UndoModeration,
    SetSpaceRules,     // space.rules: who posts, slow mode, closed
    ManageFilters,     // filter.put, filter.delete, the filter test
    DecideHeld,        // held.decide: publish or reject a post a filter held
    Appeal,            // appeal.create: the author of what was acted on; a ban does not stop it
    DecideAppeal,      // appeal.decide
    ManageMembers,     // member.decide, community.settings, the People tab
    ManageCourseMoney, // course.price, coupon.*, lesson.drip: a course's creator (or an admin)
    RevokeCertificate, // certificate.revoke: the course's creator, or staff
    // assignment.put: a course's creator (or an admin) on its lessons
    SetAssignment,
    // assignment.submit and its file uploads: a learner who may read the lesson
    SubmitAssignment,
    // assignment.review, the review queue: the creator and the staff they name
    ReviewAssignment,
    CheckIn,          // challenge.checkin: a member's check-in, a reply in the challenge's thread
    ManageChallenges, // challenge.put, challenge.close: creators and moderators
    // The caller's own devices and password (/auth/sessions, /auth/password).
    ManageSessions,
    // saved.add, saved.remove: the member's saved posts, private to them.
    SavePosts,
};

QString actionName(Action action); // "start_thread", ...; stable, for logs and tests
// Whether a ban refuses the action (writes others see, and money taken from the account).
bool banStops(Action action);
// Every action, for tests and documentation.
const QVector<Action> &allActions();

// What an action is aimed at, when the rule depends on it.
struct Target {
    enum class Kind { None, Space, Owned, User };
    Kind kind = Kind::None;
    QString id;      // the space, or the user acted on
    QString ownerId; // Owned: the author or creator of the thing acted on
    static Target space(const QString &spaceId) { return {Kind::Space, spaceId, {}}; }
    static Target ownedBy(const QString &userId) { return {Kind::Owned, {}, userId}; }
    static Target user(const QString &userId) { return {Kind::User, userId, {}}; }
};

// nullopt: allowed.
using Verdict = std::optional<ApiError>;

class RuleBook {
public:
    RuleBook(Storage &storage, const Clock &clock);

    // Role and ban state: what the actor may attempt at all.
    Verdict mayAttempt(const User &actor, Action action) const;
    // mayAttempt, then what depends on the target.
    Verdict check(const User &actor, Action action, const Target &target = {}) const;

    bool isBanned(const QString &userId) const;
    // Whether the community holds new members for approval and this one is not approved yet.
    bool awaitsApproval(const User &user) const;

    // Action::ReadMetrics (docs/security.md, "Metrics"). With a token configured, only
    // "Authorization: Bearer TOKEN" reads, from any address; without one, only a loopback peer
    // (the socket's address: X-Forwarded-For is never trusted). 401 or 403 otherwise.
    static Verdict mayReadMetrics(const QHostAddress &peer, const QByteArray &authorization,
                                  const QByteArray &token);

private:
    Verdict inSpace(const User &actor, Action action, const QString &spaceId) const;
    Verdict slowMode(const User &actor, const Space &space) const;
    Verdict onOwned(const User &actor, Action action, const QString &ownerId) const;
    Verdict onUser(const User &actor, Action action, const QString &userId) const;

    Storage &m_storage;
    const Clock &m_clock;
};

} // namespace lyceum::server

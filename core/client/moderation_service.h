// Reports and the moderators' console (docs/architecture.md, "Client core"; moderation/).
// Reading the queue and the audit log needs the server (the last queue is kept for offline
// use); acting, undoing and reporting go through the outbox. Owns the two on-device spam
// models (this moderator's, learning from their decisions, and the community's, published by
// the server) and the moderation notices not dismissed yet. The models are read from the
// profile on the cache worker when the profile opens; until then nothing is scored.
// REST: api/moderation_api.h. SQL: moderation/moderation.h (moderationstore); files:
// moderation/moderation_files.h.
#pragma once

#include "api/api_error.h"
#include "domain/entities.h"
#include "moderation/moderation.h"

#include <QObject>
#include <QPair>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace lyceum {

class SessionState;
namespace spam {
class SpamModel;
}

class ModerationService : public QObject {
    Q_OBJECT
public:
    explicit ModerationService(SessionState &session, QObject *parent = nullptr);
    ~ModerationService() override;

    // Anyone: a report through the outbox (kind post / thread / user; reason spam / abuse /
    // off_topic / other).
    void report(const QString &kind, const QString &id, const QString &reason, const QString &note);
    // The ids of what this user reported from this device (kind post / thread / user): the
    // thread marks them "Reported".
    void fetchReported(const QString &kind, QObject *context,
                       std::function<void(QSet<QString>)> done);
    // Staff: the queue from the server (kept in the cache); offline or on an error, the kept
    // one with the error. Items carry this moderator's queued action and its outcome.
    void fetchModerationQueue(QObject *context,
                              std::function<void(const ApiError &, QVector<ModerationItem>)> done);
    void fetchCachedModerationQueue(QObject *context,
                                    std::function<void(QVector<ModerationItem>)> done);
    void fetchAuditLog(QObject *context,
                       std::function<void(const ApiError &, QVector<AuditEntry>)> done);
    // moderation.act / moderation.undo through the outbox; an item another moderator resolved
    // first fails there with already_resolved.
    void moderate(const QString &kind, const QString &id, const QString &action,
                  const QString &reason, const QString &note);
    void undoModeration(qint64 actionId);

    // --- what moderators set and authors answer (moderation_rules.cpp), all through the outbox
    // but the reads. Each returns the queued mutation's id (empty when the cache is not open).
    using Queued = std::function<void(const QString &mutationId)>;
    // A space's rules (start_threads, reply, slow mode, closed: space.rules).
    void setSpaceRules(const Space &rules, Queued queued = {});
    void addKeywordFilter(const QString &pattern, KeywordFilter::Mode mode,
                          KeywordFilter::Effect effect, Queued queued = {});
    void removeKeywordFilter(qint64 filterId, Queued queued = {});
    // A post a hold filter kept back: published as its author, or rejected.
    void decideHeld(const QString &postId, bool publish, Queued queued = {});
    // The author's appeal against an action on them (once; a banned member may appeal).
    void appeal(qint64 actionId, const QString &note, Queued queued = {});
    // A moderator upholds or grants an appeal ("uphold" / "grant"), with a note for the author.
    void decideAppeal(qint64 appealId, const QString &outcome, const QString &note,
                      Queued queued = {});
    void decideMember(const QString &userId, bool approve, Queued queued = {});
    // Ban (until: ms since the epoch, 0 for good) or warn a member from the People tab.
    void moderateUser(const QString &userId, const QString &action, const QString &reason,
                      qint64 untilMs, Queued queued = {});
    void setApproveMembers(bool approve, Queued queued = {});
    // Reads from the server (staff).
    void fetchKeywordFilters(QObject *context,
                             std::function<void(const ApiError &, QVector<KeywordFilter>)> done);
    void testKeywordFilter(const QString &pattern, KeywordFilter::Mode mode, QObject *context,
                           std::function<void(const ApiError &, FilterTestResult)> done);
    void findPeople(const QString &text, QObject *context,
                    std::function<void(const ApiError &, QVector<ModerationPerson>)> done);
    void fetchMember(const QString &userId, QObject *context,
                     std::function<void(const ApiError &, MemberRecord)> done);
    void fetchApproveMembers(QObject *context, std::function<void(const ApiError &, bool)> done);
    // Anyone: the notices as the server has them now (dismissed or not), for lyceum-cli.
    void fetchAllNotices(QObject *context,
                         std::function<void(const ApiError &, QVector<ModerationNotice>)> done);
    // The signed-in user's newest post in the space in the cache (ms, 0: none): slow mode's wait.
    void fetchLastOwnPostInSpace(const QString &spaceId, QObject *context,
                                 std::function<void(qint64)> done);

    // The on-device spam classifier of this profile, trained by the moderator's own decisions:
    // a score in [0, 1] and the features that weighed most, or nothing until it has seen both
    // spam and ham (or before the profile's model was read). learnSpam records a decision and
    // saves the model with the profile (on the cache worker). No disk: safe while painting.
    std::optional<double> spamScore(const QString &text) const;
    QVector<QPair<QString, double>> spamReasons(const QString &text, int n = 5) const;
    void learnSpam(const QString &text, bool spam);
    // The community's spam model, published by the server from all moderators' decisions and
    // fetched after pulls: whether a post is above its threshold (shown collapsed), offline.
    // False while there is no model. A damaged or incompatible download is refused and the model
    // held before is kept.
    bool isLikelySpam(const QString &text) const;
    void refreshSpamModel();
    // Anyone: what moderators did to what the user wrote (or to the user), with the templated
    // reasons, fetched after pulls. The ones not dismissed yet, newest first; dismissing
    // remembers the newest id in the profile.
    void refreshModerationNotices();
    QVector<ModerationNotice> moderationNotices() const;
    void dismissModerationNotices();

Q_SIGNALS:
    // A spam model was read from the profile or a new community model arrived: posts are to be
    // scored again.
    void spamModelChanged();
    // moderationNotices() changed.
    void moderationNoticesChanged();
    // An answer to refreshModerationNotices() was handled (changed or not, or failed).
    void moderationNoticesChecked();

private:
    void send(QLatin1StringView type, const QString &entityId, const QJsonObject &args,
              Queued queued);
    void loadFiles(); // at open, on the cache worker
    void saveOwnModel();
    void takeNotices(const QVector<ModerationNotice> &notices);
    SessionState &m_session;
    std::shared_ptr<spam::SpamModel> m_ownModel;       // nullptr until read
    std::shared_ptr<spam::SpamModel> m_communityModel; // nullptr: none
    bool m_filesLoaded = false;
    bool m_filesLoading = false;
    QVector<QPair<QString, bool>> m_pendingLearn; // decisions made before the model was read
    QVector<ModerationNotice> m_notices;          // the unseen ones, newest first
    qint64 m_noticesSeenUpTo = -1;                // -1: not read yet
    bool m_noticesWanted = false;                 // refreshModerationNotices() before the read
};

} // namespace lyceum

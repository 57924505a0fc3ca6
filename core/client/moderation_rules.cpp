// ModerationService: what moderators set and what authors answer (docs/protocol.md,
// "Moderation"): space rules, keyword filters, held posts, appeals, members, through the outbox;
// the reads of the Rules and People tabs.
#include "api/moderation_api.h"
#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/moderation_service.h"
#include "client/session_state.h"
#include "domain/mutation_defs.h"

#include <QPointer>

namespace lyceum {

void ModerationService::send(QLatin1StringView type, const QString &entityId,
                             const QJsonObject &args, Queued queued) {
    if (!m_session.ensureOpen("moderation"))
        return;
    struct Written {
        QString mutationId, error;
    };
    m_session.cache->run<Written>(
        this,
        [type, entityId, args](CacheDatabase &db) {
            Written w;
            moderationstore::send(db, type, entityId, args, &w.mutationId, &w.error);
            return w;
        },
        [this, queued](Written w) {
            m_session.afterLocalWrite(w.error);
            if (queued && w.error.isEmpty())
                queued(w.mutationId);
        });
}

void ModerationService::setSpaceRules(const Space &rules, Queued queued) {
    send(mutations::kSpaceRules, QStringLiteral("space:") + rules.id,
         {{QStringLiteral("space_id"), rules.id},
          {QStringLiteral("start_threads"), spaceAudienceName(rules.startThreads)},
          {QStringLiteral("reply"), spaceAudienceName(rules.reply)},
          {QStringLiteral("slow_mode_s"), rules.slowModeS},
          {QStringLiteral("closed"), rules.closed}},
         std::move(queued));
}

void ModerationService::addKeywordFilter(const QString &pattern, KeywordFilter::Mode mode,
                                         KeywordFilter::Effect effect, Queued queued) {
    send(mutations::kFilterPut, QStringLiteral("filter:new"),
         {{QStringLiteral("pattern"), pattern},
          {QStringLiteral("mode"), filterModeName(mode)},
          {QStringLiteral("effect"), filterEffectName(effect)}},
         std::move(queued));
}

void ModerationService::removeKeywordFilter(qint64 filterId, Queued queued) {
    send(mutations::kFilterDelete, QStringLiteral("filter:%1").arg(filterId),
         {{QStringLiteral("filter_id"), filterId}}, std::move(queued));
}

void ModerationService::decideHeld(const QString &postId, bool publish, Queued queued) {
    send(mutations::kHeldDecide, QStringLiteral("held:") + postId,
         {{QStringLiteral("post_id"), postId}, {QStringLiteral("publish"), publish}},
         std::move(queued));
}

void ModerationService::appeal(qint64 actionId, const QString &note, Queued queued) {
    send(mutations::kAppealCreate, QStringLiteral("action:%1").arg(actionId),
         {{QStringLiteral("action_id"), actionId}, {QStringLiteral("note"), note}},
         std::move(queued));
}

void ModerationService::decideAppeal(qint64 appealId, const QString &outcome, const QString &note,
                                     Queued queued) {
    send(mutations::kAppealDecide, QStringLiteral("appeal:%1").arg(appealId),
         {{QStringLiteral("appeal_id"), appealId},
          {QStringLiteral("outcome"), outcome},
          {QStringLiteral("note"), note}},
         std::move(queued));
}

void ModerationService::decideMember(const QString &userId, bool approve, Queued queued) {
    send(mutations::kMemberDecide, QStringLiteral("member:") + userId,
         {{QStringLiteral("user_id"), userId}, {QStringLiteral("approve"), approve}},
         std::move(queued));
}

void ModerationService::moderateUser(const QString &userId, const QString &action,
                                     const QString &reason, qint64 untilMs, Queued queued) {
    QJsonObject args{{QStringLiteral("target_kind"), QStringLiteral("user")},
                     {QStringLiteral("target_id"), userId},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("reason"), reason}};
    if (untilMs > 0)
        args.insert(QStringLiteral("until"), untilMs);
    send(mutations::kModerationAct, QStringLiteral("user:") + userId, args, std::move(queued));
}

void ModerationService::setApproveMembers(bool approve, Queued queued) {
    send(mutations::kCommunitySettings, QStringLiteral("community:settings"),
         {{QStringLiteral("approve_members"), approve}}, std::move(queued));
}

namespace {
// Calls done unless the context went away meanwhile.
template<typename T>
std::function<void(const ApiError &, const T &)>
guarded(QObject *context, std::function<void(const ApiError &, T)> done) {
    QPointer<QObject> guard(context);
    return [guard, done = std::move(done)](const ApiError &e, const T &value) {
        if (guard)
            done(e, value);
    };
}
} // namespace

void ModerationService::fetchKeywordFilters(
    QObject *context, std::function<void(const ApiError &, QVector<KeywordFilter>)> done) {
    moderationapi::filters(*m_session.api, guarded(context, std::move(done)));
}

void ModerationService::testKeywordFilter(
    const QString &pattern, KeywordFilter::Mode mode, QObject *context,
    std::function<void(const ApiError &, FilterTestResult)> done) {
    moderationapi::testFilter(*m_session.api, pattern, filterModeName(mode),
                              guarded(context, std::move(done)));
}

void ModerationService::findPeople(
    const QString &text, QObject *context,
    std::function<void(const ApiError &, QVector<ModerationPerson>)> done) {
    moderationapi::people(*m_session.api, text, guarded(context, std::move(done)));
}

void ModerationService::fetchMember(const QString &userId, QObject *context,
                                    std::function<void(const ApiError &, MemberRecord)> done) {
    moderationapi::member(*m_session.api, userId, guarded(context, std::move(done)));
}

void ModerationService::fetchApproveMembers(QObject *context,
                                            std::function<void(const ApiError &, bool)> done) {
    moderationapi::settings(*m_session.api, guarded(context, std::move(done)));
}

void ModerationService::fetchAllNotices(
    QObject *context, std::function<void(const ApiError &, QVector<ModerationNotice>)> done) {
    moderationapi::notices(*m_session.api, guarded(context, std::move(done)));
}

void ModerationService::fetchLastOwnPostInSpace(const QString &spaceId, QObject *context,
                                                std::function<void(qint64)> done) {
    const std::optional<User> me = m_session.client->currentUser();
    if (!me || !m_session.opened) {
        done(0);
        return;
    }
    m_session.cache->run<qint64>(
        context,
        [userId = me->id, spaceId](CacheDatabase &db) {
            return moderationstore::lastOwnPostInSpace(db, userId, spaceId);
        },
        std::move(done));
}

} // namespace lyceum

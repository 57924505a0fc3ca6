// POST /api/v1/mutations (docs/protocol.md, "Push"). Each mutation runs in its own transaction
// that also records (client_id, mutation id) with the answer given, so a retried mutation is
// answered from the record ("duplicate": true) and never applied twice. Rejections are recorded
// too: they are final.
#pragma once

#include "server/api_error.h"
#include "server/policy/rule_book.h"

#include <QJsonObject>
#include <optional>

namespace lyceum::server {

class Storage;
class Clock;
class Visibility;
struct Caller;
struct ModerationAction;

inline constexpr int kMaxMutationsPerRequest = 100;

class MutationService {
public:
    MutationService(Storage &storage, const Clock &clock);

    // The 200 answer for a well-formed request; 400 errors for a malformed envelope (then
    // nothing was applied).
    ApiResult<QJsonObject> apply(const Caller &caller, const QJsonObject &request);

    // Every mutation type with the action the rule book checks it as (tests walk it).
    static QVector<QPair<QString, Action>> declaredActions();

private:
    struct Outcome {
        qint64 seq = 0;
        QString code; // empty: applied
        QString message;
        QJsonObject extra; // more fields of the answer when applied
    };
    static Outcome reject(QString code, QString message) {
        return {0, std::move(code), std::move(message), {}};
    }

    struct MutationType {
        QLatin1StringView name; // mutations::k... (domain/mutation_defs.h)
        Action action;
        Outcome (*apply)(MutationService &, const Caller &, const Visibility &,
                         const QJsonObject &);
    };
    static const QVector<MutationType> &mutationTypes();

    Outcome applyOne(const Caller &caller, const Visibility &visibility, const QString &type,
                     const QJsonObject &args);
    Outcome threadCreate(const Caller &caller, const Visibility &visibility,
                         const QJsonObject &args);
    Outcome postCreate(const Caller &caller, const Visibility &visibility, const QJsonObject &args);
    Outcome postEdit(const Caller &caller, const Visibility &visibility, const QJsonObject &args);
    Outcome postDelete(const Caller &caller, const Visibility &visibility, const QJsonObject &args);
    // mutation_saved.cpp
    Outcome savedPost(const Caller &caller, const Visibility &visibility, const QJsonObject &args,
                      bool add);
    Outcome reaction(const Caller &caller, const Visibility &visibility, const QJsonObject &args,
                     bool add);
    // mutation_reviews.cpp
    Outcome reviewPut(const Caller &caller, const Visibility &visibility, const QJsonObject &args);
    Outcome reviewReply(const Caller &caller, const Visibility &visibility,
                        const QJsonObject &args);
    Outcome reviewHelpful(const Caller &caller, const Visibility &visibility,
                          const QJsonObject &args);
    // mutation_moderation.cpp
    Outcome reportCreate(const Caller &caller, const Visibility &visibility,
                         const QJsonObject &args);
    Outcome moderationAct(const Caller &caller, const Visibility &visibility,
                          const QJsonObject &args);
    Outcome moderationUndo(const Caller &caller, const QJsonObject &args);
    // Reverses a moderation action and logs the undo; the change's seq (0: none).
    qint64 reverseAction(const Caller &caller, const ModerationAction &action, bool reopenReports);
    // mutation_rules.cpp
    Outcome spaceRules(const Caller &caller, const QJsonObject &args);
    Outcome filterPut(const Caller &caller, const QJsonObject &args);
    Outcome filterDelete(const Caller &caller, const QJsonObject &args);
    Outcome heldDecide(const Caller &caller, const QJsonObject &args);
    // The keyword filters on a new thread or reply: a rejection (block), an applied answer
    // with "held" (hold: kept for review), or nullopt (carry on).
    std::optional<Outcome> applyFilters(const Caller &caller, QLatin1StringView type,
                                        const QString &postId, const QString &text,
                                        const QJsonObject &args);
    // mutation_appeals.cpp
    Outcome appealCreate(const Caller &caller, const QJsonObject &args);
    Outcome appealDecide(const Caller &caller, const QJsonObject &args);
    Outcome memberDecide(const Caller &caller, const QJsonObject &args);
    Outcome communitySettings(const Caller &caller, const QJsonObject &args);
    // mutation_media.cpp
    Outcome progressPut(const Caller &caller, const Visibility &visibility,
                        const QJsonObject &args);
    Outcome notePut(const Caller &caller, const Visibility &visibility, const QJsonObject &args);
    Outcome noteDelete(const Caller &caller, const QJsonObject &args);
    // course.price, coupon.put, coupon.disable, lesson.drip (server/commerce/creator_money.h)
    Outcome creatorMoney(const Caller &caller, QLatin1StringView type, const QJsonObject &args);
    // challenge.put, challenge.close, challenge.checkin (server/learning/challenge_mutations.cpp)
    Outcome challenge(const Caller &caller, const Visibility &visibility, QLatin1StringView type,
                      const QJsonObject &args);
    // draft.put, draft.delete, draft.publish, schedule.cancel (server/studio/)
    Outcome studio(const Caller &caller, QLatin1StringView type, const QJsonObject &args);
    // lesson.done, certificate.revoke (server/learning/certificate_mutations.cpp)
    Outcome certificates(const Caller &caller, const Visibility &visibility, QLatin1StringView type,
                         const QJsonObject &args);
    // assignment.put, assignment.submit, assignment.review (server/learning/)
    Outcome assignment(const Caller &caller, QLatin1StringView type, const QJsonObject &args);
    bool targetExists(const Visibility &visibility, const QString &kind, const QString &id);
    // The thread if it exists and the caller may see it.
    bool threadVisible(const Visibility &visibility, const QString &threadScope) const;
    QString threadScope(const QString &courseId, const QString &lessonId);

    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
    bool m_publishingHeld = false; // held.decide publishing: the filters are not asked again
};

} // namespace lyceum::server

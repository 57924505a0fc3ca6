// Typed calls of the moderation endpoints (docs/protocol.md, "Moderation"), one function per
// endpoint. Answers are checked here (moderation/moderation.h); one that does not decode is a
// BadResponse. Acting, undoing and reporting go through the outbox, not through these.
#pragma once

#include "api/api_error.h"
#include "moderation/moderation.h"

#include <QJsonObject>
#include <functional>

namespace lyceum {
class ApiClient;
}

namespace lyceum::moderationapi {

// GET /moderation/queue (staff). The answer as sent (moderationstore::storeQueue keeps it),
// once it decoded.
void queue(ApiClient &api, std::function<void(const ApiError &, const QJsonObject &)> done);
// GET /moderation/log (staff)
void auditLog(ApiClient &api,
              std::function<void(const ApiError &, const QVector<AuditEntry> &)> done);
// GET /moderation/notices: what moderators did to what the user wrote.
void notices(ApiClient &api,
             std::function<void(const ApiError &, const QVector<ModerationNotice> &)> done);
// GET /moderation/filters (staff)
void filters(ApiClient &api,
             std::function<void(const ApiError &, const QVector<KeywordFilter> &)> done);
// GET /moderation/filters/test?pattern=P&mode=M (staff): what it would catch among recent posts.
void testFilter(ApiClient &api, const QString &pattern, const QString &mode,
                std::function<void(const ApiError &, const FilterTestResult &)> done);
// GET /moderation/people?q=TEXT (staff)
void people(ApiClient &api, const QString &text,
            std::function<void(const ApiError &, const QVector<ModerationPerson> &)> done);
// GET /moderation/member?id=ID (staff)
void member(ApiClient &api, const QString &userId,
            std::function<void(const ApiError &, const MemberRecord &)> done);
// GET /moderation/settings (staff): whether new members wait for approval.
void settings(ApiClient &api, std::function<void(const ApiError &, bool approveMembers)> done);
// GET /spam/model: the community's spam model file (404 while moderators decided too few).
void spamModel(ApiClient &api, std::function<void(const ApiError &, const QByteArray &)> done);

} // namespace lyceum::moderationapi

// The review queue's items that are not reports: appeals, posts a filter held, members waiting
// for approval (moderation_queue.h).
#include "server/moderation/moderation_queue.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

#include <QJsonDocument>
#include <cmath>

namespace lyceum::server {

namespace {

double agePriority(qint64 nowMs, qint64 since) {
    return std::log1p(std::max<qint64>(0, nowMs - since) / 3600000.0) / 10.0;
}

QJsonObject actionJson(Storage &storage, const ModerationAction &a) {
    const std::optional<User> moderator = storage.userById(a.moderatorId);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("target_kind"), a.targetKind},
            {QStringLiteral("target_id"), a.targetId},
            {QStringLiteral("moderator_id"), a.moderatorId},
            {QStringLiteral("moderator_name"), moderator ? moderator->displayName : QString()},
            {QStringLiteral("created_at"), a.createdAt}};
}

QJsonObject appealItem(Storage &storage, const Appeal &appeal, qint64 nowMs) {
    QJsonObject o{{QStringLiteral("target_kind"), QStringLiteral("appeal")},
                  {QStringLiteral("target_id"), QString::number(appeal.id)},
                  {QStringLiteral("text"), appeal.note},
                  {QStringLiteral("author_id"), appeal.authorId},
                  {QStringLiteral("priority"), 1.0 + agePriority(nowMs, appeal.createdAt)},
                  {QStringLiteral("oldest_at"), appeal.createdAt},
                  {QStringLiteral("reports"), QJsonArray()}};
    QJsonObject detail{{QStringLiteral("id"), appeal.id},
                       {QStringLiteral("note"), appeal.note},
                       {QStringLiteral("created_at"), appeal.createdAt}};
    if (const auto action = storage.moderation()->actionById(appeal.actionId)) {
        detail.insert(QStringLiteral("action"), actionJson(storage, *action));
        if (action->targetKind == QLatin1String("post")) {
            if (const auto post = storage.postById(action->targetId)) {
                o.insert(QStringLiteral("thread_id"), post->threadId);
                if (const auto thread = storage.threadById(post->threadId))
                    o.insert(QStringLiteral("title"), thread->title);
            }
        } else if (action->targetKind == QLatin1String("thread")) {
            o.insert(QStringLiteral("thread_id"), action->targetId);
            if (const auto thread = storage.threadById(action->targetId))
                o.insert(QStringLiteral("title"), thread->title);
        } else if (const auto user = storage.userById(action->targetId)) {
            o.insert(QStringLiteral("title"), user->displayName);
        }
    }
    o.insert(QStringLiteral("appeal"), detail);
    o.insert(QStringLiteral("author"), authorRecordJson(storage, appeal.authorId, nowMs));
    return o;
}

QJsonObject heldItem(Storage &storage, const HeldPost &held, qint64 nowMs) {
    const QJsonObject args = QJsonDocument::fromJson(held.args.toUtf8()).object();
    QJsonObject o{{QStringLiteral("target_kind"), QStringLiteral("held")},
                  {QStringLiteral("target_id"), held.id},
                  {QStringLiteral("text"), args.value(QLatin1StringView("body")).toString()},
                  {QStringLiteral("author_id"), held.authorId},
                  {QStringLiteral("priority"), 1.0 + agePriority(nowMs, held.createdAt)},
                  {QStringLiteral("oldest_at"), held.createdAt},
                  {QStringLiteral("reports"), QJsonArray()},
                  {QStringLiteral("held"), QJsonObject{{QStringLiteral("kind"), held.kind},
                                                       {QStringLiteral("matched"), held.matched}}}};
    if (held.kind == QLatin1String("thread")) {
        o.insert(QStringLiteral("title"), args.value(QLatin1StringView("title")).toString());
    } else {
        const QString threadId = args.value(QLatin1StringView("thread_id")).toString();
        o.insert(QStringLiteral("thread_id"), threadId);
        if (const auto thread = storage.threadById(threadId))
            o.insert(QStringLiteral("title"), thread->title);
    }
    o.insert(QStringLiteral("author"), authorRecordJson(storage, held.authorId, nowMs));
    return o;
}

} // namespace

bool isAppealable(const ModerationAction &a) {
    return !a.undone && (a.action == QLatin1String("hide") || a.action == QLatin1String("delete") ||
                         a.action == QLatin1String("ban"));
}

QJsonArray extraQueueItems(Storage &storage, const QueueFilter &filter, qint64 nowMs) {
    QJsonArray out;
    if (!filter.reason.isEmpty() || filter.minScore > 0)
        return out; // these have no reports and no score
    const auto wanted = [&](const char *kind) {
        return filter.kind.isEmpty() || filter.kind == QLatin1String(kind);
    };
    ModerationStorage &m = *storage.moderation();
    if (wanted("appeal")) {
        for (const Appeal &appeal : m.openAppeals())
            out.append(appealItem(storage, appeal, nowMs));
    }
    if (wanted("held")) {
        for (const HeldPost &held : m.heldPosts())
            out.append(heldItem(storage, held, nowMs));
    }
    const QString since = m.setting(QStringLiteral("approve_members_since"));
    if (wanted("member") && !since.isEmpty()) {
        for (const User &user : m.waitingMembers(since.toLongLong())) {
            out.append(
                QJsonObject{{QStringLiteral("target_kind"), QStringLiteral("member")},
                            {QStringLiteral("target_id"), user.id},
                            {QStringLiteral("title"), user.displayName},
                            {QStringLiteral("text"), user.bio},
                            {QStringLiteral("author_id"), user.id},
                            {QStringLiteral("priority"), 0.5 + agePriority(nowMs, user.createdAt)},
                            {QStringLiteral("oldest_at"), user.createdAt},
                            {QStringLiteral("reports"), QJsonArray()},
                            {QStringLiteral("author"), authorRecordJson(storage, user.id, nowMs)}});
        }
    }
    return out;
}

} // namespace lyceum::server

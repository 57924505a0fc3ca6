// The moderators' reads beside the queue (moderation_queue.h): the keyword filters and their
// test, the People tab's search and member record, the community's settings.
#include "domain/keyword_filter.h"
#include "server/moderation/moderation_queue.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

namespace lyceum::server {

namespace {
constexpr int kFilterTestPosts = 500; // the newest posts a filter is tried on
constexpr int kPeopleLimit = 50;

QJsonObject userJson(Storage &storage, const User &u, qint64 nowMs) {
    ModerationStorage &m = *storage.moderation();
    const std::optional<qint64> ban = m.banEnd(u.id, nowMs);
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("handle"), u.handle},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("joined_at"), u.createdAt},
            {QStringLiteral("banned"), ban.has_value()},
            {QStringLiteral("banned_until"), ban.value_or(0)},
            {QStringLiteral("approval"), m.memberApproval(u.id)}};
}
} // namespace

QJsonObject keywordFiltersJson(Storage &storage) {
    QJsonArray out;
    for (const KeywordFilter &f : storage.moderation()->keywordFilters())
        out.append(QJsonObject{{QStringLiteral("id"), f.id},
                               {QStringLiteral("pattern"), f.pattern},
                               {QStringLiteral("mode"), filterModeName(f.mode)},
                               {QStringLiteral("effect"), filterEffectName(f.effect)},
                               {QStringLiteral("created_by"), f.createdBy},
                               {QStringLiteral("created_at"), f.createdAt}});
    return {{QStringLiteral("filters"), out}};
}

std::optional<QJsonObject> filterTestJson(Storage &storage, const QString &pattern,
                                          const QString &modeName, QString *problem) {
    const std::optional<KeywordFilter::Mode> mode = filterModeFromName(modeName);
    if (!mode) {
        *problem = QStringLiteral("mode must be word or pattern.");
        return std::nullopt;
    }
    *problem = filterProblem(pattern, *mode);
    if (!problem->isEmpty())
        return std::nullopt;
    KeywordFilter filter;
    filter.pattern = pattern;
    filter.mode = *mode;
    const QVector<RecentPost> posts = storage.moderation()->recentPosts(kFilterTestPosts);
    QJsonArray matches;
    for (const RecentPost &p : posts) {
        if (!filterMatches(filter, foldForFilter(p.body)))
            continue;
        matches.append(QJsonObject{{QStringLiteral("post_id"), p.id},
                                   {QStringLiteral("thread_id"), p.threadId},
                                   {QStringLiteral("author_id"), p.authorId},
                                   {QStringLiteral("text"), p.body.left(280)},
                                   {QStringLiteral("created_at"), p.createdAt}});
    }
    return QJsonObject{{QStringLiteral("checked"), int(posts.size())},
                       {QStringLiteral("matches"), matches}};
}

QJsonObject peopleJson(Storage &storage, const QString &text, qint64 nowMs) {
    QJsonArray out;
    for (const User &u : storage.moderation()->findUsers(text.trimmed(), kPeopleLimit))
        out.append(userJson(storage, u, nowMs));
    return {{QStringLiteral("people"), out}};
}

std::optional<QJsonObject> memberJson(Storage &storage, const QString &userId, qint64 nowMs) {
    const std::optional<User> user = storage.userById(userId);
    if (!user)
        return std::nullopt;
    ModerationStorage &m = *storage.moderation();
    QJsonArray reports;
    for (const Report &r : m.reportsAgainst(userId, 100))
        reports.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("target_kind"), r.targetKind},
                                   {QStringLiteral("target_id"), r.targetId},
                                   {QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("note"), r.note},
                                   {QStringLiteral("created_at"), r.createdAt},
                                   {QStringLiteral("resolution"), r.resolution}});
    QJsonArray actions;
    for (const ModerationAction &a : m.actionsConcerning(userId, 100))
        actions.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("action"), a.action},
                                   {QStringLiteral("reason"), a.reason},
                                   {QStringLiteral("note"), a.note},
                                   {QStringLiteral("target_kind"), a.targetKind},
                                   {QStringLiteral("target_id"), a.targetId},
                                   {QStringLiteral("created_at"), a.createdAt},
                                   {QStringLiteral("undone"), a.undone}});
    return QJsonObject{{QStringLiteral("user"), userJson(storage, *user, nowMs)},
                       {QStringLiteral("record"), authorRecordJson(storage, userId, nowMs)},
                       {QStringLiteral("reports"), reports},
                       {QStringLiteral("actions"), actions}};
}

QJsonObject communitySettingsJson(Storage &storage) {
    return {{QStringLiteral("approve_members"),
             !storage.moderation()->setting(QStringLiteral("approve_members_since")).isEmpty()}};
}

} // namespace lyceum::server

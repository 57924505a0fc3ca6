#include "server/moderation/moderation_queue.h"

#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace lyceum::server {

namespace {

// A short name for a target: the thread's title, a reply's first words, the user's name.
QString targetTitle(Storage &storage, const QString &kind, const QString &id) {
    if (kind == QLatin1String("thread")) {
        if (const auto thread = storage.threadById(id))
            return thread->title;
    } else if (kind == QLatin1String("post")) {
        if (const auto post = storage.postById(id)) {
            const auto thread = storage.threadById(post->threadId);
            return thread ? thread->title : QString();
        }
    } else if (const auto user = storage.userById(id)) {
        return user->displayName + QStringLiteral(" (@") + user->handle + QLatin1Char(')');
    }
    return {};
}

// Both lists in one, highest priority first (stable: each list keeps its order among equals).
QJsonArray mergeByPriority(const QJsonArray &a, const QJsonArray &b) {
    QVector<QJsonObject> merged;
    for (const QJsonValue &v : a)
        merged << v.toObject();
    for (const QJsonValue &v : b)
        merged << v.toObject();
    std::stable_sort(merged.begin(), merged.end(), [](const QJsonObject &x, const QJsonObject &y) {
        return x.value(QLatin1StringView("priority")).toDouble() >
               y.value(QLatin1StringView("priority")).toDouble();
    });
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(merged))
        out.append(o);
    return out;
}

} // namespace

QJsonObject authorRecordJson(Storage &storage, const QString &userId, qint64 now) {
    const AuthorRecord r = storage.moderation()->authorRecord(userId, 5, now);
    QJsonObject o{{QStringLiteral("id"), userId},         {QStringLiteral("posts"), r.posts},
                  {QStringLiteral("threads"), r.threads}, {QStringLiteral("joined_at"), r.joinedAt},
                  {QStringLiteral("banned"), r.banned},   {QStringLiteral("removed"), r.removed},
                  {QStringLiteral("warned"), r.warned}};
    if (const auto user = storage.userById(userId)) {
        o.insert(QStringLiteral("handle"), user->handle);
        o.insert(QStringLiteral("display_name"), user->displayName);
    }
    QJsonArray recent;
    for (const AuthorRecord::Recent &p : r.recent)
        recent.append(QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("thread_id"), p.threadId},
                                  {QStringLiteral("text"), p.body.left(280)},
                                  {QStringLiteral("created_at"), p.createdAt}});
    o.insert(QStringLiteral("recent"), recent);
    return o;
}

QJsonObject moderationQueue(Storage &storage, const QueueFilter &filter, qint64 nowMs,
                            const SpamScorer &score) {
    ModerationStorage &m = *storage.moderation();
    const QHash<QString, QPair<int, int>> records = m.reporterRecords();
    struct Item {
        QString kind, id;
        QVector<Report> reports;
        double priority = 0;
        qint64 oldest = 0;
        QJsonObject context; // title, text, author, thread
        std::optional<double> spam;
    };
    QHash<QString, Item> items;
    for (const Report &r : m.openReports()) {
        Item &item = items[r.targetKind + QLatin1Char(':') + r.targetId];
        item.kind = r.targetKind;
        item.id = r.targetId;
        item.reports << r;
        item.oldest = item.oldest == 0 ? r.createdAt : std::min(item.oldest, r.createdAt);
    }
    QVector<Item> list;
    for (Item &item : items) {
        if (!filter.kind.isEmpty() && item.kind != filter.kind)
            continue;
        if (!filter.reason.isEmpty() &&
            std::none_of(item.reports.begin(), item.reports.end(),
                         [&](const Report &r) { return r.reason == filter.reason; }))
            continue;
        for (const Report &r : std::as_const(item.reports)) {
            const auto [upheld, resolved] = records.value(r.reporterId, {0, 0});
            item.priority += (upheld + 1.0) / (resolved + 2.0);
        }
        const double hours = std::max<qint64>(0, nowMs - item.oldest) / 3600000.0;
        item.priority += std::log1p(hours) / 10.0;
        QJsonObject &o = item.context;
        if (item.kind == QLatin1String("post")) {
            if (const auto post = storage.postById(item.id)) {
                o.insert(QStringLiteral("author_id"), post->authorId);
                o.insert(QStringLiteral("thread_id"), post->threadId);
                o.insert(QStringLiteral("text"), post->body);
                if (const auto thread = storage.threadById(post->threadId))
                    o.insert(QStringLiteral("title"), thread->title);
            }
        } else if (item.kind == QLatin1String("thread")) {
            if (const auto thread = storage.threadById(item.id)) {
                o.insert(QStringLiteral("author_id"), thread->authorId);
                o.insert(QStringLiteral("thread_id"), thread->id);
                o.insert(QStringLiteral("title"), thread->title);
            }
        } else if (const auto user = storage.userById(item.id)) {
            o.insert(QStringLiteral("author_id"), user->id);
            o.insert(QStringLiteral("title"), user->displayName);
            o.insert(QStringLiteral("text"), user->bio);
        }
        const QString text = o.value(QLatin1StringView("text")).toString();
        const QString scored =
            text.isEmpty() ? o.value(QLatin1StringView("title")).toString() : text;
        if (score && !scored.isEmpty())
            item.spam = score(scored);
        if (filter.minScore > 0 && item.spam.value_or(0) < filter.minScore)
            continue;
        item.priority += item.spam.value_or(0);
        list << item;
    }
    std::sort(list.begin(), list.end(), [](const Item &a, const Item &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.oldest != b.oldest)
            return a.oldest < b.oldest;
        return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
    });
    QJsonArray out;
    for (const Item &item : std::as_const(list)) {
        QJsonObject o = item.context;
        o.insert(QStringLiteral("target_kind"), item.kind);
        o.insert(QStringLiteral("target_id"), item.id);
        o.insert(QStringLiteral("priority"), item.priority);
        o.insert(QStringLiteral("oldest_at"), item.oldest);
        if (item.spam)
            o.insert(QStringLiteral("spam_score"), *item.spam);
        const QString author = o.value(QLatin1StringView("author_id")).toString();
        if (!author.isEmpty())
            o.insert(QStringLiteral("author"), authorRecordJson(storage, author, nowMs));
        QJsonArray reports;
        for (const Report &r : item.reports) {
            const auto [upheld, resolved] = records.value(r.reporterId, {0, 0});
            QJsonObject report{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("reporter_id"), r.reporterId},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("created_at"), r.createdAt},
                {QStringLiteral("reporter_accuracy"), (upheld + 1.0) / (resolved + 2.0)}};
            if (const auto reporter = storage.userById(r.reporterId))
                report.insert(QStringLiteral("reporter_name"), reporter->displayName);
            reports.append(report);
        }
        o.insert(QStringLiteral("reports"), reports);
        out.append(o);
    }
    // The other kinds, merged in by priority.
    return {
        {QStringLiteral("items"), mergeByPriority(out, extraQueueItems(storage, filter, nowMs))}};
}

QJsonObject moderationLog(Storage &storage, int limit) {
    QJsonArray out;
    QHash<QString, QString> names;
    for (const ModerationAction &a : storage.moderation()->actions(limit)) {
        if (!names.contains(a.moderatorId)) {
            const auto user = storage.userById(a.moderatorId);
            names.insert(a.moderatorId, user ? user->displayName : a.moderatorId);
        }
        out.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("moderator_id"), a.moderatorId},
            {QStringLiteral("moderator_name"), names.value(a.moderatorId)},
            {QStringLiteral("target_kind"), a.targetKind},
            {QStringLiteral("target_id"), a.targetId},
            {QStringLiteral("target_title"), targetTitle(storage, a.targetKind, a.targetId)},
            {QStringLiteral("action"), a.action},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("created_at"), a.createdAt},
            {QStringLiteral("undone"), a.undone}});
    }
    return {{QStringLiteral("actions"), out}};
}

QJsonObject moderationNotices(Storage &storage, const QString &userId, int limit) {
    QJsonArray out;
    for (const ModerationAction &a : storage.moderation()->actionsConcerning(userId, limit)) {
        if (a.undone || a.action == QLatin1String("approve") || a.action == QLatin1String("undo"))
            continue;
        const std::optional<Appeal> appeal = storage.moderation()->appealOnAction(a.id);
        out.append(
            QJsonObject{{QStringLiteral("id"), a.id},
                        {QStringLiteral("appealable"), isAppealable(a) && !appeal},
                        {QStringLiteral("appeal"), appeal ? appeal->state : QString()},
                        {QStringLiteral("action"), a.action},
                        {QStringLiteral("reason"), a.reason},
                        {QStringLiteral("note"), a.note},
                        {QStringLiteral("target_kind"), a.targetKind},
                        {QStringLiteral("target_id"), a.targetId},
                        {QStringLiteral("title"), targetTitle(storage, a.targetKind, a.targetId)},
                        {QStringLiteral("created_at"), a.createdAt}});
    }
    return {{QStringLiteral("notices"), out}};
}

} // namespace lyceum::server

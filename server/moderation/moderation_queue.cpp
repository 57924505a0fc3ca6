#include "server/moderation/moderation_queue.h"

#include "server/moderation/moderation_storage.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace lyceum::server {

QJsonObject moderationQueue(Storage &storage, const QueueFilter &filter, qint64 nowMs) {
    ModerationStorage &m = *storage.moderation();
    const QHash<QString, QPair<int, int>> records = m.reporterRecords();
    struct Item {
        QString kind, id;
        QVector<Report> reports;
        double priority = 0;
        qint64 oldest = 0;
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
        QJsonObject o{{QStringLiteral("target_kind"), item.kind},
                      {QStringLiteral("target_id"), item.id},
                      {QStringLiteral("priority"), item.priority},
                      {QStringLiteral("oldest_at"), item.oldest}};
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
        QJsonArray reports;
        for (const Report &r : item.reports) {
            const auto [upheld, resolved] = records.value(r.reporterId, {0, 0});
            reports.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("reporter_id"), r.reporterId},
                {QStringLiteral("reason"), r.reason},
                {QStringLiteral("note"), r.note},
                {QStringLiteral("created_at"), r.createdAt},
                {QStringLiteral("reporter_accuracy"), (upheld + 1.0) / (resolved + 2.0)}});
        }
        o.insert(QStringLiteral("reports"), reports);
        out.append(o);
    }
    return {{QStringLiteral("items"), out}};
}

QJsonObject moderationLog(Storage &storage, int limit) {
    QJsonArray out;
    for (const ModerationAction &a : storage.moderation()->actions(limit)) {
        out.append(QJsonObject{{QStringLiteral("id"), a.id},
                               {QStringLiteral("moderator_id"), a.moderatorId},
                               {QStringLiteral("target_kind"), a.targetKind},
                               {QStringLiteral("target_id"), a.targetId},
                               {QStringLiteral("action"), a.action},
                               {QStringLiteral("reason"), a.reason},
                               {QStringLiteral("note"), a.note},
                               {QStringLiteral("created_at"), a.createdAt},
                               {QStringLiteral("undone"), a.undone}});
    }
    return {{QStringLiteral("actions"), out}};
}

} // namespace lyceum::server

#include "cache/post_window_reader.h"

#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/post_row.h"
#include "logging.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace lyceum::postwindow {

namespace {

const QString kOrderSql =
    QStringLiteral("SELECT id, parent_id FROM posts WHERE thread_id = ? ORDER BY created_at, id");

const QString kRowsSql = QStringLiteral(
    "SELECT p.id, p.thread_id, p.parent_id, p.author_id, p.body, p.deleted, p.created_at, "
    "p.edited_at, u.display_name, o.state, o.error_message, o.type, o.args, p.hidden FROM posts p "
    "LEFT JOIN users u ON u.id = p.author_id "
    "LEFT JOIN outbox o ON o.seq = (SELECT MIN(seq) FROM outbox WHERE entity_id = p.id) "
    "WHERE p.id IN (%1)");

const QString kQueuedEditsSql =
    QStringLiteral("SELECT entity_id, type, args FROM outbox WHERE state IN (0, 1) "
                   "AND type IN ('post.edit', 'post.delete') AND entity_id IN (%1) ORDER BY seq");

const QString kReactionsSql = QStringLiteral(
    "SELECT post_id, emoji, COUNT(*), SUM(user_id = ?) FROM reactions WHERE post_id IN (%1) "
    "GROUP BY post_id, emoji ORDER BY post_id, MIN(created_at)");

constexpr int kChunk = 200; // ids bound per statement

bool run(QSqlQuery &q, const char *what) {
    if (q.exec())
        return true;
    qCWarning(lcCache) << "reading" << what << "failed:" << q.lastError().text();
    return false;
}

QString placeholders(qsizetype n) {
    QString marks;
    marks.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

struct OrderEntry {
    QString id;
    int depth = 0;
};

// The thread's posts depth-first, each post followed by its replies, oldest first (the order
// of cachereader::thread). A post whose parent is not in the cache is shown top-level; posts
// caught in a parent cycle come last rather than being lost. Iterative: a chain of 10,000
// replies to replies must not exhaust the stack.
QVector<OrderEntry> threadOrder(CacheDatabase &db, const QString &threadId) {
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.prepare(kOrderSql);
    q.addBindValue(threadId);
    QVector<QString> ids, parents;
    if (!run(q, "thread order"))
        return {};
    while (q.next()) {
        ids.append(q.value(0).toString());
        parents.append(q.value(1).toString());
    }
    QHash<QString, int> indexById;
    indexById.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        indexById.insert(ids.at(i), i);
    QVector<QVector<int>> children(ids.size());
    QVector<int> roots;
    for (int i = 0; i < ids.size(); ++i) {
        const auto parent = indexById.constFind(parents.at(i));
        if (parents.at(i).isEmpty() || parent == indexById.constEnd() || *parent == i)
            roots.append(i);
        else
            children[*parent].append(i);
    }
    QVector<OrderEntry> order;
    order.reserve(ids.size());
    QVector<bool> emitted(ids.size(), false);
    QVector<std::pair<int, int>> stack; // (post, depth)
    const auto walk = [&](int root) {
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const auto [post, depth] = stack.takeLast();
            if (emitted[post])
                continue;
            emitted[post] = true;
            order.append({ids.at(post), depth});
            const QVector<int> &replies = children.at(post);
            for (auto it = replies.crbegin(); it != replies.crend(); ++it)
                stack.append({*it, depth + 1});
        }
    };
    for (int root : std::as_const(roots))
        walk(root);
    for (int i = 0; i < ids.size(); ++i) {
        if (!emitted[i])
            walk(i);
    }
    return order;
}

// Queued edits and deletions of the user's posts show on top of the server's version while they
// wait or are being sent (as in cachereader::thread).
void applyQueuedEdits(QSqlQuery &o, QVector<PostView> &rows, const QHash<QString, int> &rowById) {
    while (o.next()) {
        const auto it = rowById.constFind(o.value(0).toString());
        if (it == rowById.constEnd())
            continue;
        Post &post = rows[*it].post;
        if (o.value(1).toString() == QLatin1String("post.delete")) {
            post.deleted = true;
            post.body.clear();
        } else {
            post.body = QJsonDocument::fromJson(o.value(2).toString().toUtf8())
                            .object()
                            .value(QLatin1String("body"))
                            .toString();
        }
    }
}

// The rows of the posts `order[first, last)`, in that order.
QVector<PostView> readRows(CacheDatabase &db, const QVector<OrderEntry> &order, int first, int last,
                           const QString &myUserId) {
    QVector<PostView> rows(last - first);
    QHash<QString, int> rowById;
    for (int i = first; i < last; ++i) {
        rows[i - first].post.id = order.at(i).id;
        rows[i - first].depth = order.at(i).depth;
        rowById.insert(order.at(i).id, i - first);
    }
    for (int from = first; from < last; from += kChunk) {
        const int n = std::min(kChunk, last - from);
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.prepare(kRowsSql.arg(placeholders(n)));
        QSqlQuery o(db.db());
        o.setForwardOnly(true);
        o.prepare(kQueuedEditsSql.arg(placeholders(n)));
        QSqlQuery r(db.db());
        r.setForwardOnly(true);
        r.prepare(kReactionsSql.arg(placeholders(n)));
        r.addBindValue(myUserId);
        for (int i = from; i < from + n; ++i) {
            q.addBindValue(order.at(i).id);
            o.addBindValue(order.at(i).id);
            r.addBindValue(order.at(i).id);
        }
        if (run(q, "window posts")) {
            while (q.next()) {
                PostView v = cachereader::postFromRow(q);
                const int row = rowById.value(v.post.id, -1);
                if (row < 0)
                    continue;
                v.depth = rows.at(row).depth;
                rows[row] = std::move(v);
            }
        }
        if (run(o, "window queued edits"))
            applyQueuedEdits(o, rows, rowById);
        if (run(r, "window reactions")) {
            while (r.next()) {
                const int row = rowById.value(r.value(0).toString(), -1);
                if (row >= 0)
                    rows[row].reactions.append(ReactionCount{
                        r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt() > 0});
            }
        }
    }
    return rows;
}

// [first, last) of the order the query asks for; anchorPos gets the anchor's position (Around).
std::pair<int, int> windowRange(const QVector<OrderEntry> &order, const PostWindowQuery &query,
                                int *anchorPos) {
    const int total = int(order.size());
    const int count = std::max(1, query.count);
    const auto positionOf = [&order](const QString &id) {
        for (int i = 0; i < order.size(); ++i) {
            if (order.at(i).id == id)
                return i;
        }
        return -1;
    };
    switch (query.mode) {
    case PostWindowMode::Head:
        return {0, std::min(total, count)};
    case PostWindowMode::Around: {
        const int at = query.anchorId.isEmpty() ? std::min(query.position, total - 1)
                                                : positionOf(query.anchorId);
        *anchorPos = at;
        if (at < 0)
            return {0, std::min(total, count)};
        const int first = std::clamp(at - count / 2, 0, std::max(0, total - count));
        return {first, std::min(total, first + count)};
    }
    case PostWindowMode::After: {
        const int at = positionOf(query.anchorId);
        return at < 0 ? std::pair{0, 0} : std::pair{at + 1, std::min(total, at + 1 + count)};
    }
    case PostWindowMode::Before: {
        const int at = positionOf(query.anchorId);
        return at < 0 ? std::pair{0, 0} : std::pair{std::max(0, at - count), at};
    }
    case PostWindowMode::Span:
        break;
    }
    const QSet<QString> held(query.spanIds.cbegin(), query.spanIds.cend());
    int first = -1, last = -1;
    for (int i = 0; i < total; ++i) {
        if (!held.contains(order.at(i).id))
            continue;
        if (first < 0)
            first = i;
        last = i + 1;
    }
    if (first < 0) // none of them is left: start again from the top
        return {0, std::min(total, count)};
    return {first, query.spanToEnd ? total : last};
}

} // namespace

PostWindow read(CacheDatabase &db, const PostWindowQuery &query) {
    PostWindow window;
    // A failed read shows as a thread not in the cache (the window has no error state yet).
    window.summary = cachereader::threadSummary(db, query.threadId).valueOr(std::nullopt);
    if (!window.summary)
        return window;
    const QVector<OrderEntry> order = threadOrder(db, query.threadId);
    window.total = int(order.size());
    int anchorPos = -1;
    const auto [first, last] = windowRange(order, query, &anchorPos);
    window.first = first;
    window.posts = readRows(db, order, first, last, query.myUserId);
    if (anchorPos >= first && anchorPos < last)
        window.anchorRow = anchorPos - first;
    return window;
}

QStringList queryPlans(CacheDatabase &db) {
    const QList<std::pair<QString, QString>> statements{
        {QStringLiteral("order"), kOrderSql},
        {QStringLiteral("rows"), kRowsSql.arg(placeholders(3))},
        {QStringLiteral("queued edits"), kQueuedEditsSql.arg(placeholders(3))},
        {QStringLiteral("reactions"), kReactionsSql.arg(placeholders(3))},
    };
    QStringList plans;
    for (const auto &[name, sql] : statements) {
        QSqlQuery q(db.db());
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        const int binds = int(sql.count(QLatin1Char('?')));
        for (int i = 0; i < binds; ++i)
            q.addBindValue(QStringLiteral("x"));
        if (!run(q, "query plan")) {
            plans << name + QStringLiteral(": failed");
            continue;
        }
        while (q.next())
            plans << name + QStringLiteral(": ") + q.value(3).toString();
    }
    return plans;
}

} // namespace lyceum::postwindow

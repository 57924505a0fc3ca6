#include "moderation/moderation.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum {

namespace {

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QByteArray csvField(const QString &s) {
    QString v = s;
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

} // namespace

std::optional<QVector<ModerationItem>> moderationQueueFromJson(const QJsonObject &o,
                                                               QString *error) {
    const QJsonValue items = o.value(QLatin1StringView("items"));
    if (!items.isArray()) {
        if (error)
            *error = QStringLiteral("moderation queue: 'items' must be an array");
        return std::nullopt;
    }
    QVector<ModerationItem> out;
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject i = v.toObject();
        ModerationItem item;
        item.targetKind = str(i, "target_kind");
        item.targetId = str(i, "target_id");
        if (item.targetKind.isEmpty() || item.targetId.isEmpty()) {
            if (error)
                *error = QStringLiteral("moderation queue: an item without its target");
            return std::nullopt;
        }
        item.title = str(i, "title");
        item.text = str(i, "text");
        item.authorId = str(i, "author_id");
        item.threadId = str(i, "thread_id");
        item.priority = i.value(QLatin1StringView("priority")).toDouble();
        item.oldestAt = i.value(QLatin1StringView("oldest_at")).toInteger();
        if (const QJsonValue score = i.value(QLatin1StringView("spam_score")); score.isDouble())
            item.spamScore = std::clamp(score.toDouble(), 0.0, 1.0);
        const QJsonObject a = i.value(QLatin1StringView("author")).toObject();
        item.author.id = str(a, "id");
        item.author.handle = str(a, "handle");
        item.author.displayName = str(a, "display_name");
        item.author.posts = a.value(QLatin1StringView("posts")).toInt();
        item.author.threads = a.value(QLatin1StringView("threads")).toInt();
        item.author.removed = a.value(QLatin1StringView("removed")).toInt();
        item.author.warned = a.value(QLatin1StringView("warned")).toInt();
        item.author.banned = a.value(QLatin1StringView("banned")).toBool();
        item.author.joinedAt = a.value(QLatin1StringView("joined_at")).toInteger();
        for (const QJsonValue &pv : a.value(QLatin1StringView("recent")).toArray()) {
            const QJsonObject p = pv.toObject();
            item.author.recent.append({str(p, "id"), str(p, "thread_id"), str(p, "text"),
                                       p.value(QLatin1StringView("created_at")).toInteger()});
        }
        for (const QJsonValue &rv : i.value(QLatin1StringView("reports")).toArray()) {
            const QJsonObject r = rv.toObject();
            item.reports.append({str(r, "id"), str(r, "reporter_id"), str(r, "reason"),
                                 str(r, "note"),
                                 r.value(QLatin1StringView("created_at")).toInteger(),
                                 r.value(QLatin1StringView("reporter_accuracy")).toDouble(0.5),
                                 str(r, "reporter_name")});
        }
        out.append(item);
    }
    return out;
}

std::optional<QVector<AuditEntry>> auditLogFromJson(const QJsonObject &o, QString *error) {
    const QJsonValue actions = o.value(QLatin1StringView("actions"));
    if (!actions.isArray()) {
        if (error)
            *error = QStringLiteral("audit log: 'actions' must be an array");
        return std::nullopt;
    }
    QVector<AuditEntry> out;
    for (const QJsonValue &v : actions.toArray()) {
        const QJsonObject a = v.toObject();
        out.append({a.value(QLatin1StringView("id")).toInteger(), str(a, "moderator_id"),
                    str(a, "target_kind"), str(a, "target_id"), str(a, "action"), str(a, "reason"),
                    str(a, "note"), a.value(QLatin1StringView("created_at")).toInteger(),
                    a.value(QLatin1StringView("undone")).toBool(), str(a, "moderator_name"),
                    str(a, "target_title")});
    }
    return out;
}

std::optional<QVector<ModerationNotice>> noticesFromJson(const QJsonObject &o, QString *error) {
    const QJsonValue notices = o.value(QLatin1StringView("notices"));
    if (!notices.isArray()) {
        if (error)
            *error = QStringLiteral("moderation notices: 'notices' must be an array");
        return std::nullopt;
    }
    QVector<ModerationNotice> out;
    for (const QJsonValue &v : notices.toArray()) {
        const QJsonObject n = v.toObject();
        ModerationNotice notice{n.value(QLatin1StringView("id")).toInteger(),
                                str(n, "action"),
                                str(n, "reason"),
                                str(n, "note"),
                                str(n, "target_kind"),
                                str(n, "target_id"),
                                str(n, "title"),
                                n.value(QLatin1StringView("created_at")).toInteger()};
        if (notice.id <= 0 || notice.action.isEmpty()) {
            if (error)
                *error = QStringLiteral("moderation notices: a notice without its id or action");
            return std::nullopt;
        }
        out.append(notice);
    }
    return out;
}

QByteArray auditLogCsv(const QVector<AuditEntry> &entries) {
    QByteArray out(
        "id,time,moderator,moderator_name,action,target_kind,target,target_title,reason,note,"
        "undone\r\n");
    for (const AuditEntry &e : entries) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODate);
        const QList<QByteArray> fields{QByteArray::number(e.id),
                                       csvField(time),
                                       csvField(e.moderatorId),
                                       csvField(e.moderatorName),
                                       csvField(e.action),
                                       csvField(e.targetKind),
                                       csvField(e.targetId),
                                       csvField(e.targetTitle),
                                       csvField(e.reason),
                                       csvField(e.note),
                                       e.undone ? QByteArray("1") : QByteArray("0")};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

namespace moderationstore {

bool storeQueue(CacheDatabase &db, const QJsonObject &answer, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO moderation_state VALUES ('queue', ?)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    return CacheDatabase::exec(q, QStringLiteral("storing the moderation queue"), error);
}

QVector<ModerationItem> queue(CacheDatabase &db) {
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT value FROM moderation_state WHERE key = 'queue'")) ||
        !q.next())
        return {};
    QVector<ModerationItem> items =
        moderationQueueFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                                nullptr)
            .value_or(QVector<ModerationItem>{});
    QSqlQuery o(db.db());
    o.prepare(QStringLiteral("SELECT entity_id, state, args, error_code, error_message, seq "
                             "FROM outbox WHERE type = ? ORDER BY seq"));
    o.addBindValue(QString(mutations::kModerationAct));
    if (!o.exec())
        return items;
    QHash<QString, int> at;
    for (int i = 0; i < items.size(); ++i)
        at.insert(items.at(i).key(), i);
    while (o.next()) {
        auto found = at.constFind(o.value(0).toString());
        if (found == at.constEnd()) {
            // Gone from the queue the server last gave (resolved, by this moderator or another)
            // but still in the outbox: listed, so a refusal is seen.
            const QString key = o.value(0).toString();
            ModerationItem gone;
            gone.targetKind = key.section(u':', 0, 0);
            gone.targetId = key.section(u':', 1);
            gone.title = gone.targetId;
            items.append(gone);
            found = at.insert(key, int(items.size() - 1));
        }
        ModerationItem &item = items[*found];
        item.pending = OutboxState(o.value(1).toInt());
        item.pendingAction = QJsonDocument::fromJson(o.value(2).toString().toUtf8())
                                 .object()
                                 .value(QLatin1StringView("action"))
                                 .toString();
        item.failureCode = o.value(3).toString();
        item.failure = o.value(4).toString();
        item.outboxSeq = o.value(5).toLongLong();
    }
    return items;
}

bool act(CacheDatabase &db, const QString &kind, const QString &id, const QString &action,
         const QString &reason, const QString &note, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    const QJsonObject args{{QStringLiteral("target_kind"), kind},
                           {QStringLiteral("target_id"), id},
                           {QStringLiteral("action"), action},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("note"), note}};
    if (!outboxstore::enqueue(db, QString(mutations::kModerationAct), kind + QLatin1Char(':') + id,
                              args, nullptr, error))
        return false;
    return tx.commit(error);
}

bool undo(CacheDatabase &db, qint64 actionId, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (!outboxstore::enqueue(db, QString(mutations::kModerationUndo),
                              QStringLiteral("action:%1").arg(actionId),
                              {{QStringLiteral("action_id"), actionId}}, nullptr, error))
        return false;
    return tx.commit(error);
}

bool report(CacheDatabase &db, const QString &kind, const QString &id, const QString &reason,
            const QString &note, const QString &reportId, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    const QJsonObject args{{QStringLiteral("id"), reportId},
                           {QStringLiteral("target_kind"), kind},
                           {QStringLiteral("target_id"), id},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("note"), note}};
    if (!outboxstore::enqueue(db, QString(mutations::kReportCreate), kind + QLatin1Char(':') + id,
                              args, nullptr, error))
        return false;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO reports_made (target_kind, target_id, reported_at) "
                             "VALUES (?, ?, ?) ON CONFLICT (target_kind, target_id) DO NOTHING"));
    q.bindValue(0, kind);
    q.bindValue(1, id);
    q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    if (!CacheDatabase::exec(q, QStringLiteral("remembering the report"), error))
        return false;
    return tx.commit(error);
}

QSet<QString> reported(CacheDatabase &db, const QString &kind) {
    QSet<QString> out;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT target_id FROM reports_made WHERE target_kind = ?"));
    q.bindValue(0, kind);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace moderationstore
} // namespace lyceum

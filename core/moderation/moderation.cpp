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
        const QJsonObject appeal = i.value(QLatin1StringView("appeal")).toObject();
        if (!appeal.isEmpty()) {
            const QJsonObject action = appeal.value(QLatin1StringView("action")).toObject();
            item.appeal =
                ModerationItem::AppealDetail{appeal.value(QLatin1StringView("id")).toInteger(),
                                             str(appeal, "note"),
                                             action.value(QLatin1StringView("id")).toInteger(),
                                             str(action, "action"),
                                             str(action, "reason"),
                                             str(action, "note"),
                                             str(action, "moderator_name")};
        }
        const QJsonObject held = i.value(QLatin1StringView("held")).toObject();
        item.heldMatched = str(held, "matched");
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
                                n.value(QLatin1StringView("created_at")).toInteger(),
                                n.value(QLatin1StringView("appealable")).toBool(),
                                str(n, "appeal")};
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
                             "FROM outbox WHERE type IN (?, ?, ?, ?) ORDER BY seq"));
    // Decisions on appeals, held posts and members show on their items like actions do.
    for (QLatin1StringView type : {mutations::kModerationAct, mutations::kAppealDecide,
                                   mutations::kHeldDecide, mutations::kMemberDecide})
        o.addBindValue(QString(type));
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
        const QJsonObject args = QJsonDocument::fromJson(o.value(2).toString().toUtf8()).object();
        item.pendingAction = str(args, "action");
        if (item.pendingAction.isEmpty())
            item.pendingAction = str(args, "outcome"); // an appeal: grant / uphold
        if (item.pendingAction.isEmpty())              // a held post or a member: yes or no
            item.pendingAction = args.value(QLatin1StringView("publish")).toBool() ||
                                         args.value(QLatin1StringView("approve")).toBool()
                                     ? QStringLiteral("approve")
                                     : QStringLiteral("delete");
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

namespace lyceum {

namespace {
QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}
qint64 integer(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toInteger();
}
bool arrayOf(const QJsonObject &o, const char *key, const char *what, QJsonArray *out,
             QString *error) {
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isArray()) {
        if (error)
            *error = QStringLiteral("%1: '%2' must be an array")
                         .arg(QLatin1String(what), QLatin1String(key));
        return false;
    }
    *out = v.toArray();
    return true;
}
ModerationPerson personFromJson(const QJsonObject &p) {
    return {text(p, "id"),
            text(p, "handle"),
            text(p, "display_name"),
            text(p, "role"),
            integer(p, "joined_at"),
            p.value(QLatin1StringView("banned")).toBool(),
            integer(p, "banned_until"),
            text(p, "approval")};
}
} // namespace

std::optional<QVector<KeywordFilter>> keywordFiltersFromJson(const QJsonObject &o, QString *error) {
    QJsonArray list;
    if (!arrayOf(o, "filters", "keyword filters", &list, error))
        return std::nullopt;
    QVector<KeywordFilter> out;
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject f = v.toObject();
        const auto mode = filterModeFromName(text(f, "mode"));
        const auto effect = filterEffectFromName(text(f, "effect"));
        if (!mode || !effect || integer(f, "id") <= 0) {
            if (error)
                *error = QStringLiteral("keyword filters: a filter without its id, mode or effect");
            return std::nullopt;
        }
        out.append({integer(f, "id"), text(f, "pattern"), *mode, *effect, text(f, "created_by"),
                    integer(f, "created_at")});
    }
    return out;
}

std::optional<FilterTestResult> filterTestFromJson(const QJsonObject &o, QString *error) {
    QJsonArray list;
    if (!arrayOf(o, "matches", "filter test", &list, error))
        return std::nullopt;
    FilterTestResult out;
    out.checked = o.value(QLatin1StringView("checked")).toInt();
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject m = v.toObject();
        out.matches.append({text(m, "post_id"), text(m, "thread_id"), text(m, "author_id"),
                            text(m, "text"), integer(m, "created_at")});
    }
    return out;
}

std::optional<QVector<ModerationPerson>> peopleFromJson(const QJsonObject &o, QString *error) {
    QJsonArray list;
    if (!arrayOf(o, "people", "people", &list, error))
        return std::nullopt;
    QVector<ModerationPerson> out;
    for (const QJsonValue &v : std::as_const(list)) {
        ModerationPerson p = personFromJson(v.toObject());
        if (p.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("people: a member without an id");
            return std::nullopt;
        }
        out.append(p);
    }
    return out;
}

std::optional<MemberRecord> memberRecordFromJson(const QJsonObject &o, QString *error) {
    MemberRecord out;
    out.person = personFromJson(o.value(QLatin1StringView("user")).toObject());
    QJsonArray reports, actions;
    if (out.person.id.isEmpty() || !arrayOf(o, "reports", "member", &reports, error) ||
        !arrayOf(o, "actions", "member", &actions, error)) {
        if (error && error->isEmpty())
            *error = QStringLiteral("member: no user");
        return std::nullopt;
    }
    // The record has the shape of a queue item's author.
    const QJsonObject wrapped{
        {QStringLiteral("items"),
         QJsonArray{
             QJsonObject{{QStringLiteral("target_kind"), QStringLiteral("user")},
                         {QStringLiteral("target_id"), out.person.id},
                         {QStringLiteral("author"), o.value(QLatin1StringView("record"))}}}}};
    if (const auto items = moderationQueueFromJson(wrapped, error); items && !items->isEmpty())
        out.record = items->first().author;
    for (const QJsonValue &v : std::as_const(reports)) {
        const QJsonObject r = v.toObject();
        out.reports.append({text(r, "target_kind"), text(r, "target_id"), text(r, "reason"),
                            text(r, "note"), text(r, "resolution"), integer(r, "created_at")});
    }
    for (const QJsonValue &v : std::as_const(actions)) {
        const QJsonObject a = v.toObject();
        AuditEntry e;
        e.id = integer(a, "id");
        e.action = text(a, "action");
        e.reason = text(a, "reason");
        e.note = text(a, "note");
        e.targetKind = text(a, "target_kind");
        e.targetId = text(a, "target_id");
        e.createdAt = integer(a, "created_at");
        e.undone = a.value(QLatin1StringView("undone")).toBool();
        out.actions.append(e);
    }
    return out;
}

namespace moderationstore {

bool send(CacheDatabase &db, QLatin1StringView type, const QString &entityId,
          const QJsonObject &args, QString *mutationId, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (!outboxstore::enqueue(db, QString(type), entityId, args, mutationId, error))
        return false;
    return tx.commit(error);
}

qint64 lastOwnPostInSpace(CacheDatabase &db, const QString &userId, const QString &spaceId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT MAX(p.created_at) FROM posts p JOIN threads t ON t.id ="
                             " p.thread_id WHERE p.author_id = ? AND t.space_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(spaceId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace moderationstore
} // namespace lyceum

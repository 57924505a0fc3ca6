#include "outbox/outbox_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"
#include "learning/challenge_store.h"
#include "logging.h"
#include "reading/saved_store.h"
#include "reviews/review_store.h"
#include "studio/draft_sync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum::outboxstore {

namespace {
bool setState(CacheDatabase &db, const QVector<Outgoing> &batch, int state, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ? WHERE seq = ?"));
    for (const Outgoing &o : batch) {
        q.bindValue(0, state);
        q.bindValue(1, o.seq);
        if (!CacheDatabase::exec(q, QStringLiteral("updating the outbox"), error))
            return false;
    }
    return true;
}

// The reason a user reads for a rejection: our own translated sentence for the codes of
// docs/protocol.md, the server's words for anything else (e.g. which field was invalid).
QString rejectionText(const QString &code, const QString &serverMessage) {
    const char *text = nullptr;
    if (code == QLatin1String("thread_locked"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox", "The thread was locked before this arrived.");
    else if (code == QLatin1String("not_found"))
        text =
            QT_TRANSLATE_NOOP("lyceum::Outbox", "What this answers or reacts to no longer exists.");
    else if (code == QLatin1String("forbidden"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox", "You no longer have permission to do this.");
    else if (code == QLatin1String("post_deleted"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox", "The post was deleted before this arrived.");
    else if (code == QLatin1String("edit_conflict"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "The post was changed elsewhere after you started editing it. "
                                 "Your text is kept: retry to replace that version with yours, "
                                 "or drop your edit to keep it.");
    else if (code == QLatin1String("conflict"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "The server already has something with the same id.");
    else if (code == QLatin1String("publish_conflict"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "The published version was changed elsewhere after this draft "
                                 "was based on it; nothing was overwritten.");
    else if (code == QLatin1String("banned"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "Your account is banned in this community: you can still read, "
                                 "but this was not sent.");
    else if (code == QLatin1String("not_allowed_here"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "This space keeps this to its team or to members of its courses.");
    else if (code == QLatin1String("draft_changed"))
        text = QT_TRANSLATE_NOOP("lyceum::Outbox",
                                 "Another device changed this draft meanwhile, so it was kept.");
    if (text)
        return QCoreApplication::translate("lyceum::Outbox", text);
    return serverMessage.isEmpty() ? code : serverMessage;
}
} // namespace

QJsonObject Outgoing::toWire() const {
    return {{QStringLiteral("id"), mutationId},
            {QStringLiteral("type"), type},
            {QStringLiteral("args"), args}};
}

bool enqueue(CacheDatabase &db, const QString &type, const QString &entityId,
             const QJsonObject &args, QString *mutationId, QString *error) {
    const QString id = newId();
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO outbox (mutation_id, type, entity_id, args, state, "
                             "created_at) VALUES (?, ?, ?, ?, 0, ?)"));
    q.bindValue(0, id);
    q.bindValue(1, type);
    q.bindValue(2, entityId);
    q.bindValue(3, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    if (!CacheDatabase::exec(q, QStringLiteral("queueing the change"), error))
        return false;
    if (mutationId)
        *mutationId = id;
    return true;
}

bool resetSending(CacheDatabase &db, QString *error) {
    return db.exec(QStringLiteral("UPDATE outbox SET state = 0 WHERE state = 1"), error);
}

bool takeBatch(CacheDatabase &db, int limit, QVector<Outgoing> *out, QString *error) {
    out->clear();
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT seq, mutation_id, type, args FROM outbox WHERE state = 0 "
                             "ORDER BY seq LIMIT ?"));
    q.bindValue(0, limit);
    if (!CacheDatabase::exec(q, QStringLiteral("reading the outbox"), error))
        return false;
    while (q.next()) {
        Outgoing o;
        o.seq = q.value(0).toLongLong();
        o.mutationId = q.value(1).toString();
        o.type = q.value(2).toString();
        o.args = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out->append(o);
    }
    QSqlQuery mark(db.db());
    mark.prepare(QStringLiteral("UPDATE outbox SET state = 1, attempts = attempts + 1 "
                                "WHERE seq = ?"));
    for (const Outgoing &o : std::as_const(*out)) {
        mark.bindValue(0, o.seq);
        if (!CacheDatabase::exec(mark, QStringLiteral("marking the outbox"), error)) {
            out->clear();
            return false;
        }
    }
    return tx.commit(error);
}

bool recordResults(CacheDatabase &db, const QVector<Outgoing> &batch,
                   const QVector<MutationResult> &results, QString *error) {
    QHash<QString, MutationResult> byId;
    for (const MutationResult &r : results)
        byId.insert(r.id, r);
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery done(db.db());
    done.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    QSqlQuery failed(db.db());
    failed.prepare(QStringLiteral(
        "UPDATE outbox SET state = 2, error_code = ?, error_message = ? WHERE seq = ?"));
    QSqlQuery waiting(db.db());
    waiting.prepare(QStringLiteral("UPDATE outbox SET state = 0 WHERE seq = ?"));
    for (const Outgoing &o : batch) {
        const auto it = byId.constFind(o.mutationId);
        bool ok = true;
        if (it == byId.constEnd()) {
            waiting.bindValue(0, o.seq);
            ok = CacheDatabase::exec(waiting, QStringLiteral("updating the outbox"), error);
        } else if (it->status == MutationResult::Status::Applied) {
            done.bindValue(0, o.seq);
            ok = CacheDatabase::exec(done, QStringLiteral("updating the outbox"), error);
            if (ok && o.type == mutations::kDraftPut)
                ok = draftsync::putApplied(
                    db, o.args.value(QLatin1StringView("id")).toString(),
                    it->answer.value(QLatin1StringView("revision")).toInteger(),
                    it->answer.value(QLatin1StringView("conflict")).toBool(), error);
        } else {
            qCInfo(lcOutbox) << "mutation" << o.mutationId << o.type << "rejected:" << it->errorCode
                             << it->errorMessage;
            // '' not NULL: QtSql binds a null QString as NULL
            const QString code =
                it->errorCode.isNull() ? QString::fromLatin1("", 0) : it->errorCode;
            failed.bindValue(0, code);
            failed.bindValue(1, rejectionText(code, it->errorMessage));
            failed.bindValue(2, o.seq);
            ok = CacheDatabase::exec(failed, QStringLiteral("updating the outbox"), error);
        }
        if (!ok)
            return false;
    }
    return tx.commit(error);
}

bool release(CacheDatabase &db, const QVector<Outgoing> &batch, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (!setState(db, batch, 0, error))
        return false;
    return tx.commit(error);
}

bool retry(CacheDatabase &db, qint64 seq, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery row(db.db());
    row.prepare(QStringLiteral("SELECT type, entity_id, args, error_code FROM outbox "
                               "WHERE seq = ? AND state = 2"));
    row.bindValue(0, seq);
    if (!CacheDatabase::exec(row, QStringLiteral("reading the change"), error))
        return false;
    if (!row.next()) {
        if (error)
            *error = QCoreApplication::translate(
                "lyceum::Outbox", "Only a change the server refused can be retried.");
        return false;
    }
    QJsonObject args = QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object();
    if (row.value(0).toString() == mutations::kPostEdit &&
        row.value(3).toString() == QLatin1String("edit_conflict")) {
        // Retrying a conflicting edit is the user's choice to replace the other version: the
        // edit is now based on the version the cache holds (the server's latest it pulled).
        QSqlQuery base(db.db());
        base.prepare(QStringLiteral("SELECT COALESCE(edited_at, 0) FROM posts WHERE id = ?"));
        base.bindValue(0, row.value(1).toString());
        if (CacheDatabase::exec(base, QStringLiteral("reading the post"), error) && base.next())
            args.insert(QStringLiteral("base_edited_at"), base.value(0).toLongLong());
    }
    row.finish();
    QSqlQuery q(db.db());
    // A new mutation id: the server recorded its refusal of the old one as final, and a retry is
    // a new decision of the user's.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 0, error_code = '', error_message = '', "
                             "args = ?, mutation_id = ? WHERE seq = ? AND state = 2"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.bindValue(1, newId());
    q.bindValue(2, seq);
    if (!CacheDatabase::exec(q, QStringLiteral("retrying the change"), error))
        return false;
    return tx.commit(error);
}

namespace {
bool revert(CacheDatabase &db, const QString &type, const QString &entityId,
            const QJsonObject &args, QString *error) {
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery q(db.db());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return CacheDatabase::exec(q, QStringLiteral("undoing the change"), error);
    };
    if (type == mutations::kPostCreate) {
        const QString threadId = args.value(QLatin1String("thread_id")).toString();
        return run(QStringLiteral("DELETE FROM posts WHERE id = ?"), {entityId}) &&
               run(QStringLiteral("UPDATE threads SET post_count = MAX(post_count - 1, 0) "
                                  "WHERE id = ?"),
                   {threadId});
    }
    if (type == mutations::kThreadCreate)
        return run(QStringLiteral("DELETE FROM posts WHERE thread_id = ?"), {entityId}) &&
               run(QStringLiteral("DELETE FROM threads WHERE id = ?"), {entityId});
    if (type == mutations::kReactionAdd)
        return run(QStringLiteral("DELETE FROM reactions WHERE id = ?"), {entityId});
    if (type == mutations::kReactionRemove) {
        // id = post_id.user_id.emoji_key; ids never contain '.'
        const QStringList parts = entityId.split(u'.');
        if (parts.size() != 3)
            return true;
        return run(QStringLiteral("INSERT OR REPLACE INTO reactions (id, post_id, user_id, emoji, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)"),
                   {entityId, parts.at(0), parts.at(1),
                    args.value(QLatin1String("emoji")).toString(),
                    QDateTime::currentMSecsSinceEpoch()});
    }
    if (type.startsWith(QLatin1String("review.")))
        return reviewstore::revert(db, type, entityId, args, error);
    if (type.startsWith(QLatin1String("challenge.")))
        return challengestore::revert(db, type, args, error);
    if (type.startsWith(QLatin1String("saved.")))
        return savedstore::revert(db, type, entityId, args, error);
    return true; // unknown types carry no local change
}
} // namespace

bool discard(CacheDatabase &db, qint64 seq, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT type, entity_id, args, state FROM outbox WHERE seq = ?"));
    q.bindValue(0, seq);
    if (!CacheDatabase::exec(q, QStringLiteral("reading the outbox"), error))
        return false;
    if (!q.next() || q.value(3).toInt() == int(OutboxState::Sending)) {
        if (error)
            *error = QCoreApplication::translate(
                "lyceum::Outbox",
                "The change is being sent or already gone; it cannot be dropped.");
        return false;
    }
    const QString type = q.value(0).toString();
    const QString entityId = q.value(1).toString();
    const QJsonObject args = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    q.finish();
    QSqlQuery remove(db.db());
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    remove.bindValue(0, seq);
    if (!revert(db, type, entityId, args, error) ||
        !CacheDatabase::exec(remove, QStringLiteral("dropping the change"), error))
        return false;
    return tx.commit(error);
}

QVector<OutboxEntry> list(CacheDatabase &db) {
    QSqlQuery q(db.db());
    QVector<OutboxEntry> out;
    if (!q.exec(QStringLiteral("SELECT seq, mutation_id, type, entity_id, state, error_code, "
                               "error_message, attempts, created_at, args FROM outbox "
                               "ORDER BY seq"))) {
        qCWarning(lcOutbox) << "listing the outbox failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = q.value(1).toString();
        e.type = q.value(2).toString();
        e.entityId = q.value(3).toString();
        e.state = OutboxState(q.value(4).toInt());
        e.errorCode = q.value(5).toString();
        e.errorMessage = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        e.createdAt = q.value(8).toLongLong();
        e.argsJson = q.value(9).toString();
        out.append(e);
    }
    return out;
}

int count(CacheDatabase &db, OutboxState state) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.bindValue(0, int(state));
    if (!q.exec() || !q.next()) {
        qCWarning(lcOutbox) << "counting the outbox failed:" << q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

} // namespace lyceum::outboxstore

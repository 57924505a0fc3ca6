#include "studio/draft_sync.h"

#include "cache/cache_database.h"
#include "cache/cache_views.h"
#include "cache/transaction.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"
#include "studio/draft_status.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace lyceum::draftsync {

namespace {

QString text(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject metaOf(const Draft &d) {
    QJsonObject meta = d.extra;
    meta.insert(QStringLiteral("course_id"), d.courseId);
    meta.insert(QStringLiteral("space_id"), d.spaceId);
    meta.insert(QStringLiteral("target_id"), d.targetId);
    meta.insert(QStringLiteral("base_updated_at"), d.baseUpdatedAt);
    return meta;
}

void takeMeta(Draft *d, QJsonObject meta) {
    d->courseId = meta.take(QStringLiteral("course_id")).toString();
    d->spaceId = meta.take(QStringLiteral("space_id")).toString();
    d->targetId = meta.take(QStringLiteral("target_id")).toString();
    d->baseUpdatedAt = meta.take(QStringLiteral("base_updated_at")).toInteger();
    d->extra = meta;
}

bool dropQueued(CacheDatabase &db, const QString &type, const QString &draftId, bool failedToo,
                QString *error) {
    QSqlQuery q(db.db());
    q.prepare(failedToo ? QStringLiteral("DELETE FROM outbox WHERE type = ? AND entity_id = ? AND "
                                         "state IN (0, 2)")
                        : QStringLiteral("DELETE FROM outbox WHERE type = ? AND entity_id = ? AND "
                                         "state = 0"));
    q.addBindValue(type);
    q.addBindValue(draftId);
    return CacheDatabase::exec(q, QStringLiteral("replacing a queued draft"), error);
}

bool hasUnsent(CacheDatabase &db, const QString &draftId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE type IN (?, ?) AND entity_id = ? "
                             "LIMIT 1"));
    q.addBindValue(QString(mutations::kDraftPut));
    q.addBindValue(QString(mutations::kDraftDelete));
    q.addBindValue(draftId);
    return q.exec() && q.next();
}

} // namespace

bool isBlank(const Draft &d) {
    return d.title.trimmed().isEmpty() && d.body.trimmed().isEmpty() &&
           d.extra.value(QLatin1StringView("video_path")).toString().isEmpty() &&
           d.extra.value(QLatin1StringView("outline")).toArray().isEmpty() &&
           d.extra.value(QLatin1StringView("sections")).toArray().isEmpty();
}

bool queuePut(CacheDatabase &db, const Draft &d, const QString &device, bool resolved,
              QString *error) {
    // A blank draft the server has never seen has nothing for the other devices: it is not
    // queued (a new draft is saved at once, and its put used to wait in the outbox as "1 post
    // waiting to send"); one typed and emptied again before it was sent is taken back.
    if (d.serverRevision == 0 && !resolved && isBlank(d))
        return dropQueued(db, QString(mutations::kDraftPut), d.id, false, error);
    const QJsonObject args{{QStringLiteral("id"), d.id},
                           {QStringLiteral("kind"), d.kind},
                           {QStringLiteral("title"), text(d.title)},
                           {QStringLiteral("body"), text(d.body)},
                           {QStringLiteral("meta"), metaOf(d)},
                           {QStringLiteral("base_revision"), d.serverRevision},
                           {QStringLiteral("saved_at"), d.updatedAt},
                           {QStringLiteral("device"), device},
                           {QStringLiteral("resolved"), resolved}};
    // A resolving put is never replaced by a plain one: the choice must reach the server.
    QSqlQuery resolving(db.db());
    resolving.prepare(QStringLiteral("SELECT args FROM outbox WHERE type = ? AND "
                                     "entity_id = ? AND state = 0"));
    resolving.addBindValue(QString(mutations::kDraftPut));
    resolving.addBindValue(d.id);
    bool keepResolved = false;
    if (resolving.exec() && resolving.next())
        keepResolved = QJsonDocument::fromJson(resolving.value(0).toString().toUtf8())
                           .object()
                           .value(QLatin1StringView("resolved"))
                           .toBool();
    QJsonObject sent = args;
    if (keepResolved)
        sent.insert(QStringLiteral("resolved"), true);
    return dropQueued(db, QString(mutations::kDraftPut), d.id, false, error) &&
           outboxstore::enqueue(db, QString(mutations::kDraftPut), d.id, sent, nullptr, error);
}

bool queueDelete(CacheDatabase &db, const Draft &d, QString *error) {
    if (!dropQueued(db, QString(mutations::kDraftPut), d.id, true, error) ||
        !dropQueued(db, QString(mutations::kDraftPublish), d.id, true, error))
        return false;
    return outboxstore::enqueue(
        db, QString(mutations::kDraftDelete), d.id,
        {{QStringLiteral("id"), d.id}, {QStringLiteral("base_revision"), d.serverRevision}},
        nullptr, error);
}

bool putApplied(CacheDatabase &db, const QString &draftId, qint64 revision, bool conflict,
                QString *error) {
    if (conflict)
        return true;
    QSqlQuery d(db.db());
    d.prepare(QStringLiteral("UPDATE drafts SET server_revision = ? WHERE id = ? AND "
                             "server_revision < ?"));
    d.addBindValue(revision);
    d.addBindValue(draftId);
    d.addBindValue(revision);
    if (!CacheDatabase::exec(d, QStringLiteral("recording a draft's revision"), error))
        return false;
    // What this device queued since was based on what it sent: rebase it.
    QSqlQuery waiting(db.db());
    waiting.prepare(QStringLiteral("SELECT seq, args FROM outbox WHERE type IN (?, ?) AND "
                                   "entity_id = ? AND state = 0"));
    waiting.addBindValue(QString(mutations::kDraftPut));
    waiting.addBindValue(QString(mutations::kDraftDelete));
    waiting.addBindValue(draftId);
    if (!CacheDatabase::exec(waiting, QStringLiteral("reading queued drafts"), error))
        return false;
    QVector<QPair<qint64, QJsonObject>> rows;
    while (waiting.next())
        rows.append({waiting.value(0).toLongLong(),
                     QJsonDocument::fromJson(waiting.value(1).toString().toUtf8()).object()});
    for (auto &[seq, args] : rows) {
        args.insert(QStringLiteral("base_revision"), revision);
        QSqlQuery u(db.db());
        u.prepare(QStringLiteral("UPDATE outbox SET args = ? WHERE seq = ?"));
        u.addBindValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        u.addBindValue(seq);
        if (!CacheDatabase::exec(u, QStringLiteral("rebasing a queued draft"), error))
            return false;
    }
    return true;
}

bool merge(CacheDatabase &db, const QJsonArray &drafts, qint64 nowMs, int *changed,
           QString *error) {
    *changed = 0;
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    for (const QJsonValue &v : drafts) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1StringView("id")).toString();
        const qint64 revision = o.value(QLatin1StringView("revision")).toInteger();
        if (!isValidId(id) || hasUnsent(db, id))
            continue; // this device's own change is on its way and will be answered
        const std::optional<Draft> local = draftstore::draft(db, id);
        if (local && local->serverRevision >= revision)
            continue;
        if (o.value(QLatin1StringView("deleted")).toBool()) {
            if (local) {
                QSqlQuery a(db.db());
                a.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
                a.addBindValue(id);
                if (!CacheDatabase::exec(a, QStringLiteral("deleting a draft"), error))
                    return false;
                ++*changed;
            }
            continue;
        }
        if (!local && revision == 0)
            continue;
        Draft d = local.value_or(Draft{});
        d.id = id;
        d.kind = o.value(QLatin1StringView("kind")).toString();
        d.title = o.value(QLatin1StringView("title")).toString();
        d.body = o.value(QLatin1StringView("body")).toString();
        takeMeta(&d, o.value(QLatin1StringView("meta")).toObject());
        d.serverRevision = revision;
        d.conflicts = o.value(QLatin1StringView("conflicts")).toArray();
        if (!local)
            d.createdAt = nowMs;
        d.updatedAt = nowMs;
        if (!draftstore::writeWithRevision(db, d, nowMs, error))
            return false;
        ++*changed;
    }
    return tx.commit(error);
}

bool choose(CacheDatabase &db, const QString &draftId, const QString &title, const QString &body,
            qint64 baseUpdatedAt, const QString &device, qint64 nowMs, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    std::optional<Draft> d = draftstore::draft(db, draftId);
    if (!d) {
        if (error)
            *error = QStringLiteral("no such draft");
        return false;
    }
    d->title = title;
    d->body = body;
    d->conflicts = {};
    if (baseUpdatedAt >= 0)
        d->baseUpdatedAt = baseUpdatedAt;
    d->updatedAt = nowMs;
    // Rebased on the published version: the publish it refused is settled.
    if (baseUpdatedAt >= 0 &&
        !dropQueued(db, QString(mutations::kDraftPublish), draftId, true, error))
        return false;
    if (!draftstore::writeWithRevision(db, *d, nowMs, error) ||
        (!device.isEmpty() && !queuePut(db, *d, device, true, error)))
        return false;
    return tx.commit(error);
}

QJsonObject publishArgs(const Draft &d, qint64 publishAtMs) {
    const bool edit = !d.targetId.isEmpty();
    QJsonObject a{{QStringLiteral("draft_id"), d.id},
                  {QStringLiteral("kind"), d.kind},
                  {QStringLiteral("item_id"),
                   edit ? d.targetId : d.extra.value(QLatin1StringView("item_id")).toString()},
                  {QStringLiteral("edit"), edit},
                  {QStringLiteral("base_updated_at"), d.baseUpdatedAt},
                  {QStringLiteral("title"), text(d.title).trimmed()},
                  {QStringLiteral("body"), text(d.body)}};
    if (publishAtMs > 0)
        a.insert(QStringLiteral("publish_at"), publishAtMs);
    if (d.kind == QLatin1String("course")) {
        a.insert(QStringLiteral("price"), d.extra.value(QLatin1StringView("price")).toInteger());
        a.insert(QStringLiteral("outline"), d.extra.value(QLatin1StringView("outline")));
        if (!d.spaceId.isEmpty())
            a.insert(QStringLiteral("space_id"), d.spaceId);
    } else if (d.kind == QLatin1String("lesson")) {
        a.insert(QStringLiteral("course_id"), d.courseId);
        a.insert(QStringLiteral("free_preview"),
                 d.extra.value(QLatin1StringView("free_preview")).toBool());
    } else {
        a.insert(QStringLiteral("first_post_id"),
                 d.extra.value(QLatin1StringView("first_post_id")).toString());
        if (!d.courseId.isEmpty())
            a.insert(QStringLiteral("course_id"), d.courseId);
        else
            a.insert(QStringLiteral("space_id"), d.spaceId);
    }
    return a;
}

bool queuePublish(CacheDatabase &db, const QString &draftId, qint64 publishAtMs, qint64 nowMs,
                  QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    std::optional<Draft> d = draftstore::draft(db, draftId);
    if (!d) {
        if (error)
            *error = QStringLiteral("no such draft");
        return false;
    }
    // Ids of what a first publish creates, made once and kept with the draft.
    if (d->extra.value(QLatin1StringView("item_id")).toString().isEmpty())
        d->extra.insert(QStringLiteral("item_id"), newId());
    if (d->extra.value(QLatin1StringView("first_post_id")).toString().isEmpty())
        d->extra.insert(QStringLiteral("first_post_id"), newId());
    QJsonArray outline = d->extra.value(QLatin1StringView("outline")).toArray();
    for (qsizetype i = 0; i < outline.size(); ++i) {
        QJsonObject o = outline.at(i).toObject();
        if (o.value(QLatin1StringView("id")).toString().isEmpty()) {
            o.insert(QStringLiteral("id"), newId());
            outline.replace(i, o);
        }
    }
    d->extra.insert(QStringLiteral("outline"), outline);
    d->extra.insert(QStringLiteral("published_digest"), draftstatus::digestOf(*d));
    d->publishAt = publishAtMs;
    d->publishRequestedAt = nowMs;
    QSqlQuery u(db.db());
    u.prepare(QStringLiteral("UPDATE drafts SET extra = ?, publish_at = ?, "
                             "publish_requested_at = ? WHERE id = ?"));
    u.addBindValue(QString::fromUtf8(QJsonDocument(d->extra).toJson(QJsonDocument::Compact)));
    u.addBindValue(publishAtMs);
    u.addBindValue(nowMs);
    u.addBindValue(draftId);
    if (!CacheDatabase::exec(u, QStringLiteral("recording a publish"), error) ||
        !dropQueued(db, QString(mutations::kDraftPublish), draftId, true, error) ||
        !outboxstore::enqueue(db, QString(mutations::kDraftPublish), draftId,
                              publishArgs(*d, publishAtMs), nullptr, error))
        return false;
    return tx.commit(error);
}

PublishState publishState(CacheDatabase &db, const Draft &d) {
    PublishState s;
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT seq, state, error_code, error_message FROM outbox WHERE "
                             "type = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(QString(mutations::kDraftPublish));
    q.addBindValue(d.id);
    if (q.exec() && q.next()) {
        s.outboxSeq = q.value(0).toLongLong();
        s.stage = q.value(1).toInt() == int(OutboxState::Failed) ? PublishState::Stage::Failed
                                                                 : PublishState::Stage::Waiting;
        s.errorCode = q.value(2).toString();
        s.errorMessage = q.value(3).toString();
    } else if (d.publishRequestedAt > 0) {
        s.stage = PublishState::Stage::Sent;
    }
    return s;
}

QStringList imageIdsIn(const QString &markdown) {
    static const QRegularExpression re(QStringLiteral("lyceum-image:([A-Za-z0-9_-]{1,64})"));
    QStringList ids;
    for (auto it = re.globalMatch(markdown); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

bool patchExtra(CacheDatabase &db, const QString &draftId, const QJsonObject &patch,
                QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    std::optional<Draft> d = draftstore::draft(db, draftId);
    if (!d) {
        return true; // deleted meanwhile: nothing to keep
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            d->extra.remove(it.key());
        else
            d->extra.insert(it.key(), it.value());
    }
    QSqlQuery u(db.db());
    u.prepare(QStringLiteral("UPDATE drafts SET extra = ? WHERE id = ?"));
    u.addBindValue(QString::fromUtf8(QJsonDocument(d->extra).toJson(QJsonDocument::Compact)));
    u.addBindValue(draftId);
    if (!CacheDatabase::exec(u, QStringLiteral("updating a draft"), error))
        return false;
    return tx.commit(error);
}

QStringList videosToUpload(CacheDatabase &db) {
    QStringList out;
    for (const Draft &d : draftstore::drafts(db))
        if (d.kind == QLatin1String("lesson") && !d.targetId.isEmpty() &&
            !d.extra.value(QLatin1StringView("video_path")).toString().isEmpty() &&
            d.extra.value(QLatin1StringView("video_asset_id")).toString().isEmpty())
            out << d.id;
    return out;
}

bool linkPublished(CacheDatabase &db, QString *error) {
    const QVector<Draft> all = draftstore::drafts(db);
    for (Draft d : all) {
        if (d.publishRequestedAt == 0 || !d.targetId.isEmpty() ||
            (d.kind != QLatin1String("course") && d.kind != QLatin1String("lesson")) ||
            publishState(db, d).stage != PublishState::Stage::Sent)
            continue;
        const QString item = d.extra.value(QLatin1StringView("item_id")).toString();
        QSqlQuery q(db.db());
        q.prepare(d.kind == QLatin1String("course")
                      ? QStringLiteral("SELECT updated_at FROM courses WHERE id = ?")
                      : QStringLiteral("SELECT updated_at FROM lessons WHERE id = ?"));
        q.addBindValue(item);
        if (!q.exec() || !q.next())
            continue; // not arrived yet (or scheduled for later)
        QSqlQuery u(db.db());
        u.prepare(
            QStringLiteral("UPDATE drafts SET target_id = ?, base_updated_at = ? WHERE id = ?"));
        u.addBindValue(item);
        u.addBindValue(q.value(0).toLongLong());
        u.addBindValue(d.id);
        if (!CacheDatabase::exec(u, QStringLiteral("linking a published draft"), error))
            return false;
    }
    return true;
}

bool cancelPublish(CacheDatabase &db, const QString &draftId, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery u(db.db());
    u.prepare(QStringLiteral("UPDATE drafts SET publish_requested_at = 0, publish_at = 0 "
                             "WHERE id = ?"));
    u.addBindValue(draftId);
    if (!CacheDatabase::exec(u, QStringLiteral("cancelling a publish"), error) ||
        !outboxstore::enqueue(db, QString(mutations::kScheduleCancel), draftId,
                              {{QStringLiteral("draft_id"), draftId}}, nullptr, error))
        return false;
    return tx.commit(error);
}

PublishedVersion publishedVersion(CacheDatabase &db, const QString &draftId) {
    PublishedVersion v;
    const std::optional<Draft> draft = draftstore::draft(db, draftId);
    if (!draft || draft->targetId.isEmpty())
        return v;
    QSqlQuery q(db.db());
    q.prepare(
        draft->kind == QLatin1String("course")
            ? QStringLiteral("SELECT title, description, updated_at FROM courses WHERE id = ?")
            : QStringLiteral("SELECT title, body, updated_at FROM lessons WHERE id = ?"));
    q.addBindValue(draft->targetId);
    if (q.exec() && q.next()) {
        v.found = true;
        v.title = q.value(0).toString();
        v.body = q.value(1).toString();
        v.updatedAt = q.value(2).toLongLong();
    }
    return v;
}

} // namespace lyceum::draftsync

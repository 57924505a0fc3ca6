#include "studio/draft_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "studio/draft_sync.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::draftstore {

namespace {
const QString kColumns = QStringLiteral(
    "id, kind, title, body, target_id, base_updated_at, course_id, space_id, created_at,"
    " updated_at, extra, server_revision, conflicts, publish_at, publish_requested_at");

Draft readDraft(const QSqlQuery &q) {
    Draft d{q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toLongLong(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toLongLong(),
            q.value(9).toLongLong(),
            {},
            0,
            {},
            0,
            0};
    d.extra = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    d.serverRevision = q.value(11).toLongLong();
    d.conflicts = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    d.publishAt = q.value(13).toLongLong();
    d.publishRequestedAt = q.value(14).toLongLong();
    return d;
}

bool addRevision(CacheDatabase &db, const QString &draftId, const QString &title,
                 const QString &body, qint64 nowMs, bool forceNew, QString *error) {
    QSqlQuery last(db.db());
    last.prepare(QStringLiteral("SELECT id, saved_at FROM draft_revisions WHERE draft_id = ? "
                                "ORDER BY id DESC LIMIT 1"));
    last.addBindValue(draftId);
    if (!CacheDatabase::exec(last, QStringLiteral("reading a draft's history"), error))
        return false;
    if (!forceNew && last.next() && nowMs - last.value(1).toLongLong() < kRevisionGapMs) {
        QSqlQuery update(db.db());
        update.prepare(QStringLiteral("UPDATE draft_revisions SET title = ?, body = ? WHERE "
                                      "id = ?"));
        update.addBindValue(title.isNull() ? QStringLiteral("") : title);
        update.addBindValue(body.isNull() ? QStringLiteral("") : body);
        update.addBindValue(last.value(0).toLongLong());
        return CacheDatabase::exec(update, QStringLiteral("updating a revision"), error);
    }
    QSqlQuery insert(db.db());
    insert.prepare(QStringLiteral("INSERT INTO draft_revisions (draft_id, title, body, saved_at) "
                                  "VALUES (?, ?, ?, ?)"));
    insert.addBindValue(draftId);
    insert.addBindValue(title.isNull() ? QStringLiteral("") : title);
    insert.addBindValue(body.isNull() ? QStringLiteral("") : body);
    insert.addBindValue(nowMs);
    QSqlQuery trim(db.db());
    trim.prepare(QStringLiteral(
        "DELETE FROM draft_revisions WHERE draft_id = ? AND id NOT IN (SELECT id FROM "
        "draft_revisions WHERE draft_id = ? ORDER BY id DESC LIMIT ?)"));
    trim.addBindValue(draftId);
    trim.addBindValue(draftId);
    trim.addBindValue(kMaxRevisions);
    return CacheDatabase::exec(insert, QStringLiteral("adding a revision"), error) &&
           CacheDatabase::exec(trim, QStringLiteral("trimming a draft's history"), error);
}

bool write(CacheDatabase &db, const Draft &d, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (") + kColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto text = [](const QString &s) {
        return QVariant(s.isNull() ? QStringLiteral("") : s);
    };
    for (const QVariant &v :
         {text(d.id), text(d.kind), text(d.title), text(d.body), text(d.targetId),
          QVariant(d.baseUpdatedAt), text(d.courseId), text(d.spaceId), QVariant(d.createdAt),
          QVariant(d.updatedAt),
          QVariant(QString::fromUtf8(QJsonDocument(d.extra).toJson(QJsonDocument::Compact))),
          QVariant(d.serverRevision),
          QVariant(QString::fromUtf8(QJsonDocument(d.conflicts).toJson(QJsonDocument::Compact))),
          QVariant(d.publishAt), QVariant(d.publishRequestedAt)})
        q.addBindValue(v);
    return CacheDatabase::exec(q, QStringLiteral("saving a draft"), error);
}
} // namespace

bool save(CacheDatabase &db, Draft d, qint64 nowMs, bool newRevision, QString *error,
          const QString &syncDevice) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    const std::optional<Draft> before = draft(db, d.id);
    d.createdAt = before ? before->createdAt : nowMs;
    d.updatedAt = nowMs;
    if (before) {
        // Made by publishing and uploading, not by the editor, whose copy may be older.
        for (const char *key : {"item_id", "first_post_id", "published_digest"})
            if (before->extra.contains(QLatin1String(key)))
                d.extra.insert(QLatin1String(key), before->extra.value(QLatin1String(key)));
        if (before->extra.value(QLatin1StringView("video_path")) ==
            d.extra.value(QLatin1StringView("video_path")))
            for (const char *key : {"upload_id", "video_asset_id"}) {
                if (before->extra.contains(QLatin1String(key)))
                    d.extra.insert(QLatin1String(key), before->extra.value(QLatin1String(key)));
                else
                    d.extra.remove(QLatin1String(key));
            }
        QHash<QString, QString> outlineIds;
        for (const QJsonValue &v : before->extra.value(QLatin1StringView("outline")).toArray())
            outlineIds.insert(v[QLatin1StringView("title")].toString(),
                              v[QLatin1StringView("id")].toString());
        QJsonArray outline = d.extra.value(QLatin1StringView("outline")).toArray();
        for (qsizetype i = 0; i < outline.size(); ++i) {
            QJsonObject o = outline.at(i).toObject();
            if (o.value(QLatin1StringView("id")).toString().isEmpty()) {
                o.insert(QStringLiteral("id"),
                         outlineIds.value(o.value(QLatin1StringView("title")).toString()));
                outline.replace(i, o);
            }
        }
        if (d.extra.contains(QLatin1StringView("outline")))
            d.extra.insert(QStringLiteral("outline"), outline);
        d.serverRevision = before->serverRevision;
        d.conflicts = before->conflicts;
        d.publishAt = before->publishAt;
        d.publishRequestedAt = before->publishRequestedAt;
    }
    if (!write(db, d, error) ||
        !addRevision(db, d.id, d.title, d.body, nowMs, newRevision, error) ||
        (!syncDevice.isEmpty() && !draftsync::queuePut(db, d, syncDevice, false, error)))
        return false;
    return tx.commit(error);
}

bool writeWithRevision(CacheDatabase &db, const Draft &d, qint64 nowMs, QString *error) {
    return write(db, d, error) && addRevision(db, d.id, d.title, d.body, nowMs, true, error);
}

std::optional<Draft> draft(CacheDatabase &db, const QString &id) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDraft(q);
}

QVector<Draft> drafts(CacheDatabase &db) {
    QSqlQuery q(db.db());
    QVector<Draft> out;
    if (q.exec(QStringLiteral("SELECT ") + kColumns +
               QStringLiteral(" FROM drafts ORDER BY updated_at DESC, id"))) {
        while (q.next())
            out << readDraft(q);
    }
    return out;
}

QVector<DraftRevision> revisions(CacheDatabase &db, const QString &draftId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT id, title, body, saved_at FROM draft_revisions WHERE "
                             "draft_id = ? ORDER BY id"));
    q.addBindValue(draftId);
    QVector<DraftRevision> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toLongLong()});
    }
    return out;
}

bool restore(CacheDatabase &db, const QString &draftId, qint64 revisionId, qint64 nowMs,
             QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    std::optional<Draft> d = draft(db, draftId);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT title, body FROM draft_revisions WHERE id = ? AND "
                             "draft_id = ?"));
    q.addBindValue(revisionId);
    q.addBindValue(draftId);
    if (!d || !q.exec() || !q.next()) {
        if (error)
            *error = QStringLiteral("no such revision");
        return false;
    }
    const QString title = q.value(0).toString(), body = q.value(1).toString();
    // What the draft had becomes a revision, then the restored text the newest one.
    d->title = title;
    d->body = body;
    d->updatedAt = nowMs;
    if (!addRevision(db, draftId, title, body, nowMs, true, error) || !write(db, *d, error))
        return false;
    return tx.commit(error);
}

bool remove(CacheDatabase &db, const QString &id, QString *error, const QString &syncDevice) {
    const std::optional<Draft> before = draft(db, id);
    QSqlQuery a(db.db()), b(db.db());
    a.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    a.addBindValue(id);
    b.prepare(QStringLiteral("DELETE FROM draft_revisions WHERE draft_id = ?"));
    b.addBindValue(id);
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (!CacheDatabase::exec(a, QStringLiteral("deleting a draft"), error) ||
        !CacheDatabase::exec(b, QStringLiteral("deleting a draft's history"), error) ||
        (before && !syncDevice.isEmpty() && !draftsync::queueDelete(db, *before, error)))
        return false;
    return tx.commit(error);
}

} // namespace lyceum::draftstore

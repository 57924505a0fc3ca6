#include "media/media_store.h"

#include "cache/cache_database.h"
#include "cache/sync_store.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::mediastore {

namespace {
QString rangesText(const media::Ranges &r) {
    return QString::fromUtf8(QJsonDocument(media::toJson(r)).toJson(QJsonDocument::Compact));
}
media::Ranges rangesOf(const QString &text) {
    return media::rangesFromJson(QJsonDocument::fromJson(text.toUtf8()).array())
        .value_or(media::Ranges{});
}

bool store(CacheDatabase &db, const MediaProgress &p, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO media_progress (lesson_id, position_ms, "
                             "speed, watched, percent, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.lessonId);
    q.addBindValue(p.positionMs);
    q.addBindValue(p.speed);
    q.addBindValue(rangesText(p.watched));
    q.addBindValue(p.percent);
    q.addBindValue(p.updatedAt);
    return CacheDatabase::exec(q, QStringLiteral("storing lesson progress"), error);
}

const QString kDownloadColumns = QStringLiteral(
    "lesson_id, course_id, asset_id, title, path, size, received, sha256, mime, state, "
    "encrypted, error, captions, chapters, created_at, finished_at");

Download readDownload(const QSqlQuery &q) {
    Download d;
    d.lessonId = q.value(0).toString();
    d.courseId = q.value(1).toString();
    d.assetId = q.value(2).toString();
    d.title = q.value(3).toString();
    d.path = q.value(4).toString();
    d.size = q.value(5).toLongLong();
    d.received = q.value(6).toLongLong();
    d.sha256 = q.value(7).toString();
    d.mime = q.value(8).toString();
    d.state = q.value(9).toString();
    d.encrypted = q.value(10).toBool();
    d.error = q.value(11).toString();
    d.captions = q.value(12).toString();
    d.chapters = q.value(13).toString();
    d.createdAt = q.value(14).toLongLong();
    d.finishedAt = q.value(15).toLongLong();
    return d;
}
} // namespace

std::optional<MediaProgress> progress(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT position_ms, speed, watched, percent, updated_at FROM "
                             "media_progress WHERE lesson_id = ?"));
    q.addBindValue(lessonId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return MediaProgress{lessonId,
                         q.value(0).toLongLong(),
                         q.value(1).toDouble(),
                         rangesOf(q.value(2).toString()),
                         q.value(3).toInt(),
                         q.value(4).toLongLong()};
}

bool saveProgress(CacheDatabase &db, MediaProgress p, qint64 durationMs, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    if (const auto before = progress(db, p.lessonId))
        p.watched = media::unite(p.watched, before->watched);
    p.percent = media::percentWatched(p.watched, durationMs);
    QSqlQuery drop(db.db());
    drop.prepare(QStringLiteral("DELETE FROM outbox WHERE type = ? AND entity_id = ? AND "
                                "state = ?"));
    drop.addBindValue(QString(mutations::kProgressPut));
    drop.addBindValue(p.lessonId);
    drop.addBindValue(int(OutboxState::Waiting));
    const QJsonObject args{{QStringLiteral("lesson_id"), p.lessonId},
                           {QStringLiteral("position_ms"), p.positionMs},
                           {QStringLiteral("speed"), p.speed},
                           {QStringLiteral("watched"), media::toJson(p.watched)},
                           {QStringLiteral("updated_at"), p.updatedAt}};
    if (!store(db, p, error) ||
        !CacheDatabase::exec(drop, QStringLiteral("replacing queued progress"), error) ||
        !outboxstore::enqueue(db, QString(mutations::kProgressPut), p.lessonId, args, nullptr,
                              error))
        return false;
    return tx.commit(error);
}

bool applyLearning(CacheDatabase &db, const QJsonObject &answer, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    for (const QJsonValue &v : answer.value(QLatin1StringView("progress")).toArray()) {
        const QJsonObject o = v.toObject();
        MediaProgress p;
        p.lessonId = o.value(QLatin1StringView("lesson_id")).toString();
        p.positionMs = o.value(QLatin1StringView("position_ms")).toInteger();
        p.speed = o.value(QLatin1StringView("speed")).toDouble(1.0);
        p.watched =
            media::rangesFromJson(o.value(QLatin1StringView("watched"))).value_or(media::Ranges{});
        p.percent = o.value(QLatin1StringView("percent")).toInt();
        p.updatedAt = o.value(QLatin1StringView("updated_at")).toInteger();
        if (p.lessonId.isEmpty())
            continue;
        if (const auto local = progress(db, p.lessonId)) {
            p.watched = media::unite(p.watched, local->watched);
            p.percent = std::max(p.percent, local->percent);
            if (local->updatedAt > p.updatedAt) {
                p.positionMs = local->positionMs;
                p.speed = local->speed;
                p.updatedAt = local->updatedAt;
            }
        }
        if (!store(db, p, error))
            return false;
    }
    for (const QJsonValue &v : answer.value(QLatin1StringView("notes")).toArray()) {
        const QJsonObject o = v.toObject();
        QSqlQuery q(db.db());
        // A newer local edit (not sent yet) wins.
        q.prepare(QStringLiteral(
            "INSERT INTO lesson_notes (id, lesson_id, at_ms, body, updated_at, deleted) VALUES "
            "(?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET lesson_id = excluded.lesson_id, "
            "at_ms = excluded.at_ms, body = excluded.body, updated_at = excluded.updated_at, "
            "deleted = excluded.deleted WHERE excluded.updated_at >= lesson_notes.updated_at"));
        q.addBindValue(o.value(QLatin1StringView("id")).toString());
        q.addBindValue(o.value(QLatin1StringView("lesson_id")).toString());
        q.addBindValue(o.value(QLatin1StringView("at_ms")).toInteger());
        q.addBindValue(o.value(QLatin1StringView("body")).toString());
        q.addBindValue(o.value(QLatin1StringView("updated_at")).toInteger());
        q.addBindValue(o.value(QLatin1StringView("deleted")).toBool() ? 1 : 0);
        if (!CacheDatabase::exec(q, QStringLiteral("storing notes"), error))
            return false;
    }
    return tx.commit(error);
}

QVector<LessonNote> notes(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT id, at_ms, body, updated_at FROM lesson_notes WHERE "
                             "lesson_id = ? AND deleted = 0 ORDER BY at_ms, updated_at"));
    q.addBindValue(lessonId);
    QVector<LessonNote> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), lessonId, q.value(1).toLongLong(),
                        q.value(2).toString(), q.value(3).toLongLong()});
    }
    return out;
}

bool putNote(CacheDatabase &db, const LessonNote &n, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO lesson_notes (id, lesson_id, at_ms, body, "
                             "updated_at, deleted) VALUES (?, ?, ?, ?, ?, 0)"));
    q.addBindValue(n.id);
    q.addBindValue(n.lessonId);
    q.addBindValue(n.atMs);
    q.addBindValue(n.body);
    q.addBindValue(n.updatedAt);
    const QJsonObject args{{QStringLiteral("id"), n.id},
                           {QStringLiteral("lesson_id"), n.lessonId},
                           {QStringLiteral("at_ms"), n.atMs},
                           {QStringLiteral("body"), n.body},
                           {QStringLiteral("updated_at"), n.updatedAt}};
    if (!CacheDatabase::exec(q, QStringLiteral("storing a note"), error) ||
        !outboxstore::enqueue(db, QString(mutations::kNotePut), n.id, args, nullptr, error))
        return false;
    return tx.commit(error);
}

bool deleteNote(CacheDatabase &db, const QString &id, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE lesson_notes SET deleted = 1, body = '', updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!CacheDatabase::exec(q, QStringLiteral("deleting a note"), error) ||
        !outboxstore::enqueue(db, QString(mutations::kNoteDelete), id, {{QStringLiteral("id"), id}},
                              nullptr, error))
        return false;
    return tx.commit(error);
}

std::optional<Download> download(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT ") + kDownloadColumns +
              QStringLiteral(" FROM downloads WHERE lesson_id = ?"));
    q.addBindValue(lessonId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDownload(q);
}

QVector<Download> downloads(CacheDatabase &db) {
    QSqlQuery q(db.db());
    QVector<Download> out;
    if (q.exec(QStringLiteral("SELECT ") + kDownloadColumns +
               QStringLiteral(" FROM downloads ORDER BY created_at DESC, lesson_id"))) {
        while (q.next())
            out << readDownload(q);
    }
    return out;
}

bool putDownload(CacheDatabase &db, const Download &d, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO downloads (") + kDownloadColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(d.lessonId), QVariant(d.courseId), QVariant(d.assetId), QVariant(d.title),
          QVariant(d.path), QVariant(d.size), QVariant(d.received), QVariant(d.sha256),
          QVariant(d.mime), QVariant(d.state), QVariant(d.encrypted ? 1 : 0), QVariant(d.error),
          QVariant(d.captions), QVariant(d.chapters), QVariant(d.createdAt),
          QVariant(d.finishedAt)})
        q.addBindValue(v);
    return CacheDatabase::exec(q, QStringLiteral("storing a download"), error);
}

bool removeDownload(CacheDatabase &db, const QString &lessonId, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("DELETE FROM downloads WHERE lesson_id = ?"));
    q.addBindValue(lessonId);
    return CacheDatabase::exec(q, QStringLiteral("removing a download"), error);
}

bool lessonReadable(CacheDatabase &db, const QString &lessonId) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT l.locked, c.price FROM lessons l JOIN courses c ON c.id = "
                             "l.course_id WHERE l.id = ?"));
    q.addBindValue(lessonId);
    if (!q.exec() || !q.next())
        return false;
    if (q.value(0).toBool())
        return false;
    const bool free = q.value(1).toLongLong() == 0;
    return free || !syncstore::offlineAccessExpired(db, QDateTime::currentMSecsSinceEpoch());
}

} // namespace lyceum::mediastore

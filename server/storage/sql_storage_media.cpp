// SqlStorage: lesson videos, uploads, secrets, learners' progress and notes (server/media/).
#include "domain/codec.h"
#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <sodium.h>

namespace lyceum::server {

namespace {
const QStringList kAssetColumns{QStringLiteral("id"),          QStringLiteral("owner_id"),
                                QStringLiteral("path"),        QStringLiteral("mime"),
                                QStringLiteral("size"),        QStringLiteral("sha256"),
                                QStringLiteral("duration_ms"), QStringLiteral("chapters"),
                                QStringLiteral("captions"),    QStringLiteral("created_at")};
const QStringList kUploadColumns{
    QStringLiteral("id"),        QStringLiteral("owner_id"),   QStringLiteral("lesson_id"),
    QStringLiteral("file_name"), QStringLiteral("size"),       QStringLiteral("sha256"),
    QStringLiteral("received"),  QStringLiteral("created_at"), QStringLiteral("asset_id")};
const QStringList kProgressColumns{QStringLiteral("user_id"),     QStringLiteral("lesson_id"),
                                   QStringLiteral("position_ms"), QStringLiteral("speed_percent"),
                                   QStringLiteral("watched"),     QStringLiteral("percent"),
                                   QStringLiteral("updated_at")};
const QStringList kNoteColumns{QStringLiteral("id"),        QStringLiteral("user_id"),
                               QStringLiteral("lesson_id"), QStringLiteral("at_ms"),
                               QStringLiteral("body"),      QStringLiteral("updated_at"),
                               QStringLiteral("deleted")};

LearningProgress readProgress(const QSqlQuery &q) {
    LearningProgress p;
    p.lessonId = q.value(1).toString();
    p.positionMs = q.value(2).toLongLong();
    p.speedPercent = q.value(3).toInt();
    p.watched = q.value(4).toString();
    p.percent = q.value(5).toInt();
    p.updatedAt = q.value(6).toLongLong();
    return p;
}

LessonNote readNote(const QSqlQuery &q) {
    return {q.value(0).toString(),         q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(),       q.value(4).toString(), q.value(5).toLongLong(),
            SqlDialect::toBool(q.value(6))};
}
} // namespace

void SqlStorage::putAsset(const MediaAsset &a) {
    QSqlQuery &q = prepared(
        m_dialect.upsert(QStringLiteral("media_assets"), kAssetColumns, {QStringLiteral("id")}));
    bind(q, {a.id, a.ownerId, a.path, a.mime, a.size, a.sha256, a.durationMs, a.chapters,
             a.captions, a.createdAt});
    run(q);
}

std::optional<MediaAsset> SqlStorage::assetById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kAssetColumns.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM media_assets WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<MediaAsset> out;
    if (q.next())
        out = MediaAsset{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                         q.value(6).toLongLong(), q.value(7).toString(),   q.value(8).toString(),
                         q.value(9).toLongLong()};
    q.finish();
    return out;
}

void SqlStorage::setLessonVideo(const QString &lessonId, const QString &assetId,
                                int durationSeconds, qint64 at) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE lessons SET video_asset_id = ?, "
                                           "duration_seconds = ?, updated_at = ? WHERE id = ?"));
    bind(q, {assetId, durationSeconds, at, lessonId});
    run(q);
    if (const std::optional<Lesson> lesson = lessonById(lessonId))
        recordChange("lesson", lesson->id,
                     QJsonDocument(toJson(*lesson)).toJson(QJsonDocument::Compact),
                     lesson->courseId, lesson->freePreview);
}

void SqlStorage::putUpload(const MediaUpload &u) {
    QSqlQuery &q = prepared(
        m_dialect.upsert(QStringLiteral("media_uploads"), kUploadColumns, {QStringLiteral("id")}));
    bind(q, {u.id, u.ownerId, u.lessonId, u.fileName, u.size, u.sha256, u.received, u.createdAt,
             u.assetId});
    run(q);
}

std::optional<MediaUpload> SqlStorage::uploadById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kUploadColumns.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM media_uploads WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<MediaUpload> out;
    if (q.next())
        out = MediaUpload{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                          q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString()};
    q.finish();
    return out;
}

QByteArray SqlStorage::secret(const QString &name, int bytes) {
    QSqlQuery &get = prepared(QStringLiteral("SELECT value FROM server_secrets WHERE name = ?"));
    bind(get, {name});
    run(get);
    QByteArray value =
        get.next() ? QByteArray::fromHex(get.value(0).toString().toLatin1()) : QByteArray();
    get.finish();
    if (!value.isEmpty())
        return value;
    value.resize(bytes);
    randombytes_buf(value.data(), size_t(value.size()));
    QSqlQuery &put =
        prepared(SqlDialect::insert(QStringLiteral("server_secrets"),
                                    {QStringLiteral("name"), QStringLiteral("value")}) %
                 QStringLiteral(" ON CONFLICT(name) DO NOTHING"));
    bind(put, {name, QString::fromLatin1(value.toHex())});
    run(put);
    return secret(name, bytes); // the stored one, should another writer have won
}

std::optional<LearningProgress> SqlStorage::progress(const QString &userId,
                                                     const QString &lessonId) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kProgressColumns.join(QStringLiteral(", ")) +
                 QStringLiteral(" FROM learning_progress WHERE user_id = ? AND "
                                "lesson_id = ?"));
    bind(q, {userId, lessonId});
    run(q);
    std::optional<LearningProgress> out;
    if (q.next())
        out = readProgress(q);
    q.finish();
    return out;
}

void SqlStorage::putProgress(const QString &userId, const LearningProgress &p) {
    QSqlQuery &q =
        prepared(m_dialect.upsert(QStringLiteral("learning_progress"), kProgressColumns,
                                  {QStringLiteral("user_id"), QStringLiteral("lesson_id")}));
    bind(q, {userId, p.lessonId, p.positionMs, p.speedPercent, p.watched, p.percent, p.updatedAt});
    run(q);
}

QVector<LearningProgress> SqlStorage::progressOf(const QString &userId) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kProgressColumns.join(QStringLiteral(", ")) +
                 QStringLiteral(" FROM learning_progress WHERE user_id = ? ORDER BY "
                                "lesson_id"));
    bind(q, {userId});
    run(q);
    QVector<LearningProgress> out;
    while (q.next())
        out << readProgress(q);
    q.finish();
    return out;
}

std::optional<LessonNote> SqlStorage::noteById(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kNoteColumns.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM lesson_notes WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<LessonNote> out;
    if (q.next())
        out = readNote(q);
    q.finish();
    return out;
}

void SqlStorage::putNote(const LessonNote &n) {
    QSqlQuery &q = prepared(
        m_dialect.upsert(QStringLiteral("lesson_notes"), kNoteColumns, {QStringLiteral("id")}));
    bind(q, {n.id, n.userId, n.lessonId, n.atMs, n.body, n.updatedAt, boolean(n.deleted)});
    run(q);
}

QVector<LessonNote> SqlStorage::notesOf(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kNoteColumns.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM lesson_notes WHERE user_id = ? ORDER BY "
                                           "lesson_id, at_ms, id"));
    bind(q, {userId});
    run(q);
    QVector<LessonNote> out;
    while (q.next())
        out << readNote(q);
    q.finish();
    return out;
}

} // namespace lyceum::server

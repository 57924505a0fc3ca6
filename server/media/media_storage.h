// What lesson media needs from the database (server/storage/sql_storage_media.cpp implements it
// on Storage's connection): video assets and the lessons they belong to, resumable uploads, the
// URL-signing secret, and each learner's progress and timestamped notes. Throws StorageError.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum::server {

struct MediaAsset {
    QString id;
    QString ownerId;
    QString path; // the file on the server's disk
    QString mime;
    qint64 size = 0;
    QString sha256; // hex
    qint64 durationMs = 0;
    QString chapters; // JSON [{start_ms, title: {zh, en}}]
    QString captions; // JSON [{lang, label, path}]
    qint64 createdAt = 0;
};

struct MediaUpload {
    QString id;
    QString ownerId;
    QString lessonId;
    QString fileName;
    qint64 size = 0;
    QString sha256; // what the whole file must hash to (hex)
    qint64 received = 0;
    qint64 createdAt = 0;
    QString assetId; // set once complete and accepted
};

struct LearningProgress {
    QString lessonId;
    qint64 positionMs = 0;
    int speedPercent = 100;
    QString watched; // JSON [[start_ms, end_ms], ...]
    int percent = 0;
    qint64 updatedAt = 0; // the device's time of the last change
};

struct LessonNote {
    QString id;
    QString userId;
    QString lessonId;
    qint64 atMs = 0;
    QString body;
    qint64 updatedAt = 0;
    bool deleted = false;
};

class MediaStorage {
public:
    virtual ~MediaStorage() = default;
    virtual void putAsset(const MediaAsset &asset) = 0;
    virtual std::optional<MediaAsset> assetById(const QString &id) = 0;
    // The lesson's video and duration; the lesson goes out in the feed again.
    virtual void setLessonVideo(const QString &lessonId, const QString &assetId,
                                int durationSeconds, qint64 at) = 0;
    virtual void putUpload(const MediaUpload &upload) = 0;
    virtual std::optional<MediaUpload> uploadById(const QString &id) = 0;
    // A named random secret, made (bytes long) and kept at its first use.
    virtual QByteArray secret(const QString &name, int bytes) = 0;
    virtual std::optional<LearningProgress> progress(const QString &userId,
                                                     const QString &lessonId) = 0;
    virtual void putProgress(const QString &userId, const LearningProgress &progress) = 0;
    // The first time the server gave userId the video of lessonId (kept once).
    virtual void recordMediaView(const QString &userId, const QString &lessonId, qint64 at) = 0;
    virtual QVector<LearningProgress> progressOf(const QString &userId) = 0;
    virtual std::optional<LessonNote> noteById(const QString &id) = 0;
    virtual void putNote(const LessonNote &note) = 0;
    virtual QVector<LessonNote> notesOf(const QString &userId) = 0; // deleted ones too
};

} // namespace lyceum::server

// Lesson media in the profile's cache (schema step "media.1"), on the cache worker: this
// learner's progress and notes (kept locally, sent through the outbox, merged with what other
// devices sent when GET /me/learning is pulled) and the downloads table.
#pragma once

#include "media/watched_ranges.h"

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum {

class CacheDatabase;

struct MediaProgress {
    QString lessonId;
    qint64 positionMs = 0;
    double speed = 1.0;
    media::Ranges watched;
    int percent = 0;
    qint64 updatedAt = 0;
};

struct LessonNote {
    QString id;
    QString lessonId;
    qint64 atMs = 0;
    QString body;
    qint64 updatedAt = 0;
};

struct Download {
    QString lessonId;
    QString courseId;
    QString assetId;
    QString title;
    QString path;
    qint64 size = 0;     // the video's size
    qint64 received = 0; // plain bytes kept so far
    QString sha256;
    QString mime;
    QString state; // queued, downloading, paused, done, failed
    bool encrypted = false;
    QString error;
    QString captions; // JSON [{lang, label, path}] (local files)
    QString chapters; // JSON as the server gave it
    qint64 createdAt = 0;
    qint64 finishedAt = 0;
};

namespace mediastore {

std::optional<MediaProgress> progress(CacheDatabase &db, const QString &lessonId);
// Stores the progress (the percent from durationMs) and queues progress.put, replacing a queued
// one of the same lesson that has not been sent yet (the new one carries all its ranges).
bool saveProgress(CacheDatabase &db, MediaProgress progress, qint64 durationMs, QString *error);
// GET /me/learning: the server's merge of every device; local ranges are kept too.
bool applyLearning(CacheDatabase &db, const QJsonObject &answer, QString *error);

QVector<LessonNote> notes(CacheDatabase &db, const QString &lessonId); // by time
bool putNote(CacheDatabase &db, const LessonNote &note, QString *error);
bool deleteNote(CacheDatabase &db, const QString &id, QString *error);

std::optional<Download> download(CacheDatabase &db, const QString &lessonId);
QVector<Download> downloads(CacheDatabase &db); // newest first
bool putDownload(CacheDatabase &db, const Download &d, QString *error);
bool removeDownload(CacheDatabase &db, const QString &lessonId, QString *error);
// Whether the lesson's body may be read now (not locked, and for a paid course within the
// offline grace).
bool lessonReadable(CacheDatabase &db, const QString &lessonId);

} // namespace mediastore
} // namespace lyceum

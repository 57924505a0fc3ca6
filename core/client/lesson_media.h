// What the player needs to play a lesson's video: where it comes from (signed server URLs, or a
// finished download on this device), its chapters and caption tracks.
#pragma once

#include <QJsonArray>
#include <QString>
#include <QUrl>
#include <QVector>

namespace lyceum {

struct Chapter {
    qint64 startMs = 0;
    QString titleZh;
    QString titleEn;
};

struct CaptionTrack {
    QString lang; // zh, en
    QString label;
    QUrl url;          // signed server URL (streaming)
    QString localPath; // sealed file (a download)
};

struct LessonMedia {
    QString lessonId;
    QString assetId;
    QString mime;
    qint64 size = 0;
    qint64 durationMs = 0;
    QString sha256;
    QUrl video;           // streaming: the signed URL
    QString downloadPath; // offline: the sealed file
    qint64 expiresAt = 0; // of the signed URLs
    QVector<Chapter> chapters;
    QVector<CaptionTrack> captions;
    bool offline() const { return !downloadPath.isEmpty(); }
};

QVector<Chapter> chaptersFromJson(const QJsonArray &array);
QJsonArray toJson(const QVector<Chapter> &chapters);

} // namespace lyceum

// Lesson videos (docs/media.md; docs/architecture.md, "Client core"): signed URLs or a finished
// download, captions, this learner's progress and notes (cache + outbox, merged with other
// devices' after pulls), and downloads for offline viewing. Owns the key sealing downloads
// (from the keychain), the transfers running and the download quota. REST: api/media_api.h.
// SQL and files: media/media_store.h, media/download_store.h (on the cache worker).
#pragma once

#include "api/api_error.h"
#include "client/lesson_media.h"
#include "media/media_store.h"
#include "media/vtt.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QNetworkAccessManager;

namespace lyceum {

class SessionState;
class Step;

class MediaService : public QObject {
    Q_OBJECT
public:
    explicit MediaService(SessionState &session, QObject *parent = nullptr);
    ~MediaService() override;

    // A finished download when there is one (offline), else signed URLs from the server (errors:
    // not_entitled, offline, no video).
    void fetchLessonMedia(const QString &lessonId, QObject *context,
                          std::function<void(const ApiError &, LessonMedia)> done);
    void fetchCaptions(const CaptionTrack &track, QObject *context,
                       std::function<void(std::optional<media::Captions>)> done);
    // A finished download's video as a device the player reads (decrypted as it is read);
    // nullptr with the reason when the key or the file is not there.
    void openDownloadedVideo(const LessonMedia &media, QObject *context,
                             std::function<void(QIODevice *device, const QString &problem)> done);
    // This learner's place in a lesson: kept here and sent through the outbox (progress.put).
    void saveVideoProgress(const QString &lessonId, qint64 positionMs, double speed,
                           const media::Ranges &watched, qint64 durationMs);
    void fetchVideoProgress(const QString &lessonId, QObject *context,
                            std::function<void(std::optional<MediaProgress>)> done);
    QString addNote(const QString &lessonId, qint64 atMs, const QString &body); // the note's id
    void deleteNote(const QString &noteId);
    void fetchNotes(const QString &lessonId, QObject *context,
                    std::function<void(QVector<LessonNote>)> done);
    // GET /me/learning into the cache (after pulls): progress and notes from other devices.
    void refreshLearning();

    // --- downloads (media_downloads.cpp) -----------------------------------------------------
    // Sealed with a key kept in the keychain; a download resumes where it stopped (HTTP Range),
    // is checked against the server's SHA-256, and is deleted when the lesson may no longer be
    // read. Oldest finished ones give way when over the quota. One runs at a time; the others
    // wait their turn (queued), in the order asked.
    void startDownload(const QString &lessonId);
    void pauseDownload(const QString &lessonId);
    void cancelDownload(const QString &lessonId); // and deletes what was kept
    void fetchDownloads(QObject *context, std::function<void(QVector<Download>)> done);
    void setDownloadQuota(qint64 bytes);
    // Where new downloads go: a folder for this profile inside `folder` (empty: the profile's
    // own media folder). Downloads made before stay where they are and still play.
    void setDownloadFolder(const QString &folder);
    QString downloadFolder() const;
    qint64 downloadQuota() const;
    // The key sealing downloads (made and kept in the keychain at first use; in the profile's
    // folder for a profile without the keychain that allows it: Client::Options).
    void withMediaKey(std::function<void(const QByteArray &key, const QString &problem)> done);
    // Deletes the downloads of lessons the user may no longer read (after open and pulls).
    void enforceDownloadRights();

Q_SIGNALS:
    // Lesson notes or progress changed (here or pulled from another device).
    void notesChanged();
    void learningChanged();
    void downloadsChanged();
    void downloadProgress(const QString &lessonId, qint64 received, qint64 size);
    // Done (no error), or stopped with the reason (paused: Kind::Cancelled).
    void downloadFinished(const QString &lessonId, const lyceum::ApiError &error);

private:
    struct Transfer;
    using TransferPtr = std::shared_ptr<Transfer>;
    void readDownloadRow(const TransferPtr &t, const Step &s);
    void takeKey(const TransferPtr &t, const Step &s);
    void askSignedUrls(const TransferPtr &t, const Step &s);
    void makeRoom(const TransferPtr &t, const Step &s);
    void fetchCaptionFiles(const TransferPtr &t, int index, const Step &s);
    void runTransfer(const TransferPtr &t);
    void endTransfer(const TransferPtr &t, const QString &state, const ApiError &error);
    void finishTransfer(const TransferPtr &t);
    void storeRow(const Download &row);
    void startNextQueued(); // when nothing downloads, the oldest queued one starts
    void loadProfileMediaKey();
    QNetworkAccessManager *nam();

    SessionState &m_session;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_mediaKey;
    QVector<std::function<void(const QByteArray &, const QString &)>> m_mediaKeyWaiters;
    bool m_mediaKeyLoading = false;
    QString m_downloadParent; // chosen in Settings; empty: inside the profile
    QHash<QString, TransferPtr> m_transfers;
    qint64 m_downloadQuota = 5LL * 1024 * 1024 * 1024;
};

} // namespace lyceum

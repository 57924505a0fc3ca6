// Creators' drafts (docs/studio.md; docs/architecture.md, "Client core"): kept on this computer
// first, each save committed with a history of revisions; for creators also sent to the server
// (draft.put through the outbox) and merged from their other devices after each pull. Publishing
// now or at a time the server keeps, lesson videos uploaded resumably, images in the text.
// Owns the schedules last fetched, the uploads running and the draft flush timer.
// REST: api/studio_api.h. SQL: studio/draft_store.h, studio/draft_sync.h; files:
// studio/image_store.h.
#pragma once

#include "api/api_error.h"
#include "studio/course_outline.h"
#include "studio/draft_status.h"
#include "studio/draft_store.h"
#include "studio/draft_sync.h"

#include <QDate>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace lyceum {

class SessionState;

class StudioService : public QObject {
    Q_OBJECT
public:
    explicit StudioService(SessionState &session, QObject *parent = nullptr);
    ~StudioService() override;

    QString newDraft(const QString &kind, const QString &courseId = {},
                     const QString &spaceId = {}); // the new draft's id
    // newRevision: start a new revision (the first save of an editing session).
    void saveDraft(const Draft &draft, bool newRevision = false);
    void fetchDraft(const QString &id, QObject *context,
                    std::function<void(std::optional<Draft>)> done);
    void fetchDrafts(QObject *context, std::function<void(QVector<Draft>)> done);
    // The drafts with where each stands (draft, scheduled, published, changed since).
    void fetchDraftEntries(QObject *context, std::function<void(QVector<draftstatus::Entry>)> done);
    void fetchDraftRevisions(const QString &draftId, QObject *context,
                             std::function<void(QVector<DraftRevision>)> done);
    void restoreDraftRevision(const QString &draftId, qint64 revisionId);
    void deleteDraft(const QString &id);
    // draft.publish through the outbox, now (publishAtMs 0) or at a time the server keeps.
    void publishDraft(const QString &id, qint64 publishAtMs = 0);
    void cancelScheduledPublish(const QString &draftId);
    // A course's outline as arranged (sections in order, each with its lessons): the cache
    // takes it at once and course.outline is queued in the same transaction; outlineSaved
    // tells the result (an empty error: saved on this computer).
    void saveOutline(const QString &courseId, const QVector<courseoutline::Section> &outline);
    // The outline the cache holds for a course (sections and each lesson's section).
    void fetchOutline(const QString &courseId, QObject *context,
                      std::function<void(courseoutline::Stored)> done);
    // The draft takes this text (a conflict resolved, or a merge with the published version
    // based on baseUpdatedAt when >= 0) and the other devices are told.
    void chooseDraftVersion(const QString &id, const QString &title, const QString &body,
                            qint64 baseUpdatedAt = -1);
    void fetchPublishState(const QString &draftId, QObject *context,
                           std::function<void(draftsync::PublishState)> done);
    // The published item a draft edits, as the cache has it.
    void fetchPublishedVersion(const QString &draftId, QObject *context,
                               std::function<void(draftsync::PublishedVersion)> done);
    // GET /studio/drafts and /studio/scheduled now (also done after each pull for creators).
    void refreshStudio();
    QJsonArray schedules() const; // the last GET /studio/scheduled
    // GET /studio/analytics for one course or (empty) all the creator's courses.
    // from/to: a date range (QDate()s: all time).
    void fetchAnalytics(const QString &courseId, QObject *context,
                        std::function<void(const ApiError &, const QJsonObject &)> done,
                        const QDate &from = {}, const QDate &to = {});

    // --- lesson videos (studio_upload.cpp) ---------------------------------------------------
    // Lesson drafts' attached videos (extra.video_path), uploaded to their published lesson,
    // resumably; done after each refreshStudio, or for one draft now.
    void uploadDraftVideos();
    void uploadDraftVideo(const QString &draftId);
    // Several videos at once (the course outline's "Add videos…"): one lesson draft per file
    // in the course, titled by the file's name, with the video attached, and published, so each
    // video uploads once its lesson exists; one failing leaves the others going. The drafts'
    // ids, in the files' order.
    QStringList addVideoLessons(const QString &courseId, const QStringList &files);
    // Stops a draft's video upload; the video is detached from the draft (the lesson stays),
    // so it is not tried again. draftUploadFinished follows with the code "cancelled".
    void cancelUpload(const QString &draftId);

    // --- images (studio_images.cpp) ----------------------------------------------------------
    // An image file copied into the profile (on the cache worker) under a new id for
    // ![name](lyceum-image:ID); done(id, "") or done("", why) on context's thread.
    void addImage(const QString &file, QObject *context,
                  std::function<void(const QString &id, const QString &error)> done);
    // The local file of an id (a path only: it may not exist yet).
    QString imagePath(const QString &id) const;
    // Fetched for display when missing (imageArrived).
    void fetchImage(const QString &id);
    // Drafts' images sent when online (imageSent).
    void uploadDraftImages();

Q_SIGNALS:
    void draftSaved(const QString &draftId, qint64 savedAt);
    void draftRestored(const QString &draftId);
    void draftsChanged(); // taken from another device, deleted, published, scheduled
    void schedulesChanged();
    void imageArrived(const QString &id);
    void imageSent(const QString &id);
    void draftUploadProgress(const QString &draftId, qint64 sent, qint64 size);
    void draftUploadFinished(const QString &draftId, const lyceum::ApiError &error);
    void outlineSaved(const QString &courseId, const QString &error);

private:
    QString studioDevice() const; // the device id drafts are sent under; empty: not a creator
    void queueDraftFlush();
    void reportStoreError(const QString &error);
    struct Upload;
    using UploadPtr = std::shared_ptr<Upload>;
    void startUpload(const UploadPtr &up, qint64 size, const QString &sha256, const QString &error);
    void freshUpload(const UploadPtr &up, const QString &sha256);
    void sendChunk(const UploadPtr &up);
    void chunkSent(const UploadPtr &up, const ApiError &e, qint64 offset, bool done,
                   const QString &assetId);
    void finishUpload(const UploadPtr &up, const ApiError &error);
    void sendImage(const QString &id);

    SessionState &m_session;
    QJsonArray m_schedules;
    QTimer *m_draftFlush = nullptr; // sends typed drafts at most every few seconds
    QSet<QString> m_uploading;      // drafts whose video is being sent
    QSet<QString> m_cancelled;      // uploads the creator stopped
    QSet<QString> m_imagesFetching;
    QSet<QString> m_imagesSending;
};

} // namespace lyceum

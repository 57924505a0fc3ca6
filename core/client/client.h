// The client core's one entry point for the GUI and the CLI. A Client owns, for one account
// profile: the API client, the SQLite cache (on its worker thread), the sync engine, the outbox
// and the credential store. Everything slow happens off the caller's thread; results come back
// as signals or callbacks on the thread of the given context object.
#pragma once

// ApiError lives in api/api_error.h, the read views (CourseSummary, ThreadSummary, PostView,
// CacheCounts, OutboxState, OutboxEntry, ...) in cache/cache_views.h; both are included here,
// so code against this header as before.
#include "api/api_error.h"
#include "cache/cache_views.h"
#include "client/lesson_media.h"
#include "domain/commerce.h"
#include "domain/entities.h"
#include "domain/result.h"
#include "media/media_store.h"
#include "media/vtt.h"
#include "moderation/moderation.h"
#include "reading/notification_rules.h"
#include "reco/home.h"
#include "reviews/review_store.h"
#include "search/search_index.h"
#include "studio/draft_store.h"
#include "studio/draft_sync.h"

#include <QObject>
#include <QUrl>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace lyceum {

// The user's purchases and memberships as the server lists them (GET /commerce/wallet).
struct Wallet {
    QVector<Order> orders; // newest first
    QVector<Subscription> subscriptions;
    qint64 offlineGraceMs = 0;
    qint64 serverTime = 0;
};

// The user's words for a commerce code (an Order's reason, an error's code); the code itself
// when unknown.
QString commerceReasonText(const QString &code);

struct CardDetails {
    QString number;
    int expMonth = 0;
    int expYear = 0; // four digits
    QString cvc;
};

struct SyncStatus {
    enum class State { Idle, Syncing, Offline, Error };
    State state = State::Idle;
    qint64 received = 0;     // changes applied in the running pull
    qint64 lastSyncedAt = 0; // ms since epoch; 0: never
    int outboxWaiting = 0;
    int outboxFailed = 0;
    QString message; // the last error, translated; empty when none
};

// The home page's sections and the courses they name (client_reco.cpp).
struct HomeView {
    reco::HomeFeed feed;
    QHash<QString, CourseSummary> courses; // every course in the cache, by id
    qint64 neighboursFetchedAt = 0;        // 0: the neighbour table was never fetched
    bool hasNeighbours = false;
};

class Client : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString profileDir;      // holds cache.sqlite and profile.json (server URL, handle)
        bool useKeychain = true; // false: session in memory only (tests that want no keychain)
        // Extensions (defaults keep the original behaviour):
        bool autoFlush = true; // send the outbox right after each local write when logged in
        int syncPageSize = 0;  // changes per /sync page; 0: the protocol maximum (5000)
        int requestTimeoutMs = 30000;
        // Keep a live channel (WebSocket) open while logged in: other people's changes arrive
        // without syncNow(). Off for short-lived users (the CLI) and tests that want no socket.
        bool live = true;
    };

    explicit Client(Options options, QObject *parent = nullptr);
    ~Client() override;

    // Opens (creating or migrating) the cache; emits opened() or openFailed(error).
    void open();
    bool isOpen() const;

    // --- session -------------------------------------------------------------------------
    QUrl serverUrl() const; // from the profile; empty before the first login
    QString handle() const;
    std::optional<User> currentUser() const;
    bool isLoggedIn() const;
    // False when no keychain is available: the session then lives in memory only and the UI
    // must say so. Valid after open().
    bool sessionPersistent() const;
    QString keychainProblem() const; // why the keychain is unavailable, translated

    // remember=false keeps tokens in memory only. Emits loginFinished.
    void login(const QUrl &server, const QString &handle, const QString &password, bool remember);
    // Loads the tokens of the profile's account from the keychain; emits sessionRestored(ok).
    void restoreSession();
    void logout(); // tells the server, forgets the tokens, keeps the cache

    // --- sync ----------------------------------------------------------------------------
    void syncNow(); // pull until has_more is false, after sending the outbox; emits syncFinished
    SyncStatus syncStatus() const;
    // Sends the outbox only; emits outboxFlushed(ok).
    void flushOutbox();
    // The live channel is connected and authenticated (Options::live, logged in). While it is
    // down it reconnects by itself; syncStatus() says Offline when the server cannot be reached.
    bool isLive() const;

    // --- reads from the cache (async; callback runs on context's thread) ---------------------
    void fetchCounts(QObject *context, std::function<void(CacheCounts)> done);
    // The catalogue, or why the cache could not give it (a broken cache is not "no courses").
    void fetchCourses(QObject *context, std::function<void(Result<QVector<CourseSummary>>)> done);
    void fetchCourse(const QString &courseId, QObject *context,
                     std::function<void(std::optional<CourseDetail>)> done);
    void fetchSpaces(QObject *context, std::function<void(QVector<Space>)> done);
    // The spaces the signed-in user is a member of (cachereader::memberSpaces).
    void fetchMemberSpaces(QObject *context, std::function<void(QSet<QString>)> done);
    // Threads in a space, or attached to a course (including its lessons); pinned first, then
    // by last activity.
    void fetchSpaceThreads(const QString &spaceId, QObject *context,
                           std::function<void(QVector<ThreadSummary>)> done);
    void fetchCourseThreads(const QString &courseId, QObject *context,
                            std::function<void(QVector<ThreadSummary>)> done);
    void fetchThread(const QString &threadId, QObject *context,
                     std::function<void(std::optional<ThreadDetail>)> done);

    // --- writes (applied to the cache at once, queued in the outbox, sent when online) -------
    // Each returns the new entity's id; failures to queue are reported by errorOccurred.
    QString createThread(const QString &spaceId, const QString &courseId, const QString &lessonId,
                         const QString &title, ThreadKind kind, const QString &body);
    QString createPost(const QString &threadId, const QString &parentId, const QString &body);
    void toggleReaction(const QString &postId, const QString &emoji);

    // --- extensions (CLI and the coming outbox view) ----------------------------------------
    // Every thread, pinned first then by last activity; at most limit.
    void fetchAllThreads(int limit, QObject *context,
                         std::function<void(QVector<ThreadSummary>)> done);
    void fetchOutbox(QObject *context, std::function<void(QVector<OutboxEntry>)> done);
    // A Failed outbox row (OutboxEntry::seq) is sent again / dropped with its optimistic change
    // reverted. Emit cacheChanged, or errorOccurred with the reason.
    void retryOutbox(qint64 seq);
    void discardOutbox(qint64 seq);

    // --- reading state (client_reading.cpp) ---------------------------------------------------
    // Marks the thread read up to its newest post; emits unreadChanged.
    void markThreadRead(const QString &threadId);
    // Unread posts per space id (spaces with none are absent). ThreadSummary::unread carries
    // the per-thread figure in every thread list.
    void fetchUnreadBySpace(QObject *context, std::function<void(QHash<QString, int>)> done);

    // Searches the cache (courses, lessons, threads, posts); works offline. At most limit hits,
    // best first; an empty query gives none.
    void search(const QString &query, int limit, QObject *context,
                std::function<void(QVector<SearchHit>)> done);

    // --- ratings and reviews (client_reviews.cpp) --------------------------------------------
    void fetchReviews(const QString &courseId, QObject *context,
                      std::function<void(CourseReviews)> done);
    // Per course id, for every course with ratings.
    void fetchRatingSummaries(QObject *context,
                              std::function<void(QHash<QString, RatingSummary>)> done);
    // Through the outbox: the server refuses a rating from someone not enrolled (not_enrolled)
    // or from the course's creator (own_course); the refusal shows on the review, text kept.
    void rateCourse(const QString &courseId, int rating, const QString &body);
    void replyToReview(const QString &reviewId, const QString &body); // the course's creator
    void setReviewHelpful(const QString &reviewId, bool helpful);

    // --- home and recommendations (client_reco.cpp) ------------------------------------------
    // Computed on the device from the cache; see reco/home.h and docs/privacy.md.
    void fetchHome(QObject *context, std::function<void(HomeView)> done);
    // GET /reco/neighbours when the stored table is older than an hour (or force); emits
    // homeChanged once stored. Called after every successful pull.
    void refreshNeighbours(bool force);
    // The user's lesson progress, kept on this device only.
    void lessonOpened(const QString &lessonId, const QString &courseId);
    void setLessonDone(const QString &lessonId, const QString &courseId, bool done);
    void fetchLessonProgress(QObject *context,
                             std::function<void(QVector<reco::LessonProgress>)> done);

    // --- reports and moderation (client_moderation.cpp) ---------------------------------------
    // Anyone: a report through the outbox (kind post / thread / user; reason spam / abuse /
    // off_topic / other).
    void report(const QString &kind, const QString &id, const QString &reason, const QString &note);
    // Staff: the queue from the server (kept in the cache); offline or on an error, the kept
    // one with the error. Items carry this moderator's queued action and its outcome.
    void fetchModerationQueue(QObject *context,
                              std::function<void(const ApiError &, QVector<ModerationItem>)> done);
    void fetchCachedModerationQueue(QObject *context,
                                    std::function<void(QVector<ModerationItem>)> done);
    void fetchAuditLog(QObject *context,
                       std::function<void(const ApiError &, QVector<AuditEntry>)> done);
    // moderation.act / moderation.undo through the outbox; an item another moderator resolved
    // first fails there with already_resolved.
    void moderate(const QString &kind, const QString &id, const QString &action,
                  const QString &reason, const QString &note);
    void undoModeration(qint64 actionId);
    // The on-device spam classifier of this profile, trained by the moderator's own decisions:
    // a score in [0, 1] and the features that weighed most, or nothing until it has seen both
    // spam and ham. learnSpam records a decision and saves the model with the profile.
    std::optional<double> spamScore(const QString &text);
    QVector<QPair<QString, double>> spamReasons(const QString &text, int n = 5);
    void learnSpam(const QString &text, bool spam);
    // The community's spam model, published by the server from all moderators' decisions and
    // fetched after pulls: whether a post is above its threshold (shown collapsed), offline.
    // False while there is no model. A damaged or incompatible download is refused and the model
    // held before is kept.
    bool isLikelySpam(const QString &text);
    void refreshSpamModel();
    // Anyone: what moderators did to what the user wrote (or to the user), with the templated
    // reasons, fetched after pulls. The ones not dismissed yet, newest first; dismissing
    // remembers the newest id in the profile.
    void refreshModerationNotices();
    QVector<ModerationNotice> moderationNotices() const;
    void dismissModerationNotices();

    // --- lesson videos (client_media.cpp, client_downloads.cpp; docs/media.md) --------------
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
    // Downloads for offline viewing, sealed with a key kept in the keychain; a download resumes
    // where it stopped (HTTP Range), is checked against the server's SHA-256, and is deleted when
    // the lesson may no longer be read. Oldest finished ones give way when over the quota.
    void startDownload(const QString &lessonId);
    void pauseDownload(const QString &lessonId);
    void cancelDownload(const QString &lessonId); // and deletes what was kept
    void fetchDownloads(QObject *context, std::function<void(QVector<Download>)> done);
    void setDownloadQuota(qint64 bytes);
    qint64 downloadQuota() const;
    // The key sealing downloads (made and kept in the keychain at first use).
    void withMediaKey(std::function<void(const QByteArray &key, const QString &problem)> done);

    // --- creators' drafts (client_studio.cpp) -------------------------------------------------
    // Kept on this computer first; each save is committed (draftSaved), with a history of
    // revisions that can be restored (draftRestored).
    QString newDraft(const QString &kind, const QString &courseId = {},
                     const QString &spaceId = {}); // the new draft's id
    // newRevision: start a new revision (the first save of an editing session).
    void saveDraft(const Draft &draft, bool newRevision = false);
    void fetchDraft(const QString &id, QObject *context,
                    std::function<void(std::optional<Draft>)> done);
    void fetchDrafts(QObject *context, std::function<void(QVector<Draft>)> done);
    void fetchDraftRevisions(const QString &draftId, QObject *context,
                             std::function<void(QVector<DraftRevision>)> done);
    void restoreDraftRevision(const QString &draftId, qint64 revisionId);
    // For creators, drafts also go to the server (draft.put through the outbox) and come from
    // their other devices after each pull (draftsChanged).
    void deleteDraft(const QString &id);
    // draft.publish through the outbox, now (publishAtMs 0) or at a time the server keeps.
    void publishDraft(const QString &id, qint64 publishAtMs = 0);
    void cancelScheduledPublish(const QString &draftId);
    // The draft takes this text (a conflict resolved, or a merge with the published version
    // based on baseUpdatedAt when >= 0) and the other devices are told.
    void chooseDraftVersion(const QString &id, const QString &title, const QString &body,
                            qint64 baseUpdatedAt = -1);
    void fetchPublishState(const QString &draftId, QObject *context,
                           std::function<void(draftsync::PublishState)> done);
    // The published item a draft edits, as the cache has it: title, body, updatedAt.
    struct PublishedVersion {
        bool found = false;
        QString title;
        QString body;
        qint64 updatedAt = 0;
    };
    void fetchPublishedVersion(const QString &draftId, QObject *context,
                               std::function<void(PublishedVersion)> done);
    // GET /studio/drafts and /studio/scheduled now (also done after each pull for creators).
    void refreshStudio();
    QJsonArray schedules() const; // the last GET /studio/scheduled
    // Lesson drafts' attached videos (extra.video_path), uploaded to their published lesson,
    // resumably; done after each refreshStudio, or for one draft now.
    void uploadDraftVideos();
    void uploadDraftVideo(const QString &draftId);
    // Images in creators' text (client_studio_images.cpp): a file copied into the profile under
    // a new id for ![name](lyceum-image:ID) (empty and *error when refused); the local file of
    // an id; fetched for display when missing (imageArrived); drafts' images sent when online.
    QString addImage(const QString &file, QString *error);
    QString imagePath(const QString &id) const;
    void fetchImage(const QString &id);
    void uploadDraftImages();
    // GET /studio/analytics for one course or (empty) all the creator's courses.
    void fetchAnalytics(const QString &courseId, QObject *context,
                        std::function<void(const ApiError &, const QJsonObject &)> done);

    // --- purchases (client_commerce.cpp; online only, results on context's thread) ----------
    // Errors carry the server's code (card_declined, coupon_expired, ...) and a translated
    // sentence. A paid order's entitlement arrives through the feed (live or the next pull).
    using OrderDone = std::function<void(const ApiError &, const Order &)>;
    void fetchStore(QObject *context, std::function<void(const ApiError &, QVector<Tier>)> done);
    // Starts (or, with the same key, finds again) a checkout of a course or a tier.
    void checkout(const QString &courseId, const QString &tierId, const QString &coupon,
                  const QString &idempotencyKey, QObject *context, OrderDone done);
    void payOrder(const QString &orderId, const CardDetails &card, QObject *context,
                  OrderDone done);
    void requestRefund(const QString &orderId, QObject *context, OrderDone done);
    void cancelSubscription(const QString &subscriptionId, QObject *context,
                            std::function<void(const ApiError &, const Subscription &)> done);
    void fetchWallet(QObject *context, std::function<void(const ApiError &, const Wallet &)> done);

    // --- edits (the author's own posts) ---------------------------------------------------------
    // post.edit / post.delete through the outbox. The server keeps the last edit it receives;
    // an edit or reply that meets a post or thread deleted or locked meanwhile fails in the
    // outbox with the reason, keeping the user's text (OutboxEntry::argsJson) to edit and resend.
    void editPost(const QString &postId, const QString &body);
    void deletePost(const QString &postId);

Q_SIGNALS:
    void opened();
    void openFailed(const lyceum::ApiError &error);
    void loginFinished(const lyceum::ApiError &error); // error.isError() false on success
    void sessionRestored(bool ok);
    void loggedOut();
    void syncStatusChanged(const lyceum::SyncStatus &status);
    void syncFinished(const lyceum::ApiError &error);
    void outboxFlushed(const lyceum::ApiError &error);
    // Cache content changed (a sync page or a local write committed): views re-fetch.
    void cacheChanged();
    void errorOccurred(const lyceum::ApiError &error);
    void liveStateChanged(bool live);
    // Read marks changed (markThreadRead): unread figures are to be fetched again. New posts
    // arriving also change them; cacheChanged covers that.
    void unreadChanged();
    // Lesson progress or the neighbour table changed: the home page is to be fetched again
    // (cacheChanged covers the catalogue and ratings).
    void homeChanged();
    // A new community spam model arrived: posts are to be scored again.
    void spamModelChanged();
    // moderationNotices() changed.
    void moderationNoticesChanged();
    // An answer to refreshModerationNotices() was handled (changed or not, or failed).
    void moderationNoticesChecked();
    // Lesson notes or progress changed (here or pulled from another device).
    void notesChanged();
    void learningChanged();
    void draftSaved(const QString &draftId, qint64 savedAt);
    void draftRestored(const QString &draftId);
    void draftsChanged(); // taken from another device, deleted, published, scheduled
    void schedulesChanged();
    void imageArrived(const QString &id);
    void imageSent(const QString &id);
    void draftUploadProgress(const QString &draftId, qint64 sent, qint64 size);
    void draftUploadFinished(const QString &draftId, const lyceum::ApiError &error);
    void downloadsChanged();
    void downloadProgress(const QString &lessonId, qint64 received, qint64 size);
    // Done (no error), or stopped with the reason (paused: Kind::Cancelled).
    void downloadFinished(const QString &lessonId, const lyceum::ApiError &error);
    // Posts from others that arrived from the server and concern the user (replies to their
    // threads or posts, mentions), oldest first. Never for the profile's first sync.
    void noticesArrived(const QVector<lyceum::Notice> &notices);

private:
    LessonMedia lessonMediaFromJson(const QJsonObject &o) const;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::SyncStatus)
Q_DECLARE_METATYPE(lyceum::Notice)
Q_DECLARE_METATYPE(lyceum::Order)

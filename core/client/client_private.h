// Client's private state, shared by client.cpp (open, sync, reads, writes) and
// client_session.cpp (login, restore, logout).
#pragma once

#include "api/api_client.h"
#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/profile.h"
#include "credentials/credential_store.h"
#include "domain/result.h"
#include "live/live_channel.h"
#include "outbox/outbox_sender.h"
#include "spam/spam_model.h"
#include "sync/sync_engine.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace lyceum {

class Client::Private {
public:
    explicit Private(Client *owner, Options opts)
        : q(owner)
        , options(std::move(opts)) {}

    void setStatus(SyncStatus::State state, const QString &message);
    void refreshOutboxCounts();
    void afterLocalWrite(const QString &error);
    void afterLocalWrite(const Status &written); // Validation -> Kind::Invalid
    bool ensureOpen(const char *what);
    // After a local write that queued a mutation but changes nothing the views show.
    void scheduleFlush();
    // Downloads (client_downloads.cpp).
    void enforceDownloadRights();
    void startNextQueued(); // when nothing downloads, the oldest queued one starts
    struct Transfer;
    void fetchCaptionFiles(const std::shared_ptr<Transfer> &t, const LessonMedia &m,
                           const QByteArray &key, int index);
    void runTransfer(const std::shared_ptr<Transfer> &t, const LessonMedia &m,
                     const QByteArray &key);
    // client_live.cpp
    void setupLive();
    void startLive(); // after a login or a restored session, if options.live
    void stopLive();
    // client_reco.cpp
    void setupReco();
    // client_reading.cpp
    void setupReading();
    void checkNewPosts(); // after the cache took changes from the server
    QString myId() const { return profile.user ? profile.user->id : QString(); }

    Client *q;
    Options options;
    CacheWorker *cache = nullptr;
    ApiClient *api = nullptr;
    SyncEngine *sync = nullptr;
    OutboxSender *outbox = nullptr;
    CredentialStore *credentials = nullptr;
    LiveChannel *live = nullptr;
    bool liveReported = false; // the last liveStateChanged value

    Profile profile;
    bool opened = false;
    bool keychainAvailable = false;
    QString keychainProblem;
    bool remember = false; // the current session is (to be) kept in the keychain
    bool loggedIn = false;
    bool syncAfterFlush = false;
    SyncStatus status;
    bool notices = true; // look for posts that concern the user after server changes
    // This moderator's spam model (profileDir/spam-model.lyspam), learning from their decisions;
    // loaded on first use.
    std::unique_ptr<spam::SpamModel> spamModel;
    bool spamModelLoaded = false;
    spam::SpamModel &spam();
    // The community's model (GET /spam/model, profileDir/community-spam.lyspam), for learners.
    std::unique_ptr<spam::SpamModel> communityModel;
    bool communityModelLoaded = false;
    QVector<ModerationNotice> moderationNotices; // the unseen ones, newest first
    qint64 noticesSeenUpTo = -1;
    // Lesson media (client_media.cpp, client_downloads.cpp): the key sealing downloads (from
    // the keychain, loaded once), the transfers running, the quota.
    QNetworkAccessManager *mediaNam = nullptr;
    QByteArray mediaKey;
    QVector<std::function<void(const QByteArray &, const QString &)>> mediaKeyWaiters;
    bool mediaKeyLoading = false;
    QHash<QString, std::shared_ptr<Transfer>> transfers;
    qint64 downloadQuota = 5LL * 1024 * 1024 * 1024; // -1: not read from the profile yet
    spam::SpamModel *community();                    // nullptr when there is none
    // client_studio.cpp
    bool isCreator() const {
        return profile.user &&
               (profile.user->role == Role::Creator || profile.user->role == Role::Admin);
    }
    QString studioDevice() const { return isCreator() ? profile.clientId : QString(); }
    QJsonArray schedules;
    QTimer *draftFlush = nullptr; // sends typed drafts at most every few seconds
    void queueDraftFlush();
    // client_studio_upload.cpp
    struct Upload;
    QSet<QString> uploading; // drafts whose video is being sent
    QSet<QString> imagesFetching, imagesSending;
    void startUpload(const std::shared_ptr<Upload> &up, qint64 size, const QString &sha256,
                     const QString &error);
    void sendChunk(const std::shared_ptr<Upload> &up);
    void finishUpload(const std::shared_ptr<Upload> &up, const ApiError &error);
};

} // namespace lyceum

// The client core's session for the GUI and the CLI (docs/architecture.md, "Client core"). A
// Client owns, for one account profile: the API client, the SQLite cache (on its worker
// thread), the sync engine, the outbox, the live channel and the credential store, and hands
// out one service per area (discussions(), commerce(), ...), each with its own state, its typed
// calls in api/<area>_api.h and its SQL in its area's store. Everything slow happens off the
// caller's thread; results come back as signals or callbacks on the thread of the given
// context object.
#pragma once

// ApiError lives in api/api_error.h, the read views (CourseSummary, ThreadSummary, PostView,
// CacheCounts, OutboxState, OutboxEntry, ...) in cache/cache_views.h; both are included here.
// A service's calls need its header (client/<area>_service.h).
#include "api/api_error.h"
#include "cache/cache_views.h"
#include "domain/entities.h"

#include <QObject>
#include <QUrl>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace lyceum {

class DiscussionsService;
class DiscoveryService;
class CommerceService;
class MediaService;
class ModerationService;
class StudioService;
class ReviewsService;
class ChallengeService;
class SessionState;

struct SyncStatus {
    enum class State { Idle, Syncing, Offline, Error };
    State state = State::Idle;
    qint64 received = 0;     // changes applied in the running pull
    qint64 lastSyncedAt = 0; // ms since epoch; 0: never
    int outboxWaiting = 0;
    int outboxFailed = 0;
    QString message; // the last error, translated; empty when none
    // Search indexing after a large pull (search/search_indexer.h): rows indexed in the running
    // (or last) run and rows still waiting; searchWaiting 0 means the index is complete.
    qint64 searchIndexed = 0;
    qint64 searchWaiting = 0;
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
        // Without the keychain, seal downloads with a key kept in the profile's folder instead
        // of refusing them (the demo: its password and lessons are public anyway).
        bool mediaKeyInProfile = false;
    };

    explicit Client(Options options, QObject *parent = nullptr);
    ~Client() override;

    // --- the services, one per area (client/<area>_service.h) ---------------------------
    DiscussionsService &discussions(); // spaces, threads, posts, reactions, edits, unread
    DiscoveryService &discovery();     // the catalogue, search, home and recommendations
    CommerceService &commerce();       // store, checkout, payments, wallet
    MediaService &media();             // lesson videos, captions, progress, notes, downloads
    ModerationService &moderation();   // reports, the queue, audit log, spam models, notices
    StudioService &studio();           // creators' drafts, schedules, uploads, images
    ReviewsService &reviews();         // ratings and reviews
    ChallengeService &challenges();    // check-in challenges (learning/challenge_service.h)

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

    // --- the cache and the outbox (async; callback runs on context's thread) -----------------
    void fetchCounts(QObject *context, std::function<void(CacheCounts)> done);
    void fetchOutbox(QObject *context, std::function<void(QVector<OutboxEntry>)> done);
    // A Failed outbox row (OutboxEntry::seq) is sent again / dropped with its optimistic change
    // reverted. Emit cacheChanged, or errorOccurred with the reason.
    void retryOutbox(qint64 seq);
    void discardOutbox(qint64 seq);

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
    // Changes from the server reached the cache (a pull finished, or live changes were
    // applied): the services look for what concerns them (DiscussionsService's notices).
    void serverChangesApplied();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace lyceum

Q_DECLARE_METATYPE(lyceum::SyncStatus)

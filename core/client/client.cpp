// The session: it owns the API client, the cache worker, the sync engine, the outbox sender,
// the credential store and the live channel, and the services (one per area) it hands out.
#include "client/client.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/cache_worker.h"
#include "client/client_private.h"
#include "client/commerce_service.h"
#include "client/discovery_service.h"
#include "client/discussions_saved.h"
#include "client/discussions_service.h"
#include "client/media_service.h"
#include "client/moderation_service.h"
#include "client/reviews_service.h"
#include "client/session_account.h"
#include "client/session_store.h"
#include "client/studio_service.h"
#include "credentials/credential_store.h"
#include "learning/assignment_service.h"
#include "learning/challenge_service.h"
#include "learning/quiz_service.h"
#include "live/live_channel.h"
#include "logging.h"
#include "outbox/outbox_sender.h"
#include "outbox/outbox_store.h"
#include "search/search_indexer.h"
#include "sync/sync_engine.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lyceum {

namespace {
bool isOfflineError(const ApiError &e) {
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
}
} // namespace

Client::Private::Private(Client *owner, Options opts)
    : q(owner)
    , s(owner, std::move(opts)) {}

Client::Private::~Private() = default;

Client::Client(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options))) {
    qRegisterMetaType<lyceum::ApiError>();
    qRegisterMetaType<lyceum::SyncStatus>();
    SessionState &s = d->s;
    s.api = new ApiClient(this);
    s.api->setTransferTimeout(s.options.requestTimeoutMs);
    s.credentials = new CredentialStore(this);
    s.cache = new CacheWorker(this);
    d->sync = new SyncEngine(s.api, s.cache, this);
    if (s.options.syncPageSize > 0)
        d->sync->setPageSize(s.options.syncPageSize);
    s.outbox = new OutboxSender(s.api, s.cache, this);
    d->setupLive();
    d->discussions = std::make_unique<DiscussionsService>(s);
    d->discovery = std::make_unique<DiscoveryService>(s);
    d->commerce = std::make_unique<CommerceService>(s);
    d->media = std::make_unique<MediaService>(s);
    d->moderation = std::make_unique<ModerationService>(s);
    d->studio = std::make_unique<StudioService>(s);
    d->reviews = std::make_unique<ReviewsService>(s);
    new QuizService(s, this);        // QuizService::of(client): learning/quiz_service.h
    new AssignmentsService(s, this); // a child: assignmentsOf(client) finds it
    d->challenges = std::make_unique<ChallengeService>(s);
    // Reached through AccountService::of and SavedPosts::of (children of the Client).
    d->account = std::make_unique<AccountService>(s, this);
    d->saved = std::make_unique<SavedPosts>(s, this);

    connect(d->sync, &SyncEngine::progress, this, [this](qint64 received) {
        d->s.status.received = received;
        Q_EMIT syncStatusChanged(d->s.status);
    });
    connect(d->sync, &SyncEngine::pageApplied, this, &Client::cacheChanged);
    connect(d->sync->indexer(), &SearchIndexer::progress, this, [this](qint64 done, qint64 left) {
        d->s.status.searchIndexed = done;
        d->s.status.searchWaiting = left;
        Q_EMIT syncStatusChanged(d->s.status);
    });
    connect(d->sync, &SyncEngine::finished, this, [this](const ApiError &e) {
        if (!e.isError()) {
            d->s.status.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
            d->s.setStatus(SyncStatus::State::Idle, {});
        } else {
            d->s.setStatus(isOfflineError(e) ? SyncStatus::State::Offline
                                             : SyncStatus::State::Error,
                           e.message);
        }
        d->s.refreshOutboxCounts();
        if (!e.isError())
            Q_EMIT serverChangesApplied();
        Q_EMIT syncFinished(e);
    });
    connect(s.outbox, &OutboxSender::changed, this, [this] {
        Q_EMIT cacheChanged();
        d->s.refreshOutboxCounts();
    });
    connect(s.outbox, &OutboxSender::finished, this, [this](const ApiError &e) {
        d->s.refreshOutboxCounts();
        Q_EMIT outboxFlushed(e);
        if (!d->syncAfterFlush)
            return;
        d->syncAfterFlush = false;
        // Offline or signed out: pulling would fail the same way.
        if (isOfflineError(e) || e.kind == ApiError::Kind::Unauthorized ||
            e.kind == ApiError::Kind::Tls) {
            d->s.setStatus(isOfflineError(e) ? SyncStatus::State::Offline
                                             : SyncStatus::State::Error,
                           e.message);
            Q_EMIT syncFinished(e);
            return;
        }
        d->sync->start();
    });
    connect(s.api, &ApiClient::tokensChanged, this, [this](const SessionTokens &tokens) {
        if (d->remember && d->keychainAvailable)
            d->s.credentials->save(
                CredentialStore::entryKey(d->s.profile.server, d->s.profile.handle), tokens,
                [](bool, const QString &) {});
    });
    connect(s.api, &ApiClient::sessionExpired, this, [this] {
        d->s.loggedIn = false;
        d->stopLive();
        if (d->keychainAvailable)
            d->s.credentials->remove(
                CredentialStore::entryKey(d->s.profile.server, d->s.profile.handle),
                [](bool, const QString &) {});
        Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Unauthorized,
                                            tr("Your session has expired. Please log in again.")));
    });
}

Client::~Client() {
    // Stop callbacks into a half-destroyed Client before the children go.
    delete d->live; // closes the socket
    d->live = nullptr;
    d->sync->disconnect(this);
    d->s.outbox->disconnect(this);
    d->s.api->disconnect(this);
    delete d->s.cache; // joins the worker thread after its queued jobs
    d->s.cache = nullptr;
    // The services go before the state they were given.
    d->reviews.reset();
    d->challenges.reset();
    d->saved.reset();
    d->account.reset();
    d->studio.reset();
    d->moderation.reset();
    d->media.reset();
    d->commerce.reset();
    d->discovery.reset();
    d->discussions.reset();
}

DiscussionsService &Client::discussions() {
    return *d->discussions;
}

DiscoveryService &Client::discovery() {
    return *d->discovery;
}

CommerceService &Client::commerce() {
    return *d->commerce;
}

MediaService &Client::media() {
    return *d->media;
}

ModerationService &Client::moderation() {
    return *d->moderation;
}

StudioService &Client::studio() {
    return *d->studio;
}

ReviewsService &Client::reviews() {
    return *d->reviews;
}

ChallengeService &Client::challenges() {
    return *d->challenges;
}

void Client::open() {
    if (d->s.opened) {
        Q_EMIT opened();
        return;
    }
    d->s.cache->run<sessionstore::Opened>(
        this,
        [dir = d->s.options.profileDir](CacheDatabase &db) { return sessionstore::open(db, dir); },
        [this](sessionstore::Opened r) {
            if (!r.error.isEmpty()) {
                qCWarning(lcClient) << "open failed:" << r.error;
                Q_EMIT openFailed(ApiError::make(ApiError::Kind::Storage, r.error));
                return;
            }
            SessionState &s = d->s;
            s.profile = r.profile;
            s.outbox->setClientId(s.profile.clientId);
            s.api->setServer(s.profile.server);
            s.status.lastSyncedAt = r.lastSyncedAt;
            s.status.outboxWaiting = r.waiting;
            s.status.outboxFailed = r.failed;
            const auto finishOpen = [this] {
                d->s.opened = true;
                d->sync->indexer()->start(); // resumes indexing a quit interrupted
                Q_EMIT opened();
            };
            if (!s.options.useKeychain) {
                d->keychainAvailable = false;
                d->keychainProblem = tr("The keychain is turned off for this profile; you stay "
                                        "signed in only until Lyceum quits.");
                finishOpen();
                return;
            }
            s.credentials->probe([this, finishOpen](bool ok, const QString &problem) {
                d->keychainAvailable = ok;
                d->keychainProblem = problem;
                finishOpen();
            });
        });
}

bool Client::isOpen() const {
    return d->s.opened;
}

QUrl Client::serverUrl() const {
    return d->s.profile.server;
}

QString Client::handle() const {
    return d->s.profile.handle;
}

std::optional<User> Client::currentUser() const {
    return d->s.profile.user;
}

bool Client::isLoggedIn() const {
    return d->s.loggedIn;
}

bool Client::sessionPersistent() const {
    return d->keychainAvailable;
}

QString Client::keychainProblem() const {
    return d->keychainAvailable ? QString() : d->keychainProblem;
}

// --- sync -----------------------------------------------------------------------------------

void Client::syncNow() {
    if (d->sync->isRunning() || d->syncAfterFlush)
        return; // the running pull will emit syncFinished
    if (!d->s.opened) {
        Q_EMIT syncFinished(ApiError::storage(tr("the profile is not open yet")));
        return;
    }
    if (!d->s.loggedIn) {
        const ApiError e = ApiError::notLoggedIn();
        d->s.setStatus(SyncStatus::State::Error, e.message);
        Q_EMIT syncFinished(e);
        return;
    }
    d->s.status.received = 0;
    d->s.setStatus(SyncStatus::State::Syncing, {});
    d->syncAfterFlush = true;
    d->s.outbox->flush();
}

SyncStatus Client::syncStatus() const {
    return d->s.status;
}

void Client::flushOutbox() {
    if (!d->s.opened || !d->s.loggedIn) {
        Q_EMIT outboxFlushed(d->s.opened ? ApiError::notLoggedIn()
                                         : ApiError::storage(tr("the profile is not open yet")));
        return;
    }
    d->s.outbox->flush();
}

// --- the cache and the outbox ---------------------------------------------------------------

void Client::fetchCounts(QObject *context, std::function<void(CacheCounts)> done) {
    d->s.readOrReport<CacheCounts>(
        context, [](CacheDatabase &db) { return cachereader::counts(db); }, std::move(done));
}

void Client::fetchOutbox(QObject *context, std::function<void(QVector<OutboxEntry>)> done) {
    d->s.cache->run<QVector<OutboxEntry>>(
        context, [](CacheDatabase &db) { return outboxstore::list(db); }, std::move(done));
}

void Client::retryOutbox(qint64 seq) {
    if (!d->s.ensureOpen("retryOutbox"))
        return;
    d->s.cache->run<QString>(
        this,
        [seq](CacheDatabase &db) {
            QString error;
            return outboxstore::retry(db, seq, &error) ? QString() : error;
        },
        [this](QString error) { d->s.afterLocalWrite(error); });
}

void Client::discardOutbox(qint64 seq) {
    if (!d->s.ensureOpen("discardOutbox"))
        return;
    d->s.cache->run<QString>(
        this,
        [seq](CacheDatabase &db) {
            QString error;
            return outboxstore::discard(db, seq, &error) ? QString() : error;
        },
        [this](QString error) { d->s.afterLocalWrite(error); });
}

} // namespace lyceum

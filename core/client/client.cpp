#include "client/client.h"

#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "client/client_private.h"
#include "domain/mutation_defs.h"
#include "domain/private_files.h"
#include "logging.h"
#include "outbox/local_mutations.h"
#include "outbox/outbox_store.h"
#include "reading/reading_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace lyceum {

namespace {

struct OpenResult {
    QString error;
    Profile profile;
    qint64 lastSyncedAt = 0;
    int waiting = 0;
    int failed = 0;
};

struct OutboxCounts {
    int waiting = 0;
    int failed = 0;
};

bool isOfflineError(const ApiError &e) {
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout;
}

// A cache read for a caller that takes a plain value: a failed read is said as errorOccurred
// (Storage: the profile's cache is broken) and done gets the empty value. fetchCourses hands the
// result itself to its caller instead, so the catalogue can show the broken cache.
template<typename T>
void readOrReport(CacheWorker &cache, Client *client, QObject *context,
                  std::function<Result<T>(CacheDatabase &)> job, std::function<void(T)> done) {
    cache.run<Result<T>>(context, std::move(job), [client, done = std::move(done)](Result<T> r) {
        if (!r) {
            Q_EMIT client->errorOccurred(ApiError::storage(r.error().message));
            done(T{});
            return;
        }
        done(std::move(r).value());
    });
}

} // namespace

// --- Private --------------------------------------------------------------------------------

void Client::Private::setStatus(SyncStatus::State state, const QString &message) {
    status.state = state;
    status.message = message;
    Q_EMIT q->syncStatusChanged(status);
}

void Client::Private::refreshOutboxCounts() {
    cache->run<OutboxCounts>(
        q,
        [](CacheDatabase &db) {
            return OutboxCounts{outboxstore::count(db, OutboxState::Waiting) +
                                    outboxstore::count(db, OutboxState::Sending),
                                outboxstore::count(db, OutboxState::Failed)};
        },
        [this](OutboxCounts counts) {
            if (counts.waiting == status.outboxWaiting && counts.failed == status.outboxFailed)
                return;
            status.outboxWaiting = counts.waiting;
            status.outboxFailed = counts.failed;
            Q_EMIT q->syncStatusChanged(status);
        });
}

void Client::Private::afterLocalWrite(const QString &error) {
    if (!error.isEmpty()) {
        Q_EMIT q->errorOccurred(ApiError::make(
            ApiError::Kind::Storage, tr("Your change could not be saved: %1").arg(error)));
        return;
    }
    Q_EMIT q->cacheChanged();
    refreshOutboxCounts();
    if (options.autoFlush && loggedIn)
        outbox->flush();
}

void Client::Private::afterLocalWrite(const Status &written) {
    if (!written && written.error().isValidation()) {
        Q_EMIT q->errorOccurred(ApiError::make(ApiError::Kind::Invalid, written.error().message));
        return;
    }
    afterLocalWrite(written.errorText());
}

void Client::Private::scheduleFlush() {
    refreshOutboxCounts();
    if (options.autoFlush && loggedIn)
        outbox->flush();
}

bool Client::Private::ensureOpen(const char *what) {
    if (opened)
        return true;
    qCWarning(lcClient) << what << "called before open() finished";
    Q_EMIT q->errorOccurred(ApiError::storage(tr("the profile is not open yet")));
    return false;
}

// --- Client ---------------------------------------------------------------------------------

Client::Client(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options))) {
    qRegisterMetaType<lyceum::ApiError>();
    qRegisterMetaType<lyceum::SyncStatus>();
    d->api = new ApiClient(this);
    d->api->setTransferTimeout(d->options.requestTimeoutMs);
    d->credentials = new CredentialStore(this);
    d->cache = new CacheWorker(this);
    d->sync = new SyncEngine(d->api, d->cache, this);
    if (d->options.syncPageSize > 0)
        d->sync->setPageSize(d->options.syncPageSize);
    d->outbox = new OutboxSender(d->api, d->cache, this);
    d->setupLive();
    d->setupReading();
    d->setupReco();

    connect(d->sync, &SyncEngine::progress, this, [this](qint64 received) {
        d->status.received = received;
        Q_EMIT syncStatusChanged(d->status);
    });
    connect(d->sync, &SyncEngine::pageApplied, this, &Client::cacheChanged);
    connect(d->sync, &SyncEngine::finished, this, [this](const ApiError &e) {
        if (!e.isError()) {
            d->status.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
            d->setStatus(SyncStatus::State::Idle, {});
        } else {
            d->setStatus(isOfflineError(e) ? SyncStatus::State::Offline : SyncStatus::State::Error,
                         e.message);
        }
        d->refreshOutboxCounts();
        Q_EMIT syncFinished(e);
    });
    connect(d->outbox, &OutboxSender::changed, this, [this] {
        Q_EMIT cacheChanged();
        d->refreshOutboxCounts();
    });
    connect(d->outbox, &OutboxSender::finished, this, [this](const ApiError &e) {
        d->refreshOutboxCounts();
        Q_EMIT outboxFlushed(e);
        if (!d->syncAfterFlush)
            return;
        d->syncAfterFlush = false;
        // Offline or signed out: pulling would fail the same way.
        if (isOfflineError(e) || e.kind == ApiError::Kind::Unauthorized ||
            e.kind == ApiError::Kind::Tls) {
            d->setStatus(isOfflineError(e) ? SyncStatus::State::Offline : SyncStatus::State::Error,
                         e.message);
            Q_EMIT syncFinished(e);
            return;
        }
        d->sync->start();
    });
    connect(d->api, &ApiClient::tokensChanged, this, [this](const SessionTokens &tokens) {
        if (d->remember && d->keychainAvailable)
            d->credentials->save(CredentialStore::entryKey(d->profile.server, d->profile.handle),
                                 tokens, [](bool, const QString &) {});
    });
    connect(d->api, &ApiClient::sessionExpired, this, [this] {
        d->loggedIn = false;
        d->stopLive();
        if (d->keychainAvailable)
            d->credentials->remove(CredentialStore::entryKey(d->profile.server, d->profile.handle),
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
    d->outbox->disconnect(this);
    d->api->disconnect(this);
    delete d->cache; // joins the worker thread after its queued jobs
    d->cache = nullptr;
}

void Client::open() {
    if (d->opened) {
        Q_EMIT opened();
        return;
    }
    const QString dir = d->options.profileDir;
    d->cache->run<OpenResult>(
        this,
        [dir](CacheDatabase &db) {
            OpenResult r;
            if (dir.isEmpty() || !makePrivateDir(dir)) {
                r.error = tr("The profile folder \"%1\" could not be created.").arg(dir);
                return r;
            }
            if (!db.open(QDir(dir).filePath(QStringLiteral("cache.sqlite")), &r.error))
                return r;
            if (!outboxstore::resetSending(db, &r.error))
                return r;
            if (!Profile::load(dir, &r.profile, &r.error))
                return r;
            r.lastSyncedAt = syncstore::lastSyncedAt(db);
            r.waiting = outboxstore::count(db, OutboxState::Waiting);
            r.failed = outboxstore::count(db, OutboxState::Failed);
            return r;
        },
        [this](OpenResult r) {
            if (!r.error.isEmpty()) {
                qCWarning(lcClient) << "open failed:" << r.error;
                Q_EMIT openFailed(ApiError::make(ApiError::Kind::Storage, r.error));
                return;
            }
            d->profile = r.profile;
            d->outbox->setClientId(d->profile.clientId);
            d->api->setServer(d->profile.server);
            d->status.lastSyncedAt = r.lastSyncedAt;
            d->status.outboxWaiting = r.waiting;
            d->status.outboxFailed = r.failed;
            const auto finishOpen = [this] {
                d->opened = true;
                d->enforceDownloadRights(); // offline past the grace: paid videos go
                Q_EMIT opened();
            };
            if (!d->options.useKeychain) {
                d->keychainAvailable = false;
                d->keychainProblem = tr("The keychain is turned off for this profile; you stay "
                                        "signed in only until Lyceum quits.");
                finishOpen();
                return;
            }
            d->credentials->probe([this, finishOpen](bool ok, const QString &problem) {
                d->keychainAvailable = ok;
                d->keychainProblem = problem;
                finishOpen();
            });
        });
}

bool Client::isOpen() const {
    return d->opened;
}

QUrl Client::serverUrl() const {
    return d->profile.server;
}

QString Client::handle() const {
    return d->profile.handle;
}

std::optional<User> Client::currentUser() const {
    return d->profile.user;
}

bool Client::isLoggedIn() const {
    return d->loggedIn;
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
    if (!d->opened) {
        Q_EMIT syncFinished(ApiError::storage(tr("the profile is not open yet")));
        return;
    }
    if (!d->loggedIn) {
        const ApiError e = ApiError::notLoggedIn();
        d->setStatus(SyncStatus::State::Error, e.message);
        Q_EMIT syncFinished(e);
        return;
    }
    d->status.received = 0;
    d->setStatus(SyncStatus::State::Syncing, {});
    d->syncAfterFlush = true;
    d->outbox->flush();
}

SyncStatus Client::syncStatus() const {
    return d->status;
}

void Client::flushOutbox() {
    if (!d->opened || !d->loggedIn) {
        Q_EMIT outboxFlushed(d->opened ? ApiError::notLoggedIn()
                                       : ApiError::storage(tr("the profile is not open yet")));
        return;
    }
    d->outbox->flush();
}

// --- reads ----------------------------------------------------------------------------------

void Client::fetchCounts(QObject *context, std::function<void(CacheCounts)> done) {
    readOrReport<CacheCounts>(
        *d->cache, this, context, [](CacheDatabase &db) { return cachereader::counts(db); },
        std::move(done));
}

void Client::fetchCourses(QObject *context,
                          std::function<void(Result<QVector<CourseSummary>>)> done) {
    d->cache->run<Result<QVector<CourseSummary>>>(
        context, [](CacheDatabase &db) { return cachereader::courses(db); }, std::move(done));
}

void Client::fetchCourse(const QString &courseId, QObject *context,
                         std::function<void(std::optional<CourseDetail>)> done) {
    readOrReport<std::optional<CourseDetail>>(
        *d->cache, this, context,
        [courseId](CacheDatabase &db) { return cachereader::course(db, courseId); },
        std::move(done));
}

void Client::fetchSpaces(QObject *context, std::function<void(QVector<Space>)> done) {
    readOrReport<QVector<Space>>(
        *d->cache, this, context, [](CacheDatabase &db) { return cachereader::spaces(db); },
        std::move(done));
}

void Client::fetchMemberSpaces(QObject *context, std::function<void(QSet<QString>)> done) {
    readOrReport<QSet<QString>>(
        *d->cache, this, context,
        [me = d->myId()](CacheDatabase &db) { return cachereader::memberSpaces(db, me); },
        std::move(done));
}

void Client::fetchSpaceThreads(const QString &spaceId, QObject *context,
                               std::function<void(QVector<ThreadSummary>)> done) {
    readOrReport<QVector<ThreadSummary>>(
        *d->cache, this, context,
        [spaceId, me = d->myId()](CacheDatabase &db) {
            Result<QVector<ThreadSummary>> threads = cachereader::spaceThreads(db, spaceId);
            if (threads)
                readingstore::fillUnread(db, threads.value(), me);
            return threads;
        },
        std::move(done));
}

void Client::fetchCourseThreads(const QString &courseId, QObject *context,
                                std::function<void(QVector<ThreadSummary>)> done) {
    readOrReport<QVector<ThreadSummary>>(
        *d->cache, this, context,
        [courseId, me = d->myId()](CacheDatabase &db) {
            Result<QVector<ThreadSummary>> threads = cachereader::courseThreads(db, courseId);
            if (threads)
                readingstore::fillUnread(db, threads.value(), me);
            return threads;
        },
        std::move(done));
}

void Client::fetchThread(const QString &threadId, QObject *context,
                         std::function<void(std::optional<ThreadDetail>)> done) {
    const QString me = d->profile.user ? d->profile.user->id : QString();
    readOrReport<std::optional<ThreadDetail>>(
        *d->cache, this, context,
        [threadId, me](CacheDatabase &db) { return cachereader::thread(db, threadId, me); },
        std::move(done));
}

void Client::fetchAllThreads(int limit, QObject *context,
                             std::function<void(QVector<ThreadSummary>)> done) {
    readOrReport<QVector<ThreadSummary>>(
        *d->cache, this, context,
        [limit, me = d->myId()](CacheDatabase &db) {
            Result<QVector<ThreadSummary>> threads = cachereader::allThreads(db, limit);
            if (threads)
                readingstore::fillUnread(db, threads.value(), me);
            return threads;
        },
        std::move(done));
}

void Client::fetchOutbox(QObject *context, std::function<void(QVector<OutboxEntry>)> done) {
    d->cache->run<QVector<OutboxEntry>>(
        context, [](CacheDatabase &db) { return outboxstore::list(db); }, std::move(done));
}

void Client::retryOutbox(qint64 seq) {
    if (!d->ensureOpen("retryOutbox"))
        return;
    d->cache->run<QString>(
        this,
        [seq](CacheDatabase &db) {
            QString error;
            return outboxstore::retry(db, seq, &error) ? QString() : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

void Client::discardOutbox(qint64 seq) {
    if (!d->ensureOpen("discardOutbox"))
        return;
    d->cache->run<QString>(
        this,
        [seq](CacheDatabase &db) {
            QString error;
            return outboxstore::discard(db, seq, &error) ? QString() : error;
        },
        [this](QString error) { d->afterLocalWrite(error); });
}

// --- writes ---------------------------------------------------------------------------------

QString Client::createThread(const QString &spaceId, const QString &courseId,
                             const QString &lessonId, const QString &title, ThreadKind kind,
                             const QString &body) {
    if (!d->ensureOpen("createThread"))
        return {};
    const int parents =
        int(!spaceId.isEmpty()) + int(!courseId.isEmpty()) + int(!lessonId.isEmpty());
    const QString trimmedTitle = title.trimmed();
    QString problem;
    if (parents != 1)
        problem = tr("A thread belongs to exactly one space, course or lesson.");
    else if (!mutations::isTextWithin(trimmedTitle, mutations::kMaxTitleLength))
        problem = tr("A title needs 1 to 200 characters.");
    else if (!mutations::isTextWithin(body, mutations::kMaxPostBody))
        problem = tr("A post needs 1 to 20,000 characters.");
    else if (!d->profile.user)
        problem = tr("You are not signed in. Please log in first.");
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Invalid, problem));
        return {};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Thread thread;
    thread.id = newId();
    thread.spaceId = spaceId;
    thread.courseId = courseId;
    thread.lessonId = lessonId;
    thread.authorId = d->profile.user->id;
    thread.title = trimmedTitle;
    thread.kind = kind;
    thread.postCount = 1;
    thread.createdAt = now;
    thread.lastActivityAt = now;
    Post first;
    first.id = newId();
    first.threadId = thread.id;
    first.authorId = thread.authorId;
    first.body = body;
    first.createdAt = now;
    d->cache->run<Status>(
        this,
        [thread, first](CacheDatabase &db) {
            return localmutations::createThread(db, thread, first);
        },
        [this](Status status) { d->afterLocalWrite(status); });
    return thread.id;
}

QString Client::createPost(const QString &threadId, const QString &parentId, const QString &body) {
    if (!d->ensureOpen("createPost"))
        return {};
    QString problem;
    if (!isValidId(threadId) || (!parentId.isEmpty() && !isValidId(parentId)))
        problem = tr("The thread or the post you reply to does not exist.");
    else if (!mutations::isTextWithin(body, mutations::kMaxPostBody))
        problem = tr("A post needs 1 to 20,000 characters.");
    else if (!d->profile.user)
        problem = tr("You are not signed in. Please log in first.");
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(ApiError::make(ApiError::Kind::Invalid, problem));
        return {};
    }
    Post post;
    post.id = newId();
    post.threadId = threadId;
    post.parentId = parentId;
    post.authorId = d->profile.user->id;
    post.body = body;
    post.createdAt = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<Status>(
        this, [post](CacheDatabase &db) { return localmutations::createPost(db, post); },
        [this](Status status) { d->afterLocalWrite(status); });
    return post.id;
}

void Client::toggleReaction(const QString &postId, const QString &emoji) {
    if (!d->ensureOpen("toggleReaction"))
        return;
    if (!d->profile.user) {
        Q_EMIT errorOccurred(ApiError::notLoggedIn());
        return;
    }
    const QString me = d->profile.user->id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<Status>(
        this,
        [postId, me, emoji, now](CacheDatabase &db) {
            return localmutations::toggleReaction(db, postId, me, emoji, now);
        },
        [this](Status status) { d->afterLocalWrite(status); });
}

} // namespace lyceum

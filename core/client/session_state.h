// What the session shares with its services (docs/architecture.md, "Client core"): the cache
// worker, the API client, the keychain, the outbox sender, the profile and whether the user is
// signed in, and the few session reactions every write needs (report an error, say the cache
// changed, send the outbox). Owned by the Client; each service gets a reference at
// construction and keeps its own state itself.
#pragma once

#include "cache/cache_worker.h"
#include "client/client.h"
#include "client/profile.h"
#include "domain/result.h"

namespace lyceum {

class ApiClient;
class CredentialStore;
class OutboxSender;

class SessionState {
public:
    SessionState(Client *owner, Client::Options opts)
        : client(owner)
        , options(std::move(opts)) {}

    Client *client;                // the session's signals (errorOccurred, cacheChanged, ...)
    const Client::Options options; // profileDir, autoFlush, ...
    CacheWorker *cache = nullptr;
    ApiClient *api = nullptr;
    CredentialStore *credentials = nullptr;
    OutboxSender *outbox = nullptr;

    Profile profile;
    bool opened = false;
    bool loggedIn = false;
    SyncStatus status;

    QString myId() const { return profile.user ? profile.user->id : QString(); }
    bool isCreator() const {
        return profile.user &&
               (profile.user->role == Role::Creator || profile.user->role == Role::Admin);
    }
    bool isStaff() const {
        return profile.user &&
               (profile.user->role == Role::Moderator || profile.user->role == Role::Admin);
    }
    // errorOccurred and false before open() finished.
    bool ensureOpen(const char *what);
    // After a local write that queued a mutation: errorOccurred with the error, or
    // cacheChanged, the outbox counts and (autoFlush) a flush.
    void afterLocalWrite(const QString &error);
    // The same for a Status: a Validation error is said as Kind::Invalid (the user can change
    // what they asked), a Storage error as above.
    void afterLocalWrite(const Status &written);
    // A cache read for a caller that takes a plain value: a failed read is said as errorOccurred
    // (Storage: the profile's cache is broken) and done gets the empty value. fetchCourses hands
    // the result itself to its caller instead, so the catalogue can show the broken cache.
    template<typename T>
    void readOrReport(QObject *context, std::function<Result<T>(CacheDatabase &)> job,
                      std::function<void(T)> done) {
        cache->run<Result<T>>(context, std::move(job),
                              [c = client, done = std::move(done)](Result<T> r) {
                                  if (!r) {
                                      Q_EMIT c->errorOccurred(ApiError::storage(r.error().message));
                                      done(T{});
                                      return;
                                  }
                                  done(std::move(r).value());
                              });
    }
    // After a local write that queued a mutation but changes nothing the views show.
    void scheduleFlush();
    void refreshOutboxCounts();
    void setStatus(SyncStatus::State state, const QString &message);
};

} // namespace lyceum

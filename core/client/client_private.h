// The session's private state (client.cpp: open, sync, the outbox; client_session.cpp: login,
// restore, logout; client_live.cpp: the live channel). Services never include this file: what
// they share with the session is SessionState (client/session_state.h).
#pragma once

#include "client/client.h"
#include "client/session_state.h"

#include <memory>

namespace lyceum {

class LiveChannel;
class AccountService;
class SavedPosts;
class SyncEngine;

class Client::Private {
public:
    // Both in client.cpp, where the services are complete types.
    Private(Client *owner, Options opts);
    ~Private();

    // client_live.cpp
    void setupLive();
    void startLive(); // after a login or a restored session, if options.live
    void stopLive();

    Client *q;
    SessionState s;
    SyncEngine *sync = nullptr;
    LiveChannel *live = nullptr;
    bool liveReported = false; // the last liveStateChanged value

    bool keychainAvailable = false;
    QString keychainProblem;
    bool remember = false; // the current session is (to be) kept in the keychain
    bool syncAfterFlush = false;

    // Made in the constructor, destroyed first in the destructor (after the cache worker
    // stopped), so none outlives the state it was given.
    std::unique_ptr<DiscussionsService> discussions;
    std::unique_ptr<DiscoveryService> discovery;
    std::unique_ptr<CommerceService> commerce;
    std::unique_ptr<MediaService> media;
    std::unique_ptr<ModerationService> moderation;
    std::unique_ptr<StudioService> studio;
    std::unique_ptr<ReviewsService> reviews;
    std::unique_ptr<ChallengeService> challenges;
    std::unique_ptr<AccountService> account; // client/session_account.h
    std::unique_ptr<SavedPosts> saved;       // client/discussions_saved.h
};

} // namespace lyceum

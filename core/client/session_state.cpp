#include "client/session_state.h"

#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "logging.h"
#include "outbox/outbox_sender.h"
#include "outbox/outbox_store.h"

namespace lyceum {

namespace {
struct OutboxCounts {
    int waiting = 0;
    int failed = 0;
};
} // namespace

void SessionState::setStatus(SyncStatus::State state, const QString &message) {
    status.state = state;
    status.message = message;
    Q_EMIT client->syncStatusChanged(status);
}

void SessionState::refreshOutboxCounts() {
    cache->run<OutboxCounts>(
        client,
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
            Q_EMIT client->syncStatusChanged(status);
        });
}

void SessionState::afterLocalWrite(const QString &error) {
    if (!error.isEmpty()) {
        Q_EMIT client->errorOccurred(ApiError::make(
            ApiError::Kind::Storage, Client::tr("Your change could not be saved: %1").arg(error)));
        return;
    }
    Q_EMIT client->cacheChanged();
    scheduleFlush();
}

void SessionState::afterLocalWrite(const Status &written) {
    if (!written && written.error().isValidation()) {
        Q_EMIT client->errorOccurred(
            ApiError::make(ApiError::Kind::Invalid, written.error().message));
        return;
    }
    afterLocalWrite(written.errorText());
}

void SessionState::scheduleFlush() {
    refreshOutboxCounts();
    if (options.autoFlush && loggedIn)
        outbox->flush();
}

bool SessionState::ensureOpen(const char *what) {
    if (opened)
        return true;
    qCWarning(lcClient) << what << "called before open() finished";
    Q_EMIT client->errorOccurred(ApiError::storage(Client::tr("the profile is not open yet")));
    return false;
}

} // namespace lyceum

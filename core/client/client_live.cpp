// Client: the live channel's wiring (core/live/live_channel.h). Started when a login or a
// restored session succeeds, stopped on logout, on an ended session and on destruction.
//
// Status: while the channel cannot reach the server (it reconnects by itself), syncStatus()
// says Offline, unless a pull is running or an error is already shown; once it is live again
// the status returns to Idle and the pull it starts brings what was missed. With autoFlush the
// outbox is sent on every (re)connect, so what was written offline goes out once the server is
// back.
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"

#include <QDateTime>

namespace lyceum {

void Client::Private::setupLive() {
    live = new LiveChannel(api, cache, sync, q);
    QObject::connect(live, &LiveChannel::stateChanged, q, [this](LiveChannel::State state) {
        const bool now = state == LiveChannel::State::Live;
        if (now == liveReported)
            return;
        liveReported = now;
        Q_EMIT q->liveStateChanged(now);
    });
    QObject::connect(live, &LiveChannel::connected, q, [this] {
        if (status.state == SyncStatus::State::Offline)
            setStatus(SyncStatus::State::Idle, {});
        if (loggedIn && options.autoFlush) // autoFlush off: the caller decides when to send
            outbox->flush();
    });
    QObject::connect(live, &LiveChannel::disconnected, q,
                     [this](bool networkError, const QString &reason) {
                         if (!networkError || status.state != SyncStatus::State::Idle)
                             return;
                         qCDebug(lcLive) << "offline:" << reason;
                         setStatus(SyncStatus::State::Offline,
                                   tr("The server cannot be reached. Lyceum keeps trying; your "
                                      "changes are kept and sent when it is back."));
                     });
    QObject::connect(live, &LiveChannel::cacheChanged, q, [this] {
        status.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT q->cacheChanged();
    });
    // sessionEnded needs nothing here: ApiClient::sessionExpired already signed the user out.
}

void Client::Private::startLive() {
    if (!options.live || !live)
        return;
    live->connectTo(profile.server, api->tokens().accessToken);
}

void Client::Private::stopLive() {
    if (live)
        live->stop();
}

bool Client::isLive() const {
    return d->live && d->live->isLive();
}

} // namespace lyceum

// Client: the live channel's wiring (core/live/live_channel.h). Started when a login or a
// restored session succeeds, stopped on logout, on an ended session and on destruction.
//
// Status: while the channel cannot reach the server (it reconnects by itself), syncStatus()
// says Offline, unless a pull is running or an error is already shown; once it is live again
// the status returns to Idle and the pull it starts brings what was missed. With autoFlush the
// outbox is sent on every (re)connect, so what was written offline goes out once the server is
// back.
#include "api/api_client.h"
#include "client/client.h"
#include "client/client_private.h"
#include "live/live_channel.h"
#include "logging.h"
#include "outbox/outbox_sender.h"

#include <QDateTime>

namespace lyceum {

void Client::Private::setupLive() {
    live = new LiveChannel(s.api, s.cache, sync, q);
    QObject::connect(live, &LiveChannel::stateChanged, q, [this](LiveChannel::State state) {
        const bool now = state == LiveChannel::State::Live;
        if (now == liveReported)
            return;
        liveReported = now;
        Q_EMIT q->liveStateChanged(now);
    });
    QObject::connect(live, &LiveChannel::connected, q, [this] {
        if (s.status.state == SyncStatus::State::Offline)
            s.setStatus(SyncStatus::State::Idle, {});
        if (s.loggedIn && s.options.autoFlush) // autoFlush off: the caller decides when to send
            s.outbox->flush();
    });
    QObject::connect(live, &LiveChannel::disconnected, q,
                     [this](bool networkError, const QString &reason) {
                         if (!networkError || s.status.state != SyncStatus::State::Idle)
                             return;
                         qCDebug(lcLive) << "offline:" << reason;
                         s.setStatus(SyncStatus::State::Offline,
                                     tr("The server cannot be reached. Lyceum keeps trying; "
                                        "your changes are kept and sent when it is back."));
                     });
    QObject::connect(live, &LiveChannel::cacheChanged, q, [this] {
        s.status.lastSyncedAt = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT q->cacheChanged();
        Q_EMIT q->serverChangesApplied();
    });
    // sessionEnded needs nothing here: ApiClient::sessionExpired already signed the user out.
}

void Client::Private::startLive() {
    if (!s.options.live || !live)
        return;
    live->connectTo(s.profile.server, s.api->tokens().accessToken);
}

void Client::Private::stopLive() {
    if (live)
        live->stop();
}

bool Client::isLive() const {
    return d->live && d->live->isLive();
}

} // namespace lyceum

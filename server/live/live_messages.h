// The messages of the live channel (docs/protocol.md, "Live"): parsing what a client sends,
// without side effects so that it can be fuzzed on its own, and encoding what the server sends.
#pragma once

#include <QByteArray>
#include <QString>

namespace lyceum::server {

struct LiveClientMessage {
    enum class Kind {
        Malformed, // not a JSON object with a string "type": the socket is closed (4400)
        Auth,      // {"type":"auth","access_token":"..."}; accessToken empty when missing
        Ping,      // {"type":"ping"}: answered with a pong
        Other,     // a type this server does not know: ignored, for newer clients
    };
    Kind kind = Kind::Malformed;
    QString accessToken;
};

LiveClientMessage parseLiveClientMessage(const QByteArray &utf8);

// {"type":"ready",...} after an authentication.
QByteArray liveReadyMessage(qint64 seq, const QString &cursor, const QString &userId,
                            int keepaliveMs);
// {"type":"changed","seq":S,"cursor":"C"}, the notice without inline changes.
QByteArray liveChangedMessage(qint64 seq, const QString &cursor);
// The inline form: `changes` is the comma-separated encoded changes (SyncService::appendChange).
QByteArray liveChangedMessage(qint64 seq, const QString &cursor, const QString &from,
                              const QByteArray &changes);
inline const QString kLivePongMessage = QStringLiteral(R"({"type":"pong"})");

} // namespace lyceum::server

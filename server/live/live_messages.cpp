#include "server/live/live_messages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::server {

namespace {
QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

LiveClientMessage parseLiveClientMessage(const QByteArray &utf8) {
    LiveClientMessage out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return out;
    const QJsonObject o = doc.object();
    const QJsonValue type = o.value(QLatin1StringView("type"));
    if (!type.isString() || type.toString().isEmpty())
        return out;
    if (type.toString() == QLatin1String("auth")) {
        out.kind = LiveClientMessage::Kind::Auth;
        out.accessToken = o.value(QLatin1StringView("access_token")).toString();
    } else if (type.toString() == QLatin1String("ping")) {
        out.kind = LiveClientMessage::Kind::Ping;
    } else {
        out.kind = LiveClientMessage::Kind::Other;
    }
    return out;
}

QByteArray liveReadyMessage(qint64 seq, const QString &cursor, const QString &userId,
                            int keepaliveMs) {
    return compact({{QStringLiteral("type"), QStringLiteral("ready")},
                    {QStringLiteral("seq"), seq},
                    {QStringLiteral("cursor"), cursor},
                    {QStringLiteral("user_id"), userId},
                    {QStringLiteral("keepalive_ms"), keepaliveMs}});
}

QByteArray liveChangedMessage(qint64 seq, const QString &cursor) {
    return compact({{QStringLiteral("type"), QStringLiteral("changed")},
                    {QStringLiteral("seq"), seq},
                    {QStringLiteral("cursor"), cursor}});
}

QByteArray liveChangedMessage(qint64 seq, const QString &cursor, const QString &from,
                              const QByteArray &changes) {
    QByteArray out = liveChangedMessage(seq, cursor);
    out.chop(1); // the closing brace
    // Cursors are "<instance>.<seq>": base64url and digits, nothing to escape.
    out.append(",\"from\":\"").append(from.toUtf8()).append("\",\"changes\":[");
    out.append(changes).append("]}");
    return out;
}

} // namespace lyceum::server

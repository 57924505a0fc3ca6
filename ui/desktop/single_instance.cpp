#include "desktop/single_instance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace lyceum::ui {

namespace {
constexpr qint64 kMaxMessage = 4096;
} // namespace

SingleInstance::SingleInstance(const QString &profileKey, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(profileKey)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileKey) {
    QByteArray user = qgetenv("USER");
    if (user.isEmpty())
        user = qgetenv("USERNAME");
    const QByteArray key = user + '\n' + QDir::cleanPath(profileKey).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("lyceum-") + QString::fromLatin1(hash.left(24));
}

bool SingleInstance::handOver(const QString &link, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject message = link.isEmpty() ? QJsonObject{{QStringLiteral("raise"), true}}
                                               : QJsonObject{{QStringLiteral("open"), link}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine()).object();
    return answer.value(QStringLiteral("ok")).toBool();
}

bool SingleInstance::listen(QString *error) {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a crashed instance: nobody answers on it, so it is removed.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            *error = tr("Another Lyceum window is already open for this profile.");
            return false;
        }
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this,
                    [this, socket] { readMessage(socket); });
        }
    });
    return true;
}

void SingleInstance::readMessage(QLocalSocket *socket) {
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessage)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(kMaxMessage + 1);
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    if (line.size() > kMaxMessage || message.isEmpty()) {
        socket->abort();
        return;
    }
    socket->write("{\"ok\":true}\n");
    socket->flush();
    Q_EMIT raiseRequested();
    const QString link = message.value(QStringLiteral("open")).toString();
    if (!link.isEmpty())
        Q_EMIT linkReceived(link);
}

} // namespace lyceum::ui

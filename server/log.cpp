#include "server/log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "lyceum.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "lyceum.server.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServerStorage, "lyceum.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAuth, "lyceum.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerLive, "lyceum.server.live", QtInfoMsg)

namespace lyceum::server {

namespace {
QMutex g_logMutex;
QString g_instanceName; // set once before any thread logs
thread_local QByteArray t_requestId;

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(QJsonObject fields, const char *level) {
    fields.insert(QStringLiteral("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1String(level));
    if (!g_instanceName.isEmpty())
        fields.insert(QStringLiteral("instance"), g_instanceName);
    // Compact JSON escapes newlines and control characters, so one event is one line whatever
    // a message holds.
    QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    line.append('\n');
    const QMutexLocker lock(&g_logMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    QJsonObject fields{{QStringLiteral("message"), message}};
    if (context.category)
        fields.insert(QStringLiteral("category"), QLatin1String(context.category));
    if (!t_requestId.isEmpty())
        fields.insert(QStringLiteral("request_id"), QLatin1String(t_requestId));
    writeLine(fields, levelName(type));
}
} // namespace

void installJsonLog(const QString &instanceName) {
    g_instanceName = instanceName;
    qInstallMessageHandler(jsonMessageHandler);
}

void logEvent(const QJsonObject &fields) {
    writeLine(fields, "info");
}

RequestIdScope::RequestIdScope(const QByteArray &id)
    : m_previous(std::exchange(t_requestId, id)) {}

RequestIdScope::~RequestIdScope() {
    t_requestId = m_previous;
}

QByteArray acceptRequestId(const QByteArray &fromProxy) {
    const auto sane = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == ':' || c == '-';
    };
    if (!fromProxy.isEmpty() && fromProxy.size() <= 128 &&
        std::all_of(fromProxy.begin(), fromProxy.end(), sane))
        return fromProxy;
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace lyceum::server

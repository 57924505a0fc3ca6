#include "server/embedded_server.h"

#include "server/auth/credentials.h"
#include "server/http/http_server.h"
#include "server/seed/demo_seed.h"
#include "server/storage/database_url.h"
#include "server/storage/sql_storage.h"

#include <QDir>

namespace lyceum::server {

EmbeddedServer::EmbeddedServer(Options options)
    : m_options(std::move(options)) {}

EmbeddedServer::~EmbeddedServer() {
    m_http.reset();
    m_storage.reset();
}

bool EmbeddedServer::start(QString *error) {
    if (!initCrypto()) {
        *error = QStringLiteral("libsodium could not be initialized");
        return false;
    }
    const Clock &clock = m_options.clock ? *m_options.clock : m_systemClock;
    DatabaseUrl url = DatabaseUrl::sqliteIn(m_options.dataDir);
    if (!m_options.databaseUrl.isEmpty()) {
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(m_options.databaseUrl, error);
        if (!parsed)
            return false;
        url = *parsed;
    }
    m_storage = SqlStorage::open(url, clock.nowMs(), error);
    if (!m_storage)
        return false;
    try {
        if (m_options.seedDemo) {
            const SetupLock setup(*m_storage);
            if (!m_storage->hasUsers() && !seedDemo(*m_storage, &m_demoAccounts, error))
                return false;
        }
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    m_http = std::make_unique<HttpServer>(
        *m_storage, clock, QDir(m_options.dataDir).filePath(QStringLiteral("media")));
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port != 0 && m_options.maxConnectionsPerAddress > 0) {
        FrontOptions front = m_http->front()->options();
        front.maxConnectionsPerAddress = m_options.maxConnectionsPerAddress;
        m_http->front()->setOptions(front);
    }
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return false;
    }
    return true;
}

QUrl EmbeddedServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

Storage &EmbeddedServer::storage() {
    return *m_storage;
}

} // namespace lyceum::server

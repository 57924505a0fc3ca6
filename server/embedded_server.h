// A whole lyceum server inside the calling process: storage in a data directory plus the HTTP
// API on an address (port 0: a free one). For integration tests and tools that want a real
// server without a child process; app/lyceum-server does the same from its command line.
#pragma once

#include "server/clock.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace lyceum::server {

class Storage;
class SqlStorage;
class HttpServer;

class EmbeddedServer {
public:
    struct Options {
        QString dataDir;
        // A --database URL (server/storage/database_url.h); empty: the SQLite file in dataDir.
        QString databaseUrl;
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        bool seedDemo = false;        // seed the demo community if the data dir is empty
        const Clock *clock = nullptr; // nullptr: the system clock; must outlive the server
        // Connections one address may hold; 0 keeps the front's default. Benchmarks that open
        // hundreds of sockets from 127.0.0.1 raise it.
        int maxConnectionsPerAddress = 0;
    };

    explicit EmbeddedServer(Options options);
    ~EmbeddedServer();

    // Opens the storage, seeds, listens. false with a readable error.
    bool start(QString *error);

    quint16 port() const { return m_port; }
    // e.g. http://127.0.0.1:40123 (no trailing slash; the API is under /api/v1).
    QUrl baseUrl() const;
    Storage &storage();
    // Handles that can log in with the demo password after a demo seed.
    QStringList demoAccounts() const { return m_demoAccounts; }

private:
    Options m_options;
    SystemClock m_systemClock;
    std::unique_ptr<SqlStorage> m_storage;
    std::unique_ptr<HttpServer> m_http;
    quint16 m_port = 0;
    QStringList m_demoAccounts;
};

} // namespace lyceum::server

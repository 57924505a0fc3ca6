// An EmbeddedServer on a thread of its own, for tests whose client code blocks the calling
// thread (a server on that same thread could then never answer). The server, its storage and
// its event loop live and die on that thread.
#pragma once

#include "server/embedded_server.h"

#include <QString>
#include <QUrl>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace lyceum::server {

class ServerThread {
public:
    // options.clock, if set, is read from the server thread: a test that moves it must not
    // do so while requests are in flight.
    explicit ServerThread(EmbeddedServer::Options options);
    ~ServerThread(); // stops the server and joins the thread

    // Blocks until the server listens (true) or failed (false, error set).
    bool start(QString *error);
    void stop();

    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    EmbeddedServer::Options m_options;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_done = false;
    bool m_ok = false;
    QString m_error;
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

} // namespace lyceum::server

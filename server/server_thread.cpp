#include "server/server_thread.h"

#include <QEventLoop>
#include <QThread>

namespace lyceum::server {

ServerThread::ServerThread(EmbeddedServer::Options options)
    : m_options(std::move(options)) {}

ServerThread::~ServerThread() {
    stop();
}

bool ServerThread::start(QString *error) {
    m_thread.reset(QThread::create([this] {
        EmbeddedServer server(m_options);
        QString startError;
        const bool ok = server.start(&startError);
        {
            const std::lock_guard lock(m_mutex);
            m_ok = ok;
            m_error = startError;
            m_port = server.port();
            m_baseUrl = server.baseUrl();
            m_done = true;
        }
        m_ready.notify_all();
        if (ok) {
            QEventLoop loop; // ended by QThread::quit() from stop()
            loop.exec();
        }
    }));
    m_thread->setObjectName(QStringLiteral("lyceum-server"));
    m_thread->start();
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] { return m_done; });
    if (!m_ok) {
        *error = m_error;
        lock.unlock();
        stop();
    }
    return m_ok;
}

void ServerThread::stop() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

} // namespace lyceum::server

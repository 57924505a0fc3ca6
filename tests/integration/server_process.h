// Starts the real lyceum-server (LYCEUM_SERVER_BIN) as a child process on 127.0.0.1 with a free
// port and a temporary data directory, and reads its stdout until it is listening.
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace lyceum::test {

class ServerProcess {
public:
    ~ServerProcess() { stop(); }

    // extraArgs e.g. {"--demo"}; listen "127.0.0.1:0" or a fixed port to restart on.
    bool start(const QStringList &extraArgs, const QString &listen = QStringLiteral("127.0.0.1:0"),
               QString *error = nullptr) {
        const QString bin = qEnvironmentVariable("LYCEUM_SERVER_BIN");
        if (bin.isEmpty() || !QFile::exists(bin)) {
            if (error)
                *error = QStringLiteral("LYCEUM_SERVER_BIN is not set or missing: ") + bin;
            return false;
        }
        if (!m_dataDir)
            m_dataDir = std::make_unique<QTemporaryDir>();
        m_process.setProgram(bin);
        m_process.setArguments(QStringList{QStringLiteral("--data"), m_dataDir->path(),
                                           QStringLiteral("--listen"), listen} +
                               extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            if (error)
                *error = QStringLiteral("the server did not start: ") + m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        static const QRegularExpression account(QStringLiteral("demo account: (\\S+) / (\\S+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(1000)) {
                if (m_process.state() != QProcess::Running) {
                    if (error)
                        *error = QStringLiteral("the server exited: ") +
                                 QString::fromUtf8(m_process.readAllStandardError());
                    return false;
                }
                continue;
            }
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (const auto m = account.match(line); m.hasMatch())
                    m_accounts.append({m.captured(1), m.captured(2)});
                if (const auto m = listening.match(line); m.hasMatch()) {
                    m_url = QUrl(m.captured(1));
                    return true;
                }
            }
        }
        if (error)
            *error = QStringLiteral("the server did not say it was listening");
        return false;
    }

    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // SIGKILL: no shutdown, mid-transaction at worst (the data dir is kept for a restart).
    void kill() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    // Forget the data: the next start() is a new server instance.
    void resetData() { m_dataDir = std::make_unique<QTemporaryDir>(); }

    QUrl url() const { return m_url; }
    QString password(const QString &handle) const {
        for (const auto &a : m_accounts) {
            if (a.first == handle)
                return a.second;
        }
        return QStringLiteral("lyceum-demo");
    }

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QUrl m_url;
    QVector<QPair<QString, QString>> m_accounts;
};

} // namespace lyceum::test

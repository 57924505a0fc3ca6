// The embedded demo community: runs `lyceum-server --demo` from next to the lyceum binary as a
// child process on a free loopback port, with its data in the user's data dir, and reports the
// URL it listens on (from its "listening on http://HOST:PORT" line). The child is stopped when
// the launcher is stopped or destroyed, and follows the app out when the app dies: it is bound to
// the app (PR_SET_PDEATHSIG on Linux) and watches its stdin pipe (--stop-with-parent). A server
// left holding the data folder by an earlier run (its lock file names its pid) is ended first.
// While it runs, <data>/demo-server.json says {pid, url, app_pid}.
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

class QTimer;

namespace lyceum::ui {

class DemoLauncher : public QObject {
    Q_OBJECT
public:
    DemoLauncher(QString serverBinary, QString dataDir, QObject *parent = nullptr);
    ~DemoLauncher() override;

    static QString defaultServerBinary(); // <applicationDirPath>/lyceum-server
    static QString defaultDataDir();      // <AppDataLocation>/demo-server
    static QString demoProfileDir();      // <AppDataLocation>/profiles/demo
    static QString demoHandle() { return QStringLiteral("learner"); }
    static QString demoPassword() { return QStringLiteral("lyceum-demo"); }

    void setStartTimeout(int ms) { m_timeoutMs = ms; }
    void start();
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    QStringList arguments() const;
    QString lockFilePath() const;  // <data>/lyceum-server.lock, held by the running server
    QString stateFilePath() const; // <data>/demo-server.json

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message); // before ready: it could not start
    void stoppedUnexpectedly(const QString &message);
    void staleServerReplaced(qint64 pid);

private:
    void readOutput();
    bool replaceStaleServer(QString *error);
    void writeStateFile();
    void fail(const QString &message);
    QString recentOutput() const;

    QString m_binary;
    QString m_dataDir;
    QProcess *m_process = nullptr;
    QTimer *m_timeout;
    int m_timeoutMs = 30000;
    QByteArray m_buffer;
    QStringList m_lines;
    QUrl m_url;
    bool m_stopping = false;
};

} // namespace lyceum::ui

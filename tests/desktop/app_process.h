// Runs the real `lyceum` binary for the desktop tests: offscreen, with HOME and the XDG folders
// in a temporary directory (so its settings, profiles and demo server data are the test's own),
// and reads the demo server's state file (ui/demo/demo_launcher.h) to find the child it started.
#pragma once

#include "platform/process_control.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace lyceum::test {

struct DemoState {
    qint64 serverPid = 0;
    qint64 appPid = 0;
    QUrl url;
};

class AppHome {
public:
    AppHome() {
        for (const char *dir : {"data", "config", "cache", "run"})
            QDir().mkpath(m_dir.filePath(QString::fromLatin1(dir)));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                         QFileDevice::WriteOwner |
                                                                         QFileDevice::ExeOwner);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString demoDataDir() const { return path(QStringLiteral("data/Lyceum/Lyceum/demo-server")); }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.remove(QStringLiteral("LYCEUM_STARTUP_PROBE"));
        return env;
    }

    void start(QProcess &app, const QStringList &args,
               const QProcessEnvironment &extra = QProcessEnvironment()) const {
        QProcessEnvironment env = environment();
        const QStringList keys = extra.keys();
        for (const QString &key : keys)
            env.insert(key, extra.value(key));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LYCEUM_APP_BIN), args);
    }

    // Waits for the demo server the app started to be listening; its pid and URL.
    DemoState waitForDemo(QProcess &app, int timeoutMs = 180000) const {
        DemoState state;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                QFile file(QDir(demoDataDir()).filePath(QStringLiteral("demo-server.json")));
                if (file.open(QIODevice::ReadOnly)) {
                    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
                    state.serverPid = o.value(QStringLiteral("pid")).toInteger();
                    state.appPid = o.value(QStringLiteral("app_pid")).toInteger();
                    state.url = QUrl(o.value(QStringLiteral("url")).toString());
                }
                return (state.serverPid > 0 && state.appPid == app.processId()) ||
                       app.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return state;
    }

private:
    QTemporaryDir m_dir;
};

// The server process is gone (a zombie counts as gone) within a few seconds.
inline bool serverGone(qint64 pid) {
    return QTest::qWaitFor([pid] { return !lyceum::platform::processIsAlive(pid); }, 15000);
}

// Nothing listens on the port any more: this process can listen on it.
inline bool portFree(quint16 port) {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

} // namespace lyceum::test

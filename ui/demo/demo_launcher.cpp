#include "demo/demo_launcher.h"

#include "platform/process_control.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace lyceum::ui {

DemoLauncher::DemoLauncher(QString serverBinary, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_binary(std::move(serverBinary))
    , m_dataDir(std::move(dataDir))
    , m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo community did not start within %n second(s).", nullptr,
                m_timeoutMs / 1000));
    });
}

DemoLauncher::~DemoLauncher() {
    stop();
}

QString DemoLauncher::defaultServerBinary() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lyceum-server"));
}

QString DemoLauncher::defaultDataDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-server"));
}

QString DemoLauncher::demoProfileDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles/demo"));
}

QStringList DemoLauncher::arguments() const {
    // --stop-with-parent: the server ends when its stdin (a pipe this process holds) closes, so
    // it follows the app out even where PR_SET_PDEATHSIG does not exist. --lock-data-dir: the
    // server holds <data>/lyceum-server.lock with its pid, which replaceStaleServer reads.
    return {QStringLiteral("--data"),         m_dataDir,
            QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--demo"),         QStringLiteral("--stop-with-parent"),
            QStringLiteral("--lock-data-dir")};
}

QString DemoLauncher::lockFilePath() const {
    return QDir(m_dataDir).filePath(QStringLiteral("lyceum-server.lock"));
}

QString DemoLauncher::stateFilePath() const {
    return QDir(m_dataDir).filePath(QStringLiteral("demo-server.json"));
}

bool DemoLauncher::replaceStaleServer(QString *error) {
    QLockFile probe(lockFilePath());
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return true;
    }
    if (probe.error() != QLockFile::LockFailedError) {
        *error =
            tr("The demo data folder %1 cannot be used.").arg(QDir::toNativeSeparators(m_dataDir));
        return false;
    }
    qint64 pid = 0;
    QString host;
    QString appName;
    probe.getLockInfo(&pid, &host, &appName);
    // Only a lyceum-server of this machine holding this folder is ended; anything else is said.
    const QString exe = platform::processExecutableName(pid);
    const bool ours = appName == QLatin1String("lyceum-server") &&
                      (exe.isEmpty() || exe == QLatin1String("lyceum-server"));
    if (!ours || !platform::endProcess(pid, 5000) || !probe.tryLock(2000)) {
        *error = tr("Another program (process %1) is using the demo data folder %2.")
                     .arg(pid)
                     .arg(QDir::toNativeSeparators(m_dataDir));
        return false;
    }
    probe.unlock();
    Q_EMIT staleServerReplaced(pid);
    return true;
}

void DemoLauncher::writeStateFile() {
    QSaveFile file(stateFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject state{{QStringLiteral("pid"), m_process->processId()},
                            {QStringLiteral("url"), m_url.toString()},
                            {QStringLiteral("app_pid"), QCoreApplication::applicationPid()}};
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    file.commit();
}

bool DemoLauncher::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DemoLauncher::start() {
    stop();
    m_url.clear();
    m_buffer.clear();
    m_lines.clear();
    m_stopping = false;
    if (!QFileInfo(m_binary).isExecutable()) {
        fail(tr("The demo server was not found at %1. Reinstall Lyceum, or sign in to a "
                "community with --profile.")
                 .arg(QDir::toNativeSeparators(m_binary)));
        return;
    }
    if (!QDir().mkpath(m_dataDir)) {
        fail(tr("Could not create the demo data folder %1.")
                 .arg(QDir::toNativeSeparators(m_dataDir)));
        return;
    }
    QString staleError;
    if (!replaceStaleServer(&staleError)) {
        fail(staleError);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    platform::bindChildToParent(m_process);
    connect(m_process, &QProcess::readyRead, this, &DemoLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString message =
            tr("The demo server stopped (exit code %1). %2").arg(exitCode).arg(recentOutput());
        if (m_url.isEmpty())
            fail(message);
        else
            Q_EMIT stoppedUnexpectedly(message);
    });
    m_timeout->start(m_timeoutMs);
    m_process->start(m_binary, arguments());
}

void DemoLauncher::readOutput() {
    m_buffer += m_process->readAll();
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[^\\s]+)"));
    int newline;
    while ((newline = int(m_buffer.indexOf('\n'))) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        m_lines << line;
        if (m_lines.size() > 20)
            m_lines.removeFirst();
        if (!m_url.isEmpty())
            continue;
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            m_timeout->stop();
            writeStateFile();
            Q_EMIT ready(m_url);
        }
    }
}

QString DemoLauncher::recentOutput() const {
    QStringList tail = m_lines;
    if (!m_buffer.isEmpty())
        tail << QString::fromUtf8(m_buffer).trimmed();
    while (tail.size() > 3)
        tail.removeFirst();
    return tail.join(QLatin1Char('\n'));
}

void DemoLauncher::fail(const QString &message) {
    m_timeout->stop();
    stop();
    Q_EMIT failed(message);
}

void DemoLauncher::stop() {
    m_timeout->stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    QFile::remove(stateFilePath());
    if (process->state() != QProcess::NotRunning) {
        process->closeWriteChannel(); // the server's --stop-with-parent: the way out on Windows
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    process->deleteLater();
}

} // namespace lyceum::ui

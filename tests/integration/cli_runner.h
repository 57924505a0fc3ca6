// Runs lyceum-cli (LYCEUM_CLI_BIN, set by tests/integration/CMakeLists.txt) as a child process,
// and tells whether a Secret Service answers, for the tests that keep the CLI's session there.
#pragma once

#include <QEventLoop>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <qt6keychain/keychain.h>

namespace lyceum::test {

struct CliRun {
    int code = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

// Polls instead of blocking in waitForFinished(), so the test's event loop (a fault proxy, an
// in-process server) keeps running while the CLI works.
inline CliRun runCli(const QStringList &args, const QByteArray &input = {}) {
    QProcess p;
    p.start(QStringLiteral(LYCEUM_CLI_BIN), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool keyringAvailable(QString *problem) {
    QKeychain::ReadPasswordJob job(QStringLiteral("lyceum"));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(QStringLiteral("lyceum-probe"));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *problem = job.errorString();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

} // namespace lyceum::test

// Cold start of the desktop app on a large cache: a generated community (default 10k threads,
// 100k posts) is synced into a fresh profile whose session goes to the keychain, then `lyceum
// --profile DIR` is started several times with LYCEUM_STARTUP_PROBE=1. The app prints when the
// catalogue has painted its first courses and its resident memory once idle, then quits. Prints
// the time from process start to that paint (min / median / max) and the idle RSS.
//
// Needs a Secret Service (run it inside scripts/bench.sh, which provides one) and a display
// (xvfb-run) or QT_QPA_PLATFORM=offscreen.
//
//   bench_cold_start [--threads N] [--posts N] [--runs N]
#include "bench_support.h"
#include "client/client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace lyceum;
using namespace lyceum::bench;

namespace {

void prepareProfile(const QUrl &server, const QString &profileDir) {
    Client client(Client::Options{profileDir, true});
    openAndLogin(client, server, true);
    syncToEnd(client);
}

struct StartFigures {
    double paintedMs = 0;
    qint64 rssKib = 0;
};

StartFigures startOnce(const QString &appBinary, const QString &profileDir) {
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LYCEUM_STARTUP_PROBE"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    static const QRegularExpression painted(QStringLiteral("startup-probe: catalogue painted"));
    static const QRegularExpression rss(QStringLiteral("startup-probe: idle rss (\\d+) KiB"));
    QElapsedTimer timer;
    timer.start();
    app.start(appBinary, {QStringLiteral("--profile"), profileDir});
    StartFigures figures;
    QString output;
    while (figures.rssKib == 0) {
        if (!app.waitForReadyRead(30000))
            die(QStringLiteral("the app said nothing for 30 s: %1").arg(output));
        output += QString::fromUtf8(app.readAllStandardOutput());
        if (figures.paintedMs == 0 && painted.match(output).hasMatch())
            figures.paintedMs = double(timer.nsecsElapsed()) / 1e6;
        if (const auto m = rss.match(output); m.hasMatch())
            figures.rssKib = m.captured(1).toLongLong();
    }
    if (!app.waitForFinished(10000))
        app.kill();
    return figures;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold start of lyceum on a large cache."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads to generate."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Posts to generate."), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts to time."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addHelpOption();
    parser.addOptions({threadsOption, postsOption, runsOption});
    parser.process(app);

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("no temporary directory"));
    QProcess server;
    const QUrl url =
        startServer(server, defaultServerBinary(), tmp.filePath(QStringLiteral("server")),
                    {QStringLiteral("--generate"), QStringLiteral("%1,%2")
                                                       .arg(parser.value(threadsOption).toInt())
                                                       .arg(parser.value(postsOption).toInt())});
    registerAccount(url, QStringLiteral("bench"), QStringLiteral("bench-password"));
    const QString profileDir = tmp.filePath(QStringLiteral("profile"));
    prepareProfile(url, profileDir);

    const QString appBinary = QCoreApplication::applicationDirPath() + u"/lyceum";
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QVector<double> painted;
    qint64 rssKib = 0;
    startOnce(appBinary, profileDir); // warms the page cache; not counted
    for (int i = 0; i < runs; ++i) {
        const StartFigures f = startOnce(appBinary, profileDir);
        painted << f.paintedMs;
        rssKib = std::max(rssKib, f.rssKib);
    }
    server.terminate();
    server.waitForFinished(10000);

    std::sort(painted.begin(), painted.end());
    std::printf("cold start to painted catalogue over %d runs: min %.0f ms, median %.0f ms, "
                "max %.0f ms\n",
                runs, painted.first(), painted.at(painted.size() / 2), painted.last());
    std::printf("resident memory once idle: %.1f MB (max over runs)\n", double(rssKib) / 1024.0);
    return 0;
}

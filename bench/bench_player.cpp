// Time from opening a lesson to its first frame on screen, and memory while playing: a
// lyceum-server --demo child process on loopback (its clips made at build time), a signed-in
// learner, the real LessonPlayer on the platform given (xcb under xvfb-run, or offscreen).
//   build/bin/bench_player [--runs 10] [--play-seconds 8] [--quick]
// Prints the p50 / p95 / max time to the first frame over the runs (each a different lesson or
// a reload of one, streamed over HTTP with ranges), and the process's resident memory before
// playing, while playing and its peak.
#include "bench_support.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "player/lesson_player.h"
#include "player/video_canvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace lyceum;

namespace {
qint64 statusKb(const char *field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    int runs = 10;
    int playSeconds = 8;
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--quick"))) { // CI: one short run
        runs = 2;
        playSeconds = 2;
    }
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QLatin1String("--play-seconds"))
            playSeconds = std::max(1, args.at(i + 1).toInt());
    }
    QTemporaryDir dir;
    QProcess server;
    const QUrl url =
        bench::startServer(server, bench::defaultServerBinary(),
                           dir.filePath(QStringLiteral("server")), {QStringLiteral("--demo")});
    Client::Options options{dir.filePath(QStringLiteral("profile")), false};
    options.live = false;
    Client client(options);
    bool opened = false;
    QObject::connect(&client, &Client::opened, [&] { opened = true; });
    client.open();
    bench::waitFor([&] { return opened; });
    bool loggedIn = false;
    QObject::connect(&client, &Client::loginFinished, [&](const ApiError &e) {
        if (e.isError())
            bench::die(e.message);
        loggedIn = true;
    });
    client.login(url, QStringLiteral("learner"), QStringLiteral("lyceum-demo"), false);
    bench::waitFor([&] { return loggedIn; });
    bench::syncToEnd(client);
    std::optional<CourseDetail> course;
    bool fetched = false;
    client.discovery().fetchCourse(QStringLiteral("c-python-zero"), &client,
                                   [&](std::optional<CourseDetail> d) {
                                       course = std::move(d);
                                       fetched = true;
                                   });
    bench::waitFor([&] { return fetched; });
    QVector<Lesson> videos;
    for (const Lesson &l : course ? course->lessons : QVector<Lesson>{})
        if (!l.videoAssetId.isEmpty() && !l.locked)
            videos << l;
    if (videos.isEmpty())
        bench::die(QStringLiteral("the demo lessons have no videos (was ffmpeg there at build?)"));

    ui::LessonPlayer player(&client);
    player.resize(1024, 640);
    player.show();
    const qint64 before = statusKb("VmRSS:");
    QVector<double> ms;
    for (int r = 0; r < runs; ++r) {
        bool shown = false;
        const QMetaObject::Connection c =
            QObject::connect(&player, &ui::LessonPlayer::firstFrame, [&] { shown = true; });
        QElapsedTimer timer;
        timer.start();
        player.load(videos.at(r % videos.size()), true); // what clicking a lesson does
        bench::waitFor([&] { return shown; }, 60000);
        ms << double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(c);
    }
    // Play on and sample memory.
    qint64 playing = 0;
    QElapsedTimer clock;
    clock.start();
    bench::waitFor(
        [&] {
            playing = std::max(playing, statusKb("VmRSS:"));
            return clock.elapsed() > playSeconds * 1000;
        },
        (playSeconds + 30) * 1000);
    const qint64 frames = player.canvas()->framesShown();
    std::vector<double> sorted(ms.begin(), ms.end());
    std::sort(sorted.begin(), sorted.end());
    const auto pct = [&](double p) {
        return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5)));
    };
    QTextStream out(stdout);
    out << "lesson opened to first frame over " << runs << " runs (local server, "
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << "): p50 "
        << QString::number(pct(0.5), 'f', 1) << " ms, p95 " << QString::number(pct(0.95), 'f', 1)
        << " ms, max " << QString::number(sorted.back(), 'f', 1) << " ms\n";
    out << "resident memory: " << before / 1024 << " MiB before playing, " << playing / 1024
        << " MiB at most while playing " << playSeconds << " s (" << frames
        << " frames drawn), peak " << statusKb("VmHWM:") / 1024 << " MiB\n";
    player.mediaPlayer()->stop();
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}

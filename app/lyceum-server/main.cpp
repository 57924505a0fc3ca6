// lyceum-server: the reference backend. Everything is in lyceum_server (server/); this file only
// reads the command line, opens the data directory and starts listening.
#include "platform/process_control.h"
#include "server/auth/credentials.h"
#include "server/clock.h"
#include "server/demo/demo_community.h"
#include "server/http/http_server.h"
#include "server/log.h"
#include "server/runtime/admin_commands.h"
#include "server/runtime/server_config.h"
#include "server/runtime/shutdown_signals.h"
#include "server/seed/demo_seed.h"
#include "server/seed/generated_community.h"
#include "server/storage/database_url.h"
#include "server/storage/sql_storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace lyceum::server;

namespace {

int fail(const QString &message, int code = 1) {
    QTextStream(stderr) << "lyceum-server: " << message << Qt::endl;
    return code;
}

// Raises the soft limit on open descriptors to the hard one (1024 by default is a few hundred
// slow clients); the number of descriptors the server may use.
#ifdef Q_OS_UNIX
using FileCount = rlim_t;
FileCount raiseFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur;
}
#else
using FileCount = qulonglong;
FileCount raiseFileLimit() {
    return 8192; // Windows sockets are not counted against a descriptor limit
}
#endif

// Seeds the demo or a generated community when asked (and the database is empty).
int seed(const QCommandLineParser &parser, SqlStorage &storage) {
    QTextStream out(stdout);
    QString error;
    try {
        // Two instances started at once on one database: one seeds, the other waits and finds
        // it seeded.
        const SetupLock setup(storage);
        if (parser.isSet(QStringLiteral("demo"))) {
            if (!storage.hasUsers()) {
                QStringList accounts;
                if (!seedDemo(storage, &accounts, &error))
                    return fail(error);
                out << "seeded the demo community" << Qt::endl;
                for (const QString &handle : std::as_const(accounts))
                    out << "demo account: " << handle << " / " << lyceum::demo::demoPassword()
                        << Qt::endl;
            } else {
                out << "data directory is not empty; demo content not seeded again" << Qt::endl;
                out << "demo accounts (password " << lyceum::demo::demoPassword()
                    << "): learner, creator, moderator, admin" << Qt::endl;
            }
        }
        if (parser.isSet(QStringLiteral("generate"))) {
            const QStringList parts = parser.value(QStringLiteral("generate")).split(u',');
            bool okThreads = false;
            bool okPosts = false;
            const int threads = parts.value(0).toInt(&okThreads);
            const int posts = parts.value(1).toInt(&okPosts);
            if (parts.size() != 2 || !okThreads || !okPosts || threads < 0 || posts < 0)
                return fail(QStringLiteral("--generate takes THREADS,POSTS, e.g. 10000,100000"));
            if (storage.hasUsers()) {
                out << "data directory is not empty; nothing generated" << Qt::endl;
            } else {
                QElapsedTimer timer;
                timer.start();
                seedGenerated(storage, threads, posts);
                out << "generated " << threads << " threads and " << posts << " posts in "
                    << timer.elapsed() << " ms" << Qt::endl;
            }
        }
    } catch (const StorageError &e) {
        return fail(e.message());
    }
    return 0;
}

// The lock records this process's id, so the app can find and replace a stale server.
std::unique_ptr<QLockFile> lockDataDir(const QString &dir, QString *error) {
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return nullptr;
    }
    auto lock =
        std::make_unique<QLockFile>(QDir(dir).filePath(QStringLiteral("lyceum-server.lock")));
    lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString appName;
        lock->getLockInfo(&pid, &host, &appName);
        *error = QStringLiteral("another server (pid %1) is using %2").arg(pid).arg(dir);
        return nullptr;
    }
    return lock;
}

// Listens and serves until a signal stops it (gracefully, see shutdown_signals.h).
int serve(const ServerConfig &config, SqlStorage &storage, const Clock &clock) {
    QHostAddress address;
    quint16 port = 0;
    parseListenAddress(config.listen, &address, &port); // checked by ServerConfig
    HttpServer server(storage, clock, QDir(config.data).filePath(QStringLiteral("media")));
    server.setMetricsToken(config.metricsToken);
    server.setRequestLog(config.requestLog);
    server.setTrustedProxies(config.trustedProxies);
    server.metrics().setInstanceName(config.instanceName);
    const FileCount files = raiseFileLimit();
    const quint16 actualPort = server.listen(address, port);
    if (actualPort == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(config.listen));
    // Connections stop short of the descriptor limit, leaving room for the database, media
    // files and the WebSocket machinery.
    FrontOptions front = server.front()->options();
    const FileCount wanted = config.maxConnections > 0 ? FileCount(config.maxConnections)
                                                       : FileCount(front.maxConnections);
    front.maxConnections = int(qBound<FileCount>(16, files > 128 ? files - 128 : 16, wanted));
    if (config.maxConnectionsPerAddress > 0)
        front.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
    server.front()->setOptions(front);
    LiveOptions live = server.live().options();
    if (config.maxLiveConnections > 0)
        live.maxConnections = config.maxLiveConnections;
    if (config.maxLivePerUser > 0)
        live.maxConnectionsPerUser = config.maxLivePerUser;
    server.live().setOptions(live);
    if (!stopGracefullyOnSignals(server, config.drainSeconds * 1000))
        return fail(QStringLiteral("cannot install the signal handlers"));
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    QTextStream out(stdout);
    out << "listening on http://" << host << ':' << actualPort << Qt::endl;
    out << "live channel on ws://" << host << ':' << actualPort << "/api/v1/live" << Qt::endl;
    out << "open files allowed: " << qulonglong(files) << ", connections at most "
        << front.maxConnections << Qt::endl;
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    out << "stopped" << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lyceum-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LYCEUM_VERSION));
    if (isAdminCommand(app.arguments()))
        return runAdminCommand(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Lyceum reference server. Admin commands: lyceum-server backup|restore|"
                       "migrate --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig::addOptions(parser);
    parser.addOptions(
        {{QStringLiteral("demo"),
          QStringLiteral("Seed the demo community into an empty data dir.")},
         {QStringLiteral("generate"),
          QStringLiteral("Seed a generated community into an empty data dir (benchmarks)."),
          QStringLiteral("THREADS,POSTS")},
         {QStringLiteral("stop-with-parent"),
          QStringLiteral("Stop when standard input closes (the program that started this server "
                         "is gone); the desktop app's demo community uses it.")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("stop-with-parent")))
        lyceum::platform::quitWhenStdinCloses();

    QString error;
    ServerConfig config;
    if (parser.isSet(QStringLiteral("config"))) {
        std::optional<ServerConfig> loaded =
            ServerConfig::load(parser.value(QStringLiteral("config")), &error);
        if (!loaded)
            return fail(error);
        config = *loaded;
    }
    // A malformed --database is a usage error (exit code 2) that says what is wrong with it.
    if (parser.isSet(QStringLiteral("database")) &&
        !DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error))
        return fail(QStringLiteral("--database: ") % error, 2);
    if (!config.applyOptions(parser, &error))
        return fail(error);
    if (config.data.isEmpty())
        return fail(QStringLiteral("--data DIR (or data = DIR in --config) is required"));
    installJsonLog(config.instanceName);
    if (!initCrypto())
        return fail(QStringLiteral("libsodium could not be initialized"));
    std::unique_ptr<QLockFile> dataLock;
    if (config.lockDataDir && !(dataLock = lockDataDir(config.data, &error)))
        return fail(error);

    DatabaseUrl url = DatabaseUrl::sqliteIn(config.data);
    if (!config.database.isEmpty()) {
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(config.database, &error);
        if (!parsed)
            return fail(QStringLiteral("--database: ") % error, 2);
        url = *parsed;
    }
    SystemClock clock;
    std::unique_ptr<SqlStorage> storage = SqlStorage::open(url, clock.nowMs(), &error);
    if (!storage)
        return fail(error);
    if (const int failed = seed(parser, *storage))
        return failed;
    return serve(config, *storage, clock);
}

// lyceum-server: the reference backend. Everything is in lyceum_server (server/); this file only
// reads the command line, opens the data directory and starts listening.
#include "platform/process_control.h"
#include "server/auth/credentials.h"
#include "server/clock.h"
#include "server/demo/demo_community.h"
#include "server/http/http_server.h"
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

bool parseListen(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
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

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lyceum-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LYCEUM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Lyceum reference server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Data directory (created if missing)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("The database: sqlite:PATH (default: the file in --data) or "
                       "postgresql://USER@/DBNAME?host=SOCKETDIR&port=PORT. --data still holds "
                       "media."),
        QStringLiteral("URL"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to listen on; port 0 picks a "
                                                         "free one."),
                                          QStringLiteral("HOST:PORT"),
                                          QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Seed the demo community into an empty data dir."));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        QStringLiteral("Seed a generated community into an empty data dir (benchmarks)."),
        QStringLiteral("THREADS,POSTS"));
    const QCommandLineOption perAddressOption(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Connections one client address may hold (default 64); a benchmark "
                       "opening many sockets from one address raises it."),
        QStringLiteral("N"));
    const QCommandLineOption stopWithParentOption(
        QStringLiteral("stop-with-parent"),
        QStringLiteral("Stop when standard input closes (the program that started this server "
                       "is gone); the desktop app's demo community uses it."));
    const QCommandLineOption lockOption(
        QStringLiteral("lock-data-dir"),
        QStringLiteral("Hold DIR/lyceum-server.lock while running and refuse to start when "
                       "another running server holds it."));
    parser.addOptions({dataOption, databaseOption, listenOption, demoOption, generateOption,
                       perAddressOption, stopWithParentOption, lockOption});
    parser.process(app);
    if (parser.isSet(stopWithParentOption))
        lyceum::platform::quitWhenStdinCloses();

    if (!parser.isSet(dataOption))
        return fail(QStringLiteral("--data DIR is required"));
    QHostAddress address;
    quint16 port = 0;
    const QString listenText = parser.value(listenOption);
    if (!parseListen(listenText, &address, &port))
        return fail(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:8080"));
    int perAddress = 0;
    if (parser.isSet(perAddressOption)) {
        bool ok = false;
        perAddress = parser.value(perAddressOption).toInt(&ok);
        if (!ok || perAddress < 1)
            return fail(QStringLiteral("--max-connections-per-address must be a positive number"));
    }
    DatabaseUrl databaseUrl = DatabaseUrl::sqliteIn(parser.value(dataOption));
    if (parser.isSet(databaseOption)) {
        QString urlError;
        const std::optional<DatabaseUrl> parsed =
            DatabaseUrl::parse(parser.value(databaseOption), &urlError);
        if (!parsed)
            return fail(QStringLiteral("--database: ") % urlError, 2);
        databaseUrl = *parsed;
    }
    if (!initCrypto())
        return fail(QStringLiteral("libsodium could not be initialized"));

    // The lock records this process's id, so the app can find and replace a stale server.
    std::unique_ptr<QLockFile> dataLock;
    if (parser.isSet(lockOption)) {
        if (!QDir().mkpath(parser.value(dataOption)))
            return fail(QStringLiteral("cannot create %1").arg(parser.value(dataOption)));
        dataLock = std::make_unique<QLockFile>(
            QDir(parser.value(dataOption)).filePath(QStringLiteral("lyceum-server.lock")));
        dataLock->setStaleLockTime(0); // stale only when its process is gone, however old
        if (!dataLock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString appName;
            dataLock->getLockInfo(&pid, &host, &appName);
            return fail(QStringLiteral("another server (pid %1) is using %2")
                            .arg(pid)
                            .arg(parser.value(dataOption)));
        }
    }

    SystemClock clock;
    QString error;
    std::unique_ptr<SqlStorage> storage = SqlStorage::open(databaseUrl, clock.nowMs(), &error);
    if (!storage)
        return fail(error);

    QTextStream out(stdout);
    try {
        // Two instances started at once on one database: one seeds, the other waits and finds
        // it seeded.
        const SetupLock setup(*storage);
        if (parser.isSet(demoOption)) {
            if (!storage->hasUsers()) {
                QStringList accounts;
                if (!seedDemo(*storage, &accounts, &error))
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
        if (parser.isSet(generateOption)) {
            const QStringList parts = parser.value(generateOption).split(u',');
            bool okThreads = false;
            bool okPosts = false;
            const int threads = parts.value(0).toInt(&okThreads);
            const int posts = parts.value(1).toInt(&okPosts);
            if (parts.size() != 2 || !okThreads || !okPosts || threads < 0 || posts < 0)
                return fail(QStringLiteral("--generate takes THREADS,POSTS, e.g. 10000,100000"));
            if (storage->hasUsers()) {
                out << "data directory is not empty; nothing generated" << Qt::endl;
            } else {
                QElapsedTimer timer;
                timer.start();
                seedGenerated(*storage, threads, posts);
                out << "generated " << threads << " threads and " << posts << " posts in "
                    << timer.elapsed() << " ms" << Qt::endl;
            }
        }
    } catch (const StorageError &e) {
        return fail(e.message());
    }

    HttpServer server(*storage, clock,
                      QDir(parser.value(dataOption)).filePath(QStringLiteral("media")));
    const FileCount files = raiseFileLimit();
    const quint16 actualPort = server.listen(address, port);
    if (actualPort == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listenText));
    // Connections stop short of the descriptor limit, leaving room for the database, media
    // files and the WebSocket machinery.
    FrontOptions front = server.front()->options();
    front.maxConnections =
        int(qBound<FileCount>(16, files > 128 ? files - 128 : 16, FileCount(front.maxConnections)));
    if (perAddress > 0)
        front.maxConnectionsPerAddress = perAddress;
    server.front()->setOptions(front);
    if (!quitOnTerminationSignals())
        return fail(QStringLiteral("cannot install the signal handlers"));
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    out << "listening on http://" << host << ':' << actualPort << Qt::endl;
    out << "live channel on ws://" << host << ':' << actualPort << "/api/v1/live" << Qt::endl;
    out << "open files allowed: " << qulonglong(files) << ", connections at most "
        << front.maxConnections << Qt::endl;
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    out << "stopped" << Qt::endl;
    return code;
}

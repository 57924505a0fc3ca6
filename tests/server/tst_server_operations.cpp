// Running the server for real (docs/operations.md): the lyceum-server binary stopped with SIGTERM
// while a login is in flight and a live socket is open; --config files (and hostile ones);
// JSON logs with request ids; backup while the server writes, restore, and migrate (SQLite to
// SQLite, and SQLite into PostgreSQL when the test cluster is there).
#include "faults_common.h"
#include "server/runtime/server_config.h"
#include "server/runtime/sqlite_backup.h"
#include "server_harness.h"
#include "test_database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString binary() {
    return qEnvironmentVariable("LYCEUM_SERVER_BIN",
                                QStringLiteral(LYCEUM_BINARY_DIR "/bin/lyceum-server"));
}

// Starts the server; its port, or 0 (stdout so far in *out).
quint16 startServer(QProcess &p, const QStringList &args, QString *out) {
    p.start(binary(), args);
    if (!p.waitForStarted(10000))
        return 0;
    static const QRegularExpression line(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        p.waitForReadyRead(500);
        *out += QString::fromUtf8(p.readAllStandardOutput());
        if (const auto m = line.match(*out); m.hasMatch())
            return quint16(m.captured(1).toUInt());
        if (p.state() == QProcess::NotRunning)
            break;
    }
    qWarning() << "no listening line:" << *out << p.readAllStandardError();
    return 0;
}

// Runs an admin command to its end: exit code, stdout + stderr.
QPair<int, QString> runCommand(const QStringList &args) {
    QProcess p;
    p.start(binary(), args);
    if (!p.waitForFinished(60000))
        return {-1, QStringLiteral("did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QNetworkReply *post(QNetworkAccessManager &nam, quint16 port, const QString &path,
                    const QJsonObject &body) {
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray get(quint16 port, const QString &path) {
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

QJsonObject loginBody() {
    return {{QStringLiteral("handle"), QStringLiteral("learner")},
            {QStringLiteral("password"), QStringLiteral("lyceum-demo")}};
}

qint64 scalar(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestServerOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(binary()), "LYCEUM_SERVER_BIN is not set"); }

    void sigtermFinishesRequestsAndClosesLiveSocketsToReconnect();
    void configFileWithCommandLineOverrides();
    void hostileConfigFilesAreRefused();
    void logsAreJsonLinesWithRequestIds();
    void backupIsConsistentWhileTheServerWrites();
    void backupAndRestoreCommands();
    void migrateKeepsEverythingAndTheCursors();
    void migrateIntoPostgresKeepsEverythingAndTheCursors();
};

void TestServerOperations::sigtermFinishesRequestsAndClosesLiveSocketsToReconnect() {
    QTemporaryDir dir;
    QProcess p;
    QString out;
    const quint16 port =
        startServer(p,
                    {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                    &out);
    QVERIFY(port != 0);
    QNetworkAccessManager nam;
    // A live socket, signed in.
    QNetworkReply *first = post(nam, port, QStringLiteral("/api/v1/auth/login"), loginBody());
    QVERIFY(QSignalSpy(first, &QNetworkReply::finished).wait(30000));
    const QString token = QJsonDocument::fromJson(first->readAll())
                              .object()
                              .value(QLatin1String("access_token"))
                              .toString();
    delete first;
    QVERIFY(!token.isEmpty());
    QWebSocket socket;
    QNetworkRequest upgrade(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/live").arg(port)));
    upgrade.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    socket.open(upgrade);
    QVERIFY(messages.wait(10000)); // "ready"

    // A login (argon2id on the pool) in flight when the signal comes: seen in /metrics.
    QNetworkReply *inFlight = nullptr;
    for (int attempt = 0; attempt < 20 && !inFlight; ++attempt) {
        QNetworkReply *login = post(nam, port, QStringLiteral("/api/v1/auth/login"), loginBody());
        const bool pending = QTest::qWaitFor(
            [&] {
                return login->isFinished() || get(port, QStringLiteral("/metrics"))
                                                  .contains("\nlyceum_password_pool_pending 1\n");
            },
            5000);
        if (pending && !login->isFinished()) {
            inFlight = login;
            break;
        }
        QSignalSpy(login, &QNetworkReply::finished).wait(10000);
        delete login;
    }
    QVERIFY2(inFlight, "no login was ever seen in flight");
    QSignalSpy answered(inFlight, &QNetworkReply::finished);
    p.terminate(); // SIGTERM

    QVERIFY(closed.wait(10000) || !closed.isEmpty());
    QCOMPARE(int(socket.closeCode()), 4503);
    QVERIFY(answered.wait(20000) || inFlight->isFinished());
    QVERIFY2(inFlight->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
             qPrintable(inFlight->errorString()));
    QVERIFY(inFlight->readAll().contains("access_token"));
    delete inFlight;
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("stopped"));
    // Nothing listens any more.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));
}

void TestServerOperations::configFileWithCommandLineOverrides() {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("lyceum.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# an instance\n"
               "data = " +
               dir.filePath(QStringLiteral("data")).toUtf8() +
               "\n"
               "listen = 127.0.0.1:1\n" // overridden below
               "instance_name = a-1\n"
               "metrics_token = 0123456789abcdef-token\n"
               "request_log = false\n"
               "max_connections_per_address = 500\n");
    file.close();
    QProcess p;
    QString out;
    const quint16 port = startServer(p,
                                     {QStringLiteral("--config"), config,
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                     &out);
    QVERIFY2(port != 0 && port != 1, qPrintable(out));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/lyceum-server.sqlite3"))));
    // The token of the file guards /metrics, and the instance name labels it.
    QVERIFY(get(port, QStringLiteral("/metrics")).contains("unauthorized"));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)));
    req.setRawHeader("Authorization", "Bearer 0123456789abcdef-token");
    QNetworkReply *reply = nam.get(req);
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
    QVERIFY(reply->readAll().contains("instance_name=\"a-1\""));
    delete reply;
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    // request_log = false: no request lines on stderr.
    QVERIFY(!p.readAllStandardError().contains("\"event\":\"request\""));
}

void TestServerOperations::hostileConfigFilesAreRefused() {
    QTemporaryDir dir;
    const QByteArray data = "data = " + dir.path().toUtf8() + '\n';
    const QList<QPair<QByteArray, QByteArray>> cases{
        {data + "listne = 127.0.0.1:1\n", "unknown key \"listne\""},
        {data + "data = /elsewhere\n", "given twice"},
        {data + "just words\n", "line 2: expected key = value"},
        {data + "listen = 127.0.0.1:99999\n", "listen must be"},
        {data + "metrics_token = short\n", "metrics_token must be"},
        {data + "metrics_token = has a space in it here\n", "metrics_token must be"},
        {data + "instance_name = a\"b\n", "instance_name must be"},
        {data + "max_connections_per_address = -1\n", "max_connections_per_address"},
        {data + "request_log = maybe\n", "request_log must be"},
        {data + "database = mysql://x\n", "database must be"},
        {data + "[section]\n", "expected key = value"},
        {data + "= value\n", "expected key = value"},
        {QByteArray("data = ") + QByteArray(70 * 1024, 'x') + '\n', "larger than 64 KiB"},
    };
    for (const auto &[text, expected] : cases) {
        const QString path = dir.filePath(QStringLiteral("bad.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const auto [code, output] = runCommand({QStringLiteral("--config"), path});
        QVERIFY2(code == 1, qPrintable(output));
        QVERIFY2(output.contains(QString::fromUtf8(expected)), qPrintable(output));
    }
    // A missing file, and a directory, are refused too.
    QCOMPARE(runCommand({QStringLiteral("--config"), dir.filePath(QStringLiteral("none"))}).first,
             1);
    QCOMPARE(runCommand({QStringLiteral("--config"), dir.path()}).first, 1);
    // The parser alone: comments, blanks, spaces around '=' and CRLF line ends are fine.
    QString error;
    const auto ok = server::ServerConfig::parse(
        "; c\r\n# c\r\n\r\n  listen=127.0.0.1:9  \r\ndata =  /srv/x\r\nlock_data_dir = yes\r\n",
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(ok->listen, QStringLiteral("127.0.0.1:9"));
    QCOMPARE(ok->data, QStringLiteral("/srv/x"));
    QVERIFY(ok->lockDataDir);
}

void TestServerOperations::logsAreJsonLinesWithRequestIds() {
    QTemporaryDir dir;
    QProcess p;
    QString out;
    const quint16 port = startServer(p,
                                     {QStringLiteral("--data"), dir.path(),
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--instance-name"), QStringLiteral("i-7")},
                                     &out);
    QVERIFY(port != 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Request-Id: proxy-id.42\r\n\r\n"
                 "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Request-Id: \"}{evil\r\n\r\n");
    QByteArray answers;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answers += socket.readAll();
            return answers.contains("HTTP/1.1 401");
        },
        10000));
    QVERIFY(answers.contains("X-Request-Id: proxy-id.42") ||
            answers.contains("x-request-id: proxy-id.42"));
    QVERIFY(!answers.contains("evil"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    const QList<QByteArray> lines = p.readAllStandardError().split('\n');
    int requests = 0;
    bool sawProxyId = false;
    bool sawStopping = false;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError && !o.isEmpty(), line.constData());
        QVERIFY(o.contains(QLatin1String("time")) && o.contains(QLatin1String("level")));
        QCOMPARE(o.value(QLatin1String("instance")).toString(), QStringLiteral("i-7"));
        if (o.value(QLatin1String("event")).toString() == QLatin1String("request")) {
            ++requests;
            const QString id = o.value(QLatin1String("request_id")).toString();
            if (id == QLatin1String("proxy-id.42"))
                sawProxyId = true;
            else
                QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch(),
                         qPrintable(id));
            QVERIFY(o.value(QLatin1String("route")).toString().startsWith(u'/'));
        }
        sawStopping |=
            o.value(QLatin1String("message")).toString().startsWith(QLatin1String("stopping"));
    }
    QCOMPARE(requests, 2);
    QVERIFY(sawProxyId);
    QVERIFY(sawStopping);
}

void TestServerOperations::backupIsConsistentWhileTheServerWrites() {
    // The server's storage writes on this thread, one transaction per post with its mutation
    // record, while another thread takes backups of the same file with the online backup API.
    ServerHarness s;
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QString author;
    s.createAndLogin(QStringLiteral("writer"), Role::Learner, &author);
    server::SeedData seed;
    seed.spaces.append(Space{QStringLiteral("s1"), QStringLiteral("general"),
                             QStringLiteral("综合"), QStringLiteral("General"), 0});
    Thread thread;
    thread.id = QStringLiteral("t-bk");
    thread.spaceId = QStringLiteral("s1");
    thread.authorId = author;
    thread.title = QStringLiteral("backup");
    seed.threads.append(thread);
    s.storage().bulkInsert(seed);
    const QString source = QDir(s.dataDir()).filePath(server::SqlStorage::sqliteFileName());
    QTemporaryDir backups;
    std::atomic<bool> done{false};
    QStringList made;
    QString backupError;
    std::thread backupThread([&] {
        for (int i = 0; i < 6 && backupError.isEmpty(); ++i) {
            const QString target = backups.filePath(QStringLiteral("b%1.sqlite3").arg(i));
            if (server::backupSqlite(source, target, &backupError))
                made << target;
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
        }
        done = true;
    });
    int written = 0;
    while (!done) {
        server::Transaction tx(s.storage());
        Post post;
        post.id = QStringLiteral("bk-%1").arg(written);
        post.threadId = thread.id;
        post.authorId = author;
        post.body = QString(200, u'字');
        post.createdAt = ServerHarness::kStartMs;
        s.storage().putPost(post);
        s.storage().recordMutation(QStringLiteral("backup-writer"), post.id, author, "{}",
                                   ServerHarness::kStartMs);
        tx.commit();
        ++written;
    }
    backupThread.join();
    QVERIFY2(backupError.isEmpty(), qPrintable(backupError));
    QCOMPARE(made.size(), 6);
    QSet<qint64> seen;
    for (const QString &file : std::as_const(made)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // Each post and its mutation record were one transaction: a snapshot has both or
            // neither, and every post has its change row.
            const qint64 posts = scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts WHERE id "
                                                           "LIKE 'bk-%'"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mutations WHERE client_id "
                                               "= 'backup-writer'")),
                     posts);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM posts p WHERE NOT EXISTS "
                                               "(SELECT 1 FROM changes c WHERE c.entity = 'post' "
                                               "AND c.entity_id = p.id)")),
                     0);
            seen.insert(posts);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(file);
        QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }
    // The writer really ran during the backups: they caught different moments.
    QVERIFY2(seen.size() > 1, qPrintable(QStringLiteral("%1 posts written").arg(written)));
}

void TestServerOperations::backupAndRestoreCommands() {
    QTemporaryDir dir;
    QProcess p;
    QString out;
    const QString data = dir.filePath(QStringLiteral("data"));
    const quint16 port = startServer(p,
                                     {QStringLiteral("--data"), data, QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo"),
                                      QStringLiteral("--lock-data-dir")},
                                     &out);
    QVERIFY(port != 0);
    const QString db = QStringLiteral("sqlite:") + data + QStringLiteral("/lyceum-server.sqlite3");
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite3"));
    // While it runs.
    auto [code, text] = runCommand({QStringLiteral("backup"), QStringLiteral("--database"), db,
                                    QStringLiteral("--to"), backup});
    QVERIFY2(code == 0, qPrintable(text));
    // Never over an existing file; PostgreSQL points to pg_dump; nonsense is refused.
    QCOMPARE(runCommand({QStringLiteral("backup"), QStringLiteral("--database"), db,
                         QStringLiteral("--to"), backup})
                 .first,
             1);
    const auto pg = runCommand({QStringLiteral("backup"), QStringLiteral("--database"),
                                QStringLiteral("postgresql://u@/db"), QStringLiteral("--to"),
                                dir.filePath(QStringLiteral("x"))});
    QCOMPARE(pg.first, 2);
    QVERIFY(pg.second.contains(QLatin1String("pg_dump")));
    QCOMPARE(runCommand({QStringLiteral("backup"), QStringLiteral("--to"), backup}).first, 1);
    // Restore refuses while the server holds the data directory.
    QVERIFY(runCommand({QStringLiteral("restore"), QStringLiteral("--from"), backup,
                        QStringLiteral("--database"), db})
                .second.contains(QLatin1String("stop it first")));
    const QByteArray healthBefore = get(port, QStringLiteral("/api/v1/health"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    // A file that is not a Lyceum database is refused, and the data is untouched.
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite3"));
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write(QByteArray(8192, 'x'));
    j.close();
    QCOMPARE(runCommand({QStringLiteral("restore"), QStringLiteral("--from"), junk,
                         QStringLiteral("--database"), db})
                 .first,
             1);
    // Restore into a fresh place, and the server comes up as the same instance with the demo.
    const QString other = dir.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    std::tie(code, text) = runCommand(
        {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--database"),
         QStringLiteral("sqlite:") + other + QStringLiteral("/lyceum-server.sqlite3")});
    QVERIFY2(code == 0, qPrintable(text));
    QProcess q;
    out.clear();
    const quint16 port2 = startServer(q,
                                      {QStringLiteral("--data"), other, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                                      &out);
    QVERIFY(port2 != 0);
    QVERIFY2(out.contains(QLatin1String("not seeded again")), qPrintable(out));
    const QJsonObject before = QJsonDocument::fromJson(healthBefore).object();
    const QJsonObject after =
        QJsonDocument::fromJson(get(port2, QStringLiteral("/api/v1/health"))).object();
    QCOMPARE(after.value(QLatin1String("instance")), before.value(QLatin1String("instance")));
    q.terminate();
    QVERIFY(q.waitForFinished(10000));
}

void TestServerOperations::migrateKeepsEverythingAndTheCursors() {
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("a"));
    const QString to = dir.filePath(QStringLiteral("b"));
    QProcess p;
    QString out;
    quint16 port = startServer(p,
                               {QStringLiteral("--data"), from, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                               &out);
    QVERIFY(port != 0);
    const QByteArray healthA = get(port, QStringLiteral("/api/v1/health"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    const QString fromUrl =
        QStringLiteral("sqlite:") + from + QStringLiteral("/lyceum-server.sqlite3");
    const QString toUrl = QStringLiteral("sqlite:") + to + QStringLiteral("/lyceum-server.sqlite3");
    auto [code, text] = runCommand({QStringLiteral("migrate"), QStringLiteral("--from"), fromUrl,
                                    QStringLiteral("--to"), toUrl});
    QVERIFY2(code == 0, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("without a resync")), qPrintable(text));
    // Into a database that is no longer empty: refused.
    std::tie(code, text) = runCommand({QStringLiteral("migrate"), QStringLiteral("--from"), fromUrl,
                                       QStringLiteral("--to"), toUrl});
    QCOMPARE(code, 1);
    QVERIFY2(text.contains(QLatin1String("not empty")), qPrintable(text));
    QCOMPARE(runCommand({QStringLiteral("migrate"), QStringLiteral("--from"), fromUrl,
                         QStringLiteral("--to"), fromUrl})
                 .first,
             1);
    // Every table holds the same rows on both sides.
    QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ma"));
    a.setDatabaseName(from + QStringLiteral("/lyceum-server.sqlite3"));
    QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mb"));
    b.setDatabaseName(to + QStringLiteral("/lyceum-server.sqlite3"));
    QVERIFY(a.open() && b.open());
    {
        QSqlQuery tables(a);
        // schema_steps says when each step ran on each side; it is not copied.
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name <> "
                                           "'schema_steps'")));
        int compared = 0;
        while (tables.next()) {
            const QString t = tables.value(0).toString();
            const QString all = QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t);
            QSqlQuery qa(a);
            QSqlQuery qb(b);
            QVERIFY(qa.exec(all) && qb.exec(all));
            while (qa.next()) {
                QVERIFY2(qb.next(), qPrintable(t));
                for (int i = 0; i < qa.record().count(); ++i)
                    QVERIFY2(qa.value(i) == qb.value(i), qPrintable(t));
            }
            QVERIFY2(!qb.next(), qPrintable(t));
            ++compared;
        }
        QVERIFY(compared > 10);
    }
    a.close();
    b.close();
    a = QSqlDatabase();
    b = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("ma"));
    QSqlDatabase::removeDatabase(QStringLiteral("mb"));
    // The new server is the same instance (cursors stay valid) and its changes go on after
    // the old seq.
    out.clear();
    port = startServer(
        p,
        {QStringLiteral("--data"), to, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
        &out);
    QVERIFY(port != 0);
    QCOMPARE(QJsonDocument::fromJson(get(port, QStringLiteral("/api/v1/health")))
                 .object()
                 .value(QLatin1String("instance")),
             QJsonDocument::fromJson(healthA).object().value(QLatin1String("instance")));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
}

// A community moved from its SQLite file into PostgreSQL: the learner's whole view, the cursors
// clients hold and the passwords come along; the server says which database it now runs on.
void TestServerOperations::migrateIntoPostgresKeepsEverythingAndTheCursors() {
    if (TestDatabase::clusterUrl().isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("no PostgreSQL cluster (LYCEUM_TEST_POSTGRES) under CI=true");
        QSKIP("no PostgreSQL cluster (LYCEUM_TEST_POSTGRES): run through tests-in-session.sh");
    }
    qputenv("LYCEUM_TEST_BACKEND", "postgresql");
    const TestDatabase target; // a fresh schema in the cluster, dropped at the end
    qunsetenv("LYCEUM_TEST_BACKEND");
    QVERIFY(target.postgres());

    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("a"));
    QProcess p;
    QString out;
    quint16 port = startServer(p,
                               {QStringLiteral("--data"), from, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")},
                               &out);
    QVERIFY(port != 0);
    const QUrl before(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QString instance = QJsonDocument::fromJson(get(port, QStringLiteral("/api/v1/health")))
                                 .object()
                                 .value(QLatin1String("instance"))
                                 .toString();
    QString token = accessToken(before, QStringLiteral("learner"), QStringLiteral("lyceum-demo"));
    QVERIFY(!token.isEmpty());
    EntityView viewBefore;
    QString error;
    QVERIFY2(pullServerView(before, token, &viewBefore, &error), qPrintable(error));
    const HttpResult head = http(before, "GET", QStringLiteral("sync"), {}, token,
                                 QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5000")}});
    QString cursor = head.body.value(QLatin1String("cursor")).toString();
    for (HttpResult page = head; page.body.value(QLatin1String("has_more")).toBool();) {
        page = http(before, "GET", QStringLiteral("sync"), {}, token,
                    QUrlQuery{{QStringLiteral("cursor"), cursor},
                              {QStringLiteral("limit"), QStringLiteral("5000")}});
        QCOMPARE(page.status, 200);
        cursor = page.body.value(QLatin1String("cursor")).toString();
    }
    QVERIFY(!cursor.isEmpty());
    p.terminate();
    QVERIFY(p.waitForFinished(10000));

    const QString toUrl = target.url(QString());
    auto [code, text] =
        runCommand({QStringLiteral("migrate"), QStringLiteral("--from"),
                    QStringLiteral("sqlite:") + from + QStringLiteral("/lyceum-server.sqlite3"),
                    QStringLiteral("--to"), toUrl});
    QVERIFY2(code == 0, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("without a resync")), qPrintable(text));

    out.clear();
    port = startServer(p,
                       {QStringLiteral("--data"), dir.filePath(QStringLiteral("b")),
                        QStringLiteral("--database"), toUrl, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")},
                       &out);
    QVERIFY(port != 0);
    const QUrl after(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QJsonObject health =
        QJsonDocument::fromJson(get(port, QStringLiteral("/api/v1/health"))).object();
    QCOMPARE(health.value(QLatin1String("database")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(health.value(QLatin1String("instance")).toString(), instance);
    // The password came along; the whole view is the same, entity by entity.
    token = accessToken(after, QStringLiteral("learner"), QStringLiteral("lyceum-demo"));
    QVERIFY(!token.isEmpty());
    EntityView viewAfter;
    QVERIFY2(pullServerView(after, token, &viewAfter, &error), qPrintable(error));
    const QStringList diff = differences(viewBefore, viewAfter);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    // A client's cursor from before the move: nothing new, then exactly the next change.
    const auto since = [&] {
        return http(after, "GET", QStringLiteral("sync"), {}, token,
                    QUrlQuery{{QStringLiteral("cursor"), cursor}});
    };
    HttpResult r = since();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QLatin1String("changes")).toArray().size(), 0);
    const QString thread = openSpaceThread(after, token);
    QVERIFY(!thread.isEmpty());
    const QString postId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r = http(after, "POST", QStringLiteral("mutations"),
             QJsonObject{{QStringLiteral("client_id"), QStringLiteral("migrated")},
                         {QStringLiteral("mutations"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("id"), QUuid::createUuid().toString()},
                              {QStringLiteral("type"), QStringLiteral("post.create")},
                              {QStringLiteral("args"),
                               QJsonObject{{QStringLiteral("id"), postId},
                                           {QStringLiteral("thread_id"), thread},
                                           {QStringLiteral("body"),
                                            QStringLiteral("after the move 迁移之后")}}}}}}},
             token);
    QCOMPARE(r.status, 200);
    r = since();
    QCOMPARE(r.status, 200);
    bool sawPost = false;
    for (const QJsonValue &c : r.body.value(QLatin1String("changes")).toArray())
        sawPost = sawPost || c.toObject().value(QLatin1String("id")).toString() == postId;
    QVERIFY(sawPost);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_server_operations.moc"

// lyceum-cli end to end against the real server: login with --password-stdin (the session goes
// to the keyring), sync, status --json, threads --json, post offline, flush, thread --json.
#include "cache/cache_database.h"
#include "cli_runner.h"
#include "server_process.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>
#include <sys/stat.h>

using namespace lyceum::test;

namespace {

QJsonObject status(const QString &profile) {
    const CliRun r = runCli(
        {QStringLiteral("--profile"), profile, QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
}

int modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// Logs the learner into a new profile and syncs; false on any failure.
bool syncedProfile(const ServerProcess &server, const QString &profile) {
    const CliRun login =
        runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--profile"),
                profile, QStringLiteral("login"), QStringLiteral("--user"),
                QStringLiteral("learner"), QStringLiteral("--password-stdin")},
               server.password(QStringLiteral("learner")).toUtf8() + '\n');
    return login.code == 0 &&
           runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")}).code == 0;
}

bool registerAccount(const QUrl &server, const QString &handle, const QString &password) {
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/register"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                                    {QStringLiteral("password"), password},
                                                    {QStringLiteral("display_name"), handle}})
                              .toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

private Q_SLOTS:
    void initTestCase() {
        // The usual umask: files the CLI creates without an explicit mode would be readable by
        // everyone (see profileIsOwnerOnly).
        ::umask(022);
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void endToEnd() {
        const QString profile = m_profiles.filePath(QStringLiteral("cli"));
        const QStringList base{QStringLiteral("--profile"), profile};

        CliRun r = runCli({QStringLiteral("--server"), m_server.url().toString(),
                           QStringLiteral("--profile"), profile, QStringLiteral("login"),
                           QStringLiteral("--user"), QStringLiteral("learner"),
                           QStringLiteral("--password-stdin")},
                          "wrong-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QVERIFY2(!r.err.contains("plain http"), r.err.constData()); // loopback: no warning

        r = runCli({QStringLiteral("--server"), m_server.url().toString(),
                    QStringLiteral("--profile"), profile, QStringLiteral("login"),
                    QStringLiteral("--user"), QStringLiteral("learner"),
                    QStringLiteral("--password-stdin")},
                   m_server.password(QStringLiteral("learner")).toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());

        r = runCli(base + QStringList{QStringLiteral("sync")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = runCli(base + QStringList{QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"courses", "lessons", "threads", "posts", "outbox", "cursor"})
            QVERIFY2(status.contains(QLatin1String(key)), key);
        QVERIFY(status.value(QLatin1String("posts")).toInt() > 0);
        QVERIFY(status.value(QLatin1String("courses")).toInt() > 0);
        QCOMPARE(status.value(QLatin1String("outbox")).toInt(), 0);
        QVERIFY(!status.value(QLatin1String("cursor")).toString().isEmpty());

        r = runCli(base + QStringList{QStringLiteral("threads"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray threads = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(threads.size(), status.value(QLatin1String("threads")).toInt());
        QString threadId;
        for (const QJsonValue &t : threads) {
            if (!t.toObject().value(QLatin1String("locked")).toBool()) {
                threadId = t.toObject().value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!threadId.isEmpty());

        r = runCli(base + QStringList{QStringLiteral("post"), QStringLiteral("--thread"), threadId,
                                      QStringLiteral("--body"), QStringLiteral("CLI 回复")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString postId = QString::fromUtf8(r.out).trimmed();

        r = runCli(base + QStringList{QStringLiteral("outbox"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

        r = runCli(base + QStringList{QStringLiteral("flush")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = runCli(base +
                   QStringList{QStringLiteral("thread"), threadId, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        bool found = false;
        for (const QJsonValue &p :
             QJsonDocument::fromJson(r.out).object().value(QLatin1String("posts")).toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("id")).toString() == postId) {
                found = true;
                QCOMPARE(o.value(QLatin1String("body")).toString(), QStringLiteral("CLI 回复"));
                QVERIFY(o.value(QLatin1String("pending")).isNull());
            }
        }
        QVERIFY(found);

        // Lessons and their videos: listed from the cache; a free one downloaded and stored
        // sealed; a paid one refused with the reason.
        r = runCli(base + QStringList{QStringLiteral("lessons"), QStringLiteral("--course"),
                                      QStringLiteral("c-python-zero"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray lessons = QJsonDocument::fromJson(r.out).array();
        QVERIFY(lessons.size() >= 3);
        const QJsonObject firstLesson = lessons.first().toObject();
        for (const char *key : {"id", "title", "duration", "free_preview", "has_video"})
            QVERIFY2(firstLesson.contains(QLatin1String(key)), key);
        QVERIFY(firstLesson.value(QLatin1String("has_video")).toBool());
        QCOMPARE(firstLesson.value(QLatin1String("duration")).toInt(), 36);
        r = runCli(base + QStringList{QStringLiteral("download"), QStringLiteral("--lesson"),
                                      firstLesson.value(QLatin1String("id")).toString(),
                                      QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject stored = QJsonDocument::fromJson(r.out).object();
        QVERIFY(stored.value(QLatin1String("stored")).toInteger() >
                stored.value(QLatin1String("size")).toInteger());
        QVERIFY(stored.value(QLatin1String("encrypted")).toBool());
        r = runCli(base + QStringList{QStringLiteral("download"), QStringLiteral("--lesson"),
                                      QStringLiteral("l-go-backend-3")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("buy it"), r.err.constData());

        // Everything in the profile is its owner's only (docs/security.md).
        QCOMPARE(modeOf(profile), 0700);
        // (-wal and -shm are gone once the CLI closed the cache; tst_core_client_offline looks
        // at them while it is open.)
        for (const char *file : {"cache.sqlite", "profile.json"})
            QVERIFY2(modeOf(QDir(profile).filePath(QLatin1String(file))) == 0600, file);
        const QDir media(QDir(profile).filePath(QStringLiteral("media")));
        QCOMPARE(modeOf(media.path()), 0700);
        const QStringList downloads = media.entryList(QDir::Files);
        QVERIFY(!downloads.isEmpty());
        for (const QString &file : downloads)
            QVERIFY2(modeOf(media.filePath(file)) == 0600, qPrintable(file));

        r = runCli(base + QStringList{QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // Text already in the cache (from a server that let it through, or an older one) carrying
    // terminal escapes and a bidirectional override: no command prints them raw.
    void hostileTextIsNotPrintedRaw() {
        const QString profile = m_profiles.filePath(QStringLiteral("hostile"));
        QVERIFY(syncedProfile(m_server, profile));
        const QString hostile =
            QStringLiteral("标题\x1b]0;owned\x07\x1b[2J\u202Eabc\u009b31m\r\n第二行\t尾");
        QString threadId;
        {
            // Through CacheDatabase: the search index's triggers need the cache's tokenizer.
            lyceum::CacheDatabase cache(QStringLiteral("hostile"));
            QString error;
            QVERIFY2(cache.open(QDir(profile).filePath(QStringLiteral("cache.sqlite")), &error),
                     qPrintable(error));
            QSqlQuery q(cache.db());
            QVERIFY(q.exec(QStringLiteral("SELECT thread_id FROM posts LIMIT 1")) && q.next());
            threadId = q.value(0).toString();
            q.finish();
            QVERIFY(q.prepare(QStringLiteral("UPDATE threads SET title = ? WHERE id = ?")));
            q.addBindValue(hostile);
            q.addBindValue(threadId);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral("UPDATE posts SET body = ? WHERE thread_id = ?")));
            q.addBindValue(hostile);
            q.addBindValue(threadId);
            QVERIFY(q.exec());
        }
        const auto clean = [](const QByteArray &out) {
            return !out.contains('\x1b') && !out.contains('\x07') && !out.contains('\r') &&
                   !out.contains("\xe2\x80\xae") && !out.contains("\xc2\x9b");
        };
        const QStringList base{QStringLiteral("--profile"), profile};
        CliRun r = runCli(base + QStringList{QStringLiteral("threads")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("owned"));
        QVERIFY2(clean(r.out), r.out.constData());
        r = runCli(base + QStringList{QStringLiteral("thread"), threadId});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("\n\xe7\xac\xac\xe4\xba\x8c\xe8\xa1\x8c\t")); // newline, 第二行, tab
        QVERIFY2(clean(r.out), r.out.constData());
        // --json: still JSON, the same text, every unsafe character escaped.
        r = runCli(base +
                   QStringList{QStringLiteral("thread"), threadId, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(clean(r.out), r.out.constData());
        QJsonParseError error;
        const QJsonObject detail = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(detail.value(QLatin1String("thread"))
                     .toObject()
                     .value(QLatin1String("title"))
                     .toString(),
                 hostile);
        // An error message quoting the cache's text is cleaned too.
        r = runCli(base + QStringList{QStringLiteral("thread"), QStringLiteral("no\x1b[2Jsuch")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no[2Jsuch"));
        QVERIFY(!r.err.contains('\x1b'));
    }

    // A sync killed with SIGKILL between pages resumes from the stored cursor and ends with
    // exactly what an uninterrupted sync gets.
    void killedSyncResumes() {
        ServerProcess big;
        QString error;
        QVERIFY2(big.start({QStringLiteral("--generate"), QStringLiteral("3000,30000")},
                           QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        const QString password = QStringLiteral("resume-password");
        QVERIFY(registerAccount(big.url(), QStringLiteral("resumer"), password));
        const auto loginTo = [&](const QString &profile) {
            return runCli({QStringLiteral("--server"), big.url().toString(),
                           QStringLiteral("--profile"), profile, QStringLiteral("login"),
                           QStringLiteral("--user"), QStringLiteral("resumer"),
                           QStringLiteral("--password-stdin")},
                          password.toUtf8())
                .code;
        };
        const QString reference = m_profiles.filePath(QStringLiteral("reference"));
        const QString killed = m_profiles.filePath(QStringLiteral("killed"));
        QCOMPARE(loginTo(reference), 0);
        QCOMPARE(loginTo(killed), 0);
        QCOMPARE(runCli({QStringLiteral("--profile"), reference, QStringLiteral("sync")}).code, 0);
        const QJsonObject expected = status(reference);
        QVERIFY(expected.value(QLatin1String("posts")).toInt() > 1000);

        QProcess sync;
        sync.start(QStringLiteral(LYCEUM_CLI_BIN),
                   {QStringLiteral("--profile"), killed, QStringLiteral("--page-size"),
                    QStringLiteral("100"), QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool interrupted = false;
        while (timer.elapsed() < 60000 && sync.state() == QProcess::Running) {
            const QJsonObject now = status(killed);
            if (!now.value(QLatin1String("cursor")).toString().isEmpty()) {
                sync.kill(); // SIGKILL: no cleanup, mid-transaction at worst
                sync.waitForFinished();
                interrupted = true;
                break;
            }
            QTest::qWait(20);
        }
        if (!interrupted)
            QSKIP("the sync finished before it could be interrupted");
        const QJsonObject partial = status(killed);
        QVERIFY(!partial.value(QLatin1String("cursor")).toString().isEmpty());
        QVERIFY(partial.value(QLatin1String("posts")).toInt() <
                expected.value(QLatin1String("posts")).toInt());

        const CliRun resumed =
            runCli({QStringLiteral("--profile"), killed, QStringLiteral("sync")});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        const QJsonObject after = status(killed);
        for (const char *key : {"users", "courses", "lessons", "threads", "posts", "cursor"})
            QVERIFY2(after.value(QLatin1String(key)) == expected.value(QLatin1String(key)), key);
    }

    // Warned before anything is sent (here nothing is: no password on stdin), so the test
    // reaches no other machine.
    void plainHttpToAnotherMachineIsWarnedAbout() {
        const QString profile = m_profiles.filePath(QStringLiteral("cli-warning"));
        const auto login = [&profile](const QString &server) {
            return runCli({QStringLiteral("--server"), server, QStringLiteral("--profile"), profile,
                           QStringLiteral("login"), QStringLiteral("--user"),
                           QStringLiteral("learner"), QStringLiteral("--password-stdin")});
        };
        CliRun r = login(QStringLiteral("http://community.example.com"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("plain http") && r.err.contains("community.example.com"),
                 r.err.constData());
        QVERIFY2(r.err.contains("No password"), r.err.constData());
        for (const QString &quiet :
             {QStringLiteral("https://community.example.com"), QStringLiteral("http://127.0.0.1:1"),
              QStringLiteral("http://localhost:1"), QStringLiteral("http://[::1]:1")}) {
            r = login(quiet);
            QCOMPARE(r.code, 2);
            QVERIFY2(!r.err.contains("plain http"), r.err.constData());
        }
    }

    void serverDownFailsClearly() {
        const QString profile = m_profiles.filePath(QStringLiteral("cli"));
        m_server.stop();
        const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("server"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

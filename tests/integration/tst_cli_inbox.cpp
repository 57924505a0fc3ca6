// `lyceum-cli inbox --json` end to end against the real server: another member replies to the
// learner's post and mentions @learner, a moderator warns the learner; the learner's inbox is an
// array of exactly {kind, thread_id, post_id, from, at, read}, newest first, with history from
// before the first pull read; reading the thread in the cache marks its items read.
#include "cli_runner.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::test;

namespace {

QJsonObject callJson(const QUrl &server, const QString &path, const QJsonObject &body,
                     const QString &token = {}) {
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

CliRun login(const ServerProcess &server, const QString &profile, const QString &handle,
             const QString &password) {
    return runCli({QStringLiteral("--server"), server.url().toString(), QStringLiteral("--profile"),
                   profile, QStringLiteral("login"), QStringLiteral("--user"), handle,
                   QStringLiteral("--password-stdin")},
                  password.toUtf8() + '\n');
}

QJsonArray inbox(const QString &profile) {
    const CliRun r = runCli(
        {QStringLiteral("--profile"), profile, QStringLiteral("inbox"), QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("inbox failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

// Posts through the CLI and sends it; the new post's id.
QString postAndFlush(const QString &profile, const QStringList &args) {
    const QStringList base{QStringLiteral("--profile"), profile};
    const CliRun r = runCli(base + QStringList{QStringLiteral("post")} + args);
    if (r.code != 0 || runCli(base + QStringList{QStringLiteral("flush")}).code != 0)
        return {};
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace

class TestCliInbox : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

private Q_SLOTS:
    void initTestCase() {
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

    void repliesMentionsAndNoticesNewestFirst() {
        const QString learner = m_profiles.filePath(QStringLiteral("learner"));
        const QString creator = m_profiles.filePath(QStringLiteral("creator"));
        const QStringList learnerBase{QStringLiteral("--profile"), learner};
        CliRun r = login(m_server, learner, QStringLiteral("learner"),
                         m_server.password(QStringLiteral("learner")));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(runCli(learnerBase + QStringList{QStringLiteral("sync")}).code == 0);
        // Whatever the demo holds for the learner is history: read.
        const QJsonArray before = inbox(learner);
        for (const QJsonValue &v : before)
            QVERIFY(v.toObject().value(QLatin1String("read")).toBool());

        // A thread the learner may reply in.
        r = runCli(learnerBase + QStringList{QStringLiteral("threads"), QStringLiteral("--json")});
        QString threadId;
        for (const QJsonValue &t : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = t.toObject();
            if (!o.value(QLatin1String("locked")).toBool() &&
                !o.value(QLatin1String("space_id")).toString().isEmpty()) {
                threadId = o.value(QLatin1String("id")).toString();
                break;
            }
        }
        QVERIFY(!threadId.isEmpty());
        const QString mine =
            postAndFlush(learner, {QStringLiteral("--thread"), threadId, QStringLiteral("--body"),
                                   QStringLiteral("我的问题")});
        QVERIFY(!mine.isEmpty());

        // The creator answers it, then mentions the learner in a top-level reply.
        r = login(m_server, creator, QStringLiteral("creator"),
                  m_server.password(QStringLiteral("creator")));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(runCli({QStringLiteral("--profile"), creator, QStringLiteral("sync")}).code == 0);
        const QString reply =
            postAndFlush(creator, {QStringLiteral("--thread"), threadId, QStringLiteral("--parent"),
                                   mine, QStringLiteral("--body"), QStringLiteral("回答")});
        QVERIFY(!reply.isEmpty());
        QTest::qWait(5); // distinct created_at
        const QString mention =
            postAndFlush(creator, {QStringLiteral("--thread"), threadId, QStringLiteral("--body"),
                                   QStringLiteral("谢谢@learner的问题")});
        QVERIFY(!mention.isEmpty());

        // A moderator warns the learner (a notice about the user: no thread, no post).
        const QJsonObject session = callJson(
            m_server.url(), QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("handle"), QStringLiteral("moderator")},
             {QStringLiteral("password"), m_server.password(QStringLiteral("moderator"))}});
        const QString token = session.value(QLatin1String("access_token")).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject acted =
            callJson(m_server.url(), QStringLiteral("/api/v1/mutations"),
                     {{QStringLiteral("client_id"), QStringLiteral("inbox-test")},
                      {QStringLiteral("mutations"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("id"), QStringLiteral("warn-1")},
                           {QStringLiteral("type"), QStringLiteral("moderation.act")},
                           {QStringLiteral("args"),
                            QJsonObject{{QStringLiteral("target_kind"), QStringLiteral("post")},
                                        {QStringLiteral("target_id"), mine},
                                        {QStringLiteral("action"), QStringLiteral("warn")},
                                        {QStringLiteral("reason"), QStringLiteral("rules")},
                                        {QStringLiteral("note"), QString()}}}}}}},
                     token);
        QVERIFY2(QJsonDocument(acted).toJson().contains("applied"),
                 QJsonDocument(acted).toJson().constData());

        QVERIFY(runCli(learnerBase + QStringList{QStringLiteral("sync")}).code == 0);
        const QJsonArray items = inbox(learner);
        QVERIFY2(items.size() >= 3, QJsonDocument(items).toJson().constData());
        const QJsonObject first = items.at(0).toObject();
        const QJsonObject second = items.at(1).toObject();
        const QJsonObject third = items.at(2).toObject();
        const QStringList keys{QStringLiteral("at"),   QStringLiteral("from"),
                               QStringLiteral("kind"), QStringLiteral("post_id"),
                               QStringLiteral("read"), QStringLiteral("thread_id")};
        for (const QJsonValue &v : items) {
            QStringList have = v.toObject().keys();
            have.sort();
            QCOMPARE(have, keys);
        }
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("moderation"));
        QCOMPARE(first.value(QLatin1String("post_id")).toString(), mine);
        QCOMPARE(first.value(QLatin1String("thread_id")).toString(), threadId);
        QVERIFY(first.value(QLatin1String("from")).isNull());
        QCOMPARE(second.value(QLatin1String("kind")).toString(), QStringLiteral("mention"));
        QCOMPARE(second.value(QLatin1String("post_id")).toString(), mention);
        QCOMPARE(second.value(QLatin1String("from")).toString(), QStringLiteral("creator"));
        QCOMPARE(third.value(QLatin1String("kind")).toString(), QStringLiteral("reply"));
        QCOMPARE(third.value(QLatin1String("post_id")).toString(), reply);
        QCOMPARE(third.value(QLatin1String("thread_id")).toString(), threadId);
        for (const QJsonObject &o : {first, second, third})
            QCOMPARE(o.value(QLatin1String("read")).toBool(), false);
        QVERIFY(first.value(QLatin1String("at")).toInteger() >=
                second.value(QLatin1String("at")).toInteger());
        QVERIFY(second.value(QLatin1String("at")).toInteger() >
                third.value(QLatin1String("at")).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestCliInbox)
#include "tst_cli_inbox.moc"

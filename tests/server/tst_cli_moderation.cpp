// The moderation checks for headless use, lyceum-cli (a child process) against an in-process
// server: `spaces --json` gives each space's rules with exactly {id, title, start_threads,
// reply, slow_mode_s}; `notices --json` the actions concerning me with exactly {id, action,
// target_kind, target_id, reason, at, appealable}; `appeal --action ID --note TEXT` files one,
// which the moderators' queue lists as kind appeal, and a second is refused; hostile arguments.
#include "cli_runner.h"
#include "server/moderation/moderation_storage.h"
#include "sync_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString mutate(ServerHarness &s, const QString &token, const QString &type,
               const QJsonObject &args) {
    static int n = 0;
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("cm%1").arg(++n)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const QJsonObject result = s.post(QStringLiteral("/api/v1/mutations"),
                                      {{QStringLiteral("client_id"), QStringLiteral("t")},
                                       {QStringLiteral("mutations"), QJsonArray{m}}},
                                      token)
                                   .json()
                                   .value(QLatin1StringView("results"))
                                   .toArray()
                                   .first()
                                   .toObject();
    return result.value(QLatin1StringView("status")).toString();
}

QStringList keysOf(const QJsonObject &o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliModeration : public QObject {
    Q_OBJECT
    ServerHarness m_server;
    SyncFixture m_f;
    QTemporaryDir m_profiles;
    QString m_profile;

    CliRun cli(QStringList args) {
        args.prepend(m_profile);
        args.prepend(QStringLiteral("--profile"));
        return runCli(args);
    }

private Q_SLOTS:
    void initTestCase() {
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        QVERIFY2(m_server.ok(), qPrintable(m_server.error()));
        m_f = seedSyncFixture(m_server);
        m_profile = m_profiles.filePath(QStringLiteral("learner"));
        const CliRun login = runCli({QStringLiteral("--server"),
                                     QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()),
                                     QStringLiteral("--profile"), m_profile,
                                     QStringLiteral("login"), QStringLiteral("--user"),
                                     QStringLiteral("learner"), QStringLiteral("--password-stdin")},
                                    kPassword.toUtf8() + '\n');
        QVERIFY2(login.code == 0, login.err.constData());
    }

    void spacesListTheirRules() {
        QCOMPARE(mutate(m_server, m_f.moderator, QStringLiteral("space.rules"),
                        {{QStringLiteral("space_id"), QStringLiteral("s1")},
                         {QStringLiteral("start_threads"), QStringLiteral("staff")},
                         {QStringLiteral("reply"), QStringLiteral("members")},
                         {QStringLiteral("slow_mode_s"), 30},
                         {QStringLiteral("closed"), false}}),
                 QStringLiteral("applied"));
        QCOMPARE(cli({QStringLiteral("sync")}).code, 0);
        const CliRun r = cli({QStringLiteral("spaces"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject space = doc.array().first().toObject();
        QCOMPARE(keysOf(space),
                 QStringList({QStringLiteral("id"), QStringLiteral("reply"),
                              QStringLiteral("slow_mode_s"), QStringLiteral("start_threads"),
                              QStringLiteral("title")}));
        QCOMPARE(space.value(QLatin1StringView("id")).toString(), QStringLiteral("s1"));
        QCOMPARE(space.value(QLatin1StringView("title")).toString(), QStringLiteral("综合"));
        QCOMPARE(space.value(QLatin1StringView("start_threads")).toString(),
                 QStringLiteral("staff"));
        QCOMPARE(space.value(QLatin1StringView("reply")).toString(), QStringLiteral("members"));
        QCOMPARE(space.value(QLatin1StringView("slow_mode_s")).toInt(), 30);
    }

    void noticesAndOneAppeal() {
        // The learner's reply in the space thread, reported and deleted.
        QCOMPARE(mutate(m_server, m_f.moderator, QStringLiteral("space.rules"),
                        {{QStringLiteral("space_id"), QStringLiteral("s1")},
                         {QStringLiteral("start_threads"), QStringLiteral("everyone")},
                         {QStringLiteral("reply"), QStringLiteral("everyone")},
                         {QStringLiteral("slow_mode_s"), 0},
                         {QStringLiteral("closed"), false}}),
                 QStringLiteral("applied"));
        QCOMPARE(mutate(m_server, m_f.learner, QStringLiteral("post.create"),
                        {{QStringLiteral("id"), QStringLiteral("cli-p")},
                         {QStringLiteral("thread_id"), QStringLiteral("t-space")},
                         {QStringLiteral("body"), QStringLiteral("买课加我")}}),
                 QStringLiteral("applied"));
        QCOMPARE(mutate(m_server, m_f.entitled, QStringLiteral("report.create"),
                        {{QStringLiteral("id"), QStringLiteral("cli-r")},
                         {QStringLiteral("target_kind"), QStringLiteral("post")},
                         {QStringLiteral("target_id"), QStringLiteral("cli-p")},
                         {QStringLiteral("reason"), QStringLiteral("spam")}}),
                 QStringLiteral("applied"));
        QCOMPARE(mutate(m_server, m_f.moderator, QStringLiteral("moderation.act"),
                        {{QStringLiteral("target_kind"), QStringLiteral("post")},
                         {QStringLiteral("target_id"), QStringLiteral("cli-p")},
                         {QStringLiteral("action"), QStringLiteral("delete")},
                         {QStringLiteral("reason"), QStringLiteral("spam_links")}}),
                 QStringLiteral("applied"));
        const qint64 actionId = m_server.storage().moderation()->actions(1).first().id;

        CliRun r = cli({QStringLiteral("notices"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QJsonObject notice = list.first().toObject();
        QCOMPARE(keysOf(notice),
                 QStringList({QStringLiteral("action"), QStringLiteral("appealable"),
                              QStringLiteral("at"), QStringLiteral("id"), QStringLiteral("reason"),
                              QStringLiteral("target_id"), QStringLiteral("target_kind")}));
        QCOMPARE(notice.value(QLatin1StringView("id")).toInteger(), actionId);
        QCOMPARE(notice.value(QLatin1StringView("action")).toString(), QStringLiteral("delete"));
        QCOMPARE(notice.value(QLatin1StringView("target_kind")).toString(), QStringLiteral("post"));
        QCOMPARE(notice.value(QLatin1StringView("target_id")).toString(), QStringLiteral("cli-p"));
        QCOMPARE(notice.value(QLatin1StringView("reason")).toString(),
                 QStringLiteral("spam_links"));
        QVERIFY(notice.value(QLatin1StringView("at")).toInteger() > 0);
        QVERIFY(notice.value(QLatin1StringView("appealable")).toBool());

        // Hostile arguments: nothing is sent.
        QCOMPARE(cli({QStringLiteral("appeal"), QStringLiteral("--action"), QStringLiteral("1x"),
                      QStringLiteral("--note"), QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("appeal"), QStringLiteral("--action"),
                      QString::number(actionId), QStringLiteral("--note"), QStringLiteral("  ")})
                     .code,
                 2);
        r = cli({QStringLiteral("appeal"), QStringLiteral("--action"), QStringLiteral("999999"),
                 QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not_found"), r.err.constData());

        r = cli({QStringLiteral("appeal"), QStringLiteral("--action"), QString::number(actionId),
                 QStringLiteral("--note"), QStringLiteral("我只是分享了课程链接")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray appeals =
            m_server.get(QStringLiteral("/api/v1/moderation/queue?kind=appeal"), m_f.moderator)
                .json()
                .value(QLatin1StringView("items"))
                .toArray();
        QCOMPARE(appeals.size(), 1);
        QCOMPARE(appeals.first().toObject().value(QLatin1StringView("text")).toString(),
                 QStringLiteral("我只是分享了课程链接"));

        // Once only.
        r = cli({QStringLiteral("appeal"), QStringLiteral("--action"), QString::number(actionId),
                 QStringLiteral("--note"), QStringLiteral("again")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("already_appealed"), r.err.constData());
        r = cli({QStringLiteral("notices"), QStringLiteral("--json")});
        list = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!list.first().toObject().value(QLatin1StringView("appealable")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCliModeration)
#include "tst_cli_moderation.moc"

// The check-in commands of lyceum-cli (the real binary, a child process) against an in-process
// server whose clock is set to the real time (the CLI reads the device's clock): `challenges
// --json` prints an array of exactly {id, title, days, my_streak, checked_in_today}; `checkin
// --challenge ID --body TEXT` queues, sends and prints the result; a second check-in for the day,
// an unknown challenge, a huge body and a space the learner may not post in are refused.
#include "cli_runner.h"
#include "domain/mutation_defs.h"
#include "learning/challenge_rules.h"
#include "server_harness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString mutate(ServerHarness &s, const QString &token, QLatin1StringView type,
               const QJsonObject &args) {
    static int n = 0;
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("cc%1").arg(++n)},
                        {QStringLiteral("type"), QString(type)},
                        {QStringLiteral("args"), args}};
    return s
        .post(QStringLiteral("/api/v1/mutations"),
              {{QStringLiteral("client_id"), QStringLiteral("t")},
               {QStringLiteral("mutations"), QJsonArray{m}}},
              token)
        .json()
        .value(QLatin1StringView("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1StringView("status"))
        .toString();
}

QJsonObject challenge(const QString &id, const QString &spaceId) {
    // Day 1 is today in UTC+8, and the window is the whole day, whenever the test runs.
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("space_id"), spaceId},
            {QStringLiteral("title"), QStringLiteral("晨读打卡 Morning reading")},
            {QStringLiteral("days"), 14},
            {QStringLiteral("start_date"), today.toString(Qt::ISODate)},
            {QStringLiteral("utc_offset_min"), 480},
            {QStringLiteral("prompts"), QJsonArray{QStringLiteral("读一章 Read a chapter")}}};
}

QStringList keysOf(const QJsonObject &o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliChallenges : public QObject {
    Q_OBJECT
    ServerHarness m_server;
    QTemporaryDir m_profiles;
    QString m_profile;
    QString m_learnerId;

    CliRun cli(QStringList args) {
        args.prepend(m_profile);
        args.prepend(QStringLiteral("--profile"));
        return runCli(args);
    }

    QJsonObject listed(const QString &id) {
        const CliRun r = cli({QStringLiteral("challenges"), QStringLiteral("--json")});
        if (r.code != 0)
            return {};
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1StringView("id")).toString() == id)
                return v.toObject();
        return {};
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
        m_server.clock().setMs(QDateTime::currentMSecsSinceEpoch());
        server::SeedData d;
        d.spaces.append(Space{QStringLiteral("s-daily"), QStringLiteral("daily"),
                              QStringLiteral("打卡"), QString(), 1});
        d.spaces.append(Space{QStringLiteral("s-members"), QStringLiteral("members"),
                              QStringLiteral("会员"), QString(), 2, SpaceAudience::Everyone,
                              SpaceAudience::Members});
        m_server.storage().bulkInsert(d);
        const QString creator = m_server.createAndLogin(QStringLiteral("teacher"), Role::Creator);
        m_server.createAndLogin(QStringLiteral("learner"), Role::Learner, &m_learnerId);
        QCOMPARE(mutate(m_server, creator, challenges::kPut,
                        challenge(QStringLiteral("c1"), QStringLiteral("s-daily"))),
                 QStringLiteral("applied"));
        QCOMPARE(mutate(m_server, creator, challenges::kPut,
                        challenge(QStringLiteral("c-members"), QStringLiteral("s-members"))),
                 QStringLiteral("applied"));
        m_profile = m_profiles.filePath(QStringLiteral("learner"));
        const CliRun login = runCli({QStringLiteral("--server"),
                                     QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()),
                                     QStringLiteral("--profile"), m_profile,
                                     QStringLiteral("login"), QStringLiteral("--user"),
                                     QStringLiteral("learner"), QStringLiteral("--password-stdin")},
                                    kPassword.toUtf8() + '\n');
        QVERIFY2(login.code == 0, login.err.constData());
    }

    void listsChallengesAsAnArray() {
        const CliRun r = cli({QStringLiteral("challenges"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        const QJsonObject c1 = listed(QStringLiteral("c1"));
        QCOMPARE(keysOf(c1), QStringList({QStringLiteral("checked_in_today"),
                                          QStringLiteral("days"), QStringLiteral("id"),
                                          QStringLiteral("my_streak"), QStringLiteral("title")}));
        QCOMPARE(c1.value(QLatin1StringView("title")).toString(),
                 QStringLiteral("晨读打卡 Morning reading"));
        QCOMPARE(c1.value(QLatin1StringView("days")).toInt(), 14);
        QCOMPARE(c1.value(QLatin1StringView("my_streak")).toInt(), 0);
        QCOMPARE(c1.value(QLatin1StringView("checked_in_today")).toBool(), false);
    }

    void checksInAndPrintsTheResult() {
        const CliRun r =
            cli({QStringLiteral("checkin"), QStringLiteral("--challenge"), QStringLiteral("c1"),
                 QStringLiteral("--body"), QStringLiteral("读完第一章 Read chapter one")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("day 1"), r.out.constData());
        QVERIFY2(r.out.contains("Streak: 1"), r.out.constData());
        const QJsonObject c1 = listed(QStringLiteral("c1"));
        QCOMPARE(c1.value(QLatin1StringView("my_streak")).toInt(), 1);
        QCOMPARE(c1.value(QLatin1StringView("checked_in_today")).toBool(), true);
        // The server has it: a reply in the challenge's thread by the learner.
        const QJsonObject answer = m_server
                                       .get(QStringLiteral("/api/v1/challenges"),
                                            m_server.login(QStringLiteral("learner"), kPassword)
                                                .value(QLatin1StringView("access_token"))
                                                .toString())
                                       .json();
        bool found = false;
        for (const QJsonValue &v : answer.value(QLatin1StringView("challenges")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1StringView("id")).toString() != QLatin1String("c1"))
                continue;
            const QJsonArray mine = o.value(QLatin1StringView("my_checkins")).toArray();
            QCOMPARE(mine.size(), 1);
            const QString postId =
                mine.first().toObject().value(QLatin1StringView("post_id")).toString();
            QCOMPARE(m_server.storage().postById(postId)->authorId, m_learnerId);
            QCOMPARE(m_server.storage().postById(postId)->threadId, QStringLiteral("cht-c1"));
            found = true;
        }
        QVERIFY(found);
    }

    void refusesWhatCannotCount() {
        // Twice for one day: refused on the device, nothing queued.
        CliRun r = cli({QStringLiteral("checkin"), QStringLiteral("--challenge"),
                        QStringLiteral("c1"), QStringLiteral("--body"), QStringLiteral("again")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("already"), r.err.constData());
        // Unknown challenge, missing body, a body past the limit.
        r = cli({QStringLiteral("checkin"), QStringLiteral("--challenge"), QStringLiteral("nope"),
                 QStringLiteral("--body"), QStringLiteral("x")});
        QVERIFY(r.code != 0);
        r = cli({QStringLiteral("checkin"), QStringLiteral("--challenge"), QStringLiteral("c1")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("checkin"), QStringLiteral("--challenge"),
                 QStringLiteral("c-members"), QStringLiteral("--body"),
                 QString(mutations::kMaxPostBody + 1, QLatin1Char('a'))});
        QVERIFY(r.code != 0);
        // A members-only space: queued, sent, refused by the server with its reason.
        r = cli({QStringLiteral("checkin"), QStringLiteral("--challenge"),
                 QStringLiteral("c-members"), QStringLiteral("--body"), QStringLiteral("hi"),
                 QStringLiteral("--json")});
        QVERIFY(r.code != 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1StringView("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(o.value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("code"))
                     .toString(),
                 QStringLiteral("not_allowed_here"));
        QCOMPARE(listed(QStringLiteral("c-members"))
                     .value(QLatin1StringView("checked_in_today"))
                     .toBool(),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestCliChallenges)
#include "tst_cli_challenges.moc"

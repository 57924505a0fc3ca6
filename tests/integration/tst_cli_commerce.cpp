// Buying with lyceum-cli against the real lyceum-server --demo (child process, sandbox
// payments): courses --json lists prices and what is owned; a declined card exits non-zero with
// the reason and unlocks nothing; a coupon lowers the price; the paid course's lessons arrive
// unlocked in the cache; wallet --json lists the orders; a refund locks them again; a
// membership unlocks every course, and subscribing to it again is refused, charging nothing.
#include "cli_runner.h"
#include "server_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::test;

namespace {

QJsonObject courseIn(const QJsonArray &courses, const QString &id) {
    for (const QJsonValue &v : courses)
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestCliCommerce : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

    QJsonArray courses(const QString &profile) {
        const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("courses"),
                                 QStringLiteral("--json")});
        return r.code == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }

    bool loginAs(const QString &profile, const char *handle) {
        const CliRun r = runCli({QStringLiteral("--server"), m_server.url().toString(),
                                 QStringLiteral("--profile"), profile, QStringLiteral("login"),
                                 QStringLiteral("--user"), QLatin1String(handle),
                                 QStringLiteral("--password-stdin")},
                                "lyceum-demo\n");
        return r.code == 0 &&
               runCli({QStringLiteral("--profile"), profile, QStringLiteral("sync")}).code == 0;
    }

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

    void buyDeclineCouponRefund() {
        const QString profile = m_profiles.filePath(QStringLiteral("buyer"));
        QVERIFY(loginAs(profile, "learner"));
        QJsonArray list = courses(profile);
        QVERIFY(!list.isEmpty());
        QString paid;
        qint64 price = 0;
        for (const QJsonValue &v : list) {
            if (v[QLatin1String("price")].toInteger() > 10000 &&
                v[QLatin1String("currency")].toString() == QLatin1String("CNY") &&
                !v[QLatin1String("entitled")].toBool()) {
                paid = v[QLatin1String("id")].toString();
                price = v[QLatin1String("price")].toInteger();
                break;
            }
        }
        QVERIFY2(!paid.isEmpty(), "no paid CNY course in the demo");
        for (const QJsonValue &v : list)
            if (v[QLatin1String("price")].toInteger() == 0)
                QVERIFY(v[QLatin1String("entitled")].toBool());

        CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("buy"),
                           QStringLiteral("--course"), paid, QStringLiteral("--card"),
                           QStringLiteral("4000 0000 0000 0002")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("declined"), r.err.constData());
        QVERIFY(!courseIn(courses(profile), paid)[QLatin1String("entitled")].toBool());

        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("buy"),
                    QStringLiteral("--course"), paid, QStringLiteral("--card"),
                    QStringLiteral("4242424242424242"), QStringLiteral("--coupon"),
                    QStringLiteral("welcome10"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject order = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(order[QLatin1String("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(order[QLatin1String("amount")].toInteger(), price - price / 10);
        QVERIFY(courseIn(courses(profile), paid)[QLatin1String("entitled")].toBool());

        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("wallet"),
                    QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray orders =
            QJsonDocument::fromJson(r.out).object()[QLatin1String("orders")].toArray();
        QCOMPARE(orders.size(), 2); // the declined attempt and the paid one
        QJsonObject paidOrder;
        for (const QJsonValue &v : orders) {
            QCOMPARE(v[QLatin1String("course")].toString(), paid);
            QCOMPARE(v[QLatin1String("currency")].toString(), QStringLiteral("CNY"));
            QVERIFY(v[QLatin1String("amount")].isDouble());
            QVERIFY(!v[QLatin1String("id")].toString().isEmpty());
            if (v[QLatin1String("status")].toString() == QLatin1String("paid"))
                paidOrder = v.toObject();
        }
        QVERIFY(!paidOrder.isEmpty());

        r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("refund"),
                    QStringLiteral("--order"), paidOrder[QLatin1String("id")].toString()});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!courseIn(courses(profile), paid)[QLatin1String("entitled")].toBool());
    }

    void membershipUnlocksEverything() {
        const QString profile = m_profiles.filePath(QStringLiteral("member"));
        QVERIFY(loginAs(profile, "creator"));
        const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("subscribe"),
                                 QStringLiteral("--tier"), QStringLiteral("tier-monthly"),
                                 QStringLiteral("--card"), QStringLiteral("4242424242424242")});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QJsonValue &v : courses(profile))
            QVERIFY2(v[QLatin1String("entitled")].toBool(),
                     qPrintable(v[QLatin1String("id")].toString()));
        const CliRun usage = runCli({QStringLiteral("--profile"), profile, QStringLiteral("buy")});
        QVERIFY(usage.code != 0);

        // The same membership again: refused, said plainly, nothing charged.
        const CliRun again =
            runCli({QStringLiteral("--profile"), profile, QStringLiteral("subscribe"),
                    QStringLiteral("--tier"), QStringLiteral("tier-monthly"),
                    QStringLiteral("--card"), QStringLiteral("4242424242424242")});
        QVERIFY(again.code != 0);
        QVERIFY2(again.err.contains("already have this membership") &&
                     again.err.contains("nothing was charged"),
                 again.err.constData());
        const CliRun wallet = runCli({QStringLiteral("--profile"), profile,
                                      QStringLiteral("wallet"), QStringLiteral("--json")});
        QCOMPARE(wallet.code, 0);
        const QJsonObject w = QJsonDocument::fromJson(wallet.out).object();
        QCOMPARE(w[QLatin1String("subscriptions")].toArray().size(), 1);
        QCOMPARE(w[QLatin1String("orders")].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommerce)
#include "tst_cli_commerce.moc"

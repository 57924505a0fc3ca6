// Which server addresses get the plain-http warning (api/server_address.h): http to anything but
// this machine does; https, loopback and "localhost" do not. Nothing here touches the network.
#include "api/server_address.h"

#include <QTest>

using namespace lyceum;

class TestServerAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classification_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("warned");
        QTest::newRow("https remote") << QStringLiteral("https://community.example.com") << false;
        QTest::newRow("https remote ip") << QStringLiteral("https://203.0.113.7:8443") << false;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << false;
        QTest::newRow("http loopback v4 /8") << QStringLiteral("http://127.8.9.10") << false;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << false;
        QTest::newRow("http mapped loopback")
            << QStringLiteral("http://[::ffff:127.0.0.1]:80") << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << false;
        QTest::newRow("http LOCALHOST.") << QStringLiteral("http://LOCALHOST.:8080") << false;
        QTest::newRow("http remote name") << QStringLiteral("http://community.example.com") << true;
        QTest::newRow("HTTP remote name") << QStringLiteral("HTTP://community.example.com") << true;
        QTest::newRow("http private ip") << QStringLiteral("http://192.168.1.20:8080") << true;
        QTest::newRow("http mapped remote") << QStringLiteral("http://[::ffff:10.0.0.1]") << true;
        QTest::newRow("http v6 remote") << QStringLiteral("http://[2001:db8::1]") << true;
        QTest::newRow("http any address") << QStringLiteral("http://0.0.0.0:8080") << true;
        QTest::newRow("loopback-looking name")
            << QStringLiteral("http://127.0.0.1.example.com") << true;
        QTest::newRow("localhost-looking name")
            << QStringLiteral("http://localhost.example.com") << true;
    }

    void classification() {
        QFETCH(QString, url);
        QFETCH(bool, warned);
        const QUrl server(url);
        QVERIFY(server.isValid());
        QCOMPARE(isPlainHttpToRemote(server), warned);
        const QString warning = plainHttpWarning(server);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned) {
            QVERIFY2(warning.contains(server.host()), qPrintable(warning));
            QVERIFY2(warning.contains(QLatin1String("https://")), qPrintable(warning));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_server_address.moc"

// Accounts over real HTTP: register, login, wrong password, refresh rotation, logout, expiry.
#include "server/auth/auth_service.h"
#include "server_harness.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

class TestServerAuth : public QObject {
    Q_OBJECT

private:
    QJsonObject registerUser(ServerHarness &s, const QString &handle, int expectStatus = 201) {
        const HttpReply r = s.post(QStringLiteral("/api/v1/auth/register"),
                                   {{QStringLiteral("handle"), handle},
                                    {QStringLiteral("password"), kPassword},
                                    {QStringLiteral("display_name"), QStringLiteral("小明 Ming")}});
        if (r.status != expectStatus)
            qWarning() << r.status << r.body;
        return r.json();
    }

private Q_SLOTS:
    void health() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const HttpReply r = s.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QCOMPARE(r.json().value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value(QLatin1StringView("instance")).toString(),
                 s.storage().instanceId());
    }

    void registerLoginMe() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QJsonObject reg = registerUser(s, QStringLiteral("ming_01"));
        const QJsonObject user = reg.value(QLatin1StringView("user")).toObject();
        QCOMPARE(user.value(QLatin1StringView("handle")).toString(), QStringLiteral("ming_01"));
        QCOMPARE(user.value(QLatin1StringView("role")).toString(), QStringLiteral("learner"));
        QCOMPARE(user.value(QLatin1StringView("display_name")).toString(),
                 QStringLiteral("小明 Ming"));

        const QJsonObject grant = s.login(QStringLiteral("ming_01"), kPassword);
        const QString access = grant.value(QLatin1StringView("access_token")).toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!grant.value(QLatin1StringView("refresh_token")).toString().isEmpty());
        QCOMPARE(grant.value(QLatin1StringView("expires_in")).toInt(), 900);
        QCOMPARE(QByteArray::fromBase64(access.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);

        const HttpReply me = s.get(QStringLiteral("/api/v1/me"), access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QLatin1StringView("user")).toObject(), user);

        // The password is stored as an argon2id string, the token only as a hash.
        const auto account = s.storage().accountByHandle(QStringLiteral("ming_01"));
        QVERIFY(account);
        QVERIFY(account->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!s.storage().sessionByAccessHash(access.toLatin1()));
    }

    void registerRejections() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        registerUser(s, QStringLiteral("taken"));
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/register"),
                        {{QStringLiteral("handle"), QStringLiteral("taken")},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("display_name"), QStringLiteral("x")}})
                     .errorCode(),
                 QStringLiteral("handle_taken"));
        const QStringList badHandles = {QStringLiteral("ab"), QStringLiteral("Upper"),
                                        QStringLiteral("有中文"), QString(33, u'a')};
        for (const QString &h : badHandles) {
            const HttpReply r = s.post(QStringLiteral("/api/v1/auth/register"),
                                       {{QStringLiteral("handle"), h},
                                        {QStringLiteral("password"), kPassword},
                                        {QStringLiteral("display_name"), QStringLiteral("x")}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        }
        const HttpReply shortPassword =
            s.post(QStringLiteral("/api/v1/auth/register"),
                   {{QStringLiteral("handle"), QStringLiteral("shorty")},
                    {QStringLiteral("password"), QStringLiteral("1234567")},
                    {QStringLiteral("display_name"), QStringLiteral("x")}});
        QCOMPARE(shortPassword.status, 400);
    }

    void wrongPassword() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        registerUser(s, QStringLiteral("ming"));
        HttpReply r = s.post(QStringLiteral("/api/v1/auth/login"),
                             {{QStringLiteral("handle"), QStringLiteral("ming")},
                              {QStringLiteral("password"), QStringLiteral("wrong password")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_credentials"));
        r = s.post(QStringLiteral("/api/v1/auth/login"),
                   {{QStringLiteral("handle"), QStringLiteral("nobody")},
                    {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_credentials"));
    }

    void refreshRotates() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        registerUser(s, QStringLiteral("ming"));
        const QJsonObject first = s.login(QStringLiteral("ming"), kPassword);
        const QString refresh1 = first.value(QLatin1StringView("refresh_token")).toString();
        const QString access1 = first.value(QLatin1StringView("access_token")).toString();

        const HttpReply r = s.post(QStringLiteral("/api/v1/auth/refresh"),
                                   {{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(r.status, 200);
        const QString refresh2 = r.json().value(QLatin1StringView("refresh_token")).toString();
        const QString access2 = r.json().value(QLatin1StringView("access_token")).toString();
        QVERIFY(refresh2 != refresh1);
        QVERIFY(access2 != access1);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access2).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access1).status, 401);

        // The spent refresh token no longer works, and presenting it again is taken as theft:
        // the newer tokens of that login stop working too (tst_server_integrity has more).
        const HttpReply again = s.post(QStringLiteral("/api/v1/auth/refresh"),
                                       {{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"), refresh2}})
                     .status,
                 401);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access2).status, 401);
    }

    void logoutEndsBothTokens() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        registerUser(s, QStringLiteral("ming"));
        const QJsonObject grant = s.login(QStringLiteral("ming"), kPassword);
        const QString access = grant.value(QLatin1StringView("access_token")).toString();
        const QString refresh = grant.value(QLatin1StringView("refresh_token")).toString();
        const HttpReply out = s.post(QStringLiteral("/api/v1/auth/logout"),
                                     {{QStringLiteral("refresh_token"), refresh}}, access);
        QCOMPARE(out.status, 204);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access).status, 401);
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"), refresh}})
                     .status,
                 401);
        // Logging out needs a token.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/logout"), {}).status, 401);
    }

    void accessTokenExpires() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        registerUser(s, QStringLiteral("ming"));
        const QJsonObject grant = s.login(QStringLiteral("ming"), kPassword);
        const QString access = grant.value(QLatin1StringView("access_token")).toString();
        s.clock().advanceMs(server::kAccessTokenLifetimeMs - 1000);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), access).status, 200);
        s.clock().advanceMs(2000);
        const HttpReply expired = s.get(QStringLiteral("/api/v1/me"), access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("unauthorized"));
        // The refresh token still works, until its 30 days are over.
        const QString refresh = grant.value(QLatin1StringView("refresh_token")).toString();
        const HttpReply renewed = s.post(QStringLiteral("/api/v1/auth/refresh"),
                                         {{QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(renewed.status, 200);
        s.clock().advanceMs(server::kRefreshTokenLifetimeMs + 1);
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"),
                          renewed.json().value(QLatin1StringView("refresh_token")).toString()}})
                     .status,
                 401);
    }

    void garbageTokens() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s.get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(s.get(QStringLiteral("/api/v1/sync"), QStringLiteral("x")).errorCode(),
                 QStringLiteral("unauthorized"));
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"

// Whatever a client sends, the answer is a JSON error with the right status, and the server
// keeps serving.
#include "server_harness.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

class TestServerErrors : public QObject {
    Q_OBJECT

private:
    static void expectError(const HttpReply &r, int status, const char *code) {
        QCOMPARE(r.status, status);
        QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
        QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        QVERIFY(!r.json()
                     .value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("message"))
                     .toString()
                     .isEmpty());
    }

private Q_SLOTS:
    void malformedBodies() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QString login = QStringLiteral("/api/v1/auth/login");
        expectError(s.request("POST", login, "{\"handle\": "), 400, "bad_json");
        expectError(s.request("POST", login, "[1,2,3]"), 400, "bad_json");
        expectError(s.request("POST", login, ""), 400, "bad_json");
        expectError(s.request("POST", login, QByteArray("\xff\xfe\x00garbage", 10)), 400,
                    "bad_json");
        expectError(s.request("POST", login, "{\"handle\":\"a\"}"), 400, "missing_field");
        expectError(s.request("POST", login, "{\"handle\":[],\"password\":\"x\"}"), 400,
                    "invalid_field");
        expectError(s.request("POST", login, "{\"handle\":null,\"password\":\"x\"}"), 400,
                    "missing_field");
        expectError(s.request("POST", QStringLiteral("/api/v1/auth/register"),
                              "{\"handle\":\"abc\",\"password\":12345678,\"display_name\":\"x\"}"),
                    400, "invalid_field");
        expectError(s.request("POST", QStringLiteral("/api/v1/auth/refresh"), "{}"), 400,
                    "missing_field");
        // Deeply nested JSON is refused, not a stack overflow.
        expectError(s.request("POST", login, QByteArray(100000, '[')), 400, "bad_json");
    }

    void oversizeBody() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QByteArray big =
            "{\"handle\":\"" + QByteArray(1024 * 1024 + 16, 'a') + "\",\"password\":\"x\"}";
        expectError(s.request("POST", QStringLiteral("/api/v1/auth/login"), big), 413,
                    "body_too_large");
        // Just under the limit is read (and then refused for what it says, not its size).
        QByteArray fits =
            "{\"handle\":\"" + QByteArray(1024 * 1000, 'a') + "\",\"password\":\"x\"}";
        expectError(s.request("POST", QStringLiteral("/api/v1/auth/login"), fits), 401,
                    "bad_credentials");
    }

    void unknownRoutesAndMethods() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        expectError(s.get(QStringLiteral("/api/v1/nope")), 404, "not_found");
        expectError(s.get(QStringLiteral("/")), 404, "not_found");
        expectError(s.get(QStringLiteral("/api/v1/health/extra")), 404, "not_found");
        expectError(s.get(QStringLiteral("/api/v2/health")), 404, "not_found");
        expectError(s.request("DELETE", QStringLiteral("/api/v1/health")), 405,
                    "method_not_allowed");
        expectError(s.get(QStringLiteral("/api/v1/auth/login")), 405, "method_not_allowed");
        expectError(s.request("PUT", QStringLiteral("/api/v1/mutations"), "{}"), 405,
                    "method_not_allowed");
        expectError(s.get(QStringLiteral("/api/v1/me")), 401, "unauthorized");
        // Still alive and well.
        QCOMPARE(s.get(QStringLiteral("/api/v1/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_server_errors.moc"

// Certificates of completion against a real in-process server: issued once when every lesson of
// a course is marked done (not before, not for lessons the learner may not read), signed with
// the published Ed25519 key, delivered to the holder only; revocation through the rule book;
// the JSON status and the HTML page GET /verify/CODE (escaped, strict CSP, both languages);
// two instances on one database issue one certificate; hostile input on every route and
// mutation.
#include "commerce_helpers.h"
#include "learning/certificate_codec.h"
#include "server/learning/certificate_service.h"
#include "server/learning/certificate_storage.h"
#include "server/seed/seed_data.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("cm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : result.value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("code"))
                     .toString();
}

QJsonObject done(ServerHarness &s, const QString &token, const QString &lessonId,
                 bool isDone = true) {
    return mutate(s, token, QStringLiteral("lesson.done"),
                  {{QStringLiteral("lesson_id"), lessonId}, {QStringLiteral("done"), isDone}});
}

QString revoke(ServerHarness &s, const QString &token, const QString &code) {
    return outcome(mutate(
        s, token, QStringLiteral("certificate.revoke"),
        {{QStringLiteral("code"), code}, {QStringLiteral("reason"), QStringLiteral("refund")}}));
}

QJsonArray mine(ServerHarness &s, const QString &token) {
    return s.get(QStringLiteral("/api/v1/certificates"), token)
        .json()
        .value(QLatin1StringView("certificates"))
        .toArray();
}

// A free course of two lessons by the fixture's creator.
void addCertificateCourse(ServerHarness &s, const QString &creatorId) {
    server::SeedData d;
    Course c;
    c.id = QStringLiteral("c-cert");
    c.creatorId = creatorId;
    c.title = QStringLiteral("写作入门 Writing basics");
    c.published = true;
    d.courses = {c};
    for (const char *id : {"l-c1", "l-c2"}) {
        Lesson l;
        l.id = QString::fromLatin1(id);
        l.courseId = c.id;
        l.title = QStringLiteral("第一课");
        l.body = QStringLiteral("body");
        d.lessons.append(l);
    }
    s.storage().bulkInsert(d);
}

HttpReply page(ServerHarness &s, const QString &code, const QByteArray &language) {
    return s.request("GET", QStringLiteral("/verify/") + code, {}, {}, "application/json",
                     {{QByteArrayLiteral("Accept-Language"), language}});
}

} // namespace

class TestServerCertificates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void issuedOnceWhenEveryLessonIsDone() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        addCertificateCourse(s, f.creatorId);

        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-c1"))), QStringLiteral("applied"));
        QVERIFY(
            !done(s, f.learner, QStringLiteral("l-c1")).contains(QStringLiteral("certificate")));
        QVERIFY(mine(s, f.learner).isEmpty());
        // Undoing a lesson and doing the other still leaves one undone.
        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-c1"), false)),
                 QStringLiteral("applied"));
        QVERIFY(
            !done(s, f.learner, QStringLiteral("l-c2")).contains(QStringLiteral("certificate")));
        QVERIFY(mine(s, f.learner).isEmpty());

        const QJsonObject issued = done(s, f.learner, QStringLiteral("l-c1"));
        QCOMPARE(outcome(issued), QStringLiteral("applied"));
        const QJsonObject cert = issued.value(QLatin1StringView("certificate")).toObject();
        const QString code = str(cert, "code");
        QVERIFY(certificates::isCodeShaped(code));
        QCOMPARE(str(cert, "holder"), QStringLiteral("learner"));
        QCOMPARE(str(cert, "course_title"), QStringLiteral("写作入门 Writing basics"));

        // Signed with the published key, over the payload it carries.
        const QJsonObject key = s.get(QStringLiteral("/api/v1/certificates/public-key")).json();
        QCOMPARE(str(key, "algorithm"), QStringLiteral("ed25519"));
        const QByteArray publicKey = QByteArray::fromBase64(str(key, "public_key").toLatin1());
        const QByteArray payload = QByteArray::fromBase64(str(cert, "payload").toLatin1());
        const QByteArray signature = QByteArray::fromBase64(str(cert, "signature").toLatin1());
        QVERIFY(certificates::verify(payload, signature, publicKey));
        const auto parsed = certificates::Payload::fromBytes(payload);
        QVERIFY(parsed);
        QCOMPARE(parsed->code, code);
        QCOMPARE(parsed->courseId, QStringLiteral("c-cert"));
        QCOMPARE(parsed->keyId, str(key, "key_id"));
        QByteArray tampered = payload;
        tampered.replace("learner", "learneR");
        QVERIFY(!certificates::verify(tampered, signature, publicKey));

        // Exactly once: done again, undone and done again keep the one certificate.
        QCOMPARE(str(done(s, f.learner, QStringLiteral("l-c2"))
                         .value(QLatin1StringView("certificate"))
                         .toObject(),
                     "code"),
                 code);
        done(s, f.learner, QStringLiteral("l-c2"), false);
        done(s, f.learner, QStringLiteral("l-c2"));
        QCOMPARE(s.storage().certificatesOf(f.learnerId).size(), 1);

        // The holder's own list; nobody else's.
        const QJsonArray list = mine(s, f.learner);
        QCOMPARE(list.size(), 1);
        QCOMPARE(str(list.first().toObject(), "code"), code);
        QVERIFY(mine(s, f.entitled).isEmpty());
        QVERIFY(mine(s, f.creator).isEmpty());
        QCOMPARE(s.get(QStringLiteral("/api/v1/certificates")).status, 401);

        const QJsonObject status =
            s.get(QStringLiteral("/api/v1/certificates/status?code=") + code.toLower()).json();
        QCOMPARE(str(status, "status"), QStringLiteral("valid"));
        QCOMPARE(str(status, "holder"), QStringLiteral("learner"));
    }

    void lessonsTheLearnerMayNotReadDoNotCount() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // The paid course: the free preview can be done, the paid lesson cannot.
        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-preview"))),
                 QStringLiteral("applied"));
        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-paid"))),
                 QStringLiteral("not_found"));
        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-draft"))),
                 QStringLiteral("not_found"));
        QVERIFY(mine(s, f.learner).isEmpty());
        // The buyer earns it.
        done(s, f.entitled, QStringLiteral("l-preview"));
        QVERIFY(
            done(s, f.entitled, QStringLiteral("l-paid")).contains(QStringLiteral("certificate")));
    }

    void hostileInputIsRefused() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString type = QStringLiteral("lesson.done");
        const QString huge(5000, QLatin1Char('x'));
        const QList<QJsonObject> badDone{
            {},
            {{QStringLiteral("lesson_id"), QStringLiteral("l-open")}},
            {{QStringLiteral("lesson_id"), QStringLiteral("l-open")},
             {QStringLiteral("done"), QStringLiteral("yes")}},
            {{QStringLiteral("lesson_id"), 42}, {QStringLiteral("done"), true}},
            {{QStringLiteral("lesson_id"), huge}, {QStringLiteral("done"), true}},
            {{QStringLiteral("lesson_id"), QStringLiteral("l'; DROP TABLE certificates;--")},
             {QStringLiteral("done"), true}},
        };
        for (const QJsonObject &args : badDone)
            QCOMPARE(outcome(mutate(s, f.learner, type, args)), QStringLiteral("invalid_field"));
        QCOMPARE(outcome(done(s, f.learner, QStringLiteral("l-nothing"))),
                 QStringLiteral("not_found"));

        const QString revokeType = QStringLiteral("certificate.revoke");
        const QList<QJsonObject> badRevoke{
            {},
            {{QStringLiteral("code"), 7}},
            {{QStringLiteral("code"), QStringLiteral("AAAA-AAAA-AAAA-AAAA")},
             {QStringLiteral("reason"), huge}},
        };
        for (const QJsonObject &args : badRevoke)
            QCOMPARE(outcome(mutate(s, f.admin, revokeType, args)),
                     QStringLiteral("invalid_field"));
        for (const QString &code :
             {QStringLiteral("AAAA-AAAA-AAAA-AAAA"), QStringLiteral("<script>"), huge,
              QStringLiteral("ILOU-ILOU-ILOU-ILOU")})
            QCOMPARE(revoke(s, f.admin, code), QStringLiteral("not_found"));

        // The status route refuses what is not code-shaped, answers unknown for the rest.
        QCOMPARE(s.get(QStringLiteral("/api/v1/certificates/status?code=%3Cscript%3E")).status,
                 400);
        QCOMPARE(s.get(QStringLiteral("/api/v1/certificates/status")).status, 400);
        QCOMPARE(str(s.get(QStringLiteral("/api/v1/certificates/status?code=AAAA-AAAA-AAAA-AAAA"))
                         .json(),
                     "status"),
                 QStringLiteral("unknown"));
        QCOMPARE(s.request("POST", QStringLiteral("/api/v1/certificates/public-key"), "{}").status,
                 405);
        // The page: unknown and malformed codes are the same 404 page, nothing echoed.
        const HttpReply unknown =
            page(s, QStringLiteral("%3Cscript%3Ealert(1)%3C%2Fscript%3E"), "en");
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.body.contains("Unknown code"));
        QVERIFY(!unknown.body.contains("<script"));
        QCOMPARE(s.request("POST", QStringLiteral("/verify/AAAA-AAAA-AAAA-AAAA"), "{}").status,
                 405);
        QCOMPARE(page(s, QString(3000, QLatin1Char('A')), "en").status, 404);
    }

    void revocationFollowsTheRuleBook() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        addCertificateCourse(s, f.creatorId);
        const QString other = s.createAndLogin(QStringLiteral("other-author"), Role::Creator);
        done(s, f.learner, QStringLiteral("l-c1"));
        const QString code = str(done(s, f.learner, QStringLiteral("l-c2"))
                                     .value(QLatin1StringView("certificate"))
                                     .toObject(),
                                 "code");
        QVERIFY(!code.isEmpty());
        QCOMPARE(revoke(s, f.learner, code), QStringLiteral("forbidden"));
        QCOMPARE(revoke(s, other, code), QStringLiteral("forbidden"));
        QCOMPARE(
            str(s.get(QStringLiteral("/api/v1/certificates/status?code=") + code).json(), "status"),
            QStringLiteral("valid"));
        QCOMPARE(revoke(s, f.creator, code), QStringLiteral("applied"));
        QCOMPARE(revoke(s, f.moderator, code), QStringLiteral("conflict"));
        QCOMPARE(
            str(s.get(QStringLiteral("/api/v1/certificates/status?code=") + code).json(), "status"),
            QStringLiteral("revoked"));
        const HttpReply revoked = page(s, code, "en-GB,en;q=0.9");
        QCOMPARE(revoked.status, 200);
        QVERIFY(revoked.body.contains("Revoked certificate"));
        // The holder sees it revoked; marking lessons again issues no second one.
        QVERIFY(mine(s, f.learner)
                    .first()
                    .toObject()
                    .value(QLatin1StringView("revoked_at"))
                    .toInteger() > 0);
        done(s, f.learner, QStringLiteral("l-c2"), false);
        done(s, f.learner, QStringLiteral("l-c2"));
        QCOMPARE(mine(s, f.learner).size(), 1);
    }

    void aRefundRevokes() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString orderId = str(
            orderOf(checkout(s, f.learner, course("c-paid"), QStringLiteral("cert-refund"))), "id");
        QCOMPARE(pay(s, f.learner, orderId).status, 200);
        done(s, f.learner, QStringLiteral("l-preview"));
        const QString code = str(done(s, f.learner, QStringLiteral("l-paid"))
                                     .value(QLatin1StringView("certificate"))
                                     .toObject(),
                                 "code");
        QVERIFY(!code.isEmpty());
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), orderId}}, f.learner)
                     .status,
                 200);
        QCOMPARE(
            str(s.get(QStringLiteral("/api/v1/certificates/status?code=") + code).json(), "status"),
            QStringLiteral("revoked"));
    }

    void verifyPageIsEscapedStrictAndBilingual() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        User hostile;
        hostile.id = QStringLiteral("u-hostile");
        hostile.handle = QStringLiteral("hostile");
        hostile.displayName = QStringLiteral("<script>alert(1)</script>\"&'<img src=x>");
        QVERIFY(s.storage().insertUser(hostile, QString()));
        server::CertificateService service(s.storage(), s.clock());
        s.storage().setLessonDone(hostile.id, QStringLiteral("l-open"), QStringLiteral("c-free"),
                                  true, s.clock().nowMs());
        const auto cert = service.issueIfEarned(hostile, QStringLiteral("c-free"));
        QVERIFY(cert);

        const HttpReply en = page(s, cert->code, "en-US,en;q=0.8,zh;q=0.5");
        QCOMPARE(en.status, 200);
        QVERIFY(en.contentType.startsWith("text/html"));
        QVERIFY(en.body.contains("Valid certificate"));
        QVERIFY(!en.body.contains("<script"));
        QVERIFY(!en.body.contains("<img"));
        QVERIFY(en.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        const QByteArray csp = en.headers.value("content-security-policy");
        QVERIFY2(csp.startsWith("default-src 'none'"), csp.constData());
        QVERIFY(csp.contains("script-src 'none'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(en.headers.value("x-content-type-options"), QByteArrayLiteral("nosniff"));
        // No external resource: no URL at all in the page.
        QByteArray rest = en.body;
        rest.replace(hostile.displayName.toHtmlEscaped().toUtf8(), QByteArray());
        QVERIFY(!rest.contains("http:") && !rest.contains("https:") && !rest.contains("src="));

        const HttpReply zh = page(s, cert->code, "zh-CN,zh;q=0.9,en;q=0.5");
        QCOMPARE(zh.status, 200);
        QVERIFY(QString::fromUtf8(zh.body).contains(QStringLiteral("证书有效")));
        QVERIFY(zh.body.contains("lang=\"zh-CN\""));
        const HttpReply forced = page(s, cert->code + QStringLiteral("?lang=zh"), "en");
        QVERIFY(QString::fromUtf8(forced.body).contains(QStringLiteral("证书有效")));
        const HttpReply unknown = page(s, QStringLiteral("AAAA-AAAA-AAAA-AAAA"), "zh-CN");
        QCOMPARE(unknown.status, 404);
        QVERIFY(QString::fromUtf8(unknown.body).contains(QStringLiteral("未知编号")));
        Q_UNUSED(f);
    }

    void twoInstancesIssueOneCertificate() {
        ServerHarness a;
        QVERIFY2(a.ok(), qPrintable(a.error()));
        const SyncFixture f = seedSyncFixture(a);
        ServerHarness b(a.databaseUrl());
        QVERIFY2(b.ok(), qPrintable(b.error()));
        // The same key on both instances: it lives in the database.
        QCOMPARE(a.get(QStringLiteral("/api/v1/certificates/public-key")).body,
                 b.get(QStringLiteral("/api/v1/certificates/public-key")).body);
        const std::optional<User> learner = a.storage().userById(f.learnerId);
        QVERIFY(learner);
        a.storage().setLessonDone(learner->id, QStringLiteral("l-open"), QStringLiteral("c-free"),
                                  true, a.clock().nowMs());
        // Both instances find the rule met at once and both insert: one row wins.
        server::CertificateRecord first;
        first.code = certificates::newCode();
        first.userId = learner->id;
        first.courseId = QStringLiteral("c-free");
        first.holder = learner->displayName;
        first.courseTitle = QStringLiteral("t");
        first.issuedAt = 1;
        first.payload = "{}";
        first.signature = QByteArray(64, 'x');
        server::CertificateRecord second = first;
        second.code = certificates::newCode();
        QVERIFY(a.storage().insertCertificate(first));
        QVERIFY(!b.storage().insertCertificate(second));
        QCOMPARE(b.storage().certificatesOf(learner->id).size(), 1);
        // And the service on the other instance hands out the stored one.
        server::CertificateService onB(b.storage(), b.clock());
        QCOMPARE(onB.issueIfEarned(*learner, QStringLiteral("c-free"))->code, first.code);
    }
};

QTEST_GUILESS_MAIN(TestServerCertificates)
#include "tst_server_certificates.moc"

// The member's own account over real HTTP (docs/protocol.md, "Account", "Saved posts"): the
// device list, signing one or all other devices out (their refresh tokens stop working),
// changing the password (wrong current passwords count in the login throttle; the other
// devices are signed out), saved posts private to their member, and a post a moderator hid
// staying "hidden" through any later write. Hostile input for each route.
#include "server/auth/account_service.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString act(ServerHarness &s, const QString &token, const QString &type, const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("m%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("c")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    if (r.status != 200)
        return QStringLiteral("http %1").arg(r.status);
    const QJsonObject res =
        r.json().value(QLatin1StringView("results")).toArray().first().toObject();
    if (res.value(QLatin1StringView("status")).toString() == QLatin1String("applied"))
        return QStringLiteral("applied");
    return res.value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

QJsonObject loginFrom(ServerHarness &s, const QString &handle, const QJsonValue &device,
                      const QString &password = kPassword) {
    return s
        .post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("handle"), handle},
                                                     {QStringLiteral("password"), password},
                                                     {QStringLiteral("device_name"), device}})
        .json();
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QJsonArray sessions(ServerHarness &s, const QString &token) {
    return s.get(QStringLiteral("/api/v1/auth/sessions"), token)
        .json()
        .value(QLatin1StringView("sessions"))
        .toArray();
}

int refreshStatus(ServerHarness &s, const QJsonObject &grant) {
    return s
        .post(QStringLiteral("/api/v1/auth/refresh"),
              {{QStringLiteral("refresh_token"), str(grant, "refresh_token")}})
        .status;
}

HttpReply changePassword(ServerHarness &s, const QString &token, const QString &current,
                         const QString &next) {
    return s.post(
        QStringLiteral("/api/v1/auth/password"),
        {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}},
        token);
}

QJsonArray saved(ServerHarness &s, const QString &token) {
    return s.get(QStringLiteral("/api/v1/me/saved"), token)
        .json()
        .value(QLatin1StringView("saved"))
        .toArray();
}

const QString kNewPassword = QStringLiteral("violet tundra 长城 42");

} // namespace

class TestServerAccount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void devicesListedAndSignedOut() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QString userId;
        s.createAndLogin(QStringLiteral("ming"), Role::Learner, &userId);
        QJsonObject laptop = loginFrom(s, QStringLiteral("ming"), QStringLiteral("笔记本 Laptop"));
        s.clock().advanceMs(60'000);
        const QJsonObject desk = loginFrom(s, QStringLiteral("ming"), QStringLiteral("Desk"));
        const QString deskToken = str(desk, "access_token");

        const QJsonArray list = sessions(s, deskToken);
        QCOMPARE(list.size(), 3); // createAndLogin's, the laptop's and the desk's
        const QJsonObject first = list.first().toObject();
        QCOMPARE(str(first, "device_name"), QStringLiteral("Desk")); // most recently seen first
        QVERIFY(first.value(QLatin1StringView("current")).toBool());
        QCOMPARE(first.value(QLatin1StringView("last_seen_at")).toInteger(),
                 ServerHarness::kStartMs + 60'000);
        QString laptopId;
        for (const QJsonValue &v : list) {
            if (str(v.toObject(), "device_name") == QStringLiteral("笔记本 Laptop"))
                laptopId = str(v.toObject(), "id");
            QVERIFY(!v.toObject().contains(QLatin1StringView("access_hash")));
        }
        QVERIFY(!laptopId.isEmpty());

        // A refresh moves the laptop's "last seen" (and gives it new tokens).
        s.clock().advanceMs(60'000);
        const HttpReply refreshed =
            s.post(QStringLiteral("/api/v1/auth/refresh"),
                   {{QStringLiteral("refresh_token"), str(laptop, "refresh_token")}});
        QCOMPARE(refreshed.status, 200);
        laptop = refreshed.json();
        QCOMPARE(str(sessions(s, deskToken).first().toObject(), "id"), laptopId);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), str(laptop, "access_token")).status, 200);

        // The desk signs the laptop out: its tokens stop working, the desk's do not.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end"),
                        {{QStringLiteral("session_id"), laptopId}}, deskToken)
                     .status,
                 200);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), str(laptop, "access_token")).status, 401);
        QCOMPARE(refreshStatus(s, laptop), 401);
        QCOMPARE(sessions(s, deskToken).size(), 2);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), deskToken).status, 200);
        // Ending it again, or a made-up id: not found.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end"),
                        {{QStringLiteral("session_id"), laptopId}}, deskToken)
                     .errorCode(),
                 QStringLiteral("not_found"));
        // The session making the request is ended by logout, not here.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end"),
                        {{QStringLiteral("session_id"),
                          str(sessions(s, deskToken).first().toObject(), "id")}},
                        deskToken)
                     .errorCode(),
                 QStringLiteral("current_session"));

        // All others: only the desk is left, and the other's refresh token is dead.
        const QJsonObject phone = loginFrom(s, QStringLiteral("ming"), QStringLiteral("Phone"));
        const HttpReply others =
            s.post(QStringLiteral("/api/v1/auth/sessions/end-others"), {}, deskToken);
        QCOMPARE(others.status, 200);
        QCOMPARE(others.json().value(QLatin1StringView("ended")).toInt(), 2);
        QCOMPARE(refreshStatus(s, phone), 401);
        QCOMPARE(sessions(s, deskToken).size(), 1);
    }

    void anotherUsersSessionIsNotFound() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QString ming = s.createAndLogin(QStringLiteral("ming"), Role::Learner);
        const QString hong = s.createAndLogin(QStringLiteral("hong"), Role::Moderator);
        const QString hongSession = str(sessions(s, hong).first().toObject(), "id");
        // Neither a learner nor staff ends another member's session through these routes.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end"),
                        {{QStringLiteral("session_id"), hongSession}}, ming)
                     .status,
                 404);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), hong).status, 200);
        QCOMPARE(sessions(s, ming).size(), 1); // ming sees only his own
        QVERIFY(str(sessions(s, ming).first().toObject(), "id") != hongSession);
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end-others"), {}, ming)
                     .json()
                     .value(QLatin1StringView("ended"))
                     .toInt(),
                 0);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), hong).status, 200);
        // Without a token: 401 on every route.
        QCOMPARE(s.get(QStringLiteral("/api/v1/auth/sessions")).status, 401);
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/sessions/end-others"), {}).status, 401);
        QCOMPARE(changePassword(s, {}, kPassword, kNewPassword).status, 401);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me/saved")).status, 401);
    }

    void hostileSessionInput() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QString ming = s.createAndLogin(QStringLiteral("ming"), Role::Learner);
        const auto end = [&](const QByteArray &body) {
            return s.request("POST", QStringLiteral("/api/v1/auth/sessions/end"), body, ming);
        };
        QCOMPARE(end("{}").status, 400);
        QCOMPARE(end("{\"session_id\": 42}").status, 400);
        QCOMPARE(end("{\"session_id\": [\"x\"]}").status, 400);
        QCOMPARE(end("not json").status, 400);
        QCOMPARE(end("{\"session_id\": \"' OR 1=1 --\"}").status, 404);
        QCOMPARE(end(QByteArray("{\"session_id\": \"") + QByteArray(100000, 'a') + "\"}").status,
                 404);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), ming).status, 200);
        QCOMPARE(s.request("GET", QStringLiteral("/api/v1/auth/sessions/end"), {}, ming).status,
                 405);

        // A device name is data: control and bidi characters dropped, at most 64 characters.
        const QJsonObject odd =
            loginFrom(s, QStringLiteral("ming"),
                      QString(QStringLiteral("evil\u202e\u0007") + QString(300, QChar(u'名')) +
                              QStringLiteral("\n")));
        QVERIFY(!str(odd, "access_token").isEmpty());
        QString name;
        for (const QJsonValue &v : sessions(s, ming)) {
            if (!v.toObject().value(QLatin1StringView("current")).toBool())
                name = str(v.toObject(), "device_name");
        }
        QCOMPARE(name.toUcs4().size(), server::kMaxDeviceNameCharacters);
        QVERIFY(name.startsWith(QStringLiteral("evil名")));
        // Not a string: the login is refused as invalid.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("handle"), QStringLiteral("ming")},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("device_name"), QJsonObject{}}})
                     .status,
                 400);
    }

    void oddHandlesAreRefused() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s.createAndLogin(QStringLiteral("admin"), Role::Learner);
        // Confusables of "admin" (Cyrillic а, fullwidth letters, a zero-width joiner, a
        // dotless ı) and other odd shapes: only a-z, 0-9 and _ are handles, so none can pass
        // for another member.
        const QStringList odd{QStringLiteral("\u0430dmin"),
                              QStringLiteral("ａｄｍｉｎ"),
                              QStringLiteral("ad\u200dmin"),
                              QStringLiteral("adm\u0131n"),
                              QStringLiteral("Admin"),
                              QStringLiteral("admin "),
                              QString(33, u'a'),
                              QString(100000, u'a'),
                              QStringLiteral("a"),
                              QStringLiteral("ad-min"),
                              QStringLiteral("ad\u0000min")};
        for (const QString &handle : odd) {
            const HttpReply r = s.post(QStringLiteral("/api/v1/auth/register"),
                                       {{QStringLiteral("handle"), handle},
                                        {QStringLiteral("password"), kNewPassword},
                                        {QStringLiteral("display_name"), QStringLiteral("x")}});
            QVERIFY2(r.status == 400 || r.status == 409,
                     qPrintable(handle.left(20) + QString::number(r.status)));
        }
        QVERIFY(!s.storage().accountByHandle(QStringLiteral("\u0430dmin")));
    }

    void passwordChange() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QString here = s.createAndLogin(QStringLiteral("ming"), Role::Learner);
        const QJsonObject elsewhere = loginFrom(s, QStringLiteral("ming"), QStringLiteral("Old"));

        // Too weak: refused with the strength rule's reason, nothing changed.
        const HttpReply weak = changePassword(s, here, kPassword, QStringLiteral("short"));
        QCOMPARE(weak.errorCode(), QStringLiteral("weak_password"));
        QCOMPARE(weak.json()
                     .value(QLatin1StringView("error"))
                     .toObject()
                     .value(QLatin1StringView("reason"))
                     .toString(),
                 QStringLiteral("too_short"));
        QCOMPARE(changePassword(s, here, kPassword, QStringLiteral("1234567890")).status, 400);
        // Missing or odd fields.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/password"),
                        {{QStringLiteral("new_password"), kNewPassword}}, here)
                     .status,
                 400);
        QCOMPARE(changePassword(s, here, QString(300, u'x'), kNewPassword).status, 400);

        // The wrong current password: refused, and counted like a wrong login.
        for (int i = 0; i < 5; ++i) {
            const HttpReply wrong =
                changePassword(s, here, QStringLiteral("guess %1").arg(i), kNewPassword);
            QCOMPARE(wrong.status, 403);
            QCOMPARE(wrong.errorCode(), QStringLiteral("bad_credentials"));
        }
        const HttpReply throttled = changePassword(s, here, kPassword, kNewPassword);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.headers.contains("retry-after"));
        // ... and the same count stops logins to the account.
        QCOMPARE(s.post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("handle"), QStringLiteral("ming")},
                         {QStringLiteral("password"), kPassword}})
                     .status,
                 429);
        QVERIFY(s.storage().accountByHandle(QStringLiteral("ming")).has_value());

        // Once the window has passed: changed; this device stays, the other is signed out.
        s.clock().advanceMs(16 * 60 * 1000);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), here).status, 401); // access expired
        const QJsonObject fresh = loginFrom(s, QStringLiteral("ming"), QStringLiteral("Here"));
        const QString token = str(fresh, "access_token");
        const HttpReply ok = changePassword(s, token, kPassword, kNewPassword);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QLatin1StringView("ended_sessions")).toInt(), 2);
        QCOMPARE(s.get(QStringLiteral("/api/v1/me"), token).status, 200);
        QCOMPARE(refreshStatus(s, elsewhere), 401);
        QCOMPARE(refreshStatus(s, fresh), 200);
        QVERIFY(s.login(QStringLiteral("ming"), kPassword)
                    .value(QLatin1StringView("access_token"))
                    .toString()
                    .isEmpty());
        QVERIFY(!s.login(QStringLiteral("ming"), kNewPassword)
                     .value(QLatin1StringView("access_token"))
                     .toString()
                     .isEmpty());
    }

    void savedPostsArePrivate() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString save = QStringLiteral("saved.add");
        const auto args = [](const char *post, qint64 at = 0) {
            QJsonObject o{{QStringLiteral("post_id"), QLatin1String(post)}};
            if (at)
                o.insert(QStringLiteral("saved_at"), at);
            return o;
        };
        QCOMPARE(act(s, f.learner, save, args("p-space", ServerHarness::kStartMs - 5)),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.learner, save, args("p-space")), QStringLiteral("applied")); // again
        const QJsonArray mine = saved(s, f.learner);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(str(mine.first().toObject(), "post_id"), QStringLiteral("p-space"));
        QCOMPARE(mine.first().toObject().value(QLatin1StringView("saved_at")).toInteger(),
                 ServerHarness::kStartMs - 5);
        // Another member sees none of it, not in /me/saved and not in the feed.
        QCOMPARE(saved(s, f.entitled).size(), 0);
        QCOMPARE(saved(s, f.moderator).size(), 0);
        const QByteArray feed = QJsonDocument(s.syncAll(f.entitled)).toJson();
        QVERIFY(!feed.contains("saved"));

        // Posts the member cannot see, unknown or malformed ids: refused.
        QCOMPARE(act(s, f.learner, save, args("p-draft")), QStringLiteral("not_found"));
        QCOMPARE(act(s, f.learner, save, args("nope")), QStringLiteral("not_found"));
        QCOMPARE(act(s, f.learner, save, {{QStringLiteral("post_id"), 7}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.learner, save, {{QStringLiteral("post_id"), QStringLiteral("../x")}}),
                 QStringLiteral("invalid_field"));
        QCOMPARE(act(s, f.learner, save,
                     {{QStringLiteral("post_id"), QStringLiteral("p-space")},
                      {QStringLiteral("saved_at"), QStringLiteral("soon")}}),
                 QStringLiteral("invalid_field"));
        // A time in the future is the server's now.
        QCOMPARE(act(s, f.entitled, save, args("p-space", ServerHarness::kStartMs * 2)),
                 QStringLiteral("applied"));
        QCOMPARE(saved(s, f.entitled)
                     .first()
                     .toObject()
                     .value(QLatin1StringView("saved_at"))
                     .toInteger(),
                 s.clock().nowMs());
        // Unsaving another member's save touches only one's own row.
        QCOMPARE(act(s, f.entitled, QStringLiteral("saved.remove"), args("p-space")),
                 QStringLiteral("applied"));
        QCOMPARE(saved(s, f.entitled).size(), 0);
        QCOMPARE(saved(s, f.learner).size(), 1);
    }

    void hiddenPostStaysHidden() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(act(s, f.learner, QStringLiteral("report.create"),
                     {{QStringLiteral("id"), QStringLiteral("r1")},
                      {QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-space")},
                      {QStringLiteral("reason"), QStringLiteral("spam")}}),
                 QStringLiteral("applied"));
        QCOMPARE(act(s, f.moderator, QStringLiteral("moderation.act"),
                     {{QStringLiteral("target_kind"), QStringLiteral("post")},
                      {QStringLiteral("target_id"), QStringLiteral("p-space")},
                      {QStringLiteral("action"), QStringLiteral("hide")},
                      {QStringLiteral("reason"), QStringLiteral("spam_links")}}),
                 QStringLiteral("applied"));
        QVERIFY(s.storage().postById(QStringLiteral("p-space"))->hidden);
        // The author's device deletes it too (its copy was stale): the post is written again,
        // and must still say "hidden by a moderator", not "deleted".
        QCOMPARE(act(s, f.creator, QStringLiteral("post.delete"),
                     {{QStringLiteral("id"), QStringLiteral("p-space")}}),
                 QStringLiteral("applied"));
        for (const QString &reader : {f.creator, f.learner}) {
            const QJsonObject post =
                findChange(s.syncAll(reader), QStringLiteral("post"), QStringLiteral("p-space"))
                    .value(QLatin1StringView("data"))
                    .toObject();
            QVERIFY(post.value(QLatin1StringView("hidden")).toBool());
            QVERIFY(post.value(QLatin1StringView("deleted")).toBool());
            QCOMPARE(str(post, "body"), QString()); // nobody reads the body
        }
    }
};

QTEST_GUILESS_MAIN(TestServerAccount)
#include "tst_server_account.moc"

// Losing an entitlement deletes its downloads, for the two ways a membership ends with time:
// a renewal the card refuses (lapsed) and a cancellation that takes effect at the period's end
// (canceled). The real client core downloads a paid video (sealed, with the key in the real
// keyring) from an in-process server whose clock the test moves past the period; the next pull
// deletes the file. A member whose renewal goes through keeps it (the control).
#include "client/client.h"
#include "client/media_service.h"
#include "credentials/credential_store.h"
#include "server/commerce/commerce_service.h"
#include "server/media/media_storage.h"
#include "sync_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr int kWait = 60000;
constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kClip = QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Gives the fixture's paid lesson the demo clip.
void attachClip(ServerHarness &s) {
    server::MediaAsset a;
    a.id = QStringLiteral("a-clip");
    a.path = kClip;
    a.mime = QStringLiteral("video/mp4");
    a.size = QFileInfo(kClip).size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(fileBytes(kClip), QCryptographicHash::Sha256).toHex());
    a.durationMs = 36000;
    s.storage().putAsset(a);
    s.storage().setLessonVideo(QStringLiteral("l-paid"), a.id, 36, ServerHarness::kStartMs);
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

// Checkout and pay a month's membership; the HTTP status of the payment.
int subscribe(ServerHarness &s, const QString &token, const QString &key, const char *cardNumber) {
    const HttpReply order = s.post(QStringLiteral("/api/v1/commerce/checkout"),
                                   {{QStringLiteral("tier_id"), QStringLiteral("t-month")},
                                    {QStringLiteral("idempotency_key"), key}},
                                   token);
    const QString id = str(order.json().value(QLatin1StringView("order")).toObject(), "id");
    const QJsonObject card{{QStringLiteral("number"), QLatin1String(cardNumber)},
                           {QStringLiteral("exp_month"), 12},
                           {QStringLiteral("exp_year"), 2030},
                           {QStringLiteral("cvc"), QStringLiteral("123")}};
    return s
        .post(QStringLiteral("/api/v1/commerce/pay"),
              {{QStringLiteral("order_id"), id}, {QStringLiteral("card"), card}}, token)
        .status;
}

ApiError waitError(QSignalSpy &spy) {
    if (spy.isEmpty() && !spy.wait(kWait))
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("signal never came"));
    return spy.takeFirst().at(0).value<ApiError>();
}

struct Member {
    std::unique_ptr<Client> client;
    QString handle;
    QString token;
    QString path; // the downloaded file
};

} // namespace

class TestDownloadRights : public QObject {
    Q_OBJECT
    QTemporaryDir m_profiles;

    // Signs a client in to the harness (the same account again keeps its cache and downloads).
    static bool signIn(Client &client, ServerHarness &s, const QString &handle) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(s.port());
        QSignalSpy spy(&client, &Client::loginFinished);
        client.login(url, handle, kPassword, false);
        return !waitError(spy).isError();
    }
    static bool pull(Client &client) {
        QSignalSpy spy(&client, &Client::syncFinished);
        client.syncNow();
        return !waitError(spy).isError();
    }
    static QVector<Download> downloads(Client &client) {
        QVector<Download> all;
        bool done = false;
        client.media().fetchDownloads(&client, [&](QVector<Download> d) {
            all = std::move(d);
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, kWait);
        return all;
    }

    // A member with the paid lesson downloaded; empty path on failure (with the reason).
    Member downloaded(ServerHarness &s, const QString &handle, const char *card, QString *problem) {
        Member m;
        m.handle = handle;
        m.token = s.createAndLogin(handle, Role::Learner);
        if (subscribe(s, m.token, QStringLiteral("sub-") + handle, card) != 200) {
            *problem = QStringLiteral("the subscription of %1 was not paid").arg(handle);
            return m;
        }
        Client::Options o;
        o.profileDir = m_profiles.filePath(handle);
        o.useKeychain = true; // the download's key lives there
        o.live = false;
        m.client = std::make_unique<Client>(o);
        QSignalSpy opened(m.client.get(), &Client::opened);
        m.client->open();
        if ((opened.isEmpty() && !opened.wait(kWait)) || !signIn(*m.client, s, handle) ||
            !pull(*m.client)) {
            *problem = QStringLiteral("%1 could not sign in and pull").arg(handle);
            return m;
        }
        QSignalSpy finished(&m.client->media(), &MediaService::downloadFinished);
        m.client->media().startDownload(QStringLiteral("l-paid"));
        if (finished.isEmpty() && !finished.wait(kWait)) {
            *problem = QStringLiteral("the download of %1 never finished").arg(handle);
            return m;
        }
        const ApiError e = finished.first().at(1).value<ApiError>();
        if (e.isError()) {
            *problem = e.message;
            return m;
        }
        for (const Download &d : downloads(*m.client)) {
            if (d.lessonId == QLatin1String("l-paid") && d.state == QLatin1String("done"))
                m.path = d.path;
        }
        if (m.path.isEmpty() || !QFile::exists(m.path))
            *problem = QStringLiteral("no finished download file for %1").arg(handle);
        return m;
    }

private Q_SLOTS:
    void initTestCase() {
        CredentialStore store;
        bool answered = false;
        bool ok = false;
        QString problem;
        QEventLoop loop;
        store.probe([&](bool found, const QString &why) {
            ok = found;
            problem = why;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (!ok) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        QVERIFY2(QFile::exists(kClip), qPrintable(kClip));
    }

    void lapseAndCancellationDeleteDownloads() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        seedSyncFixture(s);
        attachClip(s);
        s.storage().putTier(Tier{QStringLiteral("t-month"),
                                 QStringLiteral("月卡"),
                                 QStringLiteral("month"),
                                 3000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            0);
        QString problem;
        // Renews; refused at renewal (the sandbox's card that pays once, then declines);
        // canceled before the period ends.
        Member renews = downloaded(s, QStringLiteral("renews"), "4242424242424242", &problem);
        QVERIFY2(!renews.path.isEmpty(), qPrintable(problem));
        Member lapses = downloaded(s, QStringLiteral("lapses"), "4000000000000341", &problem);
        QVERIFY2(!lapses.path.isEmpty(), qPrintable(problem));
        Member cancels = downloaded(s, QStringLiteral("cancels"), "4242424242424242", &problem);
        QVERIFY2(!cancels.path.isEmpty(), qPrintable(problem));
        const QJsonArray subs = s.get(QStringLiteral("/api/v1/commerce/wallet"), cancels.token)
                                    .json()
                                    .value(QLatin1StringView("subscriptions"))
                                    .toArray();
        QCOMPARE(subs.size(), 1);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/cancel"),
                        {{QStringLiteral("subscription_id"), str(subs.first().toObject(), "id")}},
                        cancels.token)
                     .status,
                 200);
        // Canceled, the membership still runs to the period's end: the video stays.
        QVERIFY(pull(*cancels.client));
        QVERIFY(QFile::exists(cancels.path));

        // Past the period: one renews, one lapses, one ends.
        s.clock().advanceMs(32 * kDay);
        QCOMPARE(s.http().commerce().processRenewals(), 3);
        for (Member *m : {&renews, &lapses, &cancels}) {
            QVERIFY(signIn(*m->client, s, m->handle)); // the old tokens have expired
            QVERIFY(pull(*m->client));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(lapses.path), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(cancels.path), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(downloads(*lapses.client).isEmpty(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(downloads(*cancels.client).isEmpty(), kWait);
        // The control, after the same pulls: the renewed member keeps the video.
        QVERIFY(QFile::exists(renews.path));
        QCOMPARE(downloads(*renews.client).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDownloadRights)
#include "tst_download_rights.moc"

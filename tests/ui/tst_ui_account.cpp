// The learner's account through the real widgets against a real lyceum-server --demo (a child
// process): signing up from the sign-in dialog (the rules said before sending, the server's
// refusals shown: a taken handle, a password too easy to guess; then signed in), the devices
// signed in (this device marked, one signed out with Delete, then all others: their sessions
// no longer refresh) and changing the password (a wrong current password refused; then changed,
// the other device signed out, the old password no longer signs in).
#include "../integration/server_process.h"
#include "account/change_password_dialog.h"
#include "account/devices_dialog.h"
#include "account/sign_up_dialog.h"
#include "api/account_api.h"
#include "api/api_client.h"
#include "client/client.h"
#include "common/theme.h"
#include "i18n/language.h"
#include "login/login_dialog.h"
#include "settings/settings_dialog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;
const QString kGood = QStringLiteral("violet tundra 长城 42");
const QString kNewer = QStringLiteral("amber glacier river 77"); // typed: Latin-1 only

std::unique_ptr<Client> opened(const QString &dir) {
    Client::Options o{dir, false};
    o.live = false;
    auto client = std::make_unique<Client>(o);
    QSignalSpy spy(client.get(), &Client::opened);
    client->open();
    if (!spy.wait(kTimeout))
        return nullptr;
    return client;
}

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle,
                                 const QString &password) {
    auto client = opened(dir);
    if (!client)
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, handle, password, false);
    if (!loggedIn.wait(kTimeout) || loggedIn.first().at(0).value<ApiError>().isError())
        return nullptr;
    return client;
}

QJsonObject post(const QUrl &server, const QString &path, const QJsonObject &body) {
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool canLogIn(const QUrl &server, const QString &handle, const QString &password) {
    return post(server, QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("handle"), handle}, {QStringLiteral("password"), password}})
        .contains(QLatin1StringView("access_token"));
}

// A pull: false when the session was refused (signed out elsewhere).
bool pulls(Client &client) {
    QSignalSpy synced(&client, &Client::syncFinished);
    client.syncNow();
    return synced.wait(60000) && !synced.first().at(0).value<ApiError>().isError();
}

void shoot(QWidget &widget, const QString &dir, const QString &name) {
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(widget.grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
}

} // namespace

class TestUiAccount : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_shots;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_account"));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens.
        m_shots = qEnvironmentVariable("LYCEUM_SHOTS");
        if (!m_shots.isEmpty()) {
            const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
    }

    void signUpFromTheSignInDialog() {
        auto client = opened(m_dir.filePath(QStringLiteral("new")));
        QVERIFY(client);
        LoginDialog login(client.get());
        login.setServer(m_server.url());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QTest::mouseClick(login.signUpButton(), Qt::LeftButton);
        SignUpDialog *signUp = nullptr;
        QTRY_VERIFY((signUp = login.findChild<SignUpDialog *>()) && signUp->isVisible());
        QCOMPARE(LoginDialog::normalizedServerUrl(signUp->serverField()->text()), m_server.url());
        QTRY_VERIFY(signUp->handleField()->hasFocus());

        // The rules, said before anything is sent.
        QTest::keyClicks(signUp->handleField(), QStringLiteral("New Member"));
        QVERIFY(signUp->handleHint()->property("problem").toBool());
        QCOMPARE(signUp->handleHint()->text(),
                 SignUpDialog::handleProblem(QStringLiteral("New Member")));
        QVERIFY(!signUp->createButton()->isEnabled());
        signUp->handleField()->clear();
        QTest::keyClicks(signUp->handleField(), QStringLiteral("learner"));
        QVERIFY(!signUp->handleHint()->property("problem").toBool());
        QTest::keyClick(signUp->handleField(), Qt::Key_Tab);
        QVERIFY(signUp->nameField()->hasFocus());
        signUp->nameField()->setText(QStringLiteral("新同学 Newbie")); // keyClicks is Latin-1 only
        QTest::keyClick(signUp->nameField(), Qt::Key_Tab);
        QTest::keyClicks(signUp->passwordField(), QStringLiteral("short"));
        QTest::keyClick(signUp->passwordField(), Qt::Key_Tab);
        QTest::keyClicks(signUp->confirmField(), QStringLiteral("short"));
        QCOMPARE(signUp->passwordHint()->text(),
                 SignUpDialog::passwordProblem(QStringLiteral("short"), QStringLiteral("short")));
        QVERIFY(!signUp->createButton()->isEnabled());
        signUp->passwordField()->setText(kGood);
        signUp->confirmField()->setText(kGood + QStringLiteral("!"));
        QCOMPARE(signUp->passwordHint()->text(),
                 SignUpDialog::passwordProblem(kGood, kGood + u'!'));
        QVERIFY(!signUp->createButton()->isEnabled());
        signUp->confirmField()->setText(kGood);
        QVERIFY(signUp->createButton()->isEnabled());
        shoot(*signUp, m_shots, QStringLiteral("sign-up"));

        // The server's refusals: a taken handle, then a password too easy to guess.
        QTest::keyClick(signUp->confirmField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(signUp->errorLabel()->isVisible(), kTimeout);
        QVERIFY2(signUp->errorLabel()->text().contains(QStringLiteral("@learner")),
                 qPrintable(signUp->errorLabel()->text()));
        QVERIFY(signUp->handleField()->hasFocus());
        signUp->handleField()->setText(QStringLiteral("newbie_01"));
        signUp->passwordField()->setText(QStringLiteral("1234567890"));
        signUp->confirmField()->setText(QStringLiteral("1234567890"));
        QTest::keyClick(signUp->confirmField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!signUp->errorLabel()->text().isEmpty() &&
                                     !signUp->errorLabel()->text().contains(QStringLiteral("@")),
                                 kTimeout);
        const QString weak = signUp->errorLabel()->text();
        QStringList reasons;
        for (const char *reason : {"too_short", "dictionary", "personal", "simple"})
            reasons << ApiClient::weakPasswordMessage(QLatin1String(reason));
        QVERIFY2(reasons.contains(weak), qPrintable(weak));
        shoot(*signUp, m_shots, QStringLiteral("sign-up-refused"));

        // Accepted: the sign-in dialog signs in with the new account.
        signUp->passwordField()->setText(kGood);
        signUp->confirmField()->setText(kGood);
        QSignalSpy loggedIn(client.get(), &Client::loginFinished);
        QTest::keyClick(signUp->confirmField(), Qt::Key_Return);
        QVERIFY(loggedIn.wait(kTimeout));
        QVERIFY(!loggedIn.first().at(0).value<ApiError>().isError());
        QTRY_COMPARE(login.result(), int(QDialog::Accepted));
        QVERIFY(client->isLoggedIn());
        QCOMPARE(client->currentUser()->handle, QStringLiteral("newbie_01"));
        QCOMPARE(client->currentUser()->displayName, QStringLiteral("新同学 Newbie"));
        QCOMPARE(client->currentUser()->role, Role::Learner);
    }

    void devicesAndPassword() {
        const QUrl server = m_server.url();
        QVERIFY(post(server, QStringLiteral("/api/v1/auth/register"),
                     {{QStringLiteral("handle"), QStringLiteral("two_devices")},
                      {QStringLiteral("display_name"), QStringLiteral("两台设备")},
                      {QStringLiteral("password"), kGood}})
                    .contains(QLatin1StringView("user")));
        const auto profile = [this](const char *name) {
            return m_dir.filePath(QLatin1String(name));
        };
        auto here = signedIn(profile("here"), server, QStringLiteral("two_devices"), kGood);
        auto laptop = signedIn(profile("laptop"), server, QStringLiteral("two_devices"), kGood);
        auto phone = signedIn(profile("phone"), server, QStringLiteral("two_devices"), kGood);
        QVERIFY(here && laptop && phone);
        QVERIFY(pulls(*laptop) && pulls(*phone));

        SettingsDialog settings(here.get(), QStringLiteral("en"));
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        auto *devicesButton = settings.findChild<QPushButton *>(QStringLiteral("DevicesButton"));
        QVERIFY(devicesButton && devicesButton->isEnabled());
        QTest::mouseClick(devicesButton, Qt::LeftButton);
        DevicesDialog *devices = nullptr;
        QTRY_VERIFY((devices = settings.findChild<DevicesDialog *>()) && devices->isVisible());
        QTreeWidget *list = devices->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 3, kTimeout);
        int current = -1;
        for (int row = 0; row < 3; ++row) {
            if (list->topLevelItem(row)->font(0).bold()) // this device
                current = row;
        }
        QVERIFY(current >= 0);
        QCOMPARE(list->topLevelItem(current)->text(1), DevicesDialog::tr("Now"));
        QVERIFY(list->topLevelItem(current)->text(0).startsWith(
            accountapi::deviceName().simplified().left(20)));
        QVERIFY(!list->topLevelItem(0)->text(0).isEmpty());
        shoot(*devices, m_shots, QStringLiteral("devices"));

        // This device cannot be signed out here; another can, with Delete.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(current));
        QVERIFY(!devices->signOutButton()->isEnabled());
        QTest::keyClick(list, current == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(devices->signOutButton()->isEnabled());
        QSignalSpy loaded(devices, &DevicesDialog::loaded);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, kTimeout);
        // Then every other device.
        QTest::mouseClick(devices->signOutOthersButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, kTimeout);
        QVERIFY(!devices->signOutOthersButton()->isEnabled());
        QVERIFY(devices->messageLabel()->text().startsWith(
            DevicesDialog::tr("%n other device(s) were signed out.", nullptr, 1)));
        // The signed-out devices' sessions end: their tokens no longer refresh.
        QVERIFY(!pulls(*laptop));
        QVERIFY(!pulls(*phone));
        QTRY_VERIFY_WITH_TIMEOUT(!laptop->isLoggedIn() && !phone->isLoggedIn(), kTimeout);
        QVERIFY(pulls(*here));
        devices->accept();

        // Changing the password: a wrong current one is refused, then the change.
        auto desk = signedIn(profile("desk"), server, QStringLiteral("two_devices"), kGood);
        QVERIFY(desk);
        auto *passwordButton =
            settings.findChild<QPushButton *>(QStringLiteral("ChangePasswordButton"));
        QVERIFY(passwordButton);
        QTest::mouseClick(passwordButton, Qt::LeftButton);
        ChangePasswordDialog *change = nullptr;
        QTRY_VERIFY((change = settings.findChild<ChangePasswordDialog *>()) && change->isVisible());
        QTRY_VERIFY(change->currentField()->hasFocus());
        QTest::keyClicks(change->currentField(), QStringLiteral("not my password"));
        QTest::keyClick(change->currentField(), Qt::Key_Tab);
        QTest::keyClicks(change->newField(), kNewer);
        QTest::keyClick(change->newField(), Qt::Key_Tab);
        QTest::keyClicks(change->confirmField(), kNewer);
        QSignalSpy answered(change, &ChangePasswordDialog::finishedChange);
        QTest::keyClick(change->confirmField(), Qt::Key_Return);
        QVERIFY(answered.wait(kTimeout));
        QCOMPARE(answered.takeFirst().at(0).toBool(), false);
        QCOMPARE(
            change->messageLabel()->text(),
            QCoreApplication::translate("lyceum::accountapi", "The current password is wrong."));
        QVERIFY(change->currentField()->hasFocus());
        shoot(*change, m_shots, QStringLiteral("change-password-refused"));
        change->currentField()->setText(kGood);
        QTest::keyClick(change->confirmField(), Qt::Key_Return);
        QVERIFY(answered.wait(kTimeout));
        QCOMPARE(answered.takeFirst().at(0).toBool(), true);
        QVERIFY(change->succeeded());
        QVERIFY2(
            change->messageLabel()->text() ==
                ChangePasswordDialog::tr(
                    "Your password was changed. %n other device(s) were signed out.", nullptr, 1),
            qPrintable(change->messageLabel()->text()));
        shoot(*change, m_shots, QStringLiteral("change-password-done"));
        QVERIFY(!canLogIn(server, QStringLiteral("two_devices"), kGood));
        QVERIFY(canLogIn(server, QStringLiteral("two_devices"), kNewer));
        QVERIFY(pulls(*here));  // this device stays signed in
        QVERIFY(!pulls(*desk)); // the other one does not
    }
};

QTEST_MAIN(TestUiAccount)
#include "tst_ui_account.moc"

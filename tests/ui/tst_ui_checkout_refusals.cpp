// The checkout dialog when the server refuses the order itself, through the real widgets
// against an in-process server (ManualClock, sandbox payments): the creator raises the price
// after the quote, and the dialog says so, shows the new price and charges it only when Pay is
// pressed again; the checkout expires while open, and the dialog starts a new one; a second
// membership of a held tier is refused, says so, and leaves nothing to pay.
#include "../server/sync_fixture.h"
#include "client/client.h"
#include "commerce/checkout_dialog.h"
#include "common/format.h"
#include "i18n/language.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 20000;

// LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the dialog as the learner sees it.
void shot(QWidget *w, const char *name) {
    const QString dir = qEnvironmentVariable("LYCEUM_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(250);
    w->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}
} // namespace

class TestUiCheckoutRefusals : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_profiles = 0;

    // A client logged in as the fixture's learner.
    std::unique_ptr<Client> learnerClient(ServerHarness &s) {
        Client::Options options;
        options.profileDir = m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles));
        options.useKeychain = false;
        options.live = false;
        auto client = std::make_unique<Client>(options);
        QSignalSpy opened(client.get(), &Client::opened);
        client->open();
        if (!opened.wait(kTimeout))
            return nullptr;
        QSignalSpy loggedIn(client.get(), &Client::loginFinished);
        client->login(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(s.port())),
                      QStringLiteral("learner"), kPassword, false);
        if (!loggedIn.wait(kTimeout) || loggedIn.first().at(0).value<ApiError>().isError())
            return nullptr;
        return client;
    }

    static void putMonthlyTier(ServerHarness &s) {
        s.storage().putTier(Tier{QStringLiteral("t-month"),
                                 QStringLiteral("月卡"),
                                 QStringLiteral("month"),
                                 3000,
                                 QStringLiteral("CNY"),
                                 true,
                                 {}},
                            0);
    }
    static void enterCard(CheckoutDialog &dialog) {
        QTest::keyClicks(dialog.cardNumber(), QStringLiteral("4242424242424242"));
        QTest::keyClicks(dialog.expiry(), QStringLiteral("1230"));
        QTest::keyClicks(dialog.cvc(), QStringLiteral("123"));
    }

    static CheckoutDialog::Item tierItem(const char *id) {
        return {{},   QLatin1String(id),     QStringLiteral("月卡"),
                3000, QStringLiteral("CNY"), QStringLiteral("month")};
    }

private Q_SLOTS:
    void initTestCase() {
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG");
        if (!lang.isEmpty())
            QVERIFY(language::install(*qApp, lang));
    }

    void raisedPriceIsShownAndAskedAgain() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        auto client = learnerClient(s);
        QVERIFY(client);
        CheckoutDialog dialog(client.get(), {QStringLiteral("c-paid"),
                                             {},
                                             QStringLiteral("Go 并发"),
                                             19900,
                                             QStringLiteral("CNY"),
                                             {}});
        dialog.show();
        enterCard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.payButton()->isEnabled(), kTimeout); // quoted

        std::optional<Course> c = s.storage().courseById(QStringLiteral("c-paid"));
        c->price = 99900;
        s.storage().putCourse(*c);
        const QString newPrice = Format::price(99900, QStringLiteral("CNY"));
        QTest::mouseClick(dialog.payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->text().contains(newPrice), kTimeout);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.succeeded());
        QCOMPARE(s.http().paymentProvider().charges(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.payButton()->isEnabled(), kTimeout);
        QVERIFY2(dialog.payButton()->text().contains(newPrice),
                 qPrintable(dialog.payButton()->text()));
        QVERIFY(dialog.totalLabel()->text().contains(newPrice));
        shot(&dialog, "checkout-price-changed");

        QSignalSpy paid(&dialog, &CheckoutDialog::paid);
        QTest::mouseClick(dialog.payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!paid.isEmpty(), kTimeout);
        QCOMPARE(dialog.order().amount, 99900);
        QCOMPARE(s.http().paymentProvider().charges(), 1);
    }

    // A label's "&" is a shortcut only with a buddy; without one it is drawn as it is.
    void ampersandLabelsHaveBuddies() {
        ServerHarness s;
        QVERIFY(s.ok());
        seedSyncFixture(s);
        putMonthlyTier(s);
        auto client = learnerClient(s);
        QVERIFY(client);
        CheckoutDialog dialog(client.get(), tierItem("t-month"));
        int buddied = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(u'&'))
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            buddied += label->buddy() == dialog.expiry() || label->buddy() == dialog.coupon();
        }
        QCOMPARE(buddied, 2);
    }

    void expiredCheckoutStartsANewOne() {
        ServerHarness s;
        QVERIFY(s.ok());
        seedSyncFixture(s);
        putMonthlyTier(s);
        auto client = learnerClient(s);
        QVERIFY(client);
        CheckoutDialog dialog(client.get(), tierItem("t-month"));
        dialog.show();
        enterCard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.payButton()->isEnabled(), kTimeout);
        s.clock().advanceMs(server::CommerceService::kOrderLifetimeMs + 1000);
        QTest::mouseClick(dialog.payButton(), Qt::LeftButton);
        const QString again =
            QCoreApplication::translate("lyceum::ui::CheckoutDialog",
                                        "The checkout expired before the payment, so nothing was "
                                        "charged. Here it is again at today's price, %1: pay "
                                        "again to buy.")
                .arg(Format::price(3000, QStringLiteral("CNY")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.errorLabel()->text(), again, kTimeout);
        QCOMPARE(s.http().paymentProvider().charges(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.payButton()->isEnabled(), kTimeout);
        shot(&dialog, "checkout-expired");
        QSignalSpy paid(&dialog, &CheckoutDialog::paid);
        QTest::mouseClick(dialog.payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!paid.isEmpty(), kTimeout);
        QCOMPARE(s.http().paymentProvider().charges(), 1);
    }

    void secondMembershipOfATierIsRefused() {
        ServerHarness s;
        QVERIFY(s.ok());
        seedSyncFixture(s);
        putMonthlyTier(s);
        auto client = learnerClient(s);
        QVERIFY(client);
        // Two dialogs quoted before either is paid (two windows, two keys).
        CheckoutDialog first(client.get(), tierItem("t-month"));
        CheckoutDialog second(client.get(), tierItem("t-month"));
        first.show();
        second.show();
        enterCard(first);
        enterCard(second);
        QTRY_VERIFY_WITH_TIMEOUT(first.payButton()->isEnabled(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(second.payButton()->isEnabled(), kTimeout);
        QSignalSpy paid(&first, &CheckoutDialog::paid);
        QTest::mouseClick(first.payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!paid.isEmpty(), kTimeout);

        QTest::mouseClick(second.payButton(), Qt::LeftButton);
        const QString refusal = QCoreApplication::translate(
            "lyceum::Commerce",
            "You already have this membership, so nothing was charged. It is in your wallet.");
        QTRY_COMPARE_WITH_TIMEOUT(second.errorLabel()->text(), refusal, kTimeout);
        QVERIFY(!second.payButton()->isEnabled());
        shot(&second, "checkout-already-member");
        QVERIFY(!second.succeeded());
        QCOMPARE(s.http().paymentProvider().charges(), 1);
    }
};

QTEST_MAIN(TestUiCheckoutRefusals)
#include "tst_ui_checkout_refusals.moc"

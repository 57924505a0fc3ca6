// A creator runs a course's sales through the studio's Sales tab against a real lyceum-server
// --demo, and a learner on another profile meets what was set: a new price, a coupon made in
// the form (a hostile code refused on the spot), a lesson released days after enrolment; the
// roster and payouts read back, sort and export as spreadsheet-safe CSV; analytics take a date
// range and show the enrolment-week cohorts.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/commerce_service.h"
#include "client/discovery_service.h"
#include "common/theme.h"
#include "i18n/language.h"
#include "studio/analytics_view.h"
#include "studio/coupons_view.h"
#include "studio/pricing_page.h"
#include "studio/roster_view.h"
#include "studio/studio_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options options{dir, false};
    options.autoFlush = false; // the test decides when the creator is online
    options.live = false;
    auto client = std::make_unique<Client>(options);
    QSignalSpy opened(client.get(), &Client::opened);
    client->open();
    if (!opened.wait(kTimeout))
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, handle, QStringLiteral("lyceum-demo"), false);
    if (!loggedIn.wait(kTimeout))
        return nullptr;
    QSignalSpy synced(client.get(), &Client::syncFinished);
    client->syncNow();
    if (!synced.wait(60000))
        return nullptr;
    return client;
}

// Sends the outbox; the page reads its figures again once it is sent.
bool sendAndReload(Client &client, PricingPage *page) {
    QSignalSpy loaded(page, &PricingPage::loaded);
    QSignalSpy flushed(&client, &Client::outboxFlushed);
    client.flushOutbox();
    return flushed.wait(kTimeout) && loaded.wait(kTimeout);
}

std::optional<ApiError> buy(Client &learner, const QString &courseId, const QString &coupon,
                            Order *paid) {
    std::optional<ApiError> result;
    learner.commerce().checkout(
        courseId, {}, coupon, QStringLiteral("creator-money-") + coupon, &learner,
        [&](const ApiError &e, const Order &order) {
            if (e.isError()) {
                result = e;
                return;
            }
            learner.commerce().payOrder(
                order.id, {QStringLiteral("4242424242424242"), 12, 2030, QStringLiteral("123")},
                &learner, [&](const ApiError &pe, const Order &o) {
                    *paid = o;
                    result = pe;
                });
        });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeout);
    return result;
}

QJsonObject rowWith(const ReportTableModel *model, const char *key, const QString &value) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->rowAt(r).value(QLatin1String(key)).toString() == value)
            return model->rowAt(r);
    return {};
}

} // namespace

class TestUiCreatorMoney : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_creator, m_learner;
    QString m_shots, m_lang;

    void shot(QWidget *w, const char *name) {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300);
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
            w->resize(size);
            QTest::qWait(100);
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png")
                                       .arg(m_shots, QLatin1String(name))
                                       .arg(size.width())));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN] [LYCEUM_SHOTS_THEME=dark]: saves the screens.
        m_shots = qEnvironmentVariable("LYCEUM_SHOTS");
        m_lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!m_shots.isEmpty()) {
            QVERIFY(language::install(*qApp, m_lang));
            theme::Appearance look;
            look.scheme = qEnvironmentVariable("LYCEUM_SHOTS_THEME") == QLatin1String("dark")
                              ? theme::Scheme::Dark
                              : theme::Scheme::Light;
            theme::apply(*qApp, m_lang, look);
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_creator = signedIn(m_dir.filePath(QStringLiteral("c")), m_server.url(),
                             QStringLiteral("creator"));
        m_learner = signedIn(m_dir.filePath(QStringLiteral("l")), m_server.url(),
                             QStringLiteral("learner"));
        QVERIFY(m_creator && m_learner);
    }

    void csvIsSpreadsheetSafe() {
        const QByteArray csv = creatorCsv(
            {QStringLiteral("name"), QStringLiteral("net")},
            {{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("-12.50")},
             {QStringLiteral("+1"), QStringLiteral("@SUM(A1)")},
             {QStringLiteral("-2+3"), QStringLiteral("张三, \"老师\"")}});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0), QByteArray("name,net\r"));
        QCOMPARE(lines.at(1), QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.50\r"));
        QCOMPARE(lines.at(2), QByteArray("\"'+1\",\"'@SUM(A1)\"\r"));
        QCOMPARE(lines.at(3), QString::fromUtf8("\"'-2+3\",\"张三, \"\"老师\"\"\"\r").toUtf8());
    }

    void salesTabEndToEnd() {
        StudioPage page(m_creator.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PricingPage *sales = page.sales();
        QSignalSpy loaded(sales, &PricingPage::loaded);
        page.tabs()->setCurrentWidget(sales);
        QVERIFY(loaded.wait(kTimeout));
        // A paid course of the creator's.
        QString courseId;
        for (int i = 0; i < sales->courseBox()->count() && courseId.isEmpty(); ++i) {
            if (i != sales->courseBox()->currentIndex()) {
                sales->courseBox()->setCurrentIndex(i);
                QVERIFY(loaded.wait(kTimeout));
            }
            const QJsonObject c = sales->money().value(QLatin1String("course")).toObject();
            if (c.value(QLatin1String("price")).toInteger() > 0)
                courseId = c.value(QLatin1String("id")).toString();
        }
        QVERIFY(!courseId.isEmpty());
        shot(&page, "sales-price");

        // The price, typed and saved.
        sales->priceBox()->setFocus();
        sales->priceBox()->selectAll();
        QTest::keyClicks(sales->priceBox(), QStringLiteral("88"));
        QTest::mouseClick(sales->savePriceButton(), Qt::LeftButton);
        QVERIFY(sendAndReload(*m_creator, sales));
        QCOMPARE(sales->money()[QLatin1String("course")][QLatin1String("price")].toInteger(), 8800);

        // A lesson released two days after enrolment.
        QTableView *lessons = sales->lessonTable();
        int row = -1;
        for (int r = 0; r < lessons->model()->rowCount() && row < 0; ++r)
            if (!lessons->model()
                     ->index(r, 0)
                     .data(ReportTableModel::RowRole)
                     .toJsonObject()
                     .value(QLatin1String("free_preview"))
                     .toBool())
                row = r;
        QVERIFY(row >= 0);
        const QString lessonId = lessons->model()
                                     ->index(row, 0)
                                     .data(ReportTableModel::RowRole)
                                     .toJsonObject()
                                     .value(QLatin1String("id"))
                                     .toString();
        lessons->selectRow(row);
        QVERIFY(sales->dripButton()->isEnabled());
        sales->dripBox()->setValue(2);
        QTest::mouseClick(sales->dripButton(), Qt::LeftButton);
        QVERIFY(sendAndReload(*m_creator, sales));
        QVERIFY(lessons->model()->index(row, 1).data().toString().contains(u'2'));

        // Coupons: a formula as a code is refused in the form; a real one is created.
        sales->sections()->setCurrentWidget(sales->coupons());
        CouponsView *coupons = sales->coupons();
        QTest::keyClicks(coupons->codeEdit(), QStringLiteral("=1+2"));
        QVERIFY(!coupons->create());
        QVERIFY(!coupons->status()->text().isEmpty());
        coupons->codeEdit()->clear();
        QTest::keyClicks(coupons->codeEdit(), QStringLiteral("welcome15"));
        coupons->valueBox()->setValue(150);
        QVERIFY(!coupons->create()); // more than 100 % off
        coupons->valueBox()->setValue(15);
        coupons->limitBox()->setValue(5);
        QTest::mouseClick(coupons->createButton(), Qt::LeftButton);
        QVERIFY(sendAndReload(*m_creator, sales));
        QVERIFY(!rowWith(coupons->model(), "code", QStringLiteral("WELCOME15")).isEmpty());

        // The learner pays the new price less the coupon; the lesson stays closed for now.
        Order paid;
        const std::optional<ApiError> bought =
            buy(*m_learner, courseId, QStringLiteral("welcome15"), &paid);
        QVERIFY(bought.has_value());
        QVERIFY2(!bought->isError(), qPrintable(bought->message));
        QCOMPARE(paid.listAmount, 8800);
        QCOMPARE(paid.discount, 1320);
        QSignalSpy synced(m_learner.get(), &Client::syncFinished);
        m_learner->syncNow();
        QVERIFY(synced.wait(60000));
        std::optional<CourseDetail> detail;
        bool fetched = false;
        m_learner->discovery().fetchCourse(courseId, m_learner.get(),
                                           [&](std::optional<CourseDetail> d) {
                                               detail = d;
                                               fetched = true;
                                           });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, kTimeout);
        QVERIFY(detail);
        int found = 0;
        for (const Lesson &l : detail->lessons) {
            if (l.id == lessonId) {
                ++found;
                QVERIFY(l.locked && l.body.isEmpty());
            }
        }
        QCOMPARE(found, 1);

        // Its use, the roster and the payouts, read again.
        sales->refresh();
        QVERIFY(loaded.wait(kTimeout));
        const QJsonObject used = rowWith(coupons->model(), "code", QStringLiteral("WELCOME15"));
        QCOMPARE(used.value(QLatin1String("used")).toInteger(), 1);
        QCOMPARE(used.value(QLatin1String("discounted")).toInteger(), 1320);
        coupons->table()->selectRow(0);
        shot(&page, "sales-coupons");

        sales->sections()->setCurrentWidget(sales->roster());
        ReportView *roster = sales->roster();
        QAbstractItemModelTester tester(roster->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!rowWith(roster->model(), "handle", QStringLiteral("learner")).isEmpty());
        // Sorted by progress, by keyboard-free header click.
        roster->table()->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);
        const int rows = roster->proxy()->rowCount();
        for (int r = 1; r < rows; ++r)
            QVERIFY(roster->proxy()->index(r - 1, 2).data(ReportTableModel::SortRole).toInt() >=
                    roster->proxy()->index(r, 2).data(ReportTableModel::SortRole).toInt());
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("learners.csv"));
        QVERIFY2(roster->exportCsv(path, &error), qPrintable(error));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("@learner")));
        shot(&page, "sales-learners");

        sales->sections()->setCurrentWidget(sales->payouts());
        ReportView *payouts = sales->payouts();
        QVERIFY(payouts->model()->rowCount() >= 1);
        for (int c = 2; c < payouts->model()->columnCount(); ++c)
            if (c != 3)
                QVERIFY(payouts->model()->index(0, c).data().toString().contains(
                    payouts->model()->rowAt(0).value(QLatin1String("currency")).toString()));
        shot(&page, "sales-payouts");

        // Analytics: a period and the cohorts of one course.
        AnalyticsView *analytics = page.analytics();
        QSignalSpy refreshed(analytics, &AnalyticsView::refreshed);
        QSignalSpy cohorts(analytics, &AnalyticsView::cohortsRefreshed);
        page.tabs()->setCurrentWidget(analytics);
        QVERIFY(refreshed.wait(kTimeout));
        analytics->rangeBox()->setCurrentIndex(0); // the last 7 days
        QVERIFY(refreshed.wait(kTimeout));
        QCOMPARE(analytics->data()[QLatin1String("from")].toString(),
                 QDate::currentDate().addDays(-6).toString(Qt::ISODate));
        analytics->courseBox()->setCurrentIndex(analytics->courseBox()->findData(courseId));
        QTRY_VERIFY_WITH_TIMEOUT(analytics->cohorts()->rowCount() >= 1, kTimeout);
        shot(&page, "sales-analytics");
    }
};

QTEST_MAIN(TestUiCreatorMoney)
#include "tst_ui_creator_money.moc"

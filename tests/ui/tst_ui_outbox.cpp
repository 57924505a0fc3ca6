// The outbox through real widgets against a real lyceum-server (a child process on a fixed
// loopback port, so it can be stopped and started again): a reply written while the server is
// down waits in the outbox panel under the offline indicator and is sent once the server is
// back; a reply the server rejects (the thread was locked after the last sync) shows the reason,
// and "Edit and resend" / "Discard" act on it.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "composer/composer.h"
#include "demo/demo_launcher.h"
#include "discussions/discussions_page.h"
#include "discussions/post_widget.h"
#include "discussions/thread_view.h"
#include "outbox/outbox_model.h"
#include "outbox/outbox_panel.h"
#include "shell/main_window.h"
#include "shell/sync_status_widget.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

int rowOf(const OutboxModel *model, const QString &entityId) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(OutboxModel::EntityIdRole).toString() == entityId)
            return row;
    }
    return -1;
}

} // namespace

class TestUiOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_port = freePort();
        QVERIFY(m_port != 0);
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, listenAddress(), &error),
                 qPrintable(error));
    }

    void offlineThenRejected() {
        QVERIFY(m_dir.isValid());
        const QString profile = m_dir.filePath(QStringLiteral("profile"));
        Client client(Client::Options{profile, false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));
        QSignalSpy loggedIn(&client, &Client::loginFinished);
        client.login(m_server.url(), DemoLauncher::demoHandle(),
                     m_server.password(DemoLauncher::demoHandle()), false);
        QVERIFY(loggedIn.wait(kTimeout));
        QVERIFY(!loggedIn.first().at(0).value<ApiError>().isError());

        MainWindow window(&client, QStringLiteral("en"));
        window.setReconnectInterval(300);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));
        QVERIFY(!synced.first().at(0).value<ApiError>().isError());
        QVERIFY(!window.isOffline());
        QVERIFY(!window.offlineBanner()->isVisible());

        QVector<ThreadSummary> threads;
        client.discussions().fetchAllThreads(
            1000, this, [&threads](QVector<ThreadSummary> all) { threads = all; });
        QTRY_VERIFY_WITH_TIMEOUT(!threads.isEmpty(), kTimeout);
        QString openId, openTitle, lockedId;
        for (const ThreadSummary &t : threads) {
            if (!t.thread.locked && openId.isEmpty()) {
                openId = t.thread.id;
                openTitle = t.thread.title;
            }
            if (t.thread.locked && lockedId.isEmpty())
                lockedId = t.thread.id;
        }
        QVERIFY(!openId.isEmpty());
        QVERIFY2(!lockedId.isEmpty(), "the demo community has no locked thread");

        // --- the server goes away: the reply waits, the window says offline -----------------
        m_server.stop();
        ThreadView *view = window.discussionsPage()->threadView();
        QSignalSpy loaded(view, &ThreadView::threadLoaded);
        window.openThread(openId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
        const QString offlineText = QStringLiteral("Written offline %1").arg(m_port);
        QTest::keyClicks(view->composer()->editor(), offlineText);
        QTest::mouseClick(view->composer()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isOffline(), kTimeout);
        QVERIFY(window.offlineBanner()->isVisible());
        QVERIFY(window.syncStatus()->text().contains(QStringLiteral("Offline")));

        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        OutboxPanel *panel = window.outboxPanel();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, kTimeout);
        const QModelIndex waiting = panel->model()->index(0);
        QCOMPARE(waiting.data(OutboxModel::BodyRole).toString(), offlineText);
        QVERIFY(waiting.data(OutboxModel::TitleRole).toString().contains(openTitle));
        QVERIFY(waiting.data(OutboxModel::StateRole).toInt() != int(OutboxState::Failed));

        // A second reply, cancelled from the panel after the confirmation.
        const QString cancelledText = QStringLiteral("Never mind");
        QTest::keyClicks(view->composer()->editor(), cancelledText);
        QTest::mouseClick(view->composer()->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, kTimeout);
        QString confirmed;
        panel->setConfirmDiscard([&confirmed](const QString &snippet) {
            confirmed = snippet;
            return true;
        });
        // No reconnect attempt meanwhile: a row being sent cannot be cancelled, and with attempts
        // every 300 ms a loaded machine would catch it sending.
        window.setReconnectInterval(3600 * 1000);
        // An attempt already under way when the interval changed may still catch the row
        // sending on a loaded machine (the cancel is then refused): cancel again until it goes.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (panel->model()->rowCount() == 1)
                    return true;
                panel->view()->setCurrentIndex(panel->model()->index(1));
                if (panel->cancelButton()->isEnabled()) // not sending
                    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
                return false;
            }(),
            kTimeout);
        QCOMPARE(confirmed, cancelledText);
        window.setReconnectInterval(300);
        QCOMPARE(panel->model()->index(0).data(OutboxModel::BodyRole).toString(), offlineText);

        // --- the server is back: the reconnect timer sends it ------------------------------
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, listenAddress(), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isOffline(), kTimeout);
        QVERIFY(!window.offlineBanner()->isVisible());

        // --- the thread was locked after the last sync: the server rejects the reply -------
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale-copy"));
            db.setDatabaseName(profile + QStringLiteral("/cache.sqlite"));
            QVERIFY(db.open());
            QSqlQuery unlock(db);
            unlock.prepare(QStringLiteral("UPDATE threads SET locked = 0 WHERE id = ?"));
            unlock.bindValue(0, lockedId);
            QVERIFY(unlock.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stale-copy"));
        loaded.clear();
        window.openThread(lockedId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
        QVERIFY(view->composer()->editor()->isEnabled());
        const QString rejectedText = QStringLiteral("Too late for this thread");
        QTest::keyClicks(view->composer()->editor(), rejectedText);
        QTest::mouseClick(view->composer()->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->failedCount(), 1, kTimeout);
        const QModelIndex failed = panel->model()->index(0);
        QVERIFY(!failed.data(OutboxModel::ReasonRole).toString().isEmpty());
        const QString rejectedId = failed.data(OutboxModel::EntityIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidget(rejectedId) &&
                                     view->postWidget(rejectedId)->editAndResendButton(),
                                 kTimeout);
        QVERIFY(view->postWidget(rejectedId)->discardButton());
        QVERIFY(view->composer()->text().isEmpty());

        // Edit and resend: the text comes back; the rejected change goes once the new is queued.
        QTest::mouseClick(view->postWidget(rejectedId)->editAndResendButton(), Qt::LeftButton);
        QCOMPARE(view->composer()->text(), rejectedText);
        QCOMPARE(view->resendingPostId(), rejectedId);
        QTest::keyClicks(view->composer()->editor(), QStringLiteral(" (edited)"));
        QTest::mouseClick(view->composer()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel->model(), rejectedId) < 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!view->postWidget(rejectedId), kTimeout);
        // Still locked on the server: the edited reply is rejected in turn.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->failedCount(), 1, kTimeout);
        QCOMPARE(panel->model()->index(0).data(OutboxModel::BodyRole).toString(),
                 rejectedText + QStringLiteral(" (edited)"));

        // Discard (confirmed) drops it with its optimistic post.
        const QString secondId =
            panel->model()->index(0).data(OutboxModel::EntityIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            view->postWidget(secondId) && view->postWidget(secondId)->discardButton(), kTimeout);
        QString asked;
        view->setConfirmDiscard([&asked](const QString &snippet) {
            asked = snippet;
            return true;
        });
        QTest::mouseClick(view->postWidget(secondId)->discardButton(), Qt::LeftButton);
        QVERIFY(asked.startsWith(rejectedText));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!view->postWidget(secondId), kTimeout);
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    QString listenAddress() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

QTEST_MAIN(TestUiOutbox)
#include "tst_ui_outbox.moc"

// Saved posts through the real widgets against a real lyceum-server --demo (a child process).
// The learner saves the creator's reply with its Save button and their own first post with
// Ctrl+S; both are saved on the device at once and wait in the outbox (the window's client does
// not send by itself, as when offline). Ctrl+Shift+S opens the Saved page, newest saved first;
// Enter opens the reply in its thread, highlighted. Once sent, the learner's second device
// lists both, another member sees none; Delete on the Saved page unsaves, and that reaches the
// second device too.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_saved.h"
#include "client/discussions_service.h"
#include "common/theme.h"
#include "discussions/discussions_page.h"
#include "discussions/post_widget.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "saved/saved_model.h"
#include "saved/saved_page.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle,
                                 bool autoFlush = true) {
    Client::Options o{dir, false};
    o.live = false;
    o.autoFlush = autoFlush;
    auto client = std::make_unique<Client>(o);
    QSignalSpy opened(client.get(), &Client::opened);
    client->open();
    if (!opened.wait(kTimeout))
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, handle, QStringLiteral("lyceum-demo"), false);
    if (!loggedIn.wait(kTimeout) || loggedIn.first().at(0).value<ApiError>().isError())
        return nullptr;
    return client;
}

bool pull(Client &client) {
    QSignalSpy synced(&client, &Client::syncFinished);
    client.syncNow();
    return synced.wait(60000) && !synced.first().at(0).value<ApiError>().isError();
}

bool sent(Client &client) {
    QSignalSpy flushed(&client, &Client::outboxFlushed);
    client.flushOutbox();
    if (flushed.isEmpty() && !flushed.wait(kTimeout))
        return false;
    return QTest::qWaitFor(
        [&] {
            return client.syncStatus().outboxWaiting == 0 && client.syncStatus().outboxFailed == 0;
        },
        kTimeout);
}

// The saved posts' ids on a device after it asked the server (GET /me/saved), newest first.
QStringList savedOn(Client &client) {
    SavedPosts &saved = SavedPosts::of(client);
    QSignalSpy changed(&saved, &SavedPosts::changed);
    saved.refresh();
    static_cast<void>(changed.wait(3000)); // no signal when nothing changed
    QStringList ids;
    bool done = false;
    saved.fetch(100, &client, [&](QVector<SavedItem> items) {
        for (const SavedItem &item : items)
            ids << item.postId;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeout))
        return {QStringLiteral("(no answer)")};
    return ids;
}

void shoot(MainWindow &window, const QString &dir, const QString &name) {
    if (dir.isEmpty())
        return;
    for (const QSize &size : {QSize(1024, 700), QSize(1280, 800)}) {
        window.resize(size);
        QTest::qWait(150);
        QVERIFY(window.grab().save(
            QStringLiteral("%1/%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height())));
    }
    window.resize(1024, 700);
}

} // namespace

class TestUiSaved : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_saved"));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void saveOpenAndSync() {
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        const QUrl server = m_server.url();
        auto learner = signedIn(m_dir.filePath(QStringLiteral("learner")), server,
                                QStringLiteral("learner"), false);
        auto creator =
            signedIn(m_dir.filePath(QStringLiteral("creator")), server, QStringLiteral("creator"));
        auto second =
            signedIn(m_dir.filePath(QStringLiteral("learner2")), server, QStringLiteral("learner"));
        QVERIFY(learner && creator && second);
        QVERIFY(pull(*creator));

        // A thread by the learner with the creator's reply.
        const QString thread = learner->discussions().createThread(
            QStringLiteral("s-welcome"), {}, {}, QStringLiteral("Saved posts test"),
            ThreadKind::Discussion, QStringLiteral("My question about lesson one"));
        QVERIFY(sent(*learner));
        QVERIFY(pull(*creator));
        const QString reply = creator->discussions().createPost(
            thread, {}, QStringLiteral("Here is the answer: look at chapter 2."));
        QVERIFY(sent(*creator));
        QVERIFY(pull(*learner));

        MainWindow window(learner.get(), lang);
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openThreadAt(thread, reply);
        ThreadView *view = window.discussionsPage()->threadView();
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidget(reply), kTimeout);
        QTRY_VERIFY(view->postWidgets().size() >= 2);
        const QString question = view->postWidgets().first()->postId();
        QVERIFY(question != reply);
        QVERIFY(view->postWidget(reply)->saveButton() && !view->postWidget(reply)->isSaved());

        // The Save button; then Ctrl+S in the learner's own first post. (The thread view may
        // make its post widgets again after a change: each is looked up when used.)
        QTest::mouseClick(view->postWidget(reply)->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidget(reply) && view->postWidget(reply)->isSaved(),
                                 kTimeout);
        QTest::qWait(300); // the thread's reload after the change, and a later save time
        QTRY_VERIFY(view->postWidget(question) && view->postWidget(question)->saveAction());
        QToolButton *questionSave = view->postWidget(question)->saveButton();
        questionSave->setFocus();
        QTest::keyClick(questionSave, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->postWidget(question) && view->postWidget(question)->isSaved(), kTimeout);
        QVERIFY(view->postWidget(question)->saveButton()->isChecked());
        // Not sent yet (as when offline): both wait in the outbox.
        QTRY_COMPARE_WITH_TIMEOUT(learner->syncStatus().outboxWaiting, 2, kTimeout);

        // Ctrl+Shift+S: the Saved page, focused, newest saved first.
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        SavedPage *page = window.savedPage();
        QTRY_VERIFY(window.sidebar()->button(Sidebar::Saved)->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, kTimeout);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(page->view()->hasFocus());
        QCOMPARE(page->model()->index(0).data(SavedModel::PostIdRole).toString(), question);
        QCOMPARE(page->model()->index(1).data(SavedModel::PostIdRole).toString(), reply);
        QVERIFY(page->model()->index(1).data().toString().contains(QStringLiteral("chapter 2")));
        QVERIFY(page->model()->index(1).data().toString().contains(QStringLiteral("Saved posts "
                                                                                  "test")));
        shoot(window, shots, QStringLiteral("saved"));

        // Enter on the reply: its thread, at the reply, highlighted.
        QTest::keyClick(page->view(), Qt::Key_Down);
        QCOMPARE(page->view()->currentIndex().row(), 1);
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view->threadId(), thread, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view->highlightedPostId(), reply, kTimeout);

        // Sent: the learner's other device lists both; another member none.
        QVERIFY(sent(*learner));
        QCOMPARE(savedOn(*second), (QStringList{question, reply}));
        QCOMPARE(savedOn(*creator), QStringList());

        // Delete on the Saved page unsaves; the other device follows.
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(page->view()->hasFocus());
        page->view()->setCurrentIndex(page->model()->index(0));
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kTimeout);
        QCOMPARE(page->model()->index(0).data(SavedModel::PostIdRole).toString(), reply);
        QVERIFY(sent(*learner));
        QCOMPARE(savedOn(*second), QStringList{reply});
        // The thread's Save marks follow the page.
        window.openThreadAt(thread, question);
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidget(question), kTimeout);
        QTRY_VERIFY(!view->postWidget(question)->isSaved());
        QVERIFY(view->postWidget(reply) && view->postWidget(reply)->isSaved());
    }
};

QTEST_MAIN(TestUiSaved)
#include "tst_ui_saved.moc"

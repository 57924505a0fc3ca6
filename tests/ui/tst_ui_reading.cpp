// Unread badges, desktop notices and editing one's own post, through real widgets against a
// real lyceum-server (a child process): the learner's window is in the background when the
// creator replies to the learner's thread; a notice is decided (and shown when there is a tray)
// and the thread and its space count the reply unread; reading the thread clears it. Then the
// learner edits their opening post with the post's Edit button and the creator receives the
// new text. The staff-only announcements space offers a learner no New thread button.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "common/theme.h"
#include "composer/composer.h"
#include "discussions/discussions_page.h"
#include "discussions/post_list_model.h"
#include "discussions/post_widget.h"
#include "discussions/space_list_model.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"
#include "shell/tray_notifier.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
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
                                 bool live) {
    Client::Options o{dir, false};
    o.live = live;
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

QToolButton *buttonLabelled(QWidget *parent, const QString &text) {
    for (QToolButton *b : parent->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestUiReading : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_reading"));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void unreadNoticesAndEdits() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves what the window looks like with
        // unread replies, for scripts/screenshots.sh.
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang); // the app's look, light or dark as the desktop says
        }
        TrayNotifier::setEnabledInSettings(true);
        auto learner = signedIn(m_dir.filePath(QStringLiteral("learner")), m_server.url(),
                                QStringLiteral("learner"), true);
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"), false);
        QVERIFY(learner && creator);

        MainWindow window(learner.get(), lang);
        window.notifier()->setCoalesceMs(50);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(pull(*learner));
        window.showDiscussions();
        DiscussionsPage *page = window.discussionsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->spaceModel()->rowCount() > 0, kTimeout);
        // The welcome space: learners start threads there (the announcements are the team's).
        const QString space = QStringLiteral("s-welcome");
        QVERIFY(page->spaceModel()->rowOf(space) >= 0);
        page->selectSpace(space);

        // The learner asks; the creator will answer.
        const QString thread = learner->discussions().createThread(
            space, {}, {}, QStringLiteral("Where to begin?"), ThreadKind::Question,
            QStringLiteral("I am new here. 从哪里开始？"));
        QVERIFY(!thread.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(learner->syncStatus().outboxWaiting == 0 &&
                                     page->threadModel()->rowOf(thread) >= 0,
                                 kTimeout);
        QVERIFY(pull(*creator));

        // The window goes to the background.
        QWidget elsewhere;
        elsewhere.show();
        QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
        QApplication::setActiveWindow(&elsewhere);
        QTRY_VERIFY(!window.isActiveWindow());

        QSignalSpy shown(window.notifier(), &TrayNotifier::noticeShown);
        QSignalSpy flushed(creator.get(), &Client::outboxFlushed);
        QVERIFY(!creator->discussions()
                     .createPost(thread, {}, QStringLiteral("Start with lesson one."))
                     .isEmpty());
        QVERIFY(flushed.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kTimeout);
        const auto text = shown.first().at(0).value<NoticeText>();
        QVERIFY2(text.title.contains(QStringLiteral("Where to begin?")), qPrintable(text.title));
        QCOMPARE(text.body, QStringLiteral("Start with lesson one."));
        QCOMPARE(text.threadId, thread);

        // Counted unread in the thread list and the space list.
        QTRY_COMPARE_WITH_TIMEOUT(page->threadModel()
                                      ->index(page->threadModel()->rowOf(thread))
                                      .data(ThreadListModel::UnreadRole)
                                      .toInt(),
                                  1, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->spaceModel()
                                         ->index(page->spaceModel()->rowOf(space))
                                         .data(SpaceListModel::UnreadRole)
                                         .toInt() >= 1,
                                 kTimeout);
        QVERIFY(page->spaceModel()
                    ->index(page->spaceModel()->rowOf(space))
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QCoreApplication::translate("lyceum::ui::SpaceListModel", "%n unread",
                                                          nullptr, 1)));
        if (!shots.isEmpty()) {
            window.showDiscussions();
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/unread.png")));
        }

        // Back in the window, reading the thread clears it.
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        window.openThread(thread);
        QTRY_COMPARE_WITH_TIMEOUT(page->threadModel()
                                      ->index(page->threadModel()->rowOf(thread))
                                      .data(ThreadListModel::UnreadRole)
                                      .toInt(),
                                  0, kTimeout);

        // While the window is active, no notice: the badges tell.
        const NoticeText single = text;
        shown.clear();
        flushed.clear();
        QSignalSpy arrived(&learner->discussions(), &DiscussionsService::noticesArrived);
        QVERIFY(!creator->discussions()
                     .createPost(thread, {}, QStringLiteral("And ask anything."))
                     .isEmpty());
        QVERIFY(flushed.wait(kTimeout));
        ThreadView *view = page->threadView();
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidgets().size() == 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), kTimeout); // the notifier has been told
        // The marker: back in the background, the next reply is told alone, so the one that
        // came while the window was active was dropped, not kept for later.
        QApplication::setActiveWindow(&elsewhere);
        QTRY_VERIFY(!window.isActiveWindow());
        flushed.clear();
        QVERIFY(
            !creator->discussions().createPost(thread, {}, QStringLiteral("Any time.")).isEmpty());
        QVERIFY(flushed.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kTimeout);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).value<NoticeText>().body, QStringLiteral("Any time."));
        QCOMPARE(shown.first().at(0).value<NoticeText>().title, single.title); // one reply
        QApplication::setActiveWindow(&window);
        QTRY_VERIFY(window.isActiveWindow());
        QTRY_VERIFY_WITH_TIMEOUT(view->postWidgets().size() == 4, kTimeout);

        // Edit the opening post with its Edit button.
        const QString opening = view->postModel()->postAt(0)->post.id;
        PostWidget *mine = view->postWidget(opening);
        QVERIFY(mine);
        QToolButton *edit =
            buttonLabelled(mine, QCoreApplication::translate("lyceum::ui::PostWidget", "Edit"));
        QVERIFY(edit);
        QVERIFY(!buttonLabelled(
            view->postWidget(view->postModel()->postAt(1)->post.id),
            QCoreApplication::translate("lyceum::ui::PostWidget", "Edit"))); // not on others' posts
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(view->composer()->editTargetId(), opening);
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/edit-post.png")));
        }
        QCOMPARE(view->composer()->text(), QStringLiteral("I am new here. 从哪里开始？"));
        view->composer()->editor()->selectAll();
        QTest::keyClicks(view->composer()->editor(), QStringLiteral("Edited: where to begin"));
        QTest::mouseClick(view->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(view->composer()->editTargetId().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(view->postModel()->postAt(0)->post.body,
                                  QStringLiteral("Edited: where to begin"), kTimeout);
        // Sent and confirmed (the outbox row is gone), not merely "nothing waiting yet".
        QTRY_VERIFY_WITH_TIMEOUT(!view->postModel()->postAt(0)->pending.has_value() &&
                                     learner->syncStatus().outboxWaiting == 0,
                                 kTimeout);
        QCOMPARE(learner->syncStatus().outboxFailed, 0);
        QVERIFY(pull(*creator));
        std::optional<ThreadDetail> seen;
        creator->discussions().fetchThread(thread, this,
                                           [&seen](std::optional<ThreadDetail> d) { seen = d; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), kTimeout);
        QCOMPARE(seen->posts.first().post.body, QStringLiteral("Edited: where to begin"));
    }

    // The announcements space is the team's: a learner gets no New thread button there, but a
    // sentence saying why; the welcome space offers it; a creator gets it in both. Replies to an
    // announcement stay open to everyone.
    void staffOnlySpaceHidesNewThread() {
        auto learner = signedIn(m_dir.filePath(QStringLiteral("rules-learner")), m_server.url(),
                                QStringLiteral("learner"), false);
        auto creator = signedIn(m_dir.filePath(QStringLiteral("rules-creator")), m_server.url(),
                                QStringLiteral("creator"), false);
        QVERIFY(learner && creator);
        QVERIFY(pull(*learner));
        QVERIFY(pull(*creator));
        const QString announcements = QStringLiteral("s-announcements");
        const QString welcome = QStringLiteral("s-welcome");

        DiscussionsPage page(learner.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.spaceModel()->rowOf(announcements) >= 0, kTimeout);
        page.selectSpace(announcements);
        QTRY_VERIFY_WITH_TIMEOUT(!page.startThreadsRefusal(announcements).isEmpty(), kTimeout);
        QTRY_VERIFY(!page.newThreadButton()->isVisible());
        QVERIFY(page.postingRuleLabel()->isVisible());
        QCOMPARE(page.postingRuleLabel()->text(),
                 QCoreApplication::translate("lyceum::ui::DiscussionsPage",
                                             "Only the community's team (teachers, moderators "
                                             "and admins) starts threads in this space."));
        // Ctrl+N or a menu cannot open the dialog either.
        page.startNewThread();
        QVERIFY(!QApplication::activeModalWidget());

        // An announcement can be answered by everyone: the composer is there.
        QTRY_VERIFY_WITH_TIMEOUT(page.threadModel()->rowCount() > 0, kTimeout);
        page.threadListView()->setCurrentIndex(page.threadModel()->index(0));
        QTRY_VERIFY_WITH_TIMEOUT(!page.threadView()->threadId().isEmpty() &&
                                     page.threadView()->postWidgets().size() > 0,
                                 kTimeout);
        QVERIFY(page.threadView()->composerShown());
        QVERIFY(page.replyRefusal(announcements).isEmpty());

        page.selectSpace(welcome);
        QTRY_VERIFY(page.newThreadButton()->isVisible());
        QVERIFY(!page.postingRuleLabel()->isVisible());

        DiscussionsPage team(creator.get());
        team.show();
        QVERIFY(QTest::qWaitForWindowExposed(&team));
        QTRY_VERIFY_WITH_TIMEOUT(team.spaceModel()->rowOf(announcements) >= 0, kTimeout);
        team.selectSpace(announcements);
        QTRY_VERIFY(team.newThreadButton()->isVisible());
        QVERIFY(team.startThreadsRefusal(announcements).isEmpty());

        // Where the space keeps replies to others, the composer gives way to the reason.
        page.threadView()->setReplyGate([](const QString &) { return QStringLiteral("why"); });
        const QString open = page.threadView()->threadId();
        page.threadView()->closeThread();
        page.threadView()->openThread(open);
        QTRY_VERIFY(!page.threadView()->composerShown());
        QCOMPARE(page.threadView()->replyRuleLabel()->text(), QStringLiteral("why"));
    }

    void notificationsCanBeTurnedOff() {
        auto client = signedIn(m_dir.filePath(QStringLiteral("settings")), m_server.url(),
                               QStringLiteral("learner"), false);
        QVERIFY(client);
        TrayNotifier::setEnabledInSettings(true);
        SettingsDialog dialog(client.get(), QStringLiteral("en"));
        QVERIFY(dialog.notificationsBox()->isChecked());
        dialog.notificationsBox()->setChecked(false);
        dialog.accept();
        QVERIFY(!TrayNotifier::enabledInSettings());
        SettingsDialog again(client.get(), QStringLiteral("en"));
        QVERIFY(!again.notificationsBox()->isChecked());
        TrayNotifier::setEnabledInSettings(true);
    }
};

QTEST_MAIN(TestUiReading)
#include "tst_ui_reading.moc"

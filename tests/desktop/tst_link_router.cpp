// lyceum:// links inside the window, with real widgets against a real demo server: a course
// link opens the course page and "Copy link" there copies the same link back; a thread link opens
// the thread; a post link opens its thread at the post, highlighted, and the thread's and the
// post's "Copy link" give those links back; a link into another community asks first and opens
// nothing; an invalid one is refused.
#include "client/client.h"
#include "course/course_page.h"
#include "course/lesson_dialog.h"
#include "course/syllabus_model.h"
#include "demo/demo_launcher.h"
#include "desktop/link_router.h"
#include "discussions/discussions_page.h"
#include "discussions/post_widget.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

class TestLinkRouter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoLauncher> m_launcher;
    QUrl m_url;

private Q_SLOTS:
    void initTestCase() {
        m_launcher = std::make_unique<DemoLauncher>(qEnvironmentVariable("LYCEUM_SERVER_BIN"),
                                                    m_dir.filePath(QStringLiteral("server")));
        m_launcher->setStartTimeout(60000);
        QSignalSpy ready(m_launcher.get(), &DemoLauncher::ready);
        QSignalSpy failed(m_launcher.get(), &DemoLauncher::failed);
        m_launcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());
        m_url = ready.first().at(0).toUrl();
    }
    void cleanupTestCase() { m_launcher.reset(); }

    void opensLinksAndCopiesThem() {
        Client client(Client::Options{m_dir.filePath(QStringLiteral("profile")), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(20000));
        QSignalSpy login(&client, &Client::loginFinished);
        client.login(m_url, DemoLauncher::demoHandle(), DemoLauncher::demoPassword(), false);
        QVERIFY(login.wait(20000));
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));
        MainWindow window(&client, QStringLiteral("en"));
        window.show();
        LinkRouter router(&client, &window);
        QSignalSpy routed(&router, &LinkRouter::opened);

        const QString host = QStringLiteral("lyceum://127.0.0.1:%1").arg(m_url.port());
        const QString course = host + QStringLiteral("/course/c-english-email");
        router.open(course);
        QCOMPARE(routed.count(), 1);
        QCOMPARE(window.coursePage()->courseId(), QStringLiteral("c-english-email"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(window.coursePage()->copyLinkButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), course);

        // A lesson link opens the lesson of its course (a modal dialog: looked at from a timer,
        // since exec() runs its own loop), and its "Copy link" names the lesson.
        QTRY_VERIFY_WITH_TIMEOUT(!window.coursePage()->syllabusModel()->lessons().isEmpty(), 20000);
        const Lesson lesson = window.coursePage()->syllabusModel()->lessons().constFirst();
        QString dialogTitle;
        QString copied;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<LessonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogTitle = dialog->windowTitle();
            QTest::mouseClick(dialog->copyLinkButton(), Qt::LeftButton);
            copied = QApplication::clipboard()->text();
            dialog->reject();
        });
        poll.start(50);
        window.showCatalogue();
        router.open(host + QStringLiteral("/lesson/") + lesson.id + QStringLiteral("?t=42"));
        QTRY_COMPARE_WITH_TIMEOUT(dialogTitle, lesson.title, 30000);
        poll.stop();
        QCOMPARE(window.coursePage()->courseId(), lesson.courseId);
        QVERIFY2(copied.startsWith(host + QStringLiteral("/lesson/") + lesson.id),
                 qPrintable(copied));
        QCOMPARE(routed.count(), 2);

        // A thread the demo has: the first of the course's threads.
        QTRY_VERIFY_WITH_TIMEOUT(window.coursePage()->threadModel()->rowCount() > 0, 20000);
        const QString threadId =
            window.coursePage()->threadModel()->index(0).data(ThreadListModel::IdRole).toString();
        QVERIFY(!threadId.isEmpty());
        router.open(host + QStringLiteral("/thread/") + threadId);
        QTRY_COMPARE_WITH_TIMEOUT(window.discussionsPage()->threadView()->threadId(), threadId,
                                  20000);
        // A post link opens its thread at that post, highlighted: the thread's last post.
        ThreadView *thread = window.discussionsPage()->threadView();
        QTRY_VERIFY_WITH_TIMEOUT(!thread->postWidgets().isEmpty(), 20000);
        const QString postId = thread->postWidgets().constLast()->postId();
        QVERIFY(!postId.isEmpty());
        window.showCatalogue();
        router.open(host + QStringLiteral("/thread/") + threadId + QStringLiteral("#post-") +
                    postId);
        QCOMPARE(routed.count(), 4);
        QCOMPARE(routed.last().at(0).value<LyceumLink>().kind, LyceumLink::Kind::Post);
        QTRY_COMPARE_WITH_TIMEOUT(thread->highlightedPostId(), postId, 20000);
        QCOMPARE(thread->threadId(), threadId);

        // "Copy link" in the thread's header names the thread; the post's context menu action
        // names the post; both links parse back to what they point at.
        QTRY_VERIFY_WITH_TIMEOUT(thread->copyLinkButton()->isVisible(), 20000);
        QApplication::clipboard()->clear();
        QTest::mouseClick(thread->copyLinkButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), host + QStringLiteral("/thread/") + threadId);
        PostWidget *post = thread->postWidget(postId);
        QVERIFY(post);
        QVERIFY(post->copyLinkAction());
        QVERIFY(post->actions().contains(post->copyLinkAction()));
        QCOMPARE(post->contextMenuPolicy(), Qt::ActionsContextMenu);
        QApplication::clipboard()->clear();
        post->copyLinkAction()->trigger();
        const QString postLink = QApplication::clipboard()->text();
        QCOMPARE(postLink,
                 host + QStringLiteral("/thread/") + threadId + QStringLiteral("#post-") + postId);
        const std::optional<LyceumLink> parsed = parseLyceumLink(postLink);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, LyceumLink::Kind::Post);
        QCOMPARE(parsed->postId, postId);

        // Another community: a question, nothing opened.
        router.open(QStringLiteral("lyceum://learn.example.org/course/c-english-email"));
        QCOMPARE(routed.count(), 4);
        QVERIFY(router.pendingQuestion());
        QVERIFY(router.pendingQuestion()->text().contains(QStringLiteral("learn.example.org")));
        QSignalSpy other(&router, &LinkRouter::otherCommunityRequested);
        QMessageBox *question = router.pendingQuestion();
        const QList<QAbstractButton *> buttons = question->buttons();
        for (QAbstractButton *button : buttons) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                button->click(); // "Sign in there…"
        }
        QCOMPARE(other.count(), 1);
        QCOMPARE(other.first().at(1).toUrl(), QUrl(QStringLiteral("https://learn.example.org")));

        // Not a link: refused, nothing opened.
        router.open(QStringLiteral("lyceum://127.0.0.1/course/../../etc/passwd"));
        QCOMPARE(routed.count(), 4);
    }
};

QTEST_MAIN(TestLinkRouter)
#include "tst_link_router.moc"

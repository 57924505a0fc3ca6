// End to end through real widgets against a real lyceum-server (LYCEUM_SERVER_BIN, started
// by the DemoLauncher with --demo and a temporary data dir): sign in through the login dialog,
// open a course from the catalogue, open a thread, reply through the composer (to the thread
// and to a post), and check through a second Client that the replies reached the server.
#include "catalogue/catalogue_page.h"
#include "catalogue/course_filter_model.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "composer/composer.h"
#include "course/course_page.h"
#include "course/syllabus_model.h"
#include "demo/demo_launcher.h"
#include "discussions/discussions_page.h"
#include "discussions/post_list_model.h"
#include "discussions/post_widget.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "login/login_dialog.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
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

constexpr int kTimeout = 20000;

void clickIndex(QListView *view, const QModelIndex &index) {
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

bool containsBody(const PostListModel *model, const QString &body, QString *parentId = nullptr) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(PostListModel::BodyRole).toString() == body) {
            if (parentId)
                *parentId = model->index(row).data(PostListModel::ParentIdRole).toString();
            return true;
        }
    }
    return false;
}

} // namespace

class TestUiFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        const QString binary = qEnvironmentVariable("LYCEUM_SERVER_BIN");
        QVERIFY2(!binary.isEmpty(), "LYCEUM_SERVER_BIN is not set");
        QVERIFY(m_dir.isValid());
        m_launcher =
            std::make_unique<DemoLauncher>(binary, m_dir.filePath(QStringLiteral("server")));
        m_launcher->setStartTimeout(60000);
        QSignalSpy ready(m_launcher.get(), &DemoLauncher::ready);
        QSignalSpy failed(m_launcher.get(), &DemoLauncher::failed);
        m_launcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        m_url = ready.first().at(0).toUrl();
    }

    void cleanupTestCase() { m_launcher.reset(); }

    // Guessing is throttled by the server (429 with Retry-After); the dialog says how long to
    // wait and keeps Sign in disabled until then.
    void throttledSignInCountsDown() {
        Client client(Client::Options{m_dir.filePath(QStringLiteral("throttled")), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));
        LoginDialog login(&client);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        login.serverField()->clear();
        QTest::keyClicks(login.serverField(), m_url.toString());
        QTest::keyClicks(login.handleField(), QStringLiteral("nobody_here"));
        QSignalSpy finished(&client, &Client::loginFinished);
        for (int attempt = 0; attempt < 6; ++attempt) {
            login.passwordField()->clear();
            QTest::keyClicks(login.passwordField(), QStringLiteral("guess-%1").arg(attempt));
            QTRY_VERIFY_WITH_TIMEOUT(login.signInButton()->isEnabled(), kTimeout);
            QTest::mouseClick(login.signInButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), attempt + 1, kTimeout);
        }
        const auto error = finished.last().at(0).value<ApiError>();
        QCOMPARE(error.code, QStringLiteral("rate_limited"));
        QVERIFY(error.retryAfterSeconds > 0);
        QVERIFY2(login.errorLabel()->text().contains(QString::number(error.retryAfterSeconds)),
                 qPrintable(login.errorLabel()->text()));
        QVERIFY(!login.signInButton()->isEnabled());
        QVERIFY(login.isVisible());
        if (qEnvironmentVariableIsSet("LYCEUM_SHOTS"))
            QVERIFY(login.grab().save(qEnvironmentVariable("LYCEUM_SHOTS") +
                                      QStringLiteral("/login-rate-limited.png")));
    }

    void fullFlow() {
        Client client(Client::Options{m_dir.filePath(QStringLiteral("profile")), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));

        // --- sign in through the dialog, like a person -------------------------------------
        LoginDialog login(&client);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QVERIFY(!login.signInButton()->isEnabled());
        login.serverField()->clear();
        QTest::keyClicks(login.serverField(), m_url.toString());
        QTest::keyClicks(login.handleField(), DemoLauncher::demoHandle());
        QTest::keyClicks(login.passwordField(), QStringLiteral("wrong-password"));
        login.rememberBox()->setChecked(false);
        QTest::mouseClick(login.signInButton(), Qt::LeftButton);
        // A wrong password is said in the dialog, which stays open.
        QTRY_VERIFY_WITH_TIMEOUT(login.errorLabel()->isVisible(), kTimeout);
        QVERIFY(!login.errorLabel()->text().isEmpty());
        QVERIFY(login.isVisible());

        login.passwordField()->clear();
        QTest::keyClicks(login.passwordField(), DemoLauncher::demoPassword());
        QTest::mouseClick(login.signInButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), kTimeout);
        QVERIFY(client.isLoggedIn());

        // --- the main window fills in as the sync lands ------------------------------------
        MainWindow window(&client, QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sidebar()->button(Sidebar::Catalogue)->isChecked(), true);
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));
        QVERIFY2(!synced.first().at(0).value<ApiError>().isError(),
                 qPrintable(synced.first().at(0).value<ApiError>().message));

        CataloguePage *catalogue = window.cataloguePage();
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->courseModel()->rowCount() > 0, kTimeout);
        QAbstractItemModel *shown = catalogue->courseView()->model();
        const int total = shown->rowCount();

        // Search as you type (Ctrl+F focuses the field).
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(catalogue->searchField()->hasFocus());
        const QString title =
            catalogue->courseModel()->index(0).data(CourseListModel::TitleRole).toString();
        catalogue->searchField()->insert(title.left(2)); // Chinese arrives committed by an IME
        QVERIFY(shown->rowCount() >= 1);
        QVERIFY(shown->rowCount() <= total);
        QTest::keyClicks(catalogue->searchField(), QStringLiteral("zzzz-no-such-course"));
        QCOMPARE(shown->rowCount(), 0);
        catalogue->searchField()->clear();
        QCOMPARE(shown->rowCount(), total);

        // --- open a course with threads from the grid ----------------------------------
        int courseRow = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(CourseListModel::ThreadCountRole).toInt() > 0) {
                courseRow = row;
                break;
            }
        }
        const QString courseId =
            shown->index(courseRow, 0).data(CourseListModel::IdRole).toString();
        CoursePage *course = window.coursePage();
        QSignalSpy courseLoaded(course, &CoursePage::courseLoaded);
        clickIndex(catalogue->courseView(), shown->index(courseRow, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!courseLoaded.isEmpty(), kTimeout);
        QCOMPARE(course->courseId(), courseId);
        QVERIFY(course->isVisible());
        QVERIFY(course->syllabusModel()->rowCount() > 0);

        // --- open a thread (the course's, else the first of the discussions) -----------
        ThreadView *threadView = window.discussionsPage()->threadView();
        if (course->threadModel()->rowCount() > 0) {
            clickIndex(course->threadListView(), course->threadModel()->index(0));
        } else {
            QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
            ThreadListModel *threads = window.discussionsPage()->threadModel();
            QTRY_VERIFY_WITH_TIMEOUT(threads->rowCount() > 0, kTimeout);
            clickIndex(window.discussionsPage()->threadListView(), threads->index(0));
        }
        QVERIFY(window.discussionsPage()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(threadView->postModel()->rowCount() > 0, kTimeout);
        const QString threadId = threadView->threadId();
        QVERIFY(!threadId.isEmpty());

        // --- reply to the thread through the composer (Ctrl+Enter) ---------------------
        Composer *composer = threadView->composer();
        if (!composer->editor()->isEnabled())
            QSKIP("the opened thread is locked");
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        QString reply = QStringLiteral("UI test reply ") + stamp;
        composer->editor()->setFocus();
        QTest::keyClicks(composer->editor(), reply);
        composer->editor()->insertPlainText(QStringLiteral(" 你好")); // as an input method commits
        reply += QStringLiteral(" 你好");
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(containsBody(threadView->postModel(), reply), kTimeout);
        QVERIFY(composer->text().isEmpty());

        // --- reply to the first post through its Reply button ----------------------------
        QTRY_VERIFY(!threadView->postWidgets().isEmpty());
        PostWidget *first = threadView->postWidgets().first();
        QVERIFY(first->replyButton());
        // The view rebuilds its posts when the cache changes, so keep the id, not the widget.
        const QString firstId = first->postId();
        QTest::mouseClick(first->replyButton(), Qt::LeftButton);
        QCOMPARE(composer->replyTargetId(), firstId);
        const QString nested = QStringLiteral("nested reply ") + stamp;
        QTest::keyClicks(composer->editor(), nested);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QString parentId;
        QTRY_VERIFY_WITH_TIMEOUT(containsBody(threadView->postModel(), nested, &parentId),
                                 kTimeout);
        QCOMPARE(parentId, firstId);

        // --- keyboard: Ctrl+1 / Ctrl+2 switch pages, Ctrl+, opens the settings -------------
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(catalogue->isVisible());
        QVERIFY(window.sidebar()->button(Sidebar::Catalogue)->isChecked());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(window.discussionsPage()->isVisible());
        QVERIFY(window.sidebar()->button(Sidebar::Discussions)->isChecked());
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *settings = nullptr;
        QTRY_VERIFY((settings = window.findChild<SettingsDialog *>()) && settings->isVisible());
        // Choosing the language the UI already runs in saves it without a restart prompt.
        settings->languageBox()->setCurrentIndex(
            settings->languageBox()->findData(QStringLiteral("en")));
        settings->accept();
        QCOMPARE(language::savedChoice(), QStringLiteral("en"));
        language::saveChoice(QString());

        // --- flush the outbox and read the thread back through a second client ----------
        QSignalSpy flushed(&client, &Client::outboxFlushed);
        client.flushOutbox();
        QVERIFY(flushed.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(client.syncStatus().outboxWaiting, 0, kTimeout);

        Client second(Client::Options{m_dir.filePath(QStringLiteral("profile2")), false});
        QSignalSpy secondOpened(&second, &Client::opened);
        second.open();
        QVERIFY(secondOpened.wait(kTimeout));
        QSignalSpy secondLogin(&second, &Client::loginFinished);
        second.login(m_url, QStringLiteral("creator"), DemoLauncher::demoPassword(), false);
        QVERIFY(secondLogin.wait(kTimeout));
        QVERIFY(!secondLogin.first().at(0).value<ApiError>().isError());
        QSignalSpy secondSynced(&second, &Client::syncFinished);
        second.syncNow();
        QVERIFY(secondSynced.wait(60000));
        std::optional<ThreadDetail> detail;
        bool fetched = false;
        second.discussions().fetchThread(threadId, this, [&](std::optional<ThreadDetail> d) {
            detail = std::move(d);
            fetched = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, kTimeout);
        QVERIFY(detail.has_value());
        bool sawReply = false;
        bool sawNested = false;
        for (const PostView &view : detail->posts) {
            sawReply = sawReply || (view.post.body == reply && view.post.parentId.isEmpty());
            sawNested = sawNested || (view.post.body == nested && view.post.parentId == parentId &&
                                      view.depth > 0);
            if (view.post.body == reply || view.post.body == nested)
                QVERIFY(!view.pending.has_value());
        }
        QVERIFY(sawReply);
        QVERIFY(sawNested);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoLauncher> m_launcher;
    QUrl m_url;
};

QTEST_MAIN(TestUiFlow)
#include "tst_ui_flow.moc"

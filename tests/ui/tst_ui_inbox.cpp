// The inbox, @ completion, the growing composer and the reaction picker, through real widgets
// against a real lyceum-server (a child process). The learner replies in a thread; the creator
// answers that reply and mentions @learner. The learner's sidebar counts 2 unread in the inbox,
// Ctrl+I opens it with the list focused, M marks the mention read, Enter on the reply opens the
// thread at that post and reads it. In the thread, the one-line composer grows with its text
// and "@cre" offers the creator, Enter inserts "@creator ". React opens a row of the common
// emoji, "More…" the full picker; typing "panda" leaves one emoji, Enter reacts with it and the
// server takes it.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "composer/composer.h"
#include "discussions/discussions_page.h"
#include "discussions/post_list_view.h"
#include "discussions/post_widget.h"
#include "discussions/reaction_picker.h"
#include "discussions/report_dialog.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "inbox/inbox_model.h"
#include "inbox/inbox_page.h"
#include "moderation/moderation_page.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options o{dir, false};
    o.live = false;
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

// Sends what waits (the automatic flush may have begun already) and waits until nothing does.
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

QJsonObject callJson(const QUrl &server, const QString &path, const QJsonObject &body,
                     const QString &token = {}) {
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The demo's moderator hides a post with a reason; true when the server applied it.
bool hideAsModerator(const QUrl &server, const QString &postId, const QString &reason) {
    const QString token = callJson(server, QStringLiteral("/api/v1/auth/login"),
                                   {{QStringLiteral("handle"), QStringLiteral("moderator")},
                                    {QStringLiteral("password"), QStringLiteral("lyceum-demo")}})
                              .value(QLatin1String("access_token"))
                              .toString();
    const QJsonObject args{{QStringLiteral("target_kind"), QStringLiteral("post")},
                           {QStringLiteral("target_id"), postId},
                           {QStringLiteral("action"), QStringLiteral("hide")},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("note"), QString()}};
    const QJsonObject answer = callJson(
        server, QStringLiteral("/api/v1/mutations"),
        {{QStringLiteral("client_id"), QStringLiteral("tst-ui-inbox")},
         {QStringLiteral("mutations"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("hide-") + postId)},
                                 {QStringLiteral("type"), QStringLiteral("moderation.act")},
                                 {QStringLiteral("args"), args}}}}},
        token);
    return QJsonDocument(answer).toJson().contains("applied");
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

class TestUiInbox : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_inbox"));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void inboxMentionsAndReactions() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens, for
        // scripts/screenshots.sh.
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty())
            QVERIFY(language::install(*qApp, lang));
        auto learner = signedIn(m_dir.filePath(QStringLiteral("learner")), m_server.url(),
                                QStringLiteral("learner"));
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(learner && creator);
        QVERIFY(pull(*learner) && pull(*creator));

        MainWindow window(learner.get(), lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InboxPage *inbox = window.inboxPage();
        QToolButton *inboxButton = window.sidebar()->button(Sidebar::Inbox);
        QVERIFY(inbox && inboxButton);

        // The learner replies in the welcome space; the creator answers and mentions them.
        const QString thread = learner->discussions().createThread(
            QStringLiteral("s-welcome"), {}, {}, QStringLiteral("Inbox test"),
            ThreadKind::Discussion, QStringLiteral("Hello everyone"));
        QVERIFY(!thread.isEmpty());
        QVERIFY(sent(*learner));
        QVERIFY(pull(*creator));
        const QString reply =
            creator->discussions().createPost(thread, {}, QStringLiteral("Welcome aboard!"));
        QVERIFY(sent(*creator));
        const QString mention = creator->discussions().createPost(
            thread, reply, QStringLiteral("@learner see lesson one"));
        QVERIFY(sent(*creator));

        QSignalSpy counted(inbox, &InboxPage::unreadCountChanged);
        QVERIFY(pull(*learner));
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadCount(), 2, kTimeout);
        QVERIFY2(inboxButton->text().contains(QLatin1Char('2')), qPrintable(inboxButton->text()));

        // Ctrl+I: the inbox, its list focused, newest (the mention) first.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QTRY_COMPARE(window.sidebar()->button(Sidebar::Inbox)->isChecked(), true);
        QTRY_VERIFY(inbox->view()->hasFocus());
        InboxModel *model = inbox->model();
        QVERIFY(model->rowCount() >= 2);
        auto itemAt = [&](int row) {
            return model->index(row).data(InboxModel::ItemRole).value<InboxItem>();
        };
        QCOMPARE(itemAt(0).kind, InboxKind::Mention);
        QCOMPARE(itemAt(0).postId, mention);
        QCOMPARE(itemAt(1).kind, InboxKind::Reply);
        QCOMPARE(itemAt(1).postId, reply);
        QCOMPARE(inbox->view()->currentIndex().row(), 0);
        shoot(window, shots, QStringLiteral("inbox"));

        // M marks the current item read.
        QTest::keyClick(inbox->view(), Qt::Key_M);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadCount(), 1, kTimeout);
        QVERIFY(itemAt(0).read);
        QVERIFY2(inboxButton->text().contains(QLatin1Char('1')), qPrintable(inboxButton->text()));

        // Enter on the reply: the thread, at that post; the item is read.
        QTest::keyClick(inbox->view(), Qt::Key_Down);
        QCOMPARE(inbox->view()->currentIndex().row(), 1);
        QTest::keyClick(inbox->view(), Qt::Key_Return);
        ThreadView *view = window.discussionsPage()->threadView();
        QTRY_COMPARE_WITH_TIMEOUT(view->threadId(), thread, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view->highlightedPostId(), reply, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadCount(), 0, kTimeout);
        QVERIFY(!inboxButton->text().contains(QLatin1Char('(')));

        // The composer: one line, growing with the text up to its limit.
        Composer *composer = view->composer();
        QPlainTextEdit *editor = composer->editor();
        const int oneLine = editor->height();
        QVERIFY2(oneLine < 60, qPrintable(QString::number(oneLine)));
        composer->focusEditor();
        QTest::keyClicks(editor, QStringLiteral("line"));
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, QStringLiteral("line"));
        }
        QTRY_VERIFY(editor->height() > oneLine * 2);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(editor->height() <= 160);
        composer->clear();
        QTRY_COMPARE(editor->height(), oneLine);

        // @ completes handles seen in the cache; Enter takes the chosen one.
        composer->focusEditor();
        QTest::keyClicks(editor, QStringLiteral("thanks @cre"));
        QTRY_VERIFY_WITH_TIMEOUT(composer->membersShown(), kTimeout);
        QVERIFY(composer->memberList()->model()->rowCount() >= 1);
        QCOMPARE(composer->memberList()->currentIndex().data(Qt::UserRole + 1).toString(),
                 QStringLiteral("creator"));
        shoot(window, shots, QStringLiteral("mention"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(composer->text(), QStringLiteral("thanks @creator "));
        QVERIFY(!composer->membersShown());
        // Escape closes the list, and the text stays as typed.
        QTest::keyClicks(editor, QStringLiteral("and @cr"));
        QTRY_VERIFY_WITH_TIMEOUT(composer->membersShown(), kTimeout);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!composer->membersShown());
        QCOMPARE(composer->text(), QStringLiteral("thanks @creator and @cr"));
        composer->clear();

        // React: the row of common emoji, More…, the searchable grid, Enter.
        PostWidget *post = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((post = view->postWidget(reply)) != nullptr, kTimeout);
        QVERIFY(post->reactButton());
        QTest::mouseClick(post->reactButton(), Qt::LeftButton);
        ReactionBar *bar = nullptr;
        QTRY_VERIFY((bar = qobject_cast<ReactionBar *>(QApplication::activePopupWidget())));
        QCOMPARE(bar->emojiButtons().size(), allowedEmoji().size());
        QTRY_VERIFY(bar->emojiButtons().first()->hasFocus());
        shoot(window, shots, QStringLiteral("reaction-row"));
        for (int i = 0; i < allowedEmoji().size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTRY_VERIFY(bar->moreButton()->hasFocus());
        QTest::keyClick(bar->moreButton(), Qt::Key_Return);
        EmojiPicker *picker = nullptr;
        QTRY_VERIFY((picker = qobject_cast<EmojiPicker *>(QApplication::activePopupWidget())));
        QCOMPARE(picker->shownCount(), int(emojiCatalogue().size()));
        QTRY_VERIFY(picker->searchField()->hasFocus());
        shoot(window, shots, QStringLiteral("emoji-picker"));
        QTest::keyClicks(picker->searchField(), QStringLiteral("panda"));
        QCOMPARE(picker->shownCount(), 1);
        QTest::keyClick(picker->searchField(), Qt::Key_Down);
        QTRY_VERIFY(picker->grid()->hasFocus());
        QTest::keyClick(picker->grid(), Qt::Key_Return);
        const QString panda = QStringLiteral("\U0001F43C");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                PostWidget *w = view->postWidget(reply);
                if (!w)
                    return false;
                for (QToolButton *b : w->findChildren<QToolButton *>()) {
                    if (b->objectName() == QLatin1String("ReactionButton") &&
                        b->text().startsWith(panda))
                        return true;
                }
                return false;
            }(),
            kTimeout);
        QVERIFY(sent(*learner)); // the server took 🐼

        // Reporting the reply says so at once and marks the post; reopened, it still does.
        QTRY_VERIFY_WITH_TIMEOUT((post = view->postWidget(reply)) != nullptr, kTimeout);
        QToolButton *reportButton = nullptr;
        for (QToolButton *b : post->findChildren<QToolButton *>()) {
            if (b->property("action").toString() == QLatin1String("report"))
                reportButton = b;
        }
        QVERIFY(reportButton && !post->isMarkedReported());
        reportButton->click();
        auto *dialog = window.findChild<ReportDialog *>();
        QVERIFY(dialog);
        dialog->accept();
        QVERIFY(view->reportNotice()->isVisible());
        QVERIFY(!view->reportNotice()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT((post = view->postWidget(reply)) && post->isMarkedReported(),
                                 kTimeout);
        shoot(window, shots, QStringLiteral("reported"));
        QVERIFY(sent(*learner)); // the report reached the server
        view->closeThread();
        window.openThreadAt(thread, reply);
        QTRY_VERIFY_WITH_TIMEOUT((post = view->postWidget(reply)) && post->isMarkedReported(),
                                 kTimeout);

        // A moderator hides one of the learner's posts: it reads "Hidden by a moderator" with
        // the reason for its author (from the notice, also in the inbox), not "deleted".
        const QString mine = learner->discussions().createPost(
            thread, reply, QStringLiteral("Buy followers at example.com"));
        QVERIFY(sent(*learner));
        QVERIFY(pull(*creator));
        // Moderators act on reported things: the creator reports it first.
        creator->moderation().report(QStringLiteral("post"), mine, QStringLiteral("spam"), {});
        QVERIFY(sent(*creator));
        QVERIFY(hideAsModerator(m_server.url(), mine, QStringLiteral("spam_links")));
        QVERIFY(pull(*learner));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                PostWidget *w = view->postWidget(mine);
                return w && w->deletedNote() &&
                       w->deletedNote()->property("role").toString() == QLatin1String("hidden") &&
                       w->deletedNote()->text().contains(
                           ModerationPage::templateLabel(QStringLiteral("spam_links")));
            }(),
            kTimeout);
        shoot(window, shots, QStringLiteral("hidden-post"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox->unreadCount(), 1, kTimeout);
        QCOMPARE(model->index(0).data(InboxModel::ItemRole).value<InboxItem>().kind,
                 InboxKind::Moderation);
        QCOMPARE(model->index(0).data(InboxModel::ItemRole).value<InboxItem>().postId, mine);
        // Another reader: hidden, no reason.
        QVERIFY(pull(*creator));
        std::optional<ThreadDetail> seen;
        creator->discussions().fetchThread(thread, this,
                                           [&](std::optional<ThreadDetail> d) { seen = d; });
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), kTimeout);
        bool hiddenForOthers = false;
        for (const PostView &p : seen->posts) {
            if (p.post.id == mine)
                hiddenForOthers = p.post.hidden && p.post.deleted && p.post.body.isEmpty();
        }
        QVERIFY(hiddenForOthers);
        PostView hiddenView;
        for (const PostView &p : seen->posts) {
            if (p.post.id == mine)
                hiddenView = p;
        }
        PostWidget forOthers(hiddenView, false, true, false);
        QVERIFY(forOthers.deletedNote());
        QCOMPARE(forOthers.deletedNote()->text(), PostWidget::tr("Hidden by a moderator."));
    }

    void emojiSearchBothLanguages() {
        QCOMPARE(EmojiPicker::matching(QString()).size(), emojiCatalogue().size());
        QCOMPARE(EmojiPicker::matching(QStringLiteral("熊猫")).size(), 1);
        QCOMPARE(EmojiPicker::matching(QStringLiteral("THUMBS")).size(), 2); // up and down
        QCOMPARE(EmojiPicker::matching(QStringLiteral("thumbs down")).size(), 1);
        QVERIFY(EmojiPicker::matching(QStringLiteral("zzzq")).isEmpty());
        for (const EmojiInfo &e : emojiCatalogue())
            QVERIFY2(!emojiKey(e.emoji).isEmpty() && isValidId(e.key), qPrintable(e.key));
    }
};

QTEST_MAIN(TestUiInbox)
#include "tst_ui_inbox.moc"

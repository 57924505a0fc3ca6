// The moderation console through the real widgets against a real lyceum-server --demo: a
// learner's reports appear in the moderator's queue; keyboard triage (j / k move, d deletes, u
// undoes) acts through the outbox and the feed follows; an item another moderator resolved
// while this one's action waited shows as resolved by them and is not applied twice; the audit
// log exports as CSV.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/theme.h"
#include "discussions/post_widget.h"
#include "discussions/report_dialog.h"
#include "i18n/language.h"
#include "markdown/markdown_view.h"
#include "moderation/moderation_page.h"
#include "shell/main_window.h"
#include "shell/moderation_notice_bar.h"
#include "spam/spam_model.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle,
                                 bool autoFlush = true) {
    Client::Options options{dir, false};
    options.autoFlush = autoFlush;
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

bool flush(Client &client) {
    QSignalSpy flushed(&client, &Client::outboxFlushed);
    client.flushOutbox();
    return flushed.wait(kTimeout) && !flushed.first().at(0).value<ApiError>().isError();
}

// Waits until every queued write of the client has been sent and accepted.
bool drained(Client &client) {
    return QTest::qWaitFor(
        [&] {
            qint64 waiting = -1;
            client.fetchCounts(&client, [&](CacheCounts c) { waiting = c.outbox; });
            if (!QTest::qWaitFor([&] { return waiting >= 0; }, kTimeout))
                return false;
            if (waiting > 0)
                client.flushOutbox();
            return waiting == 0;
        },
        60000);
}

std::optional<Post> postOf(Client &client, const QString &threadId, bool deleted) {
    std::optional<ThreadDetail> detail;
    client.discussions().fetchThread(threadId, &client,
                                     [&](std::optional<ThreadDetail> d) { detail = d; });
    if (!QTest::qWaitFor([&] { return detail.has_value(); }, kTimeout) || !detail)
        return std::nullopt;
    for (const PostView &v : detail->posts)
        if (v.post.deleted == deleted)
            return v.post;
    return std::nullopt;
}
} // namespace

class TestUiModeration : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void triageByKeyboard() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens.
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        const auto shot = [&](QWidget *w, const char *name) {
            if (shots.isEmpty())
                return;
            QTest::qWait(250);
            QVERIFY(w->grab().save(shots + u'/' + QLatin1String(name) + QStringLiteral(".png")));
        };
        auto learner = signedIn(m_dir.filePath(QStringLiteral("l")), m_server.url(),
                                QStringLiteral("learner"));
        QVERIFY(learner);
        QVector<ThreadSummary> threads;
        learner->discussions().fetchAllThreads(10, this,
                                               [&](QVector<ThreadSummary> t) { threads = t; });
        QTRY_VERIFY_WITH_TIMEOUT(threads.size() >= 2, kTimeout);
        // A thread whose first post the moderator may act on: not the admin's or a moderator's
        // (moderators act on learners and creators only).
        QString threadA;
        for (const ThreadSummary &t : std::as_const(threads)) {
            std::optional<ThreadDetail> detail;
            learner->discussions().fetchThread(
                t.thread.id, this, [&](std::optional<ThreadDetail> d) { detail = std::move(d); });
            QTRY_VERIFY_WITH_TIMEOUT(detail.has_value(), kTimeout);
            const auto first = std::find_if(detail->posts.cbegin(), detail->posts.cend(),
                                            [](const PostView &v) { return !v.post.deleted; });
            if (first != detail->posts.cend() && first->authorName != QStringLiteral("赵志刚") &&
                first->authorName != QStringLiteral("王蕾 (版主)")) {
                threadA = t.thread.id;
                break;
            }
        }
        QVERIFY(!threadA.isEmpty());
        // And another thread to report, started by neither (the admin approves it below).
        const auto threadB = [&] {
            for (const ThreadSummary &t : std::as_const(threads))
                if (t.thread.id != threadA && t.authorName != QStringLiteral("赵志刚") &&
                    t.authorName != QStringLiteral("王蕾 (版主)"))
                    return t.thread.id;
            return QString();
        }();
        QVERIFY(!threadB.isEmpty());
        const auto postA = postOf(*learner, threadA, false);
        QVERIFY(postA);
        {
            // The post is reported from the thread, through the Report button and dialog.
            MainWindow learnerWindow(learner.get(), lang);
            learnerWindow.resize(1024, 700);
            learnerWindow.show();
            QVERIFY(QTest::qWaitForWindowExposed(&learnerWindow));
            learnerWindow.openThread(threadA);
            PostWidget *widget = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (PostWidget *w : learnerWindow.findChildren<PostWidget *>())
                        if (w->postId() == postA->id)
                            widget = w;
                    return widget != nullptr;
                }(),
                kTimeout);
            QToolButton *reportButton = nullptr;
            for (QToolButton *b : widget->findChildren<QToolButton *>())
                if (b->property("action").toString() == QLatin1String("report"))
                    reportButton = b;
            QVERIFY(reportButton);
            reportButton->click();
            ReportDialog *dialog = learnerWindow.findChild<ReportDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->reason(), QStringLiteral("spam"));
            dialog->noteEdit()->setPlainText(QStringLiteral("加微信的广告"));
            shot(dialog, "report-post");
            dialog->accept();
            const auto outboxSize = [&] {
                qint64 size = -1;
                learner->fetchCounts(this, [&](CacheCounts c) { size = c.outbox; });
                return QTest::qWaitFor([&] { return size >= 0; }, kTimeout) ? size : -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(outboxSize() == 0, kTimeout); // sent at once
        }
        learner->moderation().report(QStringLiteral("thread"), threadB, QStringLiteral("off_topic"),
                                     {});
        QVERIFY(flush(*learner));

        // The moderator's outbox is sent by hand: actions can wait, as offline.
        auto moderator = signedIn(m_dir.filePath(QStringLiteral("m")), m_server.url(),
                                  QStringLiteral("moderator"), false);
        QVERIFY(moderator);
        MainWindow window(moderator.get(), lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showModeration();
        ModerationPage *page = window.moderationPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->model()->rowCount(), 2, kTimeout);
        // Equal priority (one reporter, the same minute): either may come first.
        const int postRow = page->items().at(0).targetKind == QLatin1String("post") ? 0 : 1;
        QCOMPARE(page->items().at(postRow).key(), QStringLiteral("post:") + postA->id);
        page->list()->setCurrentIndex(page->list()->model()->index(postRow, 0));
        QVERIFY(page->detail()->toPlainText().contains(QStringLiteral("加微信的广告")));
        shot(&window, "moderation");

        // j / k move; d deletes the current item; the feed follows once sent.
        QListView *list = page->list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 0);
        list->setCurrentIndex(list->model()->index(postRow, 0));
        QTest::keyClick(list, Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(page->items().at(postRow).pending.has_value(), kTimeout);
        QVERIFY(list->model()
                    ->index(postRow, 0)
                    .data()
                    .toString()
                    .contains(ModerationPage::tr("Queued: %1")
                                  .arg(ModerationPage::actionLabel(QStringLiteral("delete")))));
        QVERIFY(flush(*moderator));
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->model()->rowCount(), 1, kTimeout);
        QSignalSpy synced(learner.get(), &Client::syncFinished);
        learner->syncNow();
        QVERIFY(synced.wait(kTimeout));
        QVERIFY(postOf(*learner, threadA, true).has_value()); // deleted for everyone

        // u: the deletion is undone, the item back in the queue, the post back in the feed.
        QTest::keyClick(list, Qt::Key_U);
        const auto outboxSize = [&] {
            qint64 size = -1;
            moderator->fetchCounts(this, [&](CacheCounts c) { size = c.outbox; });
            return QTest::qWaitFor([&] { return size >= 0; }, kTimeout) ? size : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(outboxSize(), qint64(1), kTimeout);
        QVERIFY(flush(*moderator));
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->model()->rowCount(), 2, kTimeout);
        learner->syncNow();
        QVERIFY(synced.wait(kTimeout));
        QCOMPARE(postOf(*learner, threadA, false)->id, postA->id);

        // This time the report is judged wrong: approved. The classifier on this computer has
        // now learnt from one removal as spam and one approval, and says so in the detail.
        const int againRow = page->items().at(0).targetKind == QLatin1String("post") ? 0 : 1;
        list->setCurrentIndex(list->model()->index(againRow, 0));
        QTest::keyClick(list, Qt::Key_A);
        QVERIFY(flush(*moderator));
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->model()->rowCount(), 1, kTimeout);
        QVERIFY(moderator->moderation().spamScore(postA->body).has_value());
        QVERIFY(!moderator->moderation().spamReasons(postA->body).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(m_dir.filePath(QStringLiteral("m/spam-model.lyspam"))), kTimeout);
        spam::SpamModel saved;
        const auto savedHam = [&] {
            QFile modelFile(m_dir.filePath(QStringLiteral("m/spam-model.lyspam")));
            QString modelError;
            return modelFile.open(QIODevice::ReadOnly) &&
                           saved.load(modelFile.readAll(), &modelError)
                       ? saved.hamExamples()
                       : qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(savedHam(), qint64(1), kTimeout);
        QCOMPARE(saved.spamExamples(), 1);

        // Another moderator approves the thread first; this one's hide, queued meanwhile, is
        // refused and shown as resolved elsewhere.
        const int threadRow = page->items().at(0).targetKind == QLatin1String("thread") ? 0 : 1;
        list->setCurrentIndex(list->model()->index(threadRow, 0));
        QTest::keyClick(list, Qt::Key_H);
        auto admin =
            signedIn(m_dir.filePath(QStringLiteral("a")), m_server.url(), QStringLiteral("admin"));
        QVERIFY(admin);
        admin->moderation().moderate(QStringLiteral("thread"), threadB, QStringLiteral("approve"),
                                     QStringLiteral("rules"), {});
        QSignalSpy adminFlushed(admin.get(), &Client::outboxFlushed);
        QVERIFY(adminFlushed.wait(kTimeout));
        QSignalSpy flushed(moderator.get(), &Client::outboxFlushed);
        moderator->flushOutbox();
        QVERIFY(flushed.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(page->items().begin(), page->items().end(),
                                             [](const ModerationItem &i) {
                                                 return i.failureCode ==
                                                        QLatin1String("already_resolved");
                                             }),
                                 kTimeout);
        bool shown = false;
        for (int i = 0; i < list->model()->rowCount(); ++i)
            shown = shown || list->model()->index(i, 0).data().toString().contains(
                                 ModerationPage::tr("Resolved by another moderator"));
        QVERIFY(shown);
        shot(&window, "moderation-resolved");

        // The audit log: delete, undo, approve; exported as CSV.
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        page->setCsvPathChooser([&] { return csv; });
        page->openAuditLog();
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = page->findChild<QDialog *>(QStringLiteral("AuditLogDialog"))) != nullptr,
            kTimeout);
        auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("ExportCsv"));
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), kTimeout);
        shot(dialog, "audit-log");
        exportButton->click();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("id,time,moderator,moderator_name,action"));
        const QByteArray all = lines.join('\n');
        QVERIFY(all.contains(",delete,"));
        QVERIFY(all.contains(",undo,"));
        QVERIFY(all.contains(",approve,"));
        dialog->close();
    }

    // The moderators' decisions become the community's model; a learner's app fetches it after
    // a pull and shows a new post above its threshold collapsed, with Show.
    void learnersSeeFlaggedPostsCollapsed() {
        auto learner = signedIn(m_dir.filePath(QStringLiteral("l2")), m_server.url(),
                                QStringLiteral("learner"));
        auto moderator = signedIn(m_dir.filePath(QStringLiteral("m2")), m_server.url(),
                                  QStringLiteral("moderator"));
        auto creator = signedIn(m_dir.filePath(QStringLiteral("c2")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(learner && moderator && creator);
        QVector<ThreadSummary> threads;
        learner->discussions().fetchAllThreads(10, this,
                                               [&](QVector<ThreadSummary> t) { threads = t; });
        QTRY_VERIFY_WITH_TIMEOUT(threads.size() >= 3, kTimeout);
        QString threadId;
        for (const ThreadSummary &t : std::as_const(threads))
            if (!t.thread.locked)
                threadId = t.thread.id;
        QVERIFY(!threadId.isEmpty());
        const QStringList spammy{QStringLiteral("加微信 13812345678 免费领取课程红包"),
                                 QStringLiteral("限时特价 点击 http://cheap-course.example 领取"),
                                 QStringLiteral("Buy cheap courses http://cheap-course.example")};
        const QStringList normal{QStringLiteral("请问第三课的作业怎么提交？"),
                                 QStringLiteral("窗口函数那一节讲得很清楚，谢谢老师"),
                                 QStringLiteral("How do I handle missing values in pandas?")};
        QStringList ids;
        for (int i = 0; i < 24; ++i)
            ids << learner->discussions().createPost(threadId, {},
                                                     (i % 2 ? normal : spammy).at((i / 2) % 3) +
                                                         QStringLiteral(" #%1").arg(i));
        QVERIFY(drained(*learner));
        for (const QString &id : std::as_const(ids))
            creator->moderation().report(QStringLiteral("post"), id, QStringLiteral("spam"), {});
        QVERIFY(drained(*creator));
        QSignalSpy synced(moderator.get(), &Client::syncFinished);
        moderator->syncNow();
        QVERIFY(synced.wait(kTimeout));
        for (int i = 0; i < ids.size(); ++i)
            moderator->moderation().moderate(QStringLiteral("post"), ids.at(i),
                                             i % 2 ? QStringLiteral("approve")
                                                   : QStringLiteral("delete"),
                                             QStringLiteral("spam_links"), {});
        QVERIFY(drained(*moderator));

        // A new spammy post by someone else; the learner's next pull brings it and the model.
        const QString spamId =
            creator->discussions().createPost(threadId, {},
                                              QStringLiteral("加微信 13900001111 免费领取红包 "
                                                             "http://cheap-course.example/gift"));
        QVERIFY(!spamId.isEmpty());
        QVERIFY(drained(*creator));
        QSignalSpy modelChanged(&learner->moderation(), &ModerationService::spamModelChanged);
        QSignalSpy learnerSynced(learner.get(), &Client::syncFinished);
        learner->syncNow();
        QVERIFY(learnerSynced.wait(kTimeout));
        QVERIFY(modelChanged.wait(kTimeout) || !modelChanged.isEmpty());
        QVERIFY(learner->moderation().isLikelySpam(
            QStringLiteral("加微信 免费领取红包 http://cheap-course.example")));
        QVERIFY(!learner->moderation().isLikelySpam(QStringLiteral("请问第三课的作业怎么提交？")));

        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        MainWindow window(learner.get(), lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opened at the post (the view holds widgets for the posts on screen only).
        window.openThreadAt(threadId, spamId);
        PostWidget *flagged = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (PostWidget *w : window.findChildren<PostWidget *>())
                    if (w->isCollapsed())
                        flagged = w;
                return flagged != nullptr;
            }(),
            kTimeout);
        QCOMPARE(flagged->postId(), spamId);
        QVERIFY(!flagged->body()->isVisible());
        if (!shots.isEmpty()) {
            QTest::qWait(300); // laid out first
            QVERIFY(window.grab().save(shots + QStringLiteral("/post-folded.png")));
        }
        flagged->showSpamButton()->click();
        QVERIFY(!flagged->isCollapsed());
        QVERIFY(flagged->body()->isVisible());
        // The learner's own posts are never folded.
        int collapsed = 0;
        for (PostWidget *w : window.findChildren<PostWidget *>())
            collapsed += w->isCollapsed() ? 1 : 0;
        QCOMPARE(collapsed, 0);
    }

    // A thread's author reported from the thread's header; the console shows the author's
    // record and the community model's score, filters by it; w warns; the author's app shows
    // the warning with its templated reason until dismissed; the audit log names who and what.
    void reportAuthorsWarnAndTell() {
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        const auto shot = [&](QWidget *w, const char *name) {
            if (shots.isEmpty())
                return;
            QTest::qWait(250);
            QVERIFY(w->grab().save(shots + u'/' + QLatin1String(name) + QStringLiteral(".png")));
        };
        auto learner = signedIn(m_dir.filePath(QStringLiteral("l3")), m_server.url(),
                                QStringLiteral("learner"));
        auto creator = signedIn(m_dir.filePath(QStringLiteral("c3")), m_server.url(),
                                QStringLiteral("creator"));
        auto moderator = signedIn(m_dir.filePath(QStringLiteral("m3")), m_server.url(),
                                  QStringLiteral("moderator"));
        QVERIFY(learner && creator && moderator);
        const QString creatorId = creator->currentUser()->id;
        QVector<ThreadSummary> threads;
        learner->discussions().fetchAllThreads(50, this,
                                               [&](QVector<ThreadSummary> t) { threads = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!threads.isEmpty(), kTimeout);
        ThreadSummary theirs;
        for (const ThreadSummary &t : std::as_const(threads))
            if (t.thread.authorId == creatorId && !t.thread.locked)
                theirs = t;
        QVERIFY(!theirs.thread.id.isEmpty());
        {
            MainWindow window(learner.get(), lang);
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openThread(theirs.thread.id);
            QToolButton *report = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (QToolButton *b : window.findChildren<QToolButton *>())
                        if (b->property("action").toString() == QLatin1String("report-thread") &&
                            b->isVisible())
                            report = b;
                    return report != nullptr;
                }(),
                kTimeout);
            report->click();
            ReportDialog *dialog = window.findChild<ReportDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->targets()->buttons().size(), 2);
            QCOMPARE(dialog->target().kind, QStringLiteral("thread"));
            dialog->targets()->button(1)->click(); // its author
            QCOMPARE(dialog->target().kind, QStringLiteral("user"));
            QCOMPARE(dialog->target().id, creatorId);
            dialog->reasonBox()->setCurrentIndex(1); // abusive
            shot(dialog, "report-author");
            dialog->accept();
        }
        QVERIFY(drained(*learner));
        const QString ad = creator->discussions().createPost(
            theirs.thread.id, {},
            QStringLiteral("加微信 13900002222 免费领取红包 http://cheap-course.example/vip"));
        QVERIFY(drained(*creator));
        QSignalSpy learnerSynced(learner.get(), &Client::syncFinished);
        learner->syncNow();
        QVERIFY(learnerSynced.wait(kTimeout));
        learner->moderation().report(QStringLiteral("post"), ad, QStringLiteral("spam"), {});
        QVERIFY(drained(*learner));

        MainWindow window(moderator.get(), lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showModeration();
        ModerationPage *page = window.moderationPage();
        page->refresh();
        const auto rowOf = [&](const QString &key) {
            const QVector<ModerationItem> shown = page->shownItems();
            for (int i = 0; i < shown.size(); ++i)
                if (shown.at(i).key() == key)
                    return i;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("user:") + creatorId) >= 0 &&
                                     rowOf(QStringLiteral("post:") + ad) >= 0,
                                 kTimeout);
        // The reported author's record.
        page->list()->setCurrentIndex(
            page->list()->model()->index(rowOf(QStringLiteral("user:") + creatorId), 0));
        const QString detail = page->detail()->toPlainText();
        QVERIFY2(detail.contains(ModerationPage::tr("The author")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("@creator")), qPrintable(detail));
        // The community's model (from the decisions of the test before) scores the post.
        const ModerationItem adItem = page->shownItems().at(rowOf(QStringLiteral("post:") + ad));
        QVERIFY(adItem.spamScore.has_value());
        QVERIFY(*adItem.spamScore > 0.5);
        // Only likely spam: the post stays, the user (no text to score) goes.
        page->scoreFilter()->setCurrentIndex(1);
        QVERIFY(rowOf(QStringLiteral("post:") + ad) >= 0);
        QCOMPARE(rowOf(QStringLiteral("user:") + creatorId), -1);
        for (const ModerationItem &item : page->shownItems())
            QVERIFY(page->scoreOf(item).value_or(0) >= 0.5);
        page->list()->setCurrentIndex(
            page->list()->model()->index(rowOf(QStringLiteral("post:") + ad), 0));
        QVERIFY(page->detail()->toPlainText().contains(
            ModerationPage::tr("Spam score %1 (the community's model)")
                .arg(*adItem.spamScore, 0, 'f', 2)));
        shot(&window, "moderation-score");

        // w warns the author, with the spam template.
        page->reasonTemplate()->setCurrentIndex(0);
        page->list()->setFocus();
        QTest::keyClick(page->list(), Qt::Key_W);
        QVERIFY(drained(*moderator));

        // The author's app says so until dismissed, also after the next pull.
        MainWindow authorWindow(creator.get(), lang);
        authorWindow.resize(1024, 700);
        authorWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&authorWindow));
        QSignalSpy creatorSynced(creator.get(), &Client::syncFinished);
        creator->syncNow();
        QVERIFY(creatorSynced.wait(kTimeout));
        ModerationNoticeBar *bar = authorWindow.noticeBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
        QCOMPARE(creator->moderation().moderationNotices().first().action, QStringLiteral("warn"));
        QVERIFY2(bar->text()->text().contains(theirs.thread.title),
                 qPrintable(bar->text()->text()));
        QVERIFY(bar->text()->text().contains(
            ModerationPage::templateLabel(QStringLiteral("spam_links"))));
        shot(&authorWindow, "moderation-notice");
        bar->dismissButton()->click();
        QVERIFY(!bar->isVisible());
        creator->syncNow();
        QVERIFY(creatorSynced.wait(kTimeout));
        // The pull asked for the notices as it finished; the answer has been handled.
        QSignalSpy noticesChecked(&creator->moderation(),
                                  &ModerationService::moderationNoticesChecked);
        QVERIFY(noticesChecked.wait(kTimeout));
        QVERIFY(!bar->isVisible());
        QVERIFY(creator->moderation().moderationNotices().isEmpty());
        // Nobody else is told.
        QVERIFY(learner->moderation().moderationNotices().isEmpty() ||
                learner->moderation().moderationNotices().first().action != QLatin1String("warn"));

        // The audit log names the moderator and what was acted on.
        QVector<AuditEntry> log;
        bool fetched = false;
        moderator->moderation().fetchAuditLog(this, [&](const ApiError &, QVector<AuditEntry> l) {
            log = l;
            fetched = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, kTimeout);
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().action, QStringLiteral("warn"));
        QCOMPARE(log.first().moderatorName, moderator->currentUser()->displayName);
        QCOMPARE(log.first().targetTitle, theirs.thread.title);
    }
};

QTEST_MAIN(TestUiModeration)
#include "tst_ui_moderation.moc"

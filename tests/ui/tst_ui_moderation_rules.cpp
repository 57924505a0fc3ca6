// The moderators' rules through the real widgets against a real lyceum-server --demo: the Rules
// tab sets a space's slow mode (the learner's app then says how long to wait), a keyword filter
// is tested on recent posts and added, a post it holds comes to the queue and is published from
// there (A), and Enter on it opens its thread; the People tab finds the learner and bans them
// until a date; the learner appeals from the notice bar, once; the appeal comes to the queue as
// kind appeal and, granted (A), lifts the ban, which the learner is told.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "common/theme.h"
#include "discussions/discussions_page.h"
#include "discussions/thread_view.h"
#include "i18n/language.h"
#include "moderation/filters_panel.h"
#include "moderation/moderation_page.h"
#include "moderation/people_panel.h"
#include "moderation/space_rules_panel.h"
#include "shell/main_window.h"
#include "shell/moderation_notice_bar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options options{dir, false};
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
    return client;
}

bool synced(Client &client) {
    QSignalSpy done(&client, &Client::syncFinished);
    client.syncNow();
    return done.wait(60000) && !done.first().at(0).value<ApiError>().isError();
}

// Every queued write sent, and none refused.
bool drained(Client &client) {
    return QTest::qWaitFor(
        [&] {
            std::optional<CacheCounts> counts;
            client.fetchCounts(&client, [&](CacheCounts c) { counts = c; });
            if (!QTest::qWaitFor([&] { return counts.has_value(); }, kTimeout))
                return false;
            if (counts->outbox > 0)
                client.flushOutbox();
            return counts->outbox == 0 && counts->outboxFailed == 0;
        },
        60000);
}

int rowOfKind(ModerationPage &page, const QString &kind) {
    const QVector<ModerationItem> shown = page.shownItems();
    for (int i = 0; i < shown.size(); ++i)
        if (shown.at(i).targetKind == kind)
            return i;
    return -1;
}

QString postingRule(MainWindow &window) {
    for (QLabel *label : window.discussionsPage()->findChildren<QLabel *>())
        if (label->property("role").toString() == QLatin1String("posting-rule") &&
            !label->text().isEmpty())
            return label->text();
    return {};
}
} // namespace

class TestUiModerationRules : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void rulesFiltersPeopleAndAppeals() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the console's tabs at 1024x700
        // and 1280x800.
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        // The sentences checked below are the English ones.
        const bool english = shots.isEmpty() || lang == QLatin1String("en");
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        auto moderator = signedIn(m_dir.filePath(QStringLiteral("m")), m_server.url(),
                                  QStringLiteral("moderator"));
        auto learner = signedIn(m_dir.filePath(QStringLiteral("l")), m_server.url(),
                                QStringLiteral("learner"));
        QVERIFY(moderator && learner);
        QVERIFY(synced(*moderator));
        QVERIFY(synced(*learner));
        MainWindow window(moderator.get(), shots.isEmpty() ? QStringLiteral("en") : lang);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ModerationPage &page = *window.moderationPage();
        SpaceRulesPanel &rules = *page.rulesPanel();

        // --- slow mode on a space the learner may post in --------------------------------
        QVector<Space> spaces;
        learner->discussions().fetchSpaces(this, [&](QVector<Space> s) { spaces = s; });
        QTRY_VERIFY_WITH_TIMEOUT(!spaces.isEmpty(), kTimeout);
        const auto open = std::find_if(spaces.cbegin(), spaces.cend(), [](const Space &s) {
            return s.startThreads == SpaceAudience::Everyone && s.reply == SpaceAudience::Everyone;
        });
        QVERIFY(open != spaces.cend());
        const Space space = *open;
        page.tabs()->setCurrentWidget(&rules);
        // --- a hold filter, tested, added; a post it holds is published from the queue ----
        FiltersPanel &filters = *rules.filters();
        QSignalSpy tested(&filters, &FiltersPanel::tested);
        filters.patternEdit()->setText(QStringLiteral("ＶＸ号"));
        QTest::mouseClick(filters.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(kTimeout));
        QVERIFY2(filters.testSummary()->text().contains(QLatin1String("500")),
                 qPrintable(filters.testSummary()->text()));
        QTest::mouseClick(filters.addButton(), Qt::LeftButton);
        QVERIFY(drained(*moderator));
        QVector<ThreadSummary> threads;
        learner->discussions().fetchAllThreads(200, this,
                                               [&](QVector<ThreadSummary> t) { threads = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!threads.isEmpty(), kTimeout);
        const auto inSpace = std::find_if(threads.cbegin(), threads.cend(), [&](const auto &t) {
            return t.thread.spaceId == space.id && !t.thread.locked;
        });
        QVERIFY(inSpace != threads.cend());
        const QString threadId = inSpace->thread.id;
        const QString heldId =
            learner->discussions().createPost(threadId, {}, QStringLiteral("课程资料加我vx号领取"));
        QVERIFY(!heldId.isEmpty());
        QVERIFY(drained(*learner)); // accepted, held
        // Slow mode on the space, now that the learner has just posted there.
        QTRY_VERIFY_WITH_TIMEOUT(rules.spaceBox()->findData(space.id) >= 0, kTimeout);
        rules.spaceBox()->setCurrentIndex(rules.spaceBox()->findData(space.id));
        rules.slowModeBox()->setValue(600);
        QTest::mouseClick(rules.saveButton(), Qt::LeftButton);
        QVERIFY(drained(*moderator));
        QVERIFY(synced(*learner));
        spaces.clear();
        learner->discussions().fetchSpaces(this, [&](QVector<Space> s) { spaces = s; });
        QTRY_VERIFY_WITH_TIMEOUT(!spaces.isEmpty(), kTimeout);
        QCOMPARE(std::find_if(spaces.cbegin(), spaces.cend(),
                              [&](const Space &s) { return s.id == space.id; })
                     ->slowModeS,
                 600);

        // The learner's app says how long slow mode makes them wait.
        {
            MainWindow learnerWindow(learner.get(), QStringLiteral("en"));
            learnerWindow.resize(1280, 800);
            learnerWindow.show();
            QVERIFY(QTest::qWaitForWindowExposed(&learnerWindow));
            learnerWindow.showDiscussions();
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    learnerWindow.discussionsPage()->selectSpace(space.id);
                    return !postingRule(learnerWindow).isEmpty();
                }(),
                kTimeout);
            // Slow mode, in the learner's language, with the seconds left.
            const QString slow = QCoreApplication::translate(
                "lyceum::ui::DiscussionsPage", "Slow mode: one post every %n second(s) here.",
                nullptr, 600);
            QTRY_VERIFY_WITH_TIMEOUT(postingRule(learnerWindow).startsWith(slow), kTimeout);
            QVERIFY(!english ||
                    postingRule(learnerWindow).contains(QLatin1String("post again in")));
        }
        page.tabs()->setCurrentIndex(0);
        QSignalSpy loaded(&page, &ModerationPage::loaded);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKind(page, QStringLiteral("held")) >= 0, kTimeout);
        page.list()->setFocus();
        page.list()->setCurrentIndex(
            page.list()->model()->index(rowOfKind(page, QStringLiteral("held")), 0));
        QCOMPARE(page.shownItems().at(page.list()->currentIndex().row()).targetId, heldId);
        if (!shots.isEmpty()) {
            window.showModeration();
            for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
                window.resize(size);
                const QString suffix =
                    QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
                page.tabs()->setCurrentIndex(0);
                page.list()->setCurrentIndex(
                    page.list()->model()->index(rowOfKind(page, QStringLiteral("held")), 0));
                QTest::qWait(300);
                QVERIFY(window.grab().save(shots + QStringLiteral("/console-queue") + suffix));
                page.tabs()->setCurrentWidget(&rules);
                QTest::qWait(600);
                QVERIFY(window.grab().save(shots + QStringLiteral("/console-rules") + suffix));
                page.tabs()->setCurrentWidget(page.peoplePanel());
                QTest::qWait(300);
                QVERIFY(window.grab().save(shots + QStringLiteral("/console-people") + suffix));
            }
            window.resize(1280, 800);
            page.tabs()->setCurrentIndex(0);
            page.list()->setFocus();
            page.list()->setCurrentIndex(
                page.list()->model()->index(rowOfKind(page, QStringLiteral("held")), 0));
        }
        // Enter opens it where it was written.
        QSignalSpy jumped(&page, &ModerationPage::threadRequested);
        QTest::keyClick(page.list(), Qt::Key_Return);
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.first().at(0).toString(), threadId);
        QCOMPARE(window.discussionsPage()->threadView()->threadId(), threadId);
        window.showModeration();
        page.tabs()->setCurrentIndex(0);
        page.list()->setCurrentIndex(
            page.list()->model()->index(rowOfKind(page, QStringLiteral("held")), 0));
        QTest::keyClick(page.list(), Qt::Key_A);
        QVERIFY(drained(*moderator));
        QVERIFY(synced(*learner));
        bool published = false;
        learner->discussions().fetchThread(threadId, this, [&](std::optional<ThreadDetail> d) {
            for (const PostView &v : d->posts)
                published = published || (v.post.id == heldId && !v.post.deleted);
        });
        QTRY_VERIFY_WITH_TIMEOUT(published, kTimeout);

        // Slow mode off again, for the learner's last post below.
        page.tabs()->setCurrentWidget(&rules);
        rules.spaceBox()->setCurrentIndex(rules.spaceBox()->findData(space.id));
        rules.slowModeBox()->setValue(0);
        QTest::mouseClick(rules.saveButton(), Qt::LeftButton);
        QVERIFY(drained(*moderator));

        // --- People: the learner found and banned until a date -------------------------
        PeoplePanel &people = *page.peoplePanel();
        page.tabs()->setCurrentWidget(&people);
        QSignalSpy searched(&people, &PeoplePanel::searched);
        QTest::keyClicks(people.searchEdit(), QStringLiteral("learner"));
        QTest::keyClick(people.searchEdit(), Qt::Key_Return);
        QVERIFY(searched.wait(kTimeout));
        QVERIFY(people.results()->count() >= 1);
        QSignalSpy shown(&people, &PeoplePanel::recordShown);
        people.results()->setCurrentRow(0);
        QVERIFY(shown.wait(kTimeout));
        QVERIFY(!english ||
                people.record()->toPlainText().contains(QLatin1String("Actions taken")));
        people.untilEdit()->setDate(QDate::currentDate().addDays(3));
        QTest::mouseClick(people.banUntilButton(), Qt::LeftButton);
        QVERIFY(drained(*moderator));

        // --- the learner appeals from the notice bar, once ------------------------------
        MainWindow learnerWindow(learner.get(), QStringLiteral("en"));
        learnerWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&learnerWindow));
        auto *bar = learnerWindow.findChild<ModerationNoticeBar *>();
        QVERIFY(bar);
        QVERIFY(synced(*learner));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->appealButton()->isVisible(), kTimeout);
        bar->setNoteAsker([] { return QStringLiteral("我发的是课程资料，不是广告"); });
        QTest::mouseClick(bar->appealButton(), Qt::LeftButton);
        QVERIFY(!bar->appealButton()->isVisible());
        QVERIFY(drained(*learner));
        QSignalSpy checked(&learner->moderation(), &ModerationService::moderationNoticesChecked);
        learner->moderation().refreshModerationNotices();
        QVERIFY(checked.wait(kTimeout));
        QVERIFY(!bar->appealButton()->isVisible()); // appealed already

        // --- the appeal in the queue, granted: the ban is lifted and the learner told -----
        page.tabs()->setCurrentIndex(0);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKind(page, QStringLiteral("appeal")) >= 0, kTimeout);
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("appeal")));
        QCOMPARE(page.shownItems().size(), 1);
        page.list()->setCurrentIndex(page.list()->model()->index(0, 0));
        QVERIFY(!english || page.detail()->toPlainText().contains(QLatin1String("Appeal against")));
        QTest::keyClick(page.list(), Qt::Key_A);
        QVERIFY(drained(*moderator));
        QVERIFY(synced(*learner));
        QTRY_VERIFY_WITH_TIMEOUT(
            !english || bar->text()->text().contains(QLatin1String("appeal was granted")),
            kTimeout);
        const QString after =
            learner->discussions().createPost(threadId, {}, QStringLiteral("谢谢版主"));
        QVERIFY(!after.isEmpty());
        QVERIFY(drained(*learner)); // not refused: the ban is gone (and the team set no filter)
    }
};

QTEST_MAIN(TestUiModerationRules)
#include "tst_ui_moderation_rules.moc"

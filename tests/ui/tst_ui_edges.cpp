// The rough edges of a learner's day, through the real widgets against a real
// lyceum-server --demo, in a 1024x700 window: a course opened from Home goes back to Home (the
// back button says so, Alt+Left too) and another course starts at its top; a reply found by
// search opens its thread at that reply with the sidebar's space and the thread list moved to
// it; the Discussions panes leave room for names and the thread header keeps "replies"; the
// search page says what to type and finds "pandas" for "pandsa"; topics and plans are named in
// the interface language; the demo profile (no keychain) downloads into the folder chosen in
// Settings; the player takes its defaults from Settings.
#include "../integration/server_process.h"
#include "catalogue/catalogue_page.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "client/commerce_service.h"
#include "client/discussions_service.h"
#include "client/media_service.h"
#include "common/elided_label.h"
#include "common/format.h"
#include "course/course_page.h"
#include "course/syllabus_model.h"
#include "discussions/discussions_page.h"
#include "discussions/space_list_model.h"
#include "discussions/thread_list_model.h"
#include "discussions/thread_view.h"
#include "downloads/downloads_page.h"
#include "home/home_page.h"
#include "i18n/language.h"
#include "player/lesson_player.h"
#include "player/player_settings.h"
#include "search/search_page.h"
#include "search/search_results_model.h"
#include "settings/settings_dialog.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, bool demoKey) {
    Client::Options options{dir, false};
    options.mediaKeyInProfile = demoKey; // what AppSession gives the demo profile
    auto client = std::make_unique<Client>(options);
    QSignalSpy opened(client.get(), &Client::opened);
    client->open();
    if (!opened.wait(kTimeout))
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, QStringLiteral("learner"), QStringLiteral("lyceum-demo"), false);
    if (!loggedIn.wait(kTimeout))
        return nullptr;
    QSignalSpy synced(client.get(), &Client::syncFinished);
    client->syncNow();
    if (!synced.wait(60000))
        return nullptr;
    return client;
}

QScrollArea *courseScroll(CoursePage *page) {
    for (QScrollArea *area : page->findChildren<QScrollArea *>())
        if (area->accessibleName() == CoursePage::tr("Course"))
            return area;
    return nullptr;
}
} // namespace

class TestUiEdges : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_client;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("lyceum-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_edges"));
        QSettings().clear();
        QVERIFY(language::install(*qApp, QStringLiteral("en")));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_client = signedIn(m_dir.filePath(QStringLiteral("p")), m_server.url(), true);
        QVERIFY(m_client);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void backGoesWhereTheLearnerCameFrom() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showHome();
        // A course opened from Home: the back button names Home, Alt+Left returns there.
        Q_EMIT window.homePage()->courseRequested(QStringLiteral("c-python-zero"));
        QCOMPARE(window.coursePage()->courseId(), QStringLiteral("c-python-zero"));
        QCOMPARE(window.coursePage()->backButton()->text(), QStringLiteral("Home"));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.homePage()));

        // From the catalogue: the button says Catalogue and goes there.
        window.showCatalogue();
        window.openCourse(QStringLiteral("c-sql-analytics"));
        QCOMPARE(window.coursePage()->backButton()->text(), QStringLiteral("Catalogue"));
        // Scrolled down, then another course: it starts at its top.
        QTRY_VERIFY_WITH_TIMEOUT(window.coursePage()->syllabusModel()->rowCount() > 2, kTimeout);
        QScrollArea *scroll = courseScroll(window.coursePage());
        QVERIFY(scroll);
        QTRY_VERIFY_WITH_TIMEOUT(scroll->verticalScrollBar()->maximum() > 0, kTimeout);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        window.openCourse(QStringLiteral("c-python-zero"));
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QCOMPARE(window.coursePage()->backButton()->text(), QStringLiteral("Previous course"));
        window.coursePage()->backButton()->click();
        QCOMPARE(window.coursePage()->courseId(), QStringLiteral("c-sql-analytics"));
        window.coursePage()->backButton()->click();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.cataloguePage()));
    }

    void replyFromSearchOpensInItsSpace() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DiscussionsPage *discussions = window.discussionsPage();
        window.showDiscussions();
        QTRY_VERIFY_WITH_TIMEOUT(discussions->spaceModel()->rowCount() > 2, kTimeout);
        discussions->selectSpace(
            discussions->spaceModel()->index(0).data(SpaceListModel::IdRole).toString());
        const QString firstSpace =
            discussions->spaceView()->currentIndex().data(SpaceListModel::IdRole).toString();

        // A reply in another space's thread, found by typing in Search.
        window.showSearch();
        SearchPage *search = window.searchPage();
        QSignalSpy shown(search, &SearchPage::resultsShown);
        QTest::keyClicks(search->field(), QStringLiteral("SQL"));
        QVERIFY(shown.wait(kTimeout));
        QModelIndex reply;
        QString space;
        for (int row = 0; row < search->model()->rowCount() && !reply.isValid(); ++row) {
            const QModelIndex index = search->model()->index(row);
            const auto hit = index.data(SearchResultsModel::HitRole).value<SearchHit>();
            if (hit.kind != SearchHit::Kind::Post)
                continue;
            std::optional<ThreadDetail> detail;
            bool done = false;
            m_client->discussions().fetchThread(hit.threadId, this,
                                                [&](std::optional<ThreadDetail> d) {
                                                    detail = std::move(d);
                                                    done = true;
                                                });
            QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
            if (detail && !detail->summary.thread.spaceId.isEmpty() &&
                detail->summary.thread.spaceId != firstSpace && detail->posts.size() > 8 &&
                detail->posts.constFirst().post.id != hit.id) {
                reply = index;
                space = detail->summary.thread.spaceId;
            }
        }
        QVERIFY2(reply.isValid(), "no reply hit in another space's thread");
        const auto hit = reply.data(SearchResultsModel::HitRole).value<SearchHit>();
        search->resultsView()->setFocus();
        search->resultsView()->setCurrentIndex(reply);
        QTest::keyClick(search->resultsView(), Qt::Key_Return);

        // The thread, at that reply, in its space, selected in its list.
        QTRY_COMPARE_WITH_TIMEOUT(discussions->threadView()->threadId(), hit.threadId, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(discussions->threadView()->highlightedPostId(), hit.id, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            discussions->spaceView()->currentIndex().data(SpaceListModel::IdRole).toString(), space,
            kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            discussions->threadListView()->currentIndex().data(ThreadListModel::IdRole).toString(),
            hit.threadId, kTimeout);
        QVERIFY(discussions->threadView()->postWidget(hit.id));
        // Alt+Left: back to the search, its results still there.
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(search));
        QCOMPARE(search->field()->text(), QStringLiteral("SQL"));
    }

    void discussionsLeaveRoomAt1024() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiscussionsPage *discussions = window.discussionsPage();
        window.showDiscussions();
        QTRY_VERIFY_WITH_TIMEOUT(discussions->threadModel()->rowCount() > 0, kTimeout);
        QVERIFY(discussions->isCompact());
        QTest::qWait(50);
        // The thread list keeps about twenty Chinese characters of a title.
        QVERIFY2(discussions->threadListView()->width() >= 300,
                 qPrintable(QString::number(discussions->threadListView()->width())));
        // The space's name has its own line: whole, not cut to eight characters.
        auto *title = discussions->findChild<ElidedLabel *>();
        QVERIFY(title);
        QVERIFY(!title->fullText().isEmpty());
        QCOMPARE(title->text(), title->fullText());
        // The open thread's header keeps "replies", on a second line when it must.
        discussions->threadListView()->setCurrentIndex(discussions->threadModel()->index(0));
        QLabel *meta = discussions->threadView()->metaLabel();
        QTRY_VERIFY_WITH_TIMEOUT(meta->text().contains(QStringLiteral("repl")), kTimeout);
        QTest::qWait(50);
        QVERIFY(meta->isVisible());
        QVERIFY(meta->wordWrap());
        QVERIFY2(meta->height() >= meta->heightForWidth(meta->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(meta->height())
                                .arg(meta->heightForWidth(meta->width()))));
        // Elided names have their whole text in the tooltip.
        const QModelIndex thread = discussions->threadModel()->index(0);
        QCOMPARE(thread.data(Qt::ToolTipRole).toString(),
                 thread.data(ThreadListModel::TitleRole).toString());
        const QModelIndex spaceRow = discussions->spaceModel()->index(0);
        QVERIFY(spaceRow.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(spaceRow.data(SpaceListModel::NameRole).toString()));
    }

    void searchSaysWhatToTypeAndForgivesATypo() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSearch();
        SearchPage *search = window.searchPage();
        QVERIFY(search->emptyState()->isVisible());
        QVERIFY(search->emptyState()->text().contains(QStringLiteral("lessons")));
        QVERIFY(!search->resultsView()->isVisible());

        QSignalSpy shown(search, &SearchPage::resultsShown);
        QTest::keyClicks(search->field(), QStringLiteral("pandsa"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() &&
                                     shown.last().at(0).toString() == QStringLiteral("pandsa"),
                                 kTimeout);
        QVERIFY2(shown.last().at(1).toInt() > 0, "nothing found for a one-swap typo");
        QVERIFY(search->resultsView()->isVisible());
        QVERIFY(!search->emptyState()->isVisible());
        QVERIFY(search->statusLabel()->text().contains(QStringLiteral("“pandas”")));
        const auto first =
            search->model()->index(0).data(SearchResultsModel::HitRole).value<SearchHit>();
        QVERIFY(QString(first.title + first.snippet).contains(QStringLiteral("andas")));

        search->field()->clear();
        QTest::keyClicks(search->field(), QStringLiteral("zqxwv"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.last().at(0).toString() == QStringLiteral("zqxwv"),
                                 kTimeout);
        QCOMPARE(shown.last().at(1).toInt(), 0);
        QVERIFY(search->emptyState()->isVisible());
        QVERIFY(search->emptyState()->text().contains(QStringLiteral("zqxwv")));
    }

    void namesFollowTheInterfaceLanguage() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCatalogue();
        auto *courses = window.findChild<CourseListModel *>();
        QVERIFY(courses);
        QTRY_VERIFY_WITH_TIMEOUT(courses->rowCount() > 3, kTimeout);
        const QStringList topics = courses->topics();
        QVERIFY2(topics.contains(QStringLiteral("Programming")), qPrintable(topics.join(u',')));
        for (const QString &topic : topics) {
            for (const QChar c : topic)
                QVERIFY2(c.script() != QChar::Script_Han, qPrintable(topic));
        }
        // One currency, one form: every price in the catalogue is in yuan.
        for (int row = 0; row < courses->rowCount(); ++row) {
            const QString price =
                courses->index(row).data(CourseListModel::PriceTextRole).toString();
            QVERIFY2(!price.contains(u'$'), qPrintable(price));
        }
        // Plans carry their names in both languages.
        QVector<Tier> tiers;
        bool done = false;
        m_client->commerce().fetchStore(this, [&](const ApiError &, QVector<Tier> t) {
            tiers = std::move(t);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(!tiers.isEmpty());
        QCOMPARE(Format::localized(tiers.first().names, tiers.first().name),
                 QStringLiteral("Monthly membership"));
        QCOMPARE(tiers.first().names.zh, QStringLiteral("会员月卡"));
        // Dates in words, never "10/30/26".
        const qint64 oct30 = QDateTime(QDate(2026, 10, 30), QTime(12, 0)).toMSecsSinceEpoch();
        QCOMPARE(Format::date(oct30), QStringLiteral("30 Oct 2026"));
        QCOMPARE(Format::relativeTime(oct30, oct30 + 90LL * 86400 * 1000),
                 QStringLiteral("30 Oct 2026"));
        // Home names the topic in English too.
        reco::Recommendation popular;
        popular.reason = reco::Reason::PopularInTopic;
        Course course;
        course.topic = QStringLiteral("编程");
        course.topicNames = {QStringLiteral("Programming"), QStringLiteral("编程")};
        popular.subject = course.topic;
        QCOMPARE(HomePage::reasonText(popular, course), QStringLiteral("Popular in Programming"));
    }

    void demoDownloadsIntoTheChosenFolder() {
        MainWindow window(m_client.get(), QStringLiteral("en"));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Settings: player defaults and a download folder, saved through the dialog.
        const QString folder = m_dir.filePath(QStringLiteral("Videos"));
        {
            SettingsDialog *settings = window.openSettingsDialog();
            QVERIFY(settings);
            settings->defaultSpeedBox()->setCurrentIndex(
                settings->defaultSpeedBox()->findData(1.5));
            settings->defaultCaptionsBox()->setChecked(false);
            settings->captionSizeBox()->setCurrentIndex(settings->captionSizeBox()->findData(150));
            settings->downloadFolderEdit()->setText(folder);
            for (const QLabel *label : settings->findChildren<QLabel *>())
                QVERIFY2(!label->text().contains(QStringLiteral("memory only")),
                         qPrintable(label->text()));
            settings->accept();
        }
        QCOMPARE(PlayerDefaults::load(), (PlayerDefaults{1.5, false, 150}));
        LessonPlayer player(m_client.get());
        QCOMPARE(player.speedBox()->currentData().toDouble(), 1.5);

        // The demo profile keeps nothing in the keychain, and downloads like any other.
        window.showDownloads();
        DownloadsPage *page = window.downloadsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->emptyLabel()->isVisible(), kTimeout);
        QSignalSpy finished(&m_client->media(), &MediaService::downloadFinished);
        m_client->media().startDownload(QStringLiteral("l-python-zero-1"));
        QVERIFY(finished.wait(60000));
        const auto error = finished.first().at(1).value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const QDir kept(m_client->media().downloadFolder());
        QVERIFY(kept.absolutePath().startsWith(QDir(folder).absolutePath()));
        QVERIFY(kept.exists(QStringLiteral("l-python-zero-1.lyvid")));
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 1, kTimeout);
        QVERIFY(!page->emptyLabel()->isVisible());
        QVERIFY(page->usageLabel()->text().contains(QStringLiteral("used of")));
        // Compact: the list starts right under the usage line, no gap in between.
        const int gap =
            page->list()->mapTo(page, QPoint(0, 0)).y() -
            page->usageLabel()->mapTo(page, QPoint(0, page->usageLabel()->height())).y();
        QVERIFY2(gap < 60, qPrintable(QString::number(gap)));
    }
};

QTEST_MAIN(TestUiEdges)
#include "tst_ui_edges.moc"

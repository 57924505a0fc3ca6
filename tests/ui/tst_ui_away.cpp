// "While you were away" on Home, through the widgets against a real lyceum-server --demo: the
// first visit records itself and says nothing; while the learner is gone the creator answers
// the learner's question, publishes a lesson in a course the learner follows and posts an
// announcement; the learner's next session opens Home with those three, worked out from the
// cache on this device (a new lesson of a course the learner does not follow is not there); a
// card opens the reply in its thread; "Got it" puts the section away.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "client/discussions_service.h"
#include "client/studio_service.h"
#include "common/theme.h"
#include "home/home_page.h"
#include "i18n/language.h"
#include "shell/main_window.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
const QString kFollowed = QStringLiteral("c-python-zero"); // free, by "creator"

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    auto client = std::make_unique<Client>(Client::Options{dir, false});
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

bool flushed(Client &client) {
    QSignalSpy spy(&client, &Client::outboxFlushed);
    client.flushOutbox();
    return spy.wait(kTimeout) && !spy.first().at(0).value<ApiError>().isError();
}

bool syncOnce(Client &client) {
    QSignalSpy synced(&client, &Client::syncFinished);
    client.syncNow();
    return synced.wait(kTimeout);
}

Draft lessonDraft(const QString &id, const QString &courseId, const QString &title) {
    Draft d;
    d.id = id;
    d.kind = QStringLiteral("lesson");
    d.title = title;
    d.body = QStringLiteral("Text of ") + title;
    d.courseId = courseId;
    return d;
}
} // namespace

class TestUiAway : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void whileYouWereAway() {
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        const QSize size = qEnvironmentVariable("LYCEUM_SHOTS_WIDTH") == QLatin1String("1280")
                               ? QSize(1280, 800)
                               : QSize(1024, 700);
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        const QString profile = m_dir.filePath(QStringLiteral("learner"));
        QString threadId;
        {
            // First session: the learner follows a free course, asks a question, sees Home.
            auto learner = signedIn(profile, m_server.url(), QStringLiteral("learner"));
            QVERIFY(learner);
            QString firstLesson;
            learner->discovery().fetchCourse(kFollowed, this,
                                             [&](std::optional<CourseDetail> detail) {
                                                 if (detail && !detail->lessons.isEmpty())
                                                     firstLesson = detail->lessons.first().id;
                                             });
            QTRY_VERIFY_WITH_TIMEOUT(!firstLesson.isEmpty(), kTimeout);
            learner->discovery().lessonOpened(firstLesson, kFollowed);
            threadId = learner->discussions().createThread(
                QStringLiteral("s-qa"), {}, {}, QStringLiteral("How do I read a CSV file?"),
                ThreadKind::Question, QStringLiteral("pandas or the csv module?"));
            QVERIFY(!threadId.isEmpty());
            QVERIFY(flushed(*learner));
            HomePage home(learner.get());
            QSignalSpy loaded(&home, &HomePage::loaded);
            home.reload();
            QVERIFY(loaded.wait(kTimeout));
            QCOMPARE(home.away().since, qint64(0)); // the first visit: nothing to compare with
            QVERIFY(home.cards(QStringLiteral("away")).isEmpty());
        }
        QTest::qWait(20); // the server's clock moves past the recorded visit

        // While the learner is away: the creator answers, publishes, announces.
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(creator);
        const QString replyId = creator->discussions().createPost(
            threadId, {}, QStringLiteral("The csv module is enough for small files."));
        QVERIFY(!replyId.isEmpty());
        const QString announcement = creator->discussions().createThread(
            QStringLiteral("s-announcements"), {}, {}, QStringLiteral("Live session on Friday"),
            ThreadKind::Discussion, QStringLiteral("Bring your questions."));
        QVERIFY(!announcement.isEmpty());
        QVERIFY(flushed(*creator));
        const QString newLesson = QStringLiteral("Reading CSV files");
        creator->studio().saveDraft(lessonDraft(QStringLiteral("d-away-1"), kFollowed, newLesson),
                                    true);
        creator->studio().publishDraft(QStringLiteral("d-away-1"));
        QVERIFY(flushed(*creator));

        // The next session: Home says what happened.
        auto learner = signedIn(profile, m_server.url(), QStringLiteral("learner"));
        QVERIFY(learner);
        QVERIFY(syncOnce(*learner));
        MainWindow window(learner.get(), lang);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showHome();
        HomePage *home = window.homePage();
        QTRY_VERIFY_WITH_TIMEOUT(home->away().items.size() >= 3, kTimeout);
        QVERIFY(home->away().since > 0);
        QSet<QString> ids;
        bool lessonSeen = false;
        for (const library::AwayItem &item : home->away().items) {
            ids.insert(item.id);
            if (item.kind == library::AwayItem::Kind::Lesson) {
                QCOMPARE(item.parentId, kFollowed);
                QCOMPARE(item.title, newLesson);
                lessonSeen = true;
            }
        }
        QVERIFY(ids.contains(replyId));
        QVERIFY(ids.contains(announcement));
        QVERIFY(lessonSeen);
        QTRY_COMPARE_WITH_TIMEOUT(home->cards(QStringLiteral("away")).size(),
                                  int(home->away().items.size()), kTimeout);
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(
                shots + QStringLiteral("/home-away-%1-%2.png").arg(lang).arg(size.width())));
        }

        // A card opens the reply in its thread, from the keyboard.
        QSignalSpy opened(home, &HomePage::threadRequested);
        for (HomeCard *card : home->cards(QStringLiteral("away"))) {
            if (card->detail().contains(QStringLiteral("replied")) ||
                card->detail().contains(QStringLiteral("回复"))) {
                card->setFocus();
                QTest::keyClick(card, Qt::Key_Return);
                break;
            }
        }
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), threadId);
        QCOMPARE(opened.first().at(1).toString(), replyId);

        // "Got it": the section goes, and stays gone.
        window.showHome();
        QTRY_VERIFY_WITH_TIMEOUT(!home->cards(QStringLiteral("away")).isEmpty(), kTimeout);
        auto *gotIt = home->findChild<QPushButton *>(QStringLiteral("AwayDismiss"));
        QVERIFY(gotIt);
        QTest::mouseClick(gotIt, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(home->cards(QStringLiteral("away")).isEmpty(), kTimeout);
        QVERIFY(home->away().items.isEmpty());
    }
};

QTEST_MAIN(TestUiAway)
#include "tst_ui_away.moc"

// The home page through the real widgets against a real lyceum-server --demo: a new learner
// sees popular courses; opening a lesson and marking it done puts the course under "continue
// learning" with the next lesson, and the suggestions then name the course studied as their
// reason (from the server's neighbour table, the same for everyone); with the server gone, new
// progress still changes the page, since all of it is computed here; a card opens the next
// lesson from the keyboard.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "course/lesson_dialog.h"
#include "course/syllabus_model.h"
#include "home/home_page.h"
#include "i18n/language.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
const QString kCourse = QStringLiteral("c-python-zero");

// The lesson dialog runs its own (modal) event loop, so it is handled from a timer that fires
// inside that loop: once it is up and knows its saved state, optionally mark it done, close it,
// and record its title.
class LessonDialogHandler : public QObject {
public:
    explicit LessonDialogHandler(bool markDone)
        : m_markDone(markDone) {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<LessonDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->doneButton() || !dialog->doneButton()->isEnabled())
                return;
            m_timer.stop();
            title = dialog->windowTitle();
            if (m_markDone)
                dialog->doneButton()->click();
            dialog->reject();
        });
        m_timer.start();
    }
    QString title;

private:
    bool m_markDone;
    QTimer m_timer;
};
} // namespace

class TestUiHome : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void homeFromLocalHistory() {
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
        Client client(Client::Options{m_dir.filePath(QStringLiteral("p")), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));
        QSignalSpy loggedIn(&client, &Client::loginFinished);
        client.login(m_server.url(), QStringLiteral("learner"), QStringLiteral("lyceum-demo"),
                     false);
        QVERIFY(loggedIn.wait(kTimeout));
        QSignalSpy homeChanged(&client.discovery(), &DiscoveryService::homeChanged);
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));
        // The neighbour table comes after the pull, by itself.
        QVERIFY(homeChanged.wait(kTimeout) || !homeChanged.isEmpty());

        MainWindow window(&client, lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showHome();
        HomePage *home = window.homePage();
        QTRY_VERIFY_WITH_TIMEOUT(home->shown().hasNeighbours, kTimeout);
        QVERIFY(home->shown().feed.studied.isEmpty());
        QVERIFY(home->cards(QStringLiteral("continue")).isEmpty());
        QVERIFY(!home->shown().feed.forYou.isEmpty());
        for (const reco::Recommendation &r : home->shown().feed.forYou)
            QCOMPARE(r.reason, reco::Reason::PopularInTopic); // nothing studied yet
        QCOMPARE(home->cards(QStringLiteral("foryou")).size(), home->shown().feed.forYou.size());
        shot(&window, "home-new");

        // Lesson 1 of a free course, opened from the course page and marked done.
        QTimer::singleShot(0, &window, [&] { window.coursePage()->openCourse(kCourse); });
        QTRY_VERIFY_WITH_TIMEOUT(window.coursePage()->syllabusModel()->rowCount() > 2, kTimeout);
        const QVector<Lesson> lessons = window.coursePage()->syllabusModel()->lessons();
        {
            LessonDialogHandler handler(true);
            window.coursePage()->openCourseAtLesson(kCourse, lessons.at(0).id);
            QTRY_COMPARE_WITH_TIMEOUT(handler.title, lessons.at(0).title, kTimeout);
        }

        window.showHome();
        QTRY_COMPARE_WITH_TIMEOUT(home->cards(QStringLiteral("continue")).size(), 1, kTimeout);
        // Opening the lesson and marking it done are two writes; the home may show the first.
        QTRY_COMPARE_WITH_TIMEOUT(home->shown().feed.continueLearning.first().done, 1, kTimeout);
        const reco::ContinueItem item = home->shown().feed.continueLearning.first();
        QCOMPARE(item.courseId, kCourse);
        QCOMPARE(item.total, int(lessons.size()));
        QCOMPARE(item.nextLessonId, lessons.at(1).id);
        QVERIFY(home->cards(QStringLiteral("continue"))
                    .first()
                    ->detail()
                    .contains(lessons.at(1).title));
        QCOMPARE(home->shown().feed.studied, QStringList{kCourse});
        // The course's co-enrolment neighbours now come first, because of it.
        const reco::Recommendation first = home->shown().feed.forYou.first();
        QCOMPARE(first.reason, reco::Reason::BecauseStudied);
        QCOMPARE(first.subject, window.homePage()->shown().courses.value(kCourse).course.title);
        QVERIFY(home->cards(QStringLiteral("foryou")).first()->detail().contains(first.subject));
        for (const reco::Recommendation &r : home->shown().feed.forYou)
            QVERIFY(r.courseId != kCourse);
        shot(&window, "home");

        // Offline: progress still moves the page (nothing of it needs the server).
        m_server.stop();
        client.discovery().setLessonDone(lessons.at(1).id, kCourse, true);
        QTRY_COMPARE_WITH_TIMEOUT(home->shown().feed.continueLearning.value(0).done, 2, kTimeout);
        QCOMPARE(home->shown().feed.continueLearning.first().nextLessonId, lessons.at(2).id);

        // The card opens the next lesson, from the keyboard.
        HomeCard *card = home->cards(QStringLiteral("continue")).first();
        card->setFocus();
        LessonDialogHandler handler(false);
        QTest::keyClick(card, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(handler.title, lessons.at(2).title, kTimeout);
        QCOMPARE(window.coursePage()->courseId(), kCourse);
    }
};

QTEST_MAIN(TestUiHome)
#include "tst_ui_home.moc"

// Ratings and reviews through the real widgets against a real lyceum-server --demo: a learner
// rates a free course from the course page (the summary follows once the server has it), cannot
// rate a paid course they are not enrolled in (the form is hidden, and the server's refusal of
// a rating sent anyway shows on the review), votes another review helpful; the creator answers
// from the same panel and the learner sees the answer; "most helpful first" orders the cards.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "client/reviews_service.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "course/reviews_panel.h"
#include "course/syllabus_model.h"
#include "i18n/language.h"
#include "shell/main_window.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
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
const QString kFreeCourse = QStringLiteral("c-python-zero"); // by "creator"
const QString kPaidCourse = QStringLiteral("c-go-backend");  // by "creator"

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

bool syncOnce(Client &client) {
    QSignalSpy synced(&client, &Client::syncFinished);
    client.syncNow();
    return synced.wait(kTimeout);
}

QLabel *replyOf(QWidget *card) {
    return card->findChild<QLabel *>(QStringLiteral("ReviewReply"));
}
} // namespace

class TestUiReviews : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void rateAnswerAndVote() {
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
        auto learner = signedIn(m_dir.filePath(QStringLiteral("learner")), m_server.url(),
                                QStringLiteral("learner"));
        QVERIFY(learner);
        MainWindow window(learner.get(), lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCourse(kFreeCourse);
        ReviewsPanel *panel = window.coursePage()->reviewsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->shown().summary.count > 0, kTimeout);
        const RatingSummary before = panel->shown().summary;
        QVERIFY(panel->shown().canReview);
        QVERIFY(!panel->shown().canReply);
        // No rating is asked for before a lesson of the course was opened; then it is.
        QVERIFY(!panel->shown().studied);
        QVERIFY(!panel->rateForm()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window.coursePage()->syllabusModel()->lessons().isEmpty(),
                                 kTimeout);
        learner->discovery().lessonOpened(
            window.coursePage()->syllabusModel()->lessons().first().id, kFreeCourse);
        QTRY_VERIFY_WITH_TIMEOUT(panel->rateForm()->isVisible(), kTimeout);
        QVERIFY(panel->shown().studied);
        QVERIFY(!panel->submitButton()->isEnabled()); // no stars chosen yet

        // Five stars and a text, through the widgets.
        QTest::mouseClick(panel->stars()->button(5), Qt::LeftButton);
        QVERIFY(panel->submitButton()->isEnabled());
        // QTest types ASCII only: the Chinese part arrives as an input method would put it.
        QTest::keyClicks(panel->reviewEdit(), QStringLiteral("Python "));
        panel->reviewEdit()->insertPlainText(QStringLiteral("讲得很清楚，适合零基础。"));
        QSignalSpy flushed(learner.get(), &Client::outboxFlushed);
        QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
        QVERIFY(flushed.wait(kTimeout));
        QVERIFY(!flushed.first().at(0).value<ApiError>().isError());
        QTRY_COMPARE_WITH_TIMEOUT(panel->shown().summary.count, before.count + 1, kTimeout);
        const double expected = (before.average * before.count + 5) / (before.count + 1);
        QVERIFY(qAbs(panel->shown().summary.average - expected) < 1e-9);
        QVERIFY(panel->shown().reviews.first().mine);
        QCOMPARE(panel->shown().reviews.first().review.rating, 5);
        // Sent: no marker left, once the panel has read the cache after the outbox row went.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->shown().reviews.first().pending, kTimeout);
        QVERIFY(!panel->cards().isEmpty());

        // Helpful on someone else's review: the count moves at once and on the server.
        const auto reviewOf = [&](QWidget *card) {
            const QString id = card->property("reviewId").toString();
            for (const ReviewView &v : panel->shown().reviews)
                if (v.review.id == id)
                    return v;
            return ReviewView{};
        };
        QString votedId;
        int otherCount = 0;
        // The vote's flush may end while the click is still being handled: counted, not waited
        // for as a new signal.
        const qsizetype flushesBefore = flushed.count();
        for (QWidget *card : panel->cards()) {
            auto *button = card->findChild<QToolButton *>(QStringLiteral("HelpfulButton"));
            if (button && button->isEnabled()) {
                votedId = reviewOf(card).review.id;
                otherCount = reviewOf(card).review.helpful;
                button->click(); // the card may sit below the panel's visible part
                break;
            }
        }
        QVERIFY(!votedId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(flushed.count() > flushesBefore, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(panel->shown().reviews.begin(),
                                             panel->shown().reviews.end(),
                                             [&](const ReviewView &v) {
                                                 return v.review.id == votedId && v.votedHelpful &&
                                                        v.review.helpful == otherCount + 1;
                                             }),
                                 kTimeout);

        // "Most helpful first": the first card after one's own has the most votes.
        panel->sortBox()->setCurrentIndex(1);
        int most = 0;
        for (const ReviewView &v : panel->shown().reviews)
            if (!v.mine && !v.review.body.isEmpty())
                most = std::max(most, v.review.helpful);
        QVERIFY(panel->cards().size() > 1);
        QVERIFY(reviewOf(panel->cards().at(0)).mine);
        QCOMPARE(reviewOf(panel->cards().at(1)).review.helpful, most);
        window.coursePage()->scrollToReviews();
        shot(&window, "course-reviews");

        // The creator answers from the same panel; the learner sees the answer after a pull.
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(creator);
        ReviewsPanel creatorPanel(creator.get());
        creatorPanel.setCourse(kFreeCourse);
        QTRY_VERIFY_WITH_TIMEOUT(creatorPanel.shown().canReply, kTimeout);
        QVERIFY(!creatorPanel.shown().canReview); // one's own course
        creatorPanel.setAnswerPrompt([](const QString &) {
            return std::optional<QString>(QStringLiteral("谢谢！欢迎继续学。"));
        });
        QToolButton *answer = nullptr;
        for (QWidget *card : creatorPanel.cards()) {
            if (card->findChild<QLabel *>() &&
                std::any_of(creatorPanel.shown().reviews.begin(),
                            creatorPanel.shown().reviews.end(), [](const ReviewView &v) {
                                return v.review.body.contains(QStringLiteral("适合零基础"));
                            })) {
                for (QLabel *label : card->findChildren<QLabel *>())
                    if (label->text().contains(QStringLiteral("适合零基础")))
                        answer = card->findChild<QToolButton *>(QStringLiteral("AnswerButton"));
            }
        }
        QVERIFY(answer);
        QSignalSpy creatorFlushed(creator.get(), &Client::outboxFlushed);
        QTest::mouseClick(answer, Qt::LeftButton);
        QVERIFY(creatorFlushed.wait(kTimeout));
        QVERIFY(!creatorFlushed.first().at(0).value<ApiError>().isError());
        QVERIFY(syncOnce(*learner));
        QTRY_VERIFY_WITH_TIMEOUT(
            replyOf(panel->cards().first()) &&
                replyOf(panel->cards().first())->text().contains(QStringLiteral("欢迎继续学")),
            kTimeout);
        window.coursePage()->scrollToReviews();
        shot(&window, "course-reviews-answered");

        // A paid course the learner is not enrolled in: no form, and the server refuses a
        // rating sent anyway, which stays visible with the reason.
        window.openCourse(kPaidCourse);
        QTRY_COMPARE_WITH_TIMEOUT(panel->shown().courseId, kPaidCourse, kTimeout);
        QVERIFY(panel->shown().summary.count > 0);
        QVERIFY(!panel->shown().canReview);
        QVERIFY(!panel->rateForm()->isVisible());
        learner->reviews().rateCourse(kPaidCourse, 1, QStringLiteral("not enrolled"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->shown().reviews.isEmpty() &&
                                     panel->shown().reviews.first().mine &&
                                     panel->shown().reviews.first().pending == OutboxState::Failed,
                                 kTimeout);
        QVERIFY(!panel->shown().reviews.first().failure.isEmpty());
        QVector<OutboxEntry> outbox;
        bool fetched = false;
        learner->fetchOutbox(this, [&](QVector<OutboxEntry> e) {
            outbox = std::move(e);
            fetched = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, kTimeout);
        QStringList refusals;
        for (const OutboxEntry &e : std::as_const(outbox)) {
            if (e.state == OutboxState::Failed)
                refusals << e.errorCode;
        }
        QCOMPARE(refusals, QStringList{QStringLiteral("not_enrolled")});
    }
};

QTEST_MAIN(TestUiReviews)
#include "tst_ui_reviews.moc"

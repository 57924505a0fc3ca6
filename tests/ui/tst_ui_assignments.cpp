// Assignments through the real widgets against a real lyceum-server --demo: the learner opens
// the demo's assignment in the lesson window, types an answer that is kept as a draft (a new
// session on the same profile finds it), attaches a picture and hands in; the creator grades it
// from the studio's queue by keyboard (Ctrl+Return), "needs work"; the learner finds the outcome
// in the inbox (kind "assignment") and in the lesson, and may hand in again. The insights panel
// shows segments and the gone-quiet list from the server's aggregate.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "client/discussions_service.h"
#include "common/theme.h"
#include "course/lesson_dialog.h"
#include "i18n/language.h"
#include "learning/assignment_panel.h"
#include "learning/assignment_review_queue.h"
#include "studio/insights_panel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
const QString kCourse = QStringLiteral("c-python-zero"); // the demo's assignment is on lesson 1

std::unique_ptr<Client> openClient(const QString &dir) {
    auto client = std::make_unique<Client>(Client::Options{dir, false});
    QSignalSpy opened(client.get(), &Client::opened);
    client->open();
    return opened.wait(kTimeout) ? std::move(client) : nullptr;
}

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    auto client = openClient(dir);
    if (!client)
        return nullptr;
    QSignalSpy loggedIn(client.get(), &Client::loginFinished);
    client->login(server, handle, QStringLiteral("lyceum-demo"), false);
    if (!loggedIn.wait(kTimeout))
        return nullptr;
    QSignalSpy synced(client.get(), &Client::syncFinished);
    client->syncNow();
    return synced.wait(60000) ? std::move(client) : nullptr;
}

Lesson firstLesson(Client &client) {
    Lesson out;
    bool done = false;
    client.discovery().fetchCourse(kCourse, &client, [&](std::optional<CourseDetail> d) {
        if (d && !d->lessons.isEmpty())
            out = d->lessons.first();
        done = true;
    });
    for (int waited = 0; !done && waited < kTimeout; waited += 50)
        QTest::qWait(50);
    return out;
}

// With LYCEUM_SHOTS set: the widget at 1024x700 and at 1280x800, as NAME-WxH.png there.
void shot(QWidget *w, const char *name) {
    const QString dir = qEnvironmentVariable("LYCEUM_SHOTS");
    if (dir.isEmpty())
        return;
    for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
        w->resize(size);
        QTest::qWait(300);
        QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3x%4.png")
                                   .arg(dir, QLatin1String(name))
                                   .arg(size.width())
                                   .arg(size.height())));
    }
}
} // namespace

class TestUiAssignments : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!qEnvironmentVariableIsEmpty("LYCEUM_SHOTS")) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
    }

    void draftSubmitReviewOutcome();
    void insightsPanel();
};

void TestUiAssignments::draftSubmitReviewOutcome() {
    const QString learnerDir = m_dir.filePath(QStringLiteral("learner"));
    auto learner = signedIn(learnerDir, m_server.url(), QStringLiteral("learner"));
    QVERIFY(learner);
    const Lesson lesson = firstLesson(*learner);
    QVERIFY(!lesson.id.isEmpty());
    {
        LessonDialog dialog(lesson, QStringLiteral("Python"), learner.get());
        dialog.show();
        auto *panel = dialog.findChild<AssignmentPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QVERIFY(panel->submitButton()->isEnabled());
        QTest::keyClicks(panel->editor(), QStringLiteral("Three points: "));
        panel->editor()->insertPlainText(QStringLiteral("先定义问题。"));
        QTest::qWait(600); // the draft is written 400 ms after the last edit
    }
    // A new Client on the same profile (as after a crash) finds the draft in the cache.
    learner.reset();
    learner = signedIn(learnerDir, m_server.url(), QStringLiteral("learner"));
    QVERIFY(learner);
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("图.png"));
    {
        QFile f(picture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, 'x'));
    }
    {
        LessonDialog dialog(lesson, QStringLiteral("Python"), learner.get());
        dialog.resize(1024, 700);
        dialog.show();
        auto *panel = dialog.findChild<AssignmentPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->editor()->toPlainText(),
                                  QStringLiteral("Three points: 先定义问题。"), kTimeout);
        panel->addFile(picture);
        shot(&dialog, "assignment-form");
        QSignalSpy flushed(learner.get(), &Client::outboxFlushed);
        QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
        QVERIFY(flushed.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->submitButton()->isEnabled(), kTimeout);
        // "Handed in": waiting to be sent, or (once the server has it) waiting for a review.
        QTRY_VERIFY_WITH_TIMEOUT(panel->outcomeLabel()->isVisible() &&
                                     !panel->outcomeLabel()->text().isEmpty(),
                                 kTimeout);
    }

    // The creator grades it from the queue, by keyboard.
    auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                            QStringLiteral("creator"));
    QVERIFY(creator);
    AssignmentReviewQueue queue(creator.get());
    queue.resize(1024, 700);
    queue.show();
    queue.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&queue));
    QSignalSpy refreshed(&queue, &AssignmentReviewQueue::refreshed);
    queue.refresh();
    QVERIFY(refreshed.wait(kTimeout));
    int row = -1;
    // The learner's submission has the id their device chose; the demo's are "demo-sub-N".
    for (int i = 0; i < queue.list()->count(); ++i) {
        if (queue.list()->item(i)->data(Qt::UserRole).toString().startsWith(QStringLiteral("as-")))
            row = i;
    }
    QVERIFY2(queue.list()->count() >= 1, "the learner's submission waits");
    QVERIFY(row >= 0);
    queue.list()->setFocus();
    queue.list()->setCurrentRow(row);
    QCOMPARE(queue.scoreBoxes().size(), 2);
    shot(&queue, "assignment-review-queue");
    queue.scoreBoxes().at(0)->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(queue.scoreBoxes().at(0), Qt::Key_Up);
    QCOMPARE(queue.scoreBoxes().at(0)->value(), 4);
    queue.needsWorkButton()->setChecked(true);
    queue.feedback()->setFocus();
    QTest::keyClicks(queue.feedback(), QStringLiteral("Add an example from your work."));
    QSignalSpy sent(&queue, &AssignmentReviewQueue::reviewSent);
    QSignalSpy creatorFlushed(creator.get(), &Client::outboxFlushed);
    QTest::keyClick(queue.feedback(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QVERIFY(creatorFlushed.wait(kTimeout));

    // The learner: the outcome in the inbox and in the lesson.
    QSignalSpy synced(learner.get(), &Client::syncFinished);
    learner->syncNow();
    QVERIFY(synced.wait(kTimeout));
    // The inbox's assignment item comes with the submissions fetched after the sync.
    const auto outcomeInInbox = [&] {
        bool found = false;
        bool done = false;
        learner->discussions().fetchInbox(100, learner.get(), [&](QVector<InboxItem> items) {
            for (const InboxItem &i : items)
                found = found || (i.kind == InboxKind::Assignment && i.lessonId == lesson.id &&
                                  i.action == QLatin1String("needs_work"));
            done = true;
        });
        for (int waited = 0; !done && waited < kTimeout; waited += 50)
            QTest::qWait(50);
        return found;
    };
    QTRY_VERIFY_WITH_TIMEOUT(outcomeInInbox(), kTimeout);
    LessonDialog again(lesson, QStringLiteral("Python"), learner.get());
    again.show();
    auto *panel = again.findChild<AssignmentPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(panel->outcomeLabel()->text().contains(QStringLiteral("4 / ")),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(panel->submitButton()->isEnabled(), kTimeout); // resubmission allowed
}

void TestUiAssignments::insightsPanel() {
    auto creator = signedIn(m_dir.filePath(QStringLiteral("creator2")), m_server.url(),
                            QStringLiteral("creator"));
    QVERIFY(creator);
    InsightsPanel panel(creator.get());
    panel.resize(1280, 800);
    panel.show();
    QSignalSpy shown(&panel, &InsightsPanel::shown);
    panel.refresh(); // the creator's courses, then the first one's insights
    QVERIFY(shown.wait(kTimeout));
    const int python = panel.courseBox()->findData(kCourse);
    QVERIFY(python >= 0);
    panel.courseBox()->setCurrentIndex(python);
    panel.refresh();
    QVERIFY(shown.wait(kTimeout));
    QVERIFY(panel.segmentsTable()->rowCount() >= 1);
    QVERIFY(panel.masteryTable()->rowCount() >= 2);
    int counted = 0;
    for (int r = 0; r < panel.segmentsTable()->rowCount(); ++r)
        counted += panel.segmentsTable()->item(r, 1)->text().toInt();
    QCOMPARE(counted, panel.masteryTable()->rowCount());
    // The demo's learners went quiet days ago: a short threshold lists some, "copy" copies them.
    panel.quietDays()->setValue(1);
    QVERIFY(panel.quietTable()->rowCount() >= 1);
    QVERIFY(panel.copyHandlesButton()->isEnabled());
    shot(&panel, "insights-panel");
}

QTEST_MAIN(TestUiAssignments)
#include "tst_ui_assignments.moc"

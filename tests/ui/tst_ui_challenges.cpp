// Check-in challenges through the real widgets against a real lyceum-server --demo: the
// learner opens the "学习打卡 Study check-ins" space's running challenge (today's prompt, the
// group's progress, the leaderboard), checks in from the composer (shown at once as waiting,
// confirmed once the outbox is flushed: streak 1, today marked on the calendar), sets a reminder
// whose scheduling is checked with a moved clock, and a creator opens a new challenge from the
// keyboard-driven dialog. With LYCEUM_SHOTS set, screenshots at 1024x700 and 1280x800, light
// and dark.
#include "../integration/server_process.h"
#include "client/client.h"
#include "common/theme.h"
#include "i18n/language.h"
#include "learning/challenge_dialog.h"
#include "learning/challenge_panel.h"
#include "learning/challenge_reminder.h"
#include "learning/challenge_service.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QTimeEdit>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;
const QString kSpace = QStringLiteral("s-checkin");

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

// Waits until the panel shows what pred wants.
template<typename Pred> bool waitFor(ChallengePanel &panel, Pred pred) {
    QSignalSpy shown(&panel, &ChallengePanel::shown);
    for (int i = 0; i < 40 && !pred(); ++i)
        shown.wait(1000);
    return pred();
}

bool flush(Client &client) {
    QSignalSpy flushed(&client, &Client::outboxFlushed);
    client.flushOutbox();
    return flushed.wait(kTimeout) && !flushed.first().first().value<ApiError>().isError();
}

} // namespace

class TestUiChallenges : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_shots = qEnvironmentVariable("LYCEUM_SHOTS");

    void shot(QWidget *w, const QString &name) {
        if (m_shots.isEmpty())
            return;
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        for (const bool dark : {false, true}) {
            theme::Appearance a;
            a.scheme = dark ? theme::Scheme::Dark : theme::Scheme::Light;
            a.contrast = theme::Contrast::Normal;
            theme::apply(*qApp, lang, a);
            for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
                w->resize(size);
                w->show();
                QTest::qWait(300);
                QVERIFY(w->grab().save(
                    QStringLiteral("%1/%2-%3-%4x%5.png")
                        .arg(m_shots, name, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                        .arg(size.width())
                        .arg(size.height())));
            }
        }
        theme::apply(*qApp, lang, theme::Appearance{});
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        if (!m_shots.isEmpty())
            QVERIFY(language::install(
                *qApp, qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"))));
    }

    void learnerChecksInAndIsReminded() {
        auto learner = signedIn(m_dir.filePath(QStringLiteral("learner")), m_server.url(),
                                QStringLiteral("learner"));
        QVERIFY(learner);
        ChallengePanel panel(learner.get());
        panel.resize(1024, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSpace(kSpace);
        QVERIFY(waitFor(panel, [&] { return panel.hasChallenge(); }));
        const ChallengeView &v = panel.current();
        QCOMPARE(v.challenge.days, 21);
        QCOMPARE(v.today, 5); // the demo's challenge began four days before it was seeded
        QVERIFY(panel.promptLabel()->text().contains(QStringLiteral("Day 5")));
        QCOMPARE(v.myStreak, 0);
        QVERIFY(!v.checkedInToday);
        QVERIFY(v.participants >= 4);
        QCOMPARE(v.progress.size(), 5);
        QVERIFY(v.progress.at(0) >= 4);
        QVERIFY(!panel.leaderboard()->isHidden());
        QVERIFY(panel.leaderboard()->count() >= 4);
        QVERIFY(panel.newButton()->isHidden()); // a learner runs no challenges

        // Check in through the composer (Ctrl+Enter): waiting at once, on the calendar too.
        panel.composer()->setFocus();
        QTest::keyClicks(panel.composer(), QStringLiteral("Finished chapter 3"));
        QTest::keyClick(panel.composer(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitFor(panel, [&] { return panel.current().checkedInToday; }));
        QVERIFY(!panel.checkInButton()->isEnabled());
        QCOMPARE(panel.current().mine.size(), 1);
        QVERIFY(panel.current().mine.first().pending);
        const QDate today = v.challenge.dateOf(5);
        QVERIFY(panel.calendar()->dateTextFormat(today).toolTip().contains(QStringLiteral("5")));

        // Sent: confirmed by the server, streak 1, the group's count for today went up.
        const int before = panel.current().progress.value(4);
        QVERIFY(flush(*learner));
        QVERIFY(waitFor(panel, [&] {
            return panel.current().mine.size() == 1 && !panel.current().mine.first().pending &&
                   panel.current().fetchedAt > 0 && panel.current().progress.value(4) >= before;
        }));
        QCOMPARE(panel.current().myStreak, 1);
        QVERIFY(panel.streakLabel()->text().contains(QLatin1Char('1')));
        QCOMPARE(panel.calendar()->dateTextFormat(today).background().color(),
                 theme::current().success);
        shot(&panel, QStringLiteral("challenge"));

        // A reminder at 21:00: saved per challenge, and scheduled on the challenge's days the
        // learner has not checked in (today is done, so tomorrow's), once per day.
        panel.reminderBox()->setChecked(true);
        panel.reminderTime()->setTime(QTime(21, 0));
        Q_EMIT panel.reminderTime()->editingFinished();
        QVERIFY(waitFor(panel, [&] { return panel.current().reminderMinute == 21 * 60; }));
        const ChallengeView withReminder = panel.current();
        const challenges::Challenge &c = withReminder.challenge;
        qint64 now = c.dayStartMs(5) + 20 * challenges::kHourMs;
        ChallengeReminders reminders([&now] { return now; });
        QSignalSpy due(&reminders, &ChallengeReminders::reminderDue);
        reminders.setChallenges({withReminder});
        const qint64 tomorrow = c.dayStartMs(6) + 21 * challenges::kHourMs;
        QCOMPARE(reminders.nextDueAt(), tomorrow);
        now = c.dayStartMs(5) + 22 * challenges::kHourMs; // today's 21:00 passed: checked in
        reminders.checkDue();
        QCOMPARE(due.count(), 0);
        now = tomorrow - 60 * 1000;
        reminders.checkDue();
        QCOMPARE(due.count(), 0);
        now = tomorrow + 1000;
        reminders.checkDue();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.first().at(0).toString(), c.id);
        QCOMPARE(due.first().at(2).toString(), c.prompt(6));
        reminders.checkDue();
        QCOMPARE(due.count(), 1); // once a day
        // Off: nothing is scheduled.
        ChallengeView off = withReminder;
        off.reminderMinute = -1;
        QVERIFY(!nextReminderAt(off, now));
    }

    void creatorOpensAChallengeFromTheKeyboard() {
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(creator);
        ChallengePanel panel(creator.get());
        panel.setSpace(kSpace);
        QVERIFY(waitFor(panel, [&] { return panel.hasChallenge(); }));
        QVERIFY(!panel.newButton()->isHidden());
        QDialog *dialog = nullptr;
        connect(&panel, &ChallengePanel::editorOpened, this, [&](QDialog *d) { dialog = d; });
        panel.show();
        panel.newButton()->setFocus();
        QTest::keyClick(panel.newButton(), Qt::Key_Space);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *title = qobject_cast<QLineEdit *>(dialog->focusWidget());
        QVERIFY2(title, "the title field has the focus");
        QTest::keyClicks(title, QStringLiteral("30 days of writing"));
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(flush(*creator));
        QVERIFY(waitFor(panel, [&] {
            return panel.current().challenge.title == QStringLiteral("30 days of writing");
        }));
        QCOMPARE(panel.current().challenge.days, 21);
        QCOMPARE(panel.current().challenge.spaceId, kSpace);
    }
};

QTEST_MAIN(TestUiChallenges)
#include "tst_ui_challenges.moc"

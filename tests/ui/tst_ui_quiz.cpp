// Quizzes through the real widgets against a real lyceum-server --demo: the learner answers the
// free Python course's quiz in the lesson window by keyboard only (number keys, Tab, typing,
// Enter), the grade comes back with each question's explanation, the course page says what is
// left to pass; the creator writes a new quiz in the studio's editor (add, reorder, kinds,
// choices, accepted answers), the learner gets it, and the studio's analytics table counts the
// answers; offline, an attempt waits in the outbox and is graded once the server is back.
// LYCEUM_SHOTS=DIR (and LYCEUM_SHOTS_LANG=zh_CN|en) saves screenshots at 1024×700 and 1280×800.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "common/theme.h"
#include "course/lesson_dialog.h"
#include "i18n/language.h"
#include "learning/quiz_editor.h"
#include "learning/quiz_panel.h"
#include "learning/quiz_service.h"
#include "learning/quiz_stats_view.h"
#include "learning/quiz_studio_tab.h"
#include "learning/quiz_summary_label.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
const QString kFreeCourse = QStringLiteral("c-python-zero");

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
    QSignalSpy quizzes(&QuizService::of(*client), &QuizService::quizzesChanged);
    QSignalSpy synced(client.get(), &Client::syncFinished);
    client->syncNow();
    if (!synced.wait(60000) || (quizzes.isEmpty() && !quizzes.wait(kTimeout)))
        return nullptr;
    return client;
}

Lesson lessonOf(Client &client, const QString &courseId, int index) {
    Lesson out;
    bool done = false;
    client.discovery().fetchCourse(courseId, &client, [&](std::optional<CourseDetail> d) {
        if (d && index < d->lessons.size())
            out = d->lessons.at(index);
        done = true;
    });
    static_cast<void>(QTest::qWaitFor([&] { return done; }, kTimeout));
    return out;
}

QuizPanel *openQuiz(LessonDialog &dialog) {
    auto *panel = dialog.findChild<QuizPanel *>();
    if (!panel || !QTest::qWaitFor([panel] { return panel->isLoaded(); }, kTimeout))
        return nullptr;
    return panel;
}

void shoot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("LYCEUM_SHOTS");
    if (dir.isEmpty())
        return;
    const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
    for (const QSize size : {QSize(1024, 700), QSize(1280, 800)}) {
        w->resize(size);
        QTest::qWait(300);
        w->grab().save(QStringLiteral("%1/%2-%3-%4x%5.png")
                           .arg(dir, name, lang)
                           .arg(size.width())
                           .arg(size.height()));
    }
}
} // namespace

class TestUiQuiz : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_learner;

private Q_SLOTS:
    void initTestCase() {
        if (!qEnvironmentVariableIsEmpty("LYCEUM_SHOTS")) {
            const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_learner = signedIn(m_dir.filePath(QStringLiteral("learner")), m_server.url(),
                             QStringLiteral("learner"));
        QVERIFY(m_learner);
    }

    // Keyboard only: 2 picks the second choice, Tab moves to the next question, Space and the
    // number keys tick, typing answers the short question and Enter submits.
    void answerByKeyboard() {
        const Lesson lesson = lessonOf(*m_learner, kFreeCourse, 1);
        QCOMPARE(lesson.id, QStringLiteral("l-python-zero-2"));
        LessonDialog dialog(lesson, QStringLiteral("Python"), m_learner.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QuizPanel *panel = openQuiz(dialog);
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->choiceButtons(0).size(), 3);
        shoot(&dialog, QStringLiteral("quiz-lesson"));
        panel->choiceButtons(0).at(0)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QVERIFY(panel->choiceButtons(0).at(1)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->choiceButtons(1).at(0));
        for (Qt::Key k : {Qt::Key_1, Qt::Key_2, Qt::Key_4})
            QTest::keyClick(QApplication::focusWidget(), k);
        QVERIFY(panel->choiceButtons(1).at(0)->isChecked());
        QVERIFY(!panel->choiceButtons(1).at(2)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->choiceButtons(2).at(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(panel->choiceButtons(2).at(1)->isChecked()); // false
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->shortAnswer(3));
        // Typed as an input method would (QTest::keyClicks takes Latin-1 only): full-width.
        QKeyEvent typed(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral(" ＬＥＮ "));
        QApplication::sendEvent(QApplication::focusWidget(), &typed);
        QCOMPARE(panel->shortAnswer(3)->text(), QStringLiteral(" ＬＥＮ "));
        QSignalSpy graded(panel, &QuizPanel::graded);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(graded.wait(kTimeout));
        QVERIFY2(panel->gradeLabel()->text().contains(QLatin1String("4")),
                 qPrintable(panel->gradeLabel()->text()));
        QVERIFY(panel->resultLabel(0)->isVisible());
        QVERIFY(panel->resultLabel(0)->text().contains(QStringLiteral("变量是名字")));
        QVERIFY(panel->retryButton()->isVisible()); // no limit on this quiz
        shoot(&dialog, QStringLiteral("quiz-graded"));
        // "Try again" brings the form back, empty.
        QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
        QVERIFY(!panel->choiceButtons(0).at(1)->isChecked());
        QVERIFY(panel->submitButton()->isVisible());
    }

    // One quiz of two passed: the course page's label says one is left.
    void courseSummarySaysWhatIsLeft() {
        QuizSummaryLabel label(m_learner.get());
        label.setCourse(kFreeCourse);
        QVERIFY(QTest::qWaitFor([&] { return !label.text().isEmpty(); }, kTimeout));
        QCOMPARE(label.text(), QuizSummaryLabel::tr("%n quiz(zes) left", nullptr, 1));
        CourseQuizzes one{1, 1, 80, 1};
        QCOMPARE(QuizSummaryLabel::summaryText(one),
                 QuizSummaryLabel::tr("Quiz: %1 % · passed").arg(80));
    }

    void creatorWritesAQuizAndSeesFigures() {
        auto creator = signedIn(m_dir.filePath(QStringLiteral("creator")), m_server.url(),
                                QStringLiteral("creator"));
        QVERIFY(creator);
        QuizStudioTab tab(creator.get());
        tab.show();
        QVERIFY(QTest::qWaitFor([&] { return tab.courseBox()->count() > 0; }, kTimeout));
        tab.courseBox()->setCurrentIndex(tab.courseBox()->findData(kFreeCourse));
        QVERIFY(QTest::qWaitFor(
            [&] { return tab.lessonBox()->findData(QStringLiteral("l-python-zero-2")) >= 0; },
            kTimeout));
        QuizEditor *editor = tab.editor();
        QSignalSpy loaded(editor, &QuizEditor::loaded);
        tab.lessonBox()->setCurrentIndex(
            tab.lessonBox()->findData(QStringLiteral("l-python-zero-2")));
        QVERIFY(loaded.wait(kTimeout) || editor->questionList()->count() > 0);
        QVERIFY2(QTest::qWaitFor([&] { return editor->questionList()->count() == 4; }, kTimeout),
                 qPrintable(editor->stateLabel()->text()));
        shoot(&tab, QStringLiteral("quiz-editor"));
        // A new quiz on the first lesson: a short question, then a single one moved above it.
        loaded.clear();
        tab.lessonBox()->setCurrentIndex(
            tab.lessonBox()->findData(QStringLiteral("l-python-zero-1")));
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(editor->questionList()->count(), 0);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(QStringLiteral("short")));
        editor->textEdit()->setPlainText(QStringLiteral("打印用哪个函数？"));
        editor->acceptedEdit()->setPlainText(QStringLiteral("print\nprint()"));
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("Which prints?"));
        editor->choiceTable()->item(0, 1)->setText(QStringLiteral("print(1)"));
        editor->choiceTable()->item(1, 1)->setText(QStringLiteral("echo 1"));
        editor->explanationEdit()->setPlainText(QStringLiteral("print() writes to the screen."));
        QTest::mouseClick(editor->upButton(), Qt::LeftButton); // the choice question first
        const QJsonArray questions =
            editor->definition().value(QLatin1StringView("questions")).toArray();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0)[QLatin1StringView("kind")].toString(), QStringLiteral("single"));
        QCOMPARE(questions.at(1)[QLatin1StringView("accepted")].toArray().size(), 2);
        QSignalSpy saved(editor, &QuizEditor::saved);
        QSignalSpy flushed(creator.get(), &Client::outboxFlushed);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(saved.count() == 1 || saved.wait(kTimeout),
                 qPrintable(editor->stateLabel()->text()));
        QVERIFY(flushed.wait(kTimeout));
        // The learner gets it (questions only).
        bool refreshed = false;
        QuizService::of(*m_learner).refresh(kFreeCourse, this, [&](const ApiError &) {
            refreshed = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return refreshed; }, kTimeout));
        std::optional<LessonQuiz> fresh;
        bool read = false;
        QuizService::of(*m_learner)
            .fetchLessonQuiz(QStringLiteral("l-python-zero-1"), this,
                             [&](std::optional<LessonQuiz> q) {
                                 fresh = q;
                                 read = true;
                             });
        QVERIFY(QTest::qWaitFor([&] { return read; }, kTimeout));
        QVERIFY(fresh);
        QCOMPARE(fresh->quiz.questions.size(), 2);
        QVERIFY(fresh->quiz.questions.at(0).accepted.isEmpty());
        // The figures: the learner's graded attempt on lesson 2 counts.
        QuizStatsView stats(creator.get());
        QSignalSpy statsLoaded(&stats, &QuizStatsView::loaded);
        stats.setCourse(kFreeCourse);
        QVERIFY(statsLoaded.wait(kTimeout));
        // Quizzes by id: lesson 1's two new questions, then lesson 2's four (answered once).
        QCOMPARE(stats.table()->rowCount(), 8);
        QCOMPARE(stats.table()->item(0, 2)->text(), QStringLiteral("0"));
        QCOMPARE(stats.table()->item(2, 2)->text(), QStringLiteral("1"));
        QVERIFY(stats.table()->item(2, 3)->text().startsWith(QLatin1Char('1')));
        stats.setCourse({});
        QVERIFY(stats.emptyLabel()->isVisibleTo(&stats));
    }

    // Offline: the attempt waits in the outbox; once the server is back it is graded.
    void offlineAttemptIsGradedLater() {
        const Lesson lesson = lessonOf(*m_learner, kFreeCourse, 2);
        LessonDialog dialog(lesson, QStringLiteral("Python"), m_learner.get());
        dialog.show();
        QuizPanel *panel = openQuiz(dialog);
        QVERIFY(panel && panel->isVisible());
        const int port = m_server.url().port();
        m_server.stop();
        panel->choiceButtons(0).at(0)->click();
        panel->shortAnswer(1)->setText(QStringLiteral("Break"));
        QSignalSpy submitted(panel, &QuizPanel::submitted);
        QTest::mouseClick(panel->submitButton(), Qt::LeftButton);
        QVERIFY(submitted.count() == 1 || submitted.wait(kTimeout));
        QVERIFY(QTest::qWaitFor([&] { return !panel->submitButton()->isEnabled(); }, kTimeout));
        QVERIFY(panel->gradeLabel()->text().isEmpty());
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")},
                                QStringLiteral("127.0.0.1:%1").arg(port), &error),
                 qPrintable(error));
        QSignalSpy graded(panel, &QuizPanel::graded);
        m_learner->flushOutbox();
        QVERIFY(graded.wait(kTimeout));
        QVERIFY(panel->gradeLabel()->text().contains(QLatin1String("2")));
    }
};

QTEST_MAIN(TestUiQuiz)
#include "tst_ui_quiz.moc"

// Publishing safely, through the real widgets against a real lyceum-server --demo: a new
// (empty) draft is never "waiting to send"; Publish first says what will happen (the course, who
// will see it, the price, when) and Esc goes back with nothing sent, Enter publishes; the
// draft's state follows (draft, publishing, published, changed since publishing) in the editor
// and in the list, where a published draft moves under "Published"; "Preview as learner" shows
// the draft in the learner's own widgets; the Markdown toolbar acts on the selection with its
// shortcuts, as one undo step each. The keyboard alone gets through publishing.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "client/studio_service.h"
#include "common/theme.h"
#include "course/lesson_dialog.h"
#include "course/syllabus_model.h"
#include "discussions/post_widget.h"
#include "i18n/language.h"
#include "markdown/markdown_view.h"
#include "shell/sync_status_widget.h"
#include "studio/course_studio.h"
#include "studio/draft_details.h"
#include "studio/draft_editor.h"
#include "studio/learner_preview.h"
#include "studio/markdown_toolbar.h"
#include "studio/outline_editor.h"
#include "studio/publish_confirm.h"
#include "studio/studio_page.h"
#include "studio/video_uploads.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options options{dir, false};
    options.autoFlush = false; // offline until the test says
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

draftsync::PublishState stateOf(Client &client, const QString &id) {
    std::optional<draftsync::PublishState> out;
    client.studio().fetchPublishState(id, &client, [&](draftsync::PublishState s) { out = s; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kTimeout);
    return out.value_or(draftsync::PublishState{});
}

void typeText(QWidget *w, const QString &text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

// Runs act on the next modal dialog of type T once it is up (from inside its event loop).
template<typename T> void onNextDialog(std::function<void(T *)> act) {
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

// A shortcut as a person presses it, to the widget with the focus.
void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers mods) {
    QTest::keyClick(w, key, mods);
}

courseoutline::Stored outlineOf(Client &client, const QString &courseId) {
    std::optional<courseoutline::Stored> out;
    client.studio().fetchOutline(courseId, &client, [&](courseoutline::Stored o) { out = o; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kTimeout);
    return out.value_or(courseoutline::Stored{});
}

QListWidgetItem *itemOf(StudioPage &page, const QString &id) {
    for (int i = 0; i < page.list()->count(); ++i)
        if (page.list()->item(i)->data(Qt::UserRole).toString() == id)
            return page.list()->item(i);
    return nullptr;
}

// The section header an item is under ("Drafts" or "Published").
QString sectionOf(StudioPage &page, const QString &id) {
    QString header;
    for (int i = 0; i < page.list()->count(); ++i) {
        QListWidgetItem *item = page.list()->item(i);
        if (item->data(Qt::UserRole).toString().isEmpty())
            header = item->text();
        else if (item->data(Qt::UserRole).toString() == id)
            return header;
    }
    return {};
}

} // namespace

class TestUiStudioPublish : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_creator, m_learner;
    QString m_shots;
    QSize m_size{1024, 700}; // the smaller size checked by hand
    bool m_english = true;   // the text checks below are in English

    void shot(QWidget *w, const QString &name) {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(w->grab().save(m_shots + u'/' + name + QStringLiteral(".png")));
    }

    bool startDraft(StudioPage &page, const QString &kind) {
        page.resize(m_size);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        page.newDraft(kind);
        return QTest::qWaitFor(
            [&] {
                return page.editor() && page.editor()->isLoaded() &&
                       page.editor()->details()->placeBox()->count() > 1;
            },
            kTimeout);
    }

private Q_SLOTS:
    void initTestCase() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN] [LYCEUM_SHOTS_SIZE=1280x800]
        // [LYCEUM_SHOTS_THEME=dark]: also saves the screens (the assertions on English text
        // are for the default run).
        m_shots = qEnvironmentVariable("LYCEUM_SHOTS");
        if (!m_shots.isEmpty()) {
            const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
            QVERIFY(language::install(*qApp, lang));
            m_english = lang == QLatin1String("en");
            theme::Appearance appearance;
            if (qEnvironmentVariable("LYCEUM_SHOTS_THEME") == QLatin1String("dark"))
                appearance.scheme = theme::Scheme::Dark;
            theme::apply(*qApp, lang, appearance);
            const QStringList size = qEnvironmentVariable("LYCEUM_SHOTS_SIZE").split(u'x');
            if (size.size() == 2)
                m_size = QSize(size.at(0).toInt(), size.at(1).toInt());
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_creator = signedIn(m_dir.filePath(QStringLiteral("c")), m_server.url(),
                             QStringLiteral("creator"));
        QVERIFY(m_creator);
        m_learner = signedIn(m_dir.filePath(QStringLiteral("l")), m_server.url(),
                             QStringLiteral("learner"));
        QVERIFY(m_learner);
    }

    // A new draft is saved at once; it used to queue its draft.put too, which the status bar
    // counted as "1 post waiting to send" although nothing was written.
    void emptyDraftIsNotWaitingToSend() {
        QTRY_COMPARE_WITH_TIMEOUT(m_creator->syncStatus().outboxWaiting, 0, kTimeout);
        StudioPage page(m_creator.get());
        QVERIFY(startDraft(page, QStringLiteral("post")));
        page.editor()->saveNow();
        QSignalSpy saved(&m_creator->studio(), &StudioService::draftSaved);
        page.editor()->saveNow();
        QVERIFY(saved.wait(kTimeout));
        QTest::qWait(200);
        QCOMPARE(m_creator->syncStatus().outboxWaiting, 0);
        QVERIFY(!SyncStatusWidget::describe(m_creator->syncStatus(), 0)
                     .contains(QStringLiteral("waiting")));
        // Something written is for the other devices: it waits; emptied again, it does not.
        typeText(page.editor()->titleEdit(), QStringLiteral("x"));
        page.editor()->saveNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_creator->syncStatus().outboxWaiting, 1, kTimeout);
        page.editor()->titleEdit()->clear();
        page.editor()->saveNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_creator->syncStatus().outboxWaiting, 0, kTimeout);
    }

    void confirmationSaysWhatWillHappen() {
        StudioPage page(m_creator.get());
        QVERIFY(startDraft(page, QStringLiteral("lesson")));
        const QString id = page.editor()->draftId();
        page.editor()->titleEdit()->setText(QStringLiteral("部署到生产环境"));
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("先跑 **测试**。"));
        QComboBox *place = page.editor()->details()->placeBox();
        place->setCurrentIndex(place->findData(QStringLiteral("c:c-go-backend")));
        QVERIFY(place->currentIndex() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(), StudioPage::tr("Draft"), kTimeout);

        // Esc goes back: nothing is queued.
        QString summary;
        bool escaped = false;
        onNextDialog<PublishConfirmDialog>([&](PublishConfirmDialog *d) {
            summary = d->summary();
            shot(d, QStringLiteral("studio-publish-confirm"));
            QTest::keyClick(d, Qt::Key_Escape);
            escaped = true;
        });
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(escaped, kTimeout);
        QVERIFY2(summary.contains(QStringLiteral("Go 后端实战")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("299.00")), qPrintable(summary));
        QVERIFY2(!m_english || summary.contains(QStringLiteral("bought")), qPrintable(summary));
        QVERIFY2(!m_english || summary.contains(QStringLiteral("Now")), qPrintable(summary));
        QTest::qWait(200);
        QCOMPARE(stateOf(*m_creator, id).stage, draftsync::PublishState::Stage::None);

        // Marked a free preview, it is for everyone; Enter publishes. By keyboard: Ctrl+Enter.
        page.editor()->details()->freePreviewBox()->setChecked(true);
        bool confirmed = false;
        onNextDialog<PublishConfirmDialog>([&](PublishConfirmDialog *d) {
            summary = d->summary();
            QTest::keyClick(d, Qt::Key_Return);
            confirmed = true;
        });
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.editor()->bodyEdit()->setFocus();
        QTest::keyClick(page.editor()->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(confirmed, kTimeout);
        QVERIFY2(!m_english || summary.contains(QStringLiteral("free preview")),
                 qPrintable(summary));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_creator, id).stage,
                                  draftsync::PublishState::Stage::Waiting, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(),
                                  StudioPage::tr("Publishing when online"), kTimeout);

        // Online: published, and the draft moves under "Published".
        QSignalSpy flushed(m_creator.get(), &Client::outboxFlushed);
        m_creator->flushOutbox();
        QVERIFY(flushed.wait(kTimeout));
        QSignalSpy synced(m_creator.get(), &Client::syncFinished);
        m_creator->syncNow();
        QVERIFY(synced.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(), StudioPage::tr("Published"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(sectionOf(page, id), StudioPage::tr("Published"), kTimeout);
        QVERIFY(itemOf(page, id)->text().contains(StudioPage::tr("Published")));

        // Changed on this computer: back among the drafts, "changed since publishing".
        page.editor()->bodyEdit()->appendPlainText(QStringLiteral("再补一句。"));
        page.editor()->saveNow();
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(),
                                  StudioPage::tr("Changed since publishing"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(sectionOf(page, id), StudioPage::tr("Drafts"), kTimeout);
        shot(&page, QStringLiteral("studio-states"));
    }

    void previewShowsTheLearnersWidgets() {
        StudioPage page(m_creator.get());
        QVERIFY(startDraft(page, QStringLiteral("post")));
        page.editor()->titleEdit()->setText(QStringLiteral("本周答疑"));
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("周三 **20:00**，欢迎提问。"));
        page.editor()->details()->placeBox()->setCurrentIndex(1);
        QString shown;
        bool post = false;
        onNextDialog<LearnerPreview>([&](LearnerPreview *p) {
            post = qobject_cast<PostWidget *>(p->learnerWidget()) != nullptr;
            shown = p->textView()->document()->toPlainText();
            shot(p, QStringLiteral("studio-preview-post"));
            p->reject();
        });
        page.previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(post, kTimeout);
        // Rendered, not the source.
        QVERIFY2(shown.contains(QStringLiteral("20:00")) && !shown.contains(QStringLiteral("**")),
                 qPrintable(shown));

        // A lesson opens in the learner's lesson window.
        page.newDraft(QStringLiteral("lesson"));
        QTRY_VERIFY_WITH_TIMEOUT(page.editor() && page.editor()->isLoaded(), kTimeout);
        page.editor()->titleEdit()->setText(QStringLiteral("Lesson"));
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("# Step one\n\nRun `go test`."));
        bool lesson = false;
        onNextDialog<LearnerPreview>([&](LearnerPreview *p) {
            lesson = qobject_cast<LessonDialog *>(p->learnerWidget()) != nullptr;
            shown = p->textView() ? p->textView()->document()->toPlainText() : QString();
            shot(p, QStringLiteral("studio-preview-lesson"));
            QTest::keyClick(p, Qt::Key_Escape);
        });
        // By keyboard.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.editor()->bodyEdit()->setFocus();
        QTest::keyClick(page.editor()->bodyEdit(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(lesson, kTimeout);
        QVERIFY2(shown.contains(QStringLiteral("Step one")) && !shown.contains(u'#'),
                 qPrintable(shown));
    }

    void toolbarActsOnTheSelection() {
        StudioPage page(m_creator.get());
        QVERIFY(startDraft(page, QStringLiteral("post")));
        QPlainTextEdit *body = page.editor()->bodyEdit();
        MarkdownToolbar *bar = page.editor()->toolbar();
        QVERIFY(QFontInfo(body->font()).fixedPitch());
        QVERIFY(
            bar->action(MarkdownToolbar::Action::Bold)->toolTip().contains(QStringLiteral("B")));
        QVERIFY(
            bar->action(MarkdownToolbar::Action::Link)
                ->toolTip()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
        page.activateWindow();
        body->setFocus();
        body->setPlainText(QStringLiteral("hello world"));
        QTextCursor c = body->textCursor();
        c.setPosition(6);
        c.setPosition(11, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        press(body, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("hello **world**"));
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("world"));
        // Ctrl+I is italic here, not the inbox; Ctrl+K a link, not search.
        press(body, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("hello ***world***"));
        body->undo();
        QCOMPARE(body->toPlainText(), QStringLiteral("hello **world**"));
        body->undo();
        QCOMPARE(body->toPlainText(), QStringLiteral("hello world"));
        c = body->textCursor();
        c.setPosition(0);
        c.setPosition(5, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        press(body, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("[hello](https://) world"));
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("https://"));
        body->undo();
        // Lines: a heading, lists that replace each other and come off again.
        body->setPlainText(QStringLiteral("one\ntwo"));
        body->selectAll();
        bar->action(MarkdownToolbar::Action::Bullets)->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("- one\n- two"));
        body->selectAll();
        press(body, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("1. one\n2. two"));
        body->selectAll();
        bar->action(MarkdownToolbar::Action::Numbers)->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("one\ntwo"));
        body->moveCursor(QTextCursor::Start);
        press(body, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), QStringLiteral("## one\ntwo"));
        body->selectAll();
        bar->action(MarkdownToolbar::Action::Code)->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("```\n## one\ntwo\n```\n"));
        body->undo();
        QCOMPARE(body->toPlainText(), QStringLiteral("## one\ntwo"));
        body->setPlainText(QStringLiteral("# 标题\n\n正文 **粗体** 和 `code`\n\n- 一\n- 二\n"));
        shot(&page, QStringLiteral("studio-editor"));
    }

    // The Courses tab: a published course opened from the studio, its lessons arranged by
    // keyboard into a new section, saved through the outbox; the server's order comes back in
    // the feed and the course page's syllabus shows the section headings.
    void courseOutlineArrangedByKeyboard() {
        StudioPage page(m_creator.get());
        page.resize(m_size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentWidget(page.courses());
        QListWidget *courses = page.courses()->courseList();
        QTRY_VERIFY_WITH_TIMEOUT(courses->count() > 0, kTimeout);
        QListWidgetItem *go = nullptr;
        for (int i = 0; i < courses->count(); ++i)
            if (courses->item(i)->data(Qt::UserRole).toString() == QLatin1String("c-go-backend"))
                go = courses->item(i);
        QVERIFY(go);
        courses->setCurrentItem(go);
        OutlineEditor *editor = page.courses()->outlineEditor();
        OutlineTree *tree = editor->tree();
        QTRY_COMPARE_WITH_TIMEOUT(editor->courseId(), QStringLiteral("c-go-backend"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() >= 3, kTimeout);
        const int lessons = tree->topLevelItem(0)->childCount();
        const QString first =
            tree->topLevelItem(0)->child(0)->data(0, OutlineTree::kIdRole).toString();
        const QString last =
            tree->topLevelItem(0)->child(lessons - 1)->data(0, OutlineTree::kIdRole).toString();
        QVERIFY(!editor->saveButton()->isEnabled());
        // A new section at the end; the last lesson goes down into it with Alt+Down, the first
        // one to second place.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        editor->addSection();
        // The new section's name is being edited in place (F2 later on).
        QLineEdit *name = nullptr;
        QTRY_VERIFY((name = tree->viewport()->findChild<QLineEdit *>()) != nullptr);
        name->setText(QStringLiteral("进阶 Advanced"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(tree->topLevelItemCount(), 2);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("进阶 Advanced"));
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(lessons - 1));
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(tree->topLevelItem(0)->child(1)->data(0, OutlineTree::kIdRole).toString(), first);
        // A section moves with its lessons: Alt+Up on the new one puts it first.
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("进阶 Advanced"));
        shot(&page, QStringLiteral("studio-outline"));
        QVERIFY(editor->saveButton()->isEnabled());
        QSignalSpy saved(&m_creator->studio(), &StudioService::outlineSaved);
        QTest::keyClick(tree, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(kTimeout));
        QVERIFY2(saved.first().at(1).toString().isEmpty(),
                 qPrintable(saved.first().at(1).toString()));

        // Sent, pulled back from the server: the order is the server's now.
        QSignalSpy flushed(m_creator.get(), &Client::outboxFlushed);
        m_creator->flushOutbox();
        QVERIFY(flushed.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(m_creator->syncStatus().outboxFailed, 0, kTimeout);
        QSignalSpy synced(m_creator.get(), &Client::syncFinished);
        m_creator->syncNow();
        QVERIFY(synced.wait(60000));
        std::optional<CourseDetail> detail;
        bool done = false;
        m_creator->discovery().fetchCourse(QStringLiteral("c-go-backend"), m_creator.get(),
                                           [&](std::optional<CourseDetail> d) {
                                               detail = d;
                                               done = true;
                                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(detail);
        const courseoutline::Stored outline = outlineOf(*m_creator, QStringLiteral("c-go-backend"));
        QCOMPARE(outline.sections.size(), 2);
        QCOMPARE(outline.sections.at(0).title, QStringLiteral("进阶 Advanced"));
        QCOMPARE(outline.sections.at(1).title, QString()); // the default one
        QCOMPARE(detail->lessons.first().id, last);
        QCOMPARE(outline.lessonSection.value(last), outline.sections.at(0).id);
        QCOMPARE(detail->lessons.at(2).id, first);
        SyllabusModel syllabus;
        syllabus.setLessons(detail->lessons);
        syllabus.setOutline(outline.sections, outline.lessonSection);
        QCOMPARE(syllabus.index(0).data(SyllabusModel::SectionTitleRole).toString(),
                 QStringLiteral("进阶 Advanced"));
        QCOMPARE(syllabus.index(1).data(SyllabusModel::SectionTitleRole).toString(),
                 SyllabusModel::tr("Lessons"));
        QVERIFY(syllabus.index(2).data(SyllabusModel::SectionTitleRole).toString().isEmpty());

        // A learner's computer gets the outline from the server.
        QSignalSpy learnerSynced(m_learner.get(), &Client::syncFinished);
        m_learner->syncNow();
        QVERIFY(learnerSynced.wait(60000));
        std::optional<CourseDetail> seen;
        done = false;
        m_learner->discovery().fetchCourse(QStringLiteral("c-go-backend"), m_learner.get(),
                                           [&](std::optional<CourseDetail> d) {
                                               seen = d;
                                               done = true;
                                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(seen);
        const courseoutline::Stored learnerOutline =
            outlineOf(*m_learner, QStringLiteral("c-go-backend"));
        QCOMPARE(learnerOutline.sections, outline.sections);
        QCOMPARE(seen->lessons.first().id, last);
        QCOMPARE(learnerOutline.lessonSection.value(last), outline.sections.first().id);
        QCOMPARE(learnerOutline.lessonSection.value(first), outline.sections.at(1).id);

        // "Edit the course…" opens a draft of it, based on the published version.
        page.courses()->editButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.editor() && page.editor()->isLoaded() &&
                                     page.editor()->titleEdit()->text() == detail->course.title,
                                 kTimeout);
        QCOMPARE(page.tabs()->currentIndex(), 0);
        QCOMPARE(page.editor()->current().targetId, QStringLiteral("c-go-backend"));
    }

    // Several videos at once: one new lesson each, a row each with its progress; one cancelled
    // and one unreadable do not stop the other, and nothing is lost (every lesson is there).
    void severalVideosAtOnce() {
        StudioPage page(m_creator.get());
        page.resize(m_size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentWidget(page.courses());
        QListWidget *courses = page.courses()->courseList();
        QTRY_VERIFY_WITH_TIMEOUT(courses->count() > 0, kTimeout);
        for (int i = 0; i < courses->count(); ++i)
            if (courses->item(i)->data(Qt::UserRole).toString() == QLatin1String("c-git-teamwork"))
                courses->setCurrentRow(i);
        OutlineEditor *editor = page.courses()->outlineEditor();
        QTRY_COMPARE_WITH_TIMEOUT(editor->courseId(), QStringLiteral("c-git-teamwork"), kTimeout);
        const QString clip =
            QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");
        QVERIFY(QFile::exists(clip));
        const QString second = m_dir.filePath(QStringLiteral("第二课 branches.mp4"));
        QVERIFY(QFile::copy(clip, second));
        const QString missing = m_dir.filePath(QStringLiteral("gone.mp4"));
        QString summary;
        onNextDialog<PublishConfirmDialog>([&](PublishConfirmDialog *d) {
            summary = d->summary();
            QTest::keyClick(d, Qt::Key_Return);
        });
        QSignalSpy finished(&m_creator->studio(), &StudioService::draftUploadFinished);
        editor->addVideos({clip, second, missing});
        QVERIFY2(summary.contains(QStringLiteral("python-1.mp4")) &&
                     summary.contains(QStringLiteral("gone.mp4")),
                 qPrintable(summary));
        VideoUploads *uploads = editor->uploads();
        QCOMPARE(uploads->rows(), 3);
        QStringList ids;
        for (const Draft &d : [&] {
                 std::optional<QVector<Draft>> out;
                 m_creator->studio().fetchDrafts(m_creator.get(),
                                                 [&](QVector<Draft> all) { out = all; });
                 (void)QTest::qWaitFor([&] { return out.has_value(); }, kTimeout);
                 return out.value_or(QVector<Draft>{});
             }())
            if (d.courseId == QLatin1String("c-git-teamwork") && d.kind == QLatin1String("lesson"))
                ids.prepend(d.id);
        QCOMPARE(ids.size(), 3);
        // The second one cancelled before it started.
        QString cancelled;
        for (const QString &id : ids)
            if (uploads->progressOf(id)->accessibleName().contains(QStringLiteral("第二课")))
                cancelled = id;
        QVERIFY(!cancelled.isEmpty());
        uploads->cancelOf(cancelled)->click();
        QTRY_COMPARE_WITH_TIMEOUT(uploads->stateOf(cancelled)->text(),
                                  VideoUploads::tr("Cancelled"), kTimeout);
        shot(&page, QStringLiteral("studio-uploads"));

        // Online: three lessons published; one video uploaded, one refused as unreadable.
        QSignalSpy flushed(m_creator.get(), &Client::outboxFlushed);
        m_creator->flushOutbox();
        QVERIFY(flushed.wait(kTimeout));
        QSignalSpy synced(m_creator.get(), &Client::syncFinished);
        m_creator->syncNow();
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 120000);
        int uploaded = 0, failed = 0;
        for (const QString &id : ids) {
            const QString state = uploads->stateOf(id)->text();
            uploaded += state == VideoUploads::tr("Uploaded");
            failed += state.startsWith(VideoUploads::tr("Not uploaded: %1").arg(QString()));
        }
        QCOMPARE(uploaded, 1);
        QCOMPARE(failed, 1);
        QCOMPARE(uploads->progressOf(ids.first())->value() +
                     uploads->progressOf(ids.at(1))->value() +
                     uploads->progressOf(ids.at(2))->value(),
                 1000);
        std::optional<CourseDetail> detail;
        bool done = false;
        m_creator->discovery().fetchCourse(QStringLiteral("c-git-teamwork"), m_creator.get(),
                                           [&](std::optional<CourseDetail> d) {
                                               detail = d;
                                               done = true;
                                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
        QVERIFY(detail);
        QStringList titles;
        for (const Lesson &l : detail->lessons)
            titles << l.title;
        QVERIFY2(titles.contains(QStringLiteral("python-1")) &&
                     titles.contains(QStringLiteral("第二课 branches")) &&
                     titles.contains(QStringLiteral("gone")),
                 qPrintable(titles.join(u',')));
        // The outline shows them once pulled.
        QTRY_COMPARE_WITH_TIMEOUT(editor->tree()->topLevelItem(0)->childCount(),
                                  int(detail->lessons.size()), kTimeout);
        shot(&page, QStringLiteral("studio-uploads-done"));
    }
};

QTEST_MAIN(TestUiStudioPublish)
#include "tst_ui_studio_publish.moc"

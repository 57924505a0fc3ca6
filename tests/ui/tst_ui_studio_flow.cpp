// The creator studio through the real widgets against a real lyceum-server --demo, with the
// creator on two computers (two profiles): a post and a course with its outline published from
// the page reach a learner; a draft edited on both computers offline keeps both versions and
// the creator chooses in the side-by-side dialog; a publish refused because the lesson was
// changed from the other computer shows the two versions and publishes the merge; a schedule
// shows and is cancelled; analytics follow a purchase and export as CSV; a picture put in a post
// shows in the preview, is sent once online, and is fetched by a learner reading the post.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/commerce_service.h"
#include "client/discovery_service.h"
#include "client/discussions_service.h"
#include "client/studio_service.h"
#include "common/theme.h"
#include "i18n/language.h"
#include "markdown/image_source.h"
#include "markdown/markdown_view.h"
#include "markdown/safe_markdown_document.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"
#include "studio/analytics_view.h"
#include "studio/draft_details.h"
#include "studio/draft_editor.h"
#include "studio/merge_dialog.h"
#include "studio/publish_confirm.h"
#include "studio/studio_page.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace lyceum;
using namespace lyceum::ui;

namespace {

constexpr int kTimeout = 30000;

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle) {
    Client::Options options{dir, false};
    options.autoFlush = false; // the test decides when each computer is online
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

// Sends everything queued, pulls, and fetches the drafts: the computer is "online" once.
bool online(Client &client) {
    QSignalSpy flushed(&client, &Client::outboxFlushed);
    client.flushOutbox();
    if (!flushed.wait(kTimeout))
        return false;
    QSignalSpy synced(&client, &Client::syncFinished);
    QSignalSpy drafts(&client.studio(), &StudioService::draftsChanged);
    client.syncNow(); // refreshStudio follows a successful pull
    return synced.wait(60000) && drafts.wait(kTimeout);
}

QVector<Draft> draftsOf(Client &client) {
    std::optional<QVector<Draft>> out;
    client.studio().fetchDrafts(&client, [&](QVector<Draft> d) { out = d; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kTimeout);
    return out.value_or(QVector<Draft>{});
}

std::optional<Draft> draftOf(Client &client, const QString &id) {
    for (const Draft &d : draftsOf(client))
        if (d.id == id)
            return d;
    return std::nullopt;
}

draftsync::PublishState stateOf(Client &client, const QString &id) {
    std::optional<draftsync::PublishState> out;
    client.studio().fetchPublishState(id, &client, [&](draftsync::PublishState s) { out = s; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, kTimeout);
    return out.value_or(draftsync::PublishState{});
}

std::optional<CourseDetail> courseOf(Client &client, const QString &id) {
    std::optional<CourseDetail> out;
    bool done = false;
    client.discovery().fetchCourse(id, &client, [&](std::optional<CourseDetail> c) {
        out = c;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, kTimeout);
    return out;
}

// Key presses carrying the text, one character at a time (QTest::keyClicks takes Latin-1
// only; an input method delivers Chinese as text the same way).
void typeText(QWidget *w, const QString &text) {
    for (const QChar c : text) {
        const int key = c == u'\n' ? int(Qt::Key_Return) : 0;
        const QString t = c == u'\n' ? QStringLiteral("\r") : QString(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, t);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, t);
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

// Types into the page's editor the way a person does.
void type(StudioPage &page, const QString &title, const QString &body) {
    QLineEdit *t = page.editor()->titleEdit();
    t->selectAll();
    typeText(t, title);
    QPlainTextEdit *b = page.editor()->bodyEdit();
    b->selectAll();
    QTest::keyClick(b, Qt::Key_Delete);
    typeText(b, body);
}

bool editorLoaded(StudioPage &page) {
    return QTest::qWaitFor(
        [&] {
            return page.editor() && page.editor()->isLoaded() &&
                   page.editor()->details()->placeBox()->count() > 1;
        },
        kTimeout);
}

// Shows the page at the size checked by hand and starts a draft of this kind in it.
bool startDraft(StudioPage &page, const QString &kind) {
    page.resize(1024, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.newDraft(kind);
    return editorLoaded(page);
}

// Pulls on the learner's computer and finds a thread by its title (empty when it is not there).
QString pulledThread(Client &learner, const QString &title) {
    QSignalSpy synced(&learner, &Client::syncFinished);
    learner.syncNow();
    if (!synced.wait(60000))
        return {};
    std::optional<QString> id;
    learner.discussions().fetchAllThreads(500, &learner, [&](QVector<ThreadSummary> threads) {
        id = QString();
        for (const ThreadSummary &t : threads)
            if (t.thread.title == title)
                id = t.thread.id;
    });
    (void)QTest::qWaitFor([&] { return id.has_value(); }, kTimeout);
    return id.value_or(QString());
}

// Acts on the next side-by-side dialog once it is up (polled from inside its own event loop).
void answerNextDialog(std::function<void(MergeDialog *)> act) {
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, act] {
        if (auto *dialog = qobject_cast<MergeDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

// Publishing asks first (PublishConfirmDialog): confirms the next one with Enter.
void confirmNextPublish() {
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll] {
        if (auto *dialog =
                qobject_cast<PublishConfirmDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            QTest::keyClick(dialog, Qt::Key_Return);
        }
    });
    poll->start();
}

} // namespace

class TestUiStudioFlow : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_a, m_b, m_learner;
    QString m_shots, m_lang;

    void shot(QWidget *w, const char *name) {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(w->grab().save(m_shots + u'/' + QLatin1String(name) + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase() {
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens.
        m_shots = qEnvironmentVariable("LYCEUM_SHOTS");
        m_lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        if (!m_shots.isEmpty()) {
            QVERIFY(language::install(*qApp, m_lang));
            theme::apply(*qApp, m_lang);
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        m_a = signedIn(m_dir.filePath(QStringLiteral("a")), m_server.url(),
                       QStringLiteral("creator"));
        m_b = signedIn(m_dir.filePath(QStringLiteral("b")), m_server.url(),
                       QStringLiteral("creator"));
        m_learner = signedIn(m_dir.filePath(QStringLiteral("l")), m_server.url(),
                             QStringLiteral("learner"));
        QVERIFY(m_a && m_b && m_learner);
    }

    void publishPostAndCourseFromThePage() {
        StudioPage page(m_a.get());
        QVERIFY(startDraft(page, QStringLiteral("post")));
        type(page, QStringLiteral("本周答疑 Office hours"),
             QStringLiteral("周三 **20:00**，欢迎提问。"));
        // Publishing without a place is refused on the spot, with the reason.
        page.publishButton()->click();
        QVERIFY(page.publishStatus()->text().contains(QStringLiteral("where")) ||
                m_lang != QLatin1String("en"));
        QComboBox *place = page.editor()->details()->placeBox();
        place->setCurrentIndex(1); // the first space
        shot(&page, "studio-post");
        confirmNextPublish(); // Publish says what will happen first: Enter
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*m_a, page.editor()->draftId()).stage ==
                                     draftsync::PublishState::Stage::Waiting,
                                 kTimeout);
        QVERIFY(online(*m_a));
        QCOMPARE(stateOf(*m_a, page.editor()->draftId()).stage,
                 draftsync::PublishState::Stage::Sent);
        QVERIFY(!pulledThread(*m_learner, QStringLiteral("本周答疑 Office hours")).isEmpty());

        // A course with two lessons in its outline.
        page.newDraft(QStringLiteral("course"));
        QTRY_VERIFY_WITH_TIMEOUT(page.editor() && page.editor()->isLoaded(), kTimeout);
        QVERIFY(page.editor()->details()->outlineEdit()->isVisible());
        type(page, QStringLiteral("Rust 所有权"), QStringLiteral("借用与生命周期，从零讲起。"));
        typeText(page.editor()->details()->outlineEdit(), QStringLiteral("安装工具链\n所有权"));
        shot(&page, "studio-course");
        const QString courseDraft = page.editor()->draftId();
        confirmNextPublish(); // Publish says what will happen first: Enter
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(*m_a, courseDraft).stage == draftsync::PublishState::Stage::Waiting, kTimeout);
        QVERIFY(online(*m_a));
        // The draft now edits the course it made.
        const std::optional<Draft> d = draftOf(*m_a, courseDraft);
        QVERIFY(d && !d->targetId.isEmpty());
        const std::optional<CourseDetail> course = courseOf(*m_learner, d->targetId);
        QVERIFY(!course); // the learner has not pulled yet
        QSignalSpy synced(m_learner.get(), &Client::syncFinished);
        m_learner->syncNow();
        QVERIFY(synced.wait(60000));
        const std::optional<CourseDetail> pulled = courseOf(*m_learner, d->targetId);
        QVERIFY(pulled);
        QCOMPARE(pulled->course.title, QStringLiteral("Rust 所有权"));
        QCOMPARE(pulled->lessons.size(), 2);
        QCOMPARE(pulled->lessons.at(1).title, QStringLiteral("所有权"));
    }

    void lessonVideoUploadedOncePublished() {
        StudioPage page(m_a.get());
        QVERIFY(startDraft(page, QStringLiteral("lesson")));
        type(page, QStringLiteral("视频课：安装"), QStringLiteral("跟着视频一步步来。"));
        DraftDetails *details = page.editor()->details();
        details->placeBox()->setCurrentIndex(1); // the creator's first course
        const QString clip =
            QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");
        QVERIFY(QFile::exists(clip));
        details->setVideoFile(clip);
        QVERIFY(details->videoLabel()->text().contains(QStringLiteral("python-1.mp4")));
        const QString id = page.editor()->draftId();
        confirmNextPublish(); // Publish says what will happen first: Enter
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*m_a, id).stage == draftsync::PublishState::Stage::Waiting,
                                 kTimeout);
        // Published, then the video follows to the lesson, in 1 MiB chunks.
        QSignalSpy progress(&m_a->studio(), &StudioService::draftUploadProgress);
        QSignalSpy uploaded(&m_a->studio(), &StudioService::draftUploadFinished);
        QVERIFY(online(*m_a));
        QVERIFY(uploaded.wait(60000));
        QVERIFY2(!uploaded.first().at(1).value<ApiError>().isError(),
                 qPrintable(uploaded.first().at(1).value<ApiError>().message));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(clip).size());
        const std::optional<Draft> d = draftOf(*m_a, id);
        QVERIFY(!d->extra.value(QLatin1StringView("video_asset_id")).toString().isEmpty());
        QVERIFY(online(*m_a));
        const std::optional<CourseDetail> course = courseOf(*m_a, d->courseId);
        QVERIFY(course);
        bool hasVideo = false;
        for (const Lesson &l : course->lessons)
            hasVideo = hasVideo ||
                       (l.id == d->targetId && !l.videoAssetId.isEmpty() && l.durationSeconds > 0);
        QVERIFY(hasVideo);
        // Saving the draft again keeps what publishing and uploading recorded.
        page.editor()->bodyEdit()->appendPlainText(QStringLiteral("补充一句。"));
        page.editor()->saveNow();
        QTRY_VERIFY_WITH_TIMEOUT(draftOf(*m_a, id)->body.endsWith(QStringLiteral("补充一句。")),
                                 kTimeout);
        const std::optional<Draft> again = draftOf(*m_a, id);
        QCOMPARE(again->extra.value(QLatin1StringView("video_asset_id")),
                 d->extra.value(QLatin1StringView("video_asset_id")));
        QCOMPARE(again->extra.value(QLatin1StringView("item_id")),
                 d->extra.value(QLatin1StringView("item_id")));
        shot(&page, "studio-lesson-video");
    }

    void draftEditedOnTwoComputersKeepsBoth() {
        // Written on A, it reaches B.
        const QString id = m_a->studio().newDraft(QStringLiteral("announcement"));
        Draft draft = *draftOf(*m_a, id);
        draft.title = QStringLiteral("开课通知");
        draft.body = QStringLiteral("第一版");
        m_a->studio().saveDraft(draft, true);
        QVERIFY(online(*m_a));
        QVERIFY(online(*m_b));
        std::optional<Draft> onB = draftOf(*m_b, id);
        QVERIFY(onB);
        QCOMPARE(onB->body, QStringLiteral("第一版"));
        // Both offline: B writes, A writes; B comes online first, then A.
        onB->body = QStringLiteral("B 电脑上改的");
        m_b->studio().saveDraft(*onB);
        draft.body = QStringLiteral("A 电脑上改的");
        m_a->studio().saveDraft(draft);
        QVERIFY(online(*m_b));
        QVERIFY(online(*m_a));
        const std::optional<Draft> onA = draftOf(*m_a, id);
        QCOMPARE(onA->body, QStringLiteral("B 电脑上改的"));
        QCOMPARE(onA->conflicts.size(), 1);
        QCOMPARE(onA->conflicts.first()[QLatin1StringView("body")].toString(),
                 QStringLiteral("A 电脑上改的"));

        // A's page shows it; the creator compares and keeps a merge of the two.
        StudioPage page(m_a.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openDraft(id);
        QTRY_VERIFY_WITH_TIMEOUT(page.conflictBanner()->isVisible(), kTimeout);
        shot(&page, "studio-conflict");
        bool answered = false;
        answerNextDialog([&](MergeDialog *dialog) {
            QCOMPARE(dialog->myBodyEdit()->toPlainText(), QStringLiteral("B 电脑上改的"));
            dialog->myBodyEdit()->setPlainText(QStringLiteral("A 和 B 合在一起"));
            if (!m_shots.isEmpty())
                QVERIFY(dialog->grab().save(m_shots + QStringLiteral("/studio-merge.png")));
            dialog->mineButton()->click();
            answered = true;
        });
        page.compareCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!page.conflictBanner()->isVisible(), kTimeout);
        QVERIFY(online(*m_a));
        QVERIFY(online(*m_b));
        const std::optional<Draft> merged = draftOf(*m_b, id);
        QCOMPARE(merged->body, QStringLiteral("A 和 B 合在一起"));
        QVERIFY(merged->conflicts.isEmpty());
        QCOMPARE(draftOf(*m_a, id)->conflicts.size(), 0);
    }

    void publishRefusedWhenTheLessonChangedElsewhere() {
        // Both computers start a draft editing the same lesson of the creator's course.
        std::optional<CourseDetail> course;
        const std::optional<User> me = m_a->currentUser();
        std::optional<QVector<CourseSummary>> courses;
        m_a->discovery().fetchCourses(
            m_a.get(), [&](Result<QVector<CourseSummary>> c) { courses = c.value(); });
        QTRY_VERIFY_WITH_TIMEOUT(courses.has_value(), kTimeout);
        for (const CourseSummary &c : *courses)
            if (c.course.creatorId == me->id && c.lessonCount > 0 && !course)
                course = courseOf(*m_a, c.course.id);
        QVERIFY(course && !course->lessons.isEmpty());
        const Lesson lesson = course->lessons.first();
        const auto editDraft = [&](Client &client, const QString &body) {
            const QString id = client.studio().newDraft(QStringLiteral("lesson"), lesson.courseId);
            Draft d = *draftOf(client, id);
            d.title = lesson.title;
            d.body = body;
            d.targetId = lesson.id;
            d.baseUpdatedAt = lesson.updatedAt;
            client.studio().saveDraft(d, true);
            return id;
        };
        const QString onB = editDraft(*m_b, QStringLiteral("B 的修改"));
        const QString onA = editDraft(*m_a, QStringLiteral("A 的修改"));
        m_b->studio().publishDraft(onB);
        QVERIFY(online(*m_b));
        QCOMPARE(stateOf(*m_b, onB).stage, draftsync::PublishState::Stage::Sent);

        StudioPage page(m_a.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openDraft(onA);
        QVERIFY(editorLoaded(page));
        confirmNextPublish(); // Publish says what will happen first: Enter
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(*m_a, onA).stage == draftsync::PublishState::Stage::Waiting, kTimeout);
        QVERIFY(online(*m_a));
        const draftsync::PublishState refused = stateOf(*m_a, onA);
        QCOMPARE(refused.stage, draftsync::PublishState::Stage::Failed);
        QCOMPARE(refused.errorCode, QStringLiteral("publish_conflict"));
        QTRY_VERIFY_WITH_TIMEOUT(page.conflictBanner()->isVisible(), kTimeout);
        shot(&page, "studio-publish-conflict");
        bool answered = false;
        answerNextDialog([&](MergeDialog *dialog) {
            // Theirs on the left is what B published; A's own on the right.
            QCOMPARE(dialog->myBodyEdit()->toPlainText(), QStringLiteral("A 的修改"));
            dialog->myBodyEdit()->setPlainText(QStringLiteral("B 的修改\n\nA 的补充"));
            dialog->mineButton()->click();
            answered = true;
        });
        page.compareCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(*m_a, onA).stage == draftsync::PublishState::Stage::Waiting, kTimeout);
        QVERIFY(online(*m_a));
        QCOMPARE(stateOf(*m_a, onA).stage, draftsync::PublishState::Stage::Sent);
        QSignalSpy synced(m_b.get(), &Client::syncFinished);
        m_b->syncNow();
        QVERIFY(synced.wait(60000));
        const std::optional<CourseDetail> after = courseOf(*m_b, lesson.courseId);
        QCOMPARE(after->lessons.first().body, QStringLiteral("B 的修改\n\nA 的补充"));
    }

    void scheduleShownAndCancelled() {
        const QString id = m_a->studio().newDraft(QStringLiteral("post"));
        Draft d = *draftOf(*m_a, id);
        d.title = QStringLiteral("下周的直播");
        d.body = QStringLiteral("提前预告。");
        QVector<Space> spaces;
        bool got = false;
        m_a->discussions().fetchSpaces(m_a.get(), [&](QVector<Space> s) {
            spaces = s;
            got = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(got, kTimeout);
        d.spaceId = spaces.first().id;
        m_a->studio().saveDraft(d, true);
        StudioPage page(m_a.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openDraft(id);
        QVERIFY(editorLoaded(page));
        page.publishCurrent(QDateTime::currentMSecsSinceEpoch() + 7LL * 24 * 3600 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*m_a, id).stage == draftsync::PublishState::Stage::Waiting,
                                 kTimeout);
        QVERIFY(online(*m_a));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("CancelSchedule"));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), kTimeout);
        shot(&page, "studio-scheduled");
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), kTimeout);
        QVERIFY(online(*m_a));
        // The schedules come in their own answer, after the drafts' (schedulesChanged).
        const auto state = [&] {
            for (const QJsonValue &v : m_a->studio().schedules())
                if (v[QLatin1StringView("draft_id")].toString() == id)
                    return v[QLatin1StringView("state")].toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("cancelled"), kTimeout);
    }

    void analyticsFollowAPurchase() {
        StudioPage page(m_a.get());
        page.resize(1024, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AnalyticsView *view = page.analytics();
        QSignalSpy refreshed(view, &AnalyticsView::refreshed);
        page.tabs()->setCurrentWidget(view);
        QVERIFY(refreshed.wait(kTimeout));
        const QJsonObject before = view->data();
        const auto total = [](const QJsonObject &a, const char *key) {
            return a[QLatin1StringView("totals")][QLatin1StringView(key)].toInteger();
        };
        // The learner buys one of the creator's paid courses.
        QString paidId;
        qint64 price = 0;
        for (const QJsonValue &c : before[QLatin1StringView("courses")].toArray())
            if (c[QLatin1StringView("price")].toInteger() > 0 && paidId.isEmpty()) {
                paidId = c[QLatin1StringView("id")].toString();
                price = c[QLatin1StringView("price")].toInteger();
            }
        QVERIFY(!paidId.isEmpty());
        std::optional<ApiError> result;
        m_learner->commerce().checkout(
            paidId, {}, {}, QStringLiteral("studio-flow-key-1"), m_learner.get(),
            [&](const ApiError &e, const Order &order) {
                if (e.isError()) {
                    result = e;
                    return;
                }
                m_learner->commerce().payOrder(
                    order.id, {QStringLiteral("4242424242424242"), 12, 2030, QStringLiteral("123")},
                    m_learner.get(), [&](const ApiError &pe, const Order &) { result = pe; });
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeout);
        QVERIFY2(!result->isError(), qPrintable(result->message));
        view->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        const QJsonObject after = view->data();
        QCOMPARE(total(after, "sales"), total(before, "sales") + 1);
        QCOMPARE(total(after, "revenue"), total(before, "revenue") + price);
        QCOMPARE(total(after, "enrolments"), total(before, "enrolments") + 1);
        QCOMPARE(view->totalLabel(QStringLiteral("sales"))->text(),
                 QString::number(total(after, "sales")));
        // One course: its funnel, one bar per lesson.
        view->courseBox()->setCurrentIndex(view->courseBox()->findData(paidId));
        QVERIFY(refreshed.wait(kTimeout));
        QVERIFY(!view->data()[QLatin1StringView("funnel")].toArray().isEmpty());
        QCOMPARE(view->table()->rowCount(),
                 int(view->data()[QLatin1StringView("daily")].toArray().size()));
        shot(&page, "studio-analytics");
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("analytics.csv"));
        QVERIFY2(view->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n');
        QVERIFY(lines.first().endsWith(
            QStringLiteral("day,sales,revenue,refunds,refunded,net,enrolments,replies,currency")));
        QVERIFY(lines.contains(QStringLiteral("position,lesson,started,completed")));
    }

    void imageInAPostReachesALearner() {
        StudioPage page(m_a.get());
        QVERIFY(startDraft(page, QStringLiteral("post")));
        type(page, QStringLiteral("学习路线图"), QStringLiteral("这张图总结了课程顺序。\n"));
        page.editor()->details()->placeBox()->setCurrentIndex(1);
        DraftEditor *editor = page.editor();

        // Something that is not a picture is refused with the reason; the text stays as it was.
        const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
        QFile fake(notImage);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("plain text, not a picture");
        fake.close();
        const QString before = editor->bodyEdit()->toPlainText();
        QSignalSpy inserted(editor, &DraftEditor::imageInserted);
        editor->insertImage(notImage);
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kTimeout);
        QVERIFY(!inserted.takeFirst().at(0).toBool());
        QCOMPARE(editor->bodyEdit()->toPlainText(), before);
        QVERIFY(!editor->statusLabel()->text().isEmpty());

        QImage picture(800, 300, QImage::Format_RGB32);
        picture.fill(QColor(0x2e, 0x7d, 0x32));
        const QString file = m_dir.filePath(QStringLiteral("路线图.png"));
        QVERIFY(picture.save(file));
        editor->insertImage(file);
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kTimeout);
        QVERIFY(inserted.takeFirst().at(0).toBool());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("!\\[路线图\\]\\(lyceum-image:([A-Za-z0-9_-]+)\\)"))
                .match(editor->bodyEdit()->toPlainText());
        QVERIFY2(m.hasMatch(), qPrintable(editor->bodyEdit()->toPlainText()));
        const QString id = m.captured(1);
        const QUrl url(QStringLiteral("lyceum-image:") + id);
        // The preview shows the picture itself, scaled to the column's limit.
        QTRY_COMPARE_WITH_TIMEOUT(editor->preview()
                                      ->document()
                                      ->resource(QTextDocument::ImageResource, url)
                                      .value<QImage>()
                                      .width(),
                                  ImageSource::kMaxWidth, kTimeout);
        shot(&page, "studio-image");

        QSignalSpy sent(&m_a->studio(), &StudioService::imageSent);
        confirmNextPublish(); // Publish says what will happen first: Enter
        page.publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(*m_a, editor->draftId()).stage ==
                                     draftsync::PublishState::Stage::Waiting,
                                 kTimeout);
        QVERIFY(online(*m_a));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kTimeout);
        QCOMPARE(sent.first().at(0).toString(), id);

        // The learner reads the post: the placeholder first, then the picture once fetched.
        const QString threadId = pulledThread(*m_learner, QStringLiteral("学习路线图"));
        QVERIFY(!threadId.isEmpty());
        std::optional<ThreadDetail> thread;
        m_learner->discussions().fetchThread(threadId, m_learner.get(),
                                             [&](std::optional<ThreadDetail> t) { thread = t; });
        QTRY_VERIFY_WITH_TIMEOUT(thread && !thread->posts.isEmpty(), kTimeout);
        const QString body = thread->posts.first().post.body;
        QVERIFY(body.contains(id));
        QVERIFY(!QFile::exists(m_learner->studio().imagePath(id)));
        QSignalSpy arrived(&m_learner->studio(), &StudioService::imageArrived);
        MainWindow window(m_learner.get(), m_lang); // the learner's app: its images come from it
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openThread(threadId);
        MarkdownView *post = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (MarkdownView *v : window.findChildren<MarkdownView *>())
                    if (v->isVisible() &&
                        v->toPlainText().contains(QStringLiteral("这张图总结了课程顺序")))
                        post = v;
                return post != nullptr;
            }(),
            kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), kTimeout);
        QCOMPARE(arrived.first().at(0).toString(), id);
        QVERIFY(QFile::exists(m_learner->studio().imagePath(id)));
        const auto shown = [&] {
            return post->document()->resource(QTextDocument::ImageResource, url).value<QImage>();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shown().width(), ImageSource::kMaxWidth, kTimeout);
        QCOMPARE(shown().pixelColor(10, 10), QColor(0x2e, 0x7d, 0x32));
        // The post grew to hold the picture, drawn no wider than the post (800:300 kept).
        const int room = post->viewport()->width();
        QVERIFY(room < ImageSource::kMaxWidth);
        QTRY_VERIFY_WITH_TIMEOUT(post->height() > (room - 8) * 300 / 800, kTimeout);
        shot(&window, "thread-image");
        ImageSource::instance()->setClient(m_a.get());
    }

    void reachedFromTheSidebarByCreatorsOnly() {
        MainWindow window(m_a.get(), m_lang);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Shortcuts reach the active window only (on a real display too).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QToolButton *entry = window.findChild<Sidebar *>()->button(Sidebar::Studio);
        QVERIFY(entry->isVisible());
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QTRY_VERIFY(window.studioPage()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.studioPage()->list()->count() > 0, kTimeout);
        window.studioPage()->list()->setCurrentRow(1); // 0: the "Drafts" heading
        QTRY_VERIFY_WITH_TIMEOUT(
            window.studioPage()->editor() && window.studioPage()->editor()->isLoaded(), kTimeout);
        shot(&window, "studio-window");
        MainWindow learnerWindow(m_learner.get(), m_lang);
        learnerWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&learnerWindow));
        learnerWindow.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&learnerWindow));
        QVERIFY(!learnerWindow.findChild<Sidebar *>()->button(Sidebar::Studio)->isVisible());
        QTest::keyClick(&learnerWindow, Qt::Key_6, Qt::ControlModifier);
        QTest::qWait(100);
        QVERIFY(!learnerWindow.studioPage()->isVisible());
    }
};

QTEST_MAIN(TestUiStudioFlow)
#include "tst_ui_studio_flow.moc"

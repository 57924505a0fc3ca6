// The lesson player through real widgets against a real lyceum-server --demo with its generated
// clips, on a display (Xvfb in CI): the picture arrives and the position advances; captions in
// the UI's language; the keys seek and change speed; chapters; a note at the current time that
// jumps back there; progress saved and resumed at the same place and speed, and synced to the
// learner's other device. Then downloads with a real keyring: one interrupted and resumed equals
// the source, differs from it at rest, and plays offline; a refunded course's video is deleted.
#include "../integration/server_process.h"
#include "client/client.h"
#include "client/commerce_service.h"
#include "client/discovery_service.h"
#include "client/media_service.h"
#include "common/theme.h"
#include "course/lesson_dialog.h"
#include "downloads/downloads_page.h"
#include "i18n/language.h"
#include "media/sealed_file.h"
#include "player/lesson_player.h"
#include "player/seek_bar.h"
#include "player/video_canvas.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QAudioOutput>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <qt6keychain/keychain.h>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;
const QString kClip = QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.mp4");

std::unique_ptr<Client> signedIn(const QString &dir, const QUrl &server, const QString &handle,
                                 bool keychain) {
    Client::Options options{dir, keychain};
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

QVector<Lesson> lessonsOf(Client &client, const QString &courseId) {
    std::optional<CourseDetail> detail;
    bool done = false;
    client.discovery().fetchCourse(courseId, &client, [&](std::optional<CourseDetail> d) {
        detail = std::move(d);
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, kTimeout);
    return detail ? detail->lessons : QVector<Lesson>{};
}

std::optional<MediaProgress> progressOf(Client &client, const QString &lessonId) {
    std::optional<MediaProgress> out;
    bool done = false;
    client.media().fetchVideoProgress(lessonId, &client, [&](std::optional<MediaProgress> p) {
        out = p;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, kTimeout);
    return out;
}

bool drained(Client &client) {
    return QTest::qWaitFor(
        [&] {
            qint64 waiting = -1;
            client.fetchCounts(&client, [&](CacheCounts c) { waiting = c.outbox; });
            if (!QTest::qWaitFor([&] { return waiting >= 0; }, kTimeout))
                return false;
            if (waiting > 0)
                client.flushOutbox();
            return waiting == 0;
        },
        60000);
}

bool keyringAvailable(QString *problem) {
    QKeychain::ReadPasswordJob job(QStringLiteral("lyceum"));
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(QStringLiteral("lyceum-probe"));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *problem = job.errorString();
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestUiPlayer : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(kClip), "the demo clips are made at build time");
        // LYCEUM_SHOTS=DIR [LYCEUM_SHOTS_LANG=zh_CN]: also saves the screens.
        if (!qEnvironmentVariableIsEmpty("LYCEUM_SHOTS")) {
            const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void playsSeeksAndResumes() {
        auto learner = signedIn(m_dir.filePath(QStringLiteral("a")), m_server.url(),
                                QStringLiteral("learner"), false);
        QVERIFY(learner);
        const QVector<Lesson> lessons = lessonsOf(*learner, QStringLiteral("c-python-zero"));
        QVERIFY(lessons.size() >= 3);
        const Lesson first = lessons.first();
        QVERIFY(!first.videoAssetId.isEmpty());
        QCOMPARE(first.durationSeconds, 36);

        auto player = std::make_unique<LessonPlayer>(learner.get());
        player->setPlaylist(lessons);
        player->resize(1000, 560);
        player->show();
        QVERIFY(QTest::qWaitForWindowExposed(player.get()));
        QSignalSpy frame(player.get(), &LessonPlayer::firstFrame);
        player->load(first, true);
        QVERIFY(frame.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() > 1500, kTimeout);
        QVERIFY(player->canvas()->framesShown() > 10);
        QCOMPARE(player->mediaPlayer()->duration() / 1000, 36);
        // Captions on by default, in the UI's language (English unless the screenshots asked for
        // Chinese), from the WebVTT cues.
        const bool zh = QLocale().language() == QLocale::Chinese;
        QTRY_VERIFY_WITH_TIMEOUT(!player->canvas()->caption().isEmpty(), kTimeout);
        QCOMPARE(player->captionsBox()->currentText(),
                 zh ? QStringLiteral("中文") : QStringLiteral("English"));
        // Chapters: listed and marked; choosing one jumps there.
        QCOMPARE(player->chaptersBox()->count(), 4);
        player->chaptersBox()->setCurrentIndex(2);
        Q_EMIT player->chaptersBox()->activated(2);
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() >= 12000, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(player->canvas()->caption(),
                                  zh ? QStringLiteral("编辑器只是写字的地方")
                                     : QStringLiteral("An editor is just a place to write"),
                                  kTimeout);
        // Keys: left goes back 10 s, right forward 10 s, ] faster, [ slower.
        player->setFocus();
        const qint64 before = player->mediaPlayer()->position();
        QTest::keyClick(player.get(), Qt::Key_Left);
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() < before - 5000, kTimeout);
        const qint64 back = player->mediaPlayer()->position();
        QTest::keyClick(player.get(), Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() >= back + 9000, kTimeout);
        QTest::keyClick(player.get(), Qt::Key_BracketRight);
        QTest::keyClick(player.get(), Qt::Key_BracketRight);
        QCOMPARE(player->mediaPlayer()->playbackRate(), 1.5);
        QTest::keyClick(player.get(), Qt::Key_BracketLeft);
        QCOMPARE(player->mediaPlayer()->playbackRate(), 1.25);
        QTest::keyClick(player.get(), Qt::Key_M);
        QVERIFY(player->mediaPlayer()->audioOutput()->isMuted());
        // A note at the current moment; clicking it comes back there.
        QTest::keyClick(player.get(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(player->mediaPlayer()->playbackState(), QMediaPlayer::PausedState,
                                  kTimeout);
        const qint64 noteAt = player->mediaPlayer()->position();
        player->noteEdit()->setText(QStringLiteral("装好以后记得重启终端"));
        QTest::keyClick(player->noteEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            player->notesList()->count() == 1 &&
                player->notesList()->item(0)->text().contains(QStringLiteral("重启终端")),
            kTimeout);
        player->mediaPlayer()->setPosition(2000);
        QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->position() < 3000, kTimeout);
        const QRect itemRect = player->notesList()->visualItemRect(player->notesList()->item(0));
        QTest::mouseClick(player->notesList()->viewport(), Qt::LeftButton, {}, itemRect.center());
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player->mediaPlayer()->position() - noteAt) < 1000, kTimeout);

        if (!qEnvironmentVariableIsEmpty("LYCEUM_SHOTS")) {
            // The lesson window as a learner sees it, at 1024x700.
            LessonDialog dialog(first, QStringLiteral("零基础 Python"), learner.get(), nullptr,
                                lessons);
            dialog.resize(1024, 700);
            dialog.show();
            QSignalSpy shown(dialog.player(), &LessonPlayer::firstFrame);
            QVERIFY(shown.wait(kTimeout));
            dialog.player()->mediaPlayer()->setPosition(14500);
            QTest::qWait(1500);
            dialog.player()->mediaPlayer()->pause();
            QTest::qWait(500);
            QVERIFY(dialog.grab().save(qEnvironmentVariable("LYCEUM_SHOTS") +
                                       QStringLiteral("/lesson-player.png")));
            dialog.player()->mediaPlayer()->stop();
        }
        // Paused: saved here with the speed and what was watched.
        QTRY_VERIFY_WITH_TIMEOUT(progressOf(*learner, first.id).has_value(), kTimeout);
        player->saveProgress();
        const std::optional<MediaProgress> saved = progressOf(*learner, first.id);
        QVERIFY(saved);
        QVERIFY(qAbs(saved->positionMs - player->mediaPlayer()->position()) < 1000);
        QCOMPARE(saved->speed, 1.25);
        QVERIFY(media::coveredMs(saved->watched) > 1000);
        const qint64 resumeAt = saved->positionMs;
        player.reset(); // the window closes

        // Reopened: the same place and speed.
        auto again = std::make_unique<LessonPlayer>(learner.get());
        again->resize(1000, 560);
        again->show();
        QSignalSpy ready(again.get(), &LessonPlayer::mediaReady);
        again->load(first, false);
        QVERIFY(ready.wait(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(again->mediaPlayer()->position() - resumeAt) < 1000,
                                 kTimeout);
        QCOMPARE(again->speedBox()->currentData().toDouble(), 1.25);
        QTRY_COMPARE_WITH_TIMEOUT(again->mediaPlayer()->playbackState(), QMediaPlayer::PausedState,
                                  kTimeout);
        QVERIFY(again->statusLabel()->text().startsWith(
            LessonPlayer::tr("Continuing from %1.").section(QLatin1Char('%'), 0, 0)));

        // The learner's other computer gets the place and the note after its pull.
        QVERIFY(drained(*learner));
        auto laptop = signedIn(m_dir.filePath(QStringLiteral("b")), m_server.url(),
                               QStringLiteral("learner"), false);
        QVERIFY(laptop);
        QTRY_VERIFY_WITH_TIMEOUT(progressOf(*laptop, first.id).has_value(), kTimeout);
        QVERIFY(qAbs(progressOf(*laptop, first.id)->positionMs - resumeAt) < 1000);
        QVector<LessonNote> notes;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool done = false;
                laptop->media().fetchNotes(first.id, laptop.get(), [&](QVector<LessonNote> n) {
                    notes = n;
                    done = true;
                });
                (void)QTest::qWaitFor([&] { return done; }, kTimeout);
                return notes.size() == 1;
            }(),
            kTimeout);
        QCOMPARE(notes.first().body, QStringLiteral("装好以后记得重启终端"));
        QVERIFY(qAbs(notes.first().atMs - noteAt) < 1000);
    }

    void autoplaysTheNextLesson() {
        auto learner = signedIn(m_dir.filePath(QStringLiteral("c")), m_server.url(),
                                QStringLiteral("learner"), false);
        QVERIFY(learner);
        const QVector<Lesson> lessons = lessonsOf(*learner, QStringLiteral("c-python-zero"));
        LessonPlayer player(learner.get());
        player.setPlaylist(lessons);
        player.resize(800, 500);
        player.show();
        QSignalSpy ready(&player, &LessonPlayer::mediaReady);
        player.load(lessons.first(), true);
        QVERIFY(ready.wait(kTimeout));
        player.mediaPlayer()->setPosition(35000); // the last second
        QSignalSpy changed(&player, &LessonPlayer::lessonChanged);
        QVERIFY(changed.wait(kTimeout));
        QCOMPARE(changed.first().at(0).toString(), lessons.at(1).id);
        // The first lesson, played to its end from 35 s, is not all watched: not done.
        QVERIFY(progressOf(*learner, lessons.first().id).has_value());
    }

    void downloadsResumeAndSeal() {
        QString problem;
        if (!keyringAvailable(&problem)) {
            if (qEnvironmentVariableIntValue("LYCEUM_REQUIRE_KEYRING") == 1)
                QFAIL(qPrintable(QStringLiteral("No Secret Service keyring: ") + problem));
            QSKIP("no Secret Service on the session bus (set LYCEUM_REQUIRE_KEYRING=1 to fail)");
        }
        auto learner = signedIn(m_dir.filePath(QStringLiteral("d")), m_server.url(),
                                QStringLiteral("learner"), true);
        QVERIFY(learner);
        const QString lessonId = QStringLiteral("l-python-zero-1");
        // Interrupted once two chunks are kept.
        QSignalSpy finished(&learner->media(), &MediaService::downloadFinished);
        qint64 pausedAt = -1;
        const auto c = connect(&learner->media(), &MediaService::downloadProgress, this,
                               [&](const QString &, qint64 received, qint64) {
                                   if (pausedAt < 0 && received >= 2 * media::kSealedChunk) {
                                       pausedAt = received;
                                       learner->media().pauseDownload(lessonId);
                                   }
                               });
        learner->media().startDownload(lessonId);
        QVERIFY(finished.wait(kTimeout));
        disconnect(c);
        QCOMPARE(finished.first().at(1).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVector<Download> all;
        const auto refresh = [&] {
            bool done = false;
            learner->media().fetchDownloads(learner.get(), [&](QVector<Download> d) {
                all = d;
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, kTimeout);
        };
        refresh();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().state, QStringLiteral("paused"));
        const qint64 kept = all.first().received;
        QVERIFY(kept >= 2 * media::kSealedChunk);
        QVERIFY(kept < all.first().size);
        // Resumed from there (every progress report past what was kept), then complete.
        qint64 lowest = -1;
        const auto c2 = connect(&learner->media(), &MediaService::downloadProgress, this,
                                [&](const QString &, qint64 received, qint64) {
                                    if (lowest < 0 || received < lowest)
                                        lowest = received;
                                });
        finished.clear();
        learner->media().startDownload(lessonId);
        QVERIFY(finished.wait(kTimeout));
        disconnect(c2);
        QVERIFY2(!finished.first().at(1).value<ApiError>().isError(),
                 qPrintable(finished.first().at(1).value<ApiError>().message));
        QVERIFY(lowest >= kept);
        refresh();
        QCOMPARE(all.first().state, QStringLiteral("done"));
        const Download done = all.first();
        // At rest it is not the video; opened with the key from the keychain it is.
        const QByteArray source = fileBytes(kClip);
        const QByteArray atRest = fileBytes(done.path);
        QCOMPARE(atRest.size(), media::sealedSize(source.size()));
        QVERIFY(!atRest.contains(source.mid(4096, 64)));
        QByteArray key;
        learner->media().withMediaKey([&](const QByteArray &k, const QString &) { key = k; });
        QTRY_VERIFY_WITH_TIMEOUT(!key.isEmpty(), kTimeout);
        media::SealedReader reader(done.path, key);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QCOMPARE(reader.readAll(), source);
        // It plays from the sealed copy.
        LessonPlayer player(learner.get());
        player.resize(800, 500);
        player.show();
        QSignalSpy frame(&player, &LessonPlayer::firstFrame);
        const QVector<Lesson> lessons = lessonsOf(*learner, QStringLiteral("c-python-zero"));
        player.load(lessons.first(), true);
        QVERIFY(frame.wait(kTimeout));
        QVERIFY(player.media().offline());
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaPlayer()->position() > 1000, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!player.canvas()->caption().isEmpty(), kTimeout);
        player.mediaPlayer()->stop();

        // A bought course's video, downloaded, then refunded: deleted at the next pull.
        Order order;
        bool ordered = false;
        learner->commerce().checkout(QStringLiteral("c-go-backend"), {}, {},
                                     QStringLiteral("download-test-1"), learner.get(),
                                     [&](const ApiError &e, const Order &o) {
                                         QVERIFY2(!e.isError(), qPrintable(e.message));
                                         order = o;
                                         ordered = true;
                                     });
        QTRY_VERIFY_WITH_TIMEOUT(ordered, kTimeout);
        bool paid = false;
        learner->commerce().payOrder(
            order.id,
            CardDetails{QStringLiteral("4242424242424242"), 12, 2030, QStringLiteral("123")},
            learner.get(), [&](const ApiError &e, const Order &) {
                QVERIFY2(!e.isError(), qPrintable(e.message));
                paid = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(paid, kTimeout);
        QSignalSpy synced(learner.get(), &Client::syncFinished);
        learner->syncNow();
        QVERIFY(synced.wait(kTimeout));
        finished.clear();
        learner->media().startDownload(QStringLiteral("l-go-backend-3"));
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(!finished.first().at(1).value<ApiError>().isError(),
                 qPrintable(finished.first().at(1).value<ApiError>().message));
        refresh();
        QString paidPath;
        for (const Download &d : std::as_const(all))
            if (d.lessonId == QLatin1String("l-go-backend-3"))
                paidPath = d.path;
        QVERIFY(QFile::exists(paidPath));
        bool refunded = false;
        learner->commerce().requestRefund(order.id, learner.get(),
                                          [&](const ApiError &e, const Order &) {
                                              QVERIFY2(!e.isError(), qPrintable(e.message));
                                              refunded = true;
                                          });
        QTRY_VERIFY_WITH_TIMEOUT(refunded, kTimeout);
        QSignalSpy changed(&learner->media(), &MediaService::downloadsChanged);
        learner->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(paidPath), kTimeout);
        refresh();
        QCOMPARE(all.size(), 1); // the free lesson's stays
        if (!qEnvironmentVariableIsEmpty("LYCEUM_SHOTS")) {
            MainWindow window(learner.get(), qEnvironmentVariable("LYCEUM_SHOTS_LANG"));
            window.resize(1024, 700);
            window.show();
            window.showDownloads();
            QTRY_VERIFY_WITH_TIMEOUT(window.downloadsPage()->list()->topLevelItemCount() == 1,
                                     kTimeout);
            QTest::qWait(300);
            QVERIFY(window.grab().save(qEnvironmentVariable("LYCEUM_SHOTS") +
                                       QStringLiteral("/downloads.png")));
        }
        // Room for one video: downloading another makes room by removing the oldest finished one;
        // with no room at all, it is refused with the reason and nothing is removed.
        learner->media().setDownloadQuota(media::sealedSize(source.size()) + 100000);
        finished.clear();
        learner->media().startDownload(QStringLiteral("l-python-zero-2"));
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(!finished.first().at(1).value<ApiError>().isError());
        refresh();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().lessonId, QStringLiteral("l-python-zero-2"));
        QVERIFY(!QFile::exists(done.path));
        learner->media().setDownloadQuota(1000);
        finished.clear();
        learner->media().startDownload(QStringLiteral("l-python-zero-3"));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().at(1).value<ApiError>().code, QStringLiteral("quota"));
        refresh();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().lessonId, QStringLiteral("l-python-zero-2"));
        QCOMPARE(all.first().state, QStringLiteral("done"));
        learner->media().setDownloadQuota(5LL * 1000 * 1000 * 1000);

        // Not entitled any more: a new download is refused with the reason.
        finished.clear();
        learner->media().startDownload(QStringLiteral("l-go-backend-3"));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().at(1).value<ApiError>().code, QStringLiteral("not_entitled"));
    }
};

QTEST_MAIN(TestUiPlayer)
#include "tst_ui_player.moc"

// After paying, through the real widgets against a real lyceum-server --demo (child process):
// a locked lesson offers the course at its price with Buy, which opens the checkout for it; the
// checkout starts in the card number, draws no literal "&" and never says "sandbox", keeps the
// focus on the field in error and its rows unsquashed; "Start learning" opens the course's first
// lesson once the purchase reaches the cache; then the catalogue card, the course page and the
// lessons say "Owned" (no "Free preview" left), the syllabus ticks the lesson marked done and
// the progress bar says "1 of n", live; the rating form appears only now. My library (sidebar,
// Ctrl+7) lists the course with its progress; Enter opens the next lesson; "Download the whole
// course" queues every open lesson's video.
#include "../integration/server_process.h"
#include "catalogue/catalogue_page.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "client/discovery_service.h"
#include "client/media_service.h"
#include "commerce/checkout_dialog.h"
#include "common/theme.h"
#include "course/course_page.h"
#include "course/lesson_dialog.h"
#include "course/lesson_paywall.h"
#include "course/reviews_panel.h"
#include "course/syllabus_model.h"
#include "i18n/language.h"
#include "library/library_model.h"
#include "library/library_page.h"
#include "shell/main_window.h"
#include "shell/sidebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

// The lesson dialog runs its own modal loop: `act` runs from a timer inside it, once.
class LessonDialogHandler : public QObject {
public:
    explicit LessonDialogHandler(std::function<void(LessonDialog *)> act)
        : m_act(std::move(act)) {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<LessonDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // An open lesson is ready once its saved state is known.
            if (dialog->doneButton() && !dialog->doneButton()->isEnabled())
                return;
            m_timer.stop();
            title = dialog->windowTitle();
            m_act(dialog);
            handled = true;
        });
        m_timer.start();
    }
    QString title;
    bool handled = false;

private:
    std::function<void(LessonDialog *)> m_act;
    QTimer m_timer;
};

} // namespace

class TestUiLibrary : public QObject {
    Q_OBJECT
    test::ServerProcess m_server;
    QTemporaryDir m_dir;

    void checkCheckoutForm(CheckoutDialog *dialog) {
        // The card number has the focus; every "&" is a mnemonic of a label with a buddy.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->cardNumber()));
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(!label->text().contains(QLatin1String("sandbox"), Qt::CaseInsensitive),
                     qPrintable(label->text()));
        }
        // A refused coupon: the error shows, the focus stays on the coupon, the rows keep their
        // height and Apply its width.
        const int rowHeight = dialog->cardNumber()->height();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyCoupon()->isEnabled(), kTimeout); // quote is in
        QTest::keyClicks(dialog->coupon(), QStringLiteral("nosuchcode"));
        QTest::mouseClick(dialog->applyCoupon(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), kTimeout);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->coupon()));
        QApplication::processEvents();
        QVERIFY(dialog->cardNumber()->height() >= rowHeight);
        QVERIFY(dialog->coupon()->height() >= dialog->coupon()->minimumSizeHint().height());
        QVERIFY(dialog->applyCoupon()->width() >= dialog->applyCoupon()->sizeHint().width());
        dialog->coupon()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyCoupon()->isEnabled(), kTimeout);
        QTest::mouseClick(dialog->applyCoupon(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorLabel()->isVisible(), kTimeout);

        // A declined card: the focus goes to the card number, not to Cancel.
        QTest::keyClicks(dialog->cardNumber(), QStringLiteral("4000000000000002"));
        QTest::keyClicks(dialog->expiry(), QStringLiteral("1230"));
        QTest::keyClicks(dialog->cvc(), QStringLiteral("123"));
        QTRY_VERIFY(dialog->payButton()->isEnabled());
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), kTimeout);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->cardNumber()));
        QVERIFY(dialog->cardNumber()->height() >= rowHeight);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
    }

    void afterPayingItChanges() {
        const QString shots = qEnvironmentVariable("LYCEUM_SHOTS");
        const QString lang = qEnvironmentVariable("LYCEUM_SHOTS_LANG", QStringLiteral("en"));
        const QSize size = qEnvironmentVariable("LYCEUM_SHOTS_WIDTH") == QLatin1String("1280")
                               ? QSize(1280, 800)
                               : QSize(1024, 700);
        if (!shots.isEmpty()) {
            QVERIFY(language::install(*qApp, lang));
            theme::apply(*qApp, lang);
        }
        const QString suffix = QStringLiteral("-%1-%2").arg(lang).arg(size.width());
        const auto shot = [&](QWidget *w, const char *name) {
            if (shots.isEmpty())
                return;
            QTest::qWait(300);
            QVERIFY(w->grab().save(shots + u'/' + QLatin1String(name) + suffix +
                                   QStringLiteral(".png")));
        };
        Client client(Client::Options{m_dir.filePath(QStringLiteral("p") + suffix), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));
        QSignalSpy loggedIn(&client, &Client::loginFinished);
        client.login(m_server.url(), QStringLiteral("learner"), QStringLiteral("lyceum-demo"),
                     false);
        QVERIFY(loggedIn.wait(kTimeout));
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        QVERIFY(synced.wait(60000));

        MainWindow window(&client, lang);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A paid course with a free preview and a locked lesson.
        CourseListModel *catalogue = window.cataloguePage()->courseModel();
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->rowCount() > 0, kTimeout);
        QString courseId;
        for (const CourseSummary &c : catalogue->courses())
            if (courseId.isEmpty() && !c.entitled() && c.freePreviewCount > 0 &&
                c.lockedCount > 0 && c.lessonCount > 2)
                courseId = c.course.id;
        QVERIFY(!courseId.isEmpty());
        const QModelIndex card = catalogue->index(catalogue->rowOf(courseId));
        QVERIFY(!card.data(CourseListModel::OwnedRole).toBool());

        // My library starts empty.
        window.showLibrary();
        LibraryPage *library = window.libraryPage();
        QAbstractItemModelTester tester(library->model());
        QTRY_VERIFY_WITH_TIMEOUT(library->isVisible(), kTimeout);
        QCOMPARE(library->model()->rowCount(), 0);
        shot(&window, "library-empty");

        window.openCourse(courseId);
        CoursePage *page = window.coursePage();
        SyllabusModel *syllabus = page->syllabusModel();
        QTRY_VERIFY_WITH_TIMEOUT(syllabus->rowCount() > 2, kTimeout);
        QVERIFY(!page->progressBar()->isVisible()); // nothing owned or done yet
        QVERIFY(!page->reviewsPanel()->rateForm()->isVisible());
        int preview = -1, locked = -1;
        for (int row = 0; row < syllabus->rowCount(); ++row) {
            const QModelIndex i = syllabus->index(row);
            if (preview < 0 && i.data(SyllabusModel::PreviewBadgeRole).toBool())
                preview = row;
            if (locked < 0 && i.data(SyllabusModel::LockedRole).toBool())
                locked = row;
        }
        QVERIFY(preview >= 0 && locked >= 0);

        // The locked lesson sells: its price and Buy, which opens the checkout.
        QString offered;
        {
            LessonDialogHandler handler([&](LessonDialog *dialog) {
                LessonPaywall *paywall = dialog->paywall();
                if (!paywall)
                    return dialog->reject();
                offered = paywall->buyButton()->text();
                if (!shots.isEmpty())
                    dialog->grab().save(shots + QStringLiteral("/paywall") + suffix +
                                        QStringLiteral(".png"));
                QTest::mouseClick(paywall->buyButton(), Qt::LeftButton);
            });
            const QRect rect = page->syllabusView()->visualRect(syllabus->index(locked));
            QTest::mouseClick(page->syllabusView()->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_VERIFY_WITH_TIMEOUT(handler.handled, kTimeout);
        }
        QVERIFY2(offered.contains(page->priceLabel()->text()), qPrintable(offered));
        CheckoutDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<CheckoutDialog *>()), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        shot(dialog, "checkout");
        checkCheckoutForm(dialog);
        shot(dialog, "checkout-error");

        // The good card, then "Start learning": the first lesson opens once the course is owned.
        dialog->cardNumber()->clear();
        QTest::keyClicks(dialog->cardNumber(), QStringLiteral("4242424242424242"));
        QTRY_VERIFY(dialog->payButton()->isEnabled());
        QSignalSpy paid(dialog, &CheckoutDialog::paid);
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!paid.isEmpty(), kTimeout);
        shot(dialog, "checkout-paid");
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("StartLearning"));
        QVERIFY(start);
        const Lesson first = syllabus->lessons().first();
        LessonDialogHandler lessonOne([&](LessonDialog *d) {
            QVERIFY(!d->paywall());
            d->doneButton()->click(); // marked done
            d->reject();
        });
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(lessonOne.handled, kTimeout);
        QCOMPARE(lessonOne.title, first.title);

        // Owned everywhere: the course page, its lessons, the catalogue card.
        QTRY_COMPARE_WITH_TIMEOUT(page->priceLabel()->text(),
                                  QCoreApplication::translate("lyceum::ui::CoursePage", "Owned"),
                                  kTimeout);
        QVERIFY(!page->buyButton()->isVisible());
        for (int row = 0; row < syllabus->rowCount(); ++row) {
            QVERIFY(!syllabus->index(row).data(SyllabusModel::PreviewBadgeRole).toBool());
            QVERIFY(!syllabus->index(row).data(SyllabusModel::LockedRole).toBool());
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            catalogue->index(catalogue->rowOf(courseId)).data(CourseListModel::OwnedRole).toBool(),
            kTimeout);
        // Progress: the tick and "1 of n", and the rating form now that a lesson was seen.
        QTRY_VERIFY_WITH_TIMEOUT(syllabus->index(0).data(SyllabusModel::DoneRole).toBool(),
                                 kTimeout);
        QVERIFY(page->progressBar()->isVisible());
        QCOMPARE(page->progressBar()->value(), 1);
        QCOMPARE(page->progressBar()->maximum(), syllabus->rowCount());
        QVERIFY(page->progressLabel()->text().startsWith(QStringLiteral("1 ")) ||
                page->progressLabel()->text().contains(QStringLiteral(" 1/")));
        QTRY_VERIFY_WITH_TIMEOUT(page->reviewsPanel()->rateForm()->isVisible(), kTimeout);
        shot(&window, "course-owned");
        // Live: lesson 2 marked done elsewhere ticks it here.
        client.discovery().setLessonDone(syllabus->lessons().at(1).id, courseId, true);
        QTRY_COMPARE_WITH_TIMEOUT(page->progressBar()->value(), 2, kTimeout);
        QVERIFY(syllabus->index(1).data(SyllabusModel::DoneRole).toBool());
        window.showCatalogue();
        shot(&window, "catalogue-owned");

        // My library from the sidebar: the course, 2 of n, lesson 3 next; Enter opens it.
        QTest::mouseClick(window.sidebar()->button(Sidebar::Library), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), 1, kTimeout);
        const QModelIndex entry = library->model()->index(0);
        QCOMPARE(entry.data(LibraryModel::IdRole).toString(), courseId);
        QVERIFY(entry.data(LibraryModel::OwnedRole).toBool());
        // The page may have read the library before lesson 2 was done; it follows.
        QTRY_COMPARE_WITH_TIMEOUT(entry.data(LibraryModel::LessonsDoneRole).toInt(), 2, kTimeout);
        QCOMPARE(entry.data(LibraryModel::NextLessonIdRole).toString(),
                 syllabus->lessons().at(2).id);
        QVERIFY(entry.data(LibraryModel::LastOpenedRole).toLongLong() > 0);
        shot(&window, "library");
        {
            LessonDialogHandler next([](LessonDialog *d) { d->reject(); });
            QTest::keyClick(library->list(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(next.handled, kTimeout);
            QCOMPARE(next.title, syllabus->lessons().at(2).title);
        }

        // "Download the whole course" on the free course with the demo's videos, followed by
        // opening one of its lessons: every lesson's video is queued (the first starts).
        const QString withVideos = QStringLiteral("c-python-zero");
        QString firstFree;
        client.discovery().fetchCourse(withVideos, this, [&](std::optional<CourseDetail> d) {
            if (d && !d->lessons.isEmpty())
                firstFree = d->lessons.first().id;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!firstFree.isEmpty(), kTimeout);
        client.discovery().lessonOpened(firstFree, withVideos);
        window.showLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), 2, kTimeout);
        const int followed = library->model()->rowOf(withVideos);
        QCOMPARE(followed, 0); // opened last, so listed first
        QVERIFY(!library->model()->index(followed).data(LibraryModel::OwnedRole).toBool());
        library->list()->setCurrentIndex(library->model()->index(followed));
        const QStringList videos =
            library->model()->index(followed).data(LibraryModel::VideoLessonsRole).toStringList();
        if (videos.isEmpty())
            QSKIP("the demo videos are not built (the demo_media target needs ffmpeg)");
        QVERIFY(library->downloadButton()->isEnabled());
        QSet<QString> asked;
        connect(&client.media(), &MediaService::downloadFinished, this,
                [&](const QString &lesson) { asked.insert(lesson); });
        QTest::mouseClick(library->downloadButton(), Qt::LeftButton);
        QVERIFY(!library->statusLabel()->text().isEmpty());
        // Each is either a row in Downloads (queued, running, done) or already answered.
        const auto allAsked = [&] {
            QSet<QString> known = asked;
            bool read = false;
            client.media().fetchDownloads(this, [&](const QVector<Download> &rows) {
                for (const Download &d : rows)
                    known.insert(d.lessonId);
                read = true;
            });
            if (!QTest::qWaitFor([&] { return read; }, kTimeout))
                return false;
            for (const QString &v : videos)
                if (!known.contains(v))
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allAsked(), kTimeout);
    }
};

QTEST_MAIN(TestUiLibrary)
#include "tst_ui_library.moc"

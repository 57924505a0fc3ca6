// Opening a long thread in the real thread view: a thread of --replies replies (default 10,000)
// is written into a fresh cache, a Client reads it on its worker as the app does, and a
// ThreadView (offscreen unless a display is given) opens it. Prints the time from openThread to
// the first paint of its posts (goal < 250 ms), the resident memory it added (goal < 60 MB),
// the time per wheel step (one notch, painted) while scrolling down through it, and the time to
// jump to a reply deep in it. Then the same for the catalogue with --courses courses.
// Figures only; nothing is asserted. --quick: 500 replies and 500 courses (CI runs it).
//
//   bench_thread_open [--replies 10000] [--courses 5000] [--steps 400] [--quick] [--shot FILE]
#include "../tests/core/long_thread_fixture.h"
#include "bench_support.h"
#include "cache/post_window_reader.h"
#include "catalogue/catalogue_page.h"
#include "catalogue/course_list_model.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "discussions/post_list_model.h"
#include "discussions/post_list_view.h"
#include "discussions/post_widget.h"
#include "discussions/thread_view.h"
#include "thread_check.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace lyceum;
using namespace lyceum::ui;
using lyceum::bench::die;
using lyceum::bench::rssMiB;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

void spin(const std::function<bool()> &done, const char *what) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 120000)
            die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

void wheelDown(QWidget *viewport) {
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
}

struct Steps {
    QVector<double> times;
    void print(const char *what) {
        std::sort(times.begin(), times.end());
        if (times.isEmpty())
            return;
        const auto at = [this](double q) { return times.at(int(q * (times.size() - 1))); };
        std::printf("%s: wheel step (one notch, painted) median %.2f ms, p95 %.2f ms, max %.2f ms "
                    "over %d steps\n",
                    what, at(0.5), at(0.95), times.constLast(), int(times.size()));
    }
};

// Wheel steps through a view, each timed with its paint; fetched windows land between steps.
Steps scroll(QWidget *window, QWidget *viewport, int steps) {
    Steps result;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer timer;
        timer.start();
        wheelDown(viewport);
        window->repaint();
        result.times << ms(timer);
        QApplication::processEvents();
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return result;
}

// The read alone: a window of 120 posts around a reply at the middle, on the cache worker.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void benchWindowRead(Client &client, const testing::LongThread &thread, const QString &cachePath) {
    QVector<double> times;
    for (int i = 0; i < 15; ++i) {
        PostWindowQuery query;
        query.threadId = thread.threadId;
        query.mode = PostWindowMode::Around;
        query.anchorId = thread.postIds.at(thread.postIds.size() / 2);
        query.count = 2 * PostListModel::kWindow;
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        client.discussions().fetchPostWindow(query, &client, [&done](PostWindow) { done = true; });
        spin([&] { return done; }, "a window");
        times << ms(timer);
    }
    // The same read on this thread with its own connection, in CPU time (the wall time above
    // also counts waiting for a core on a busy machine).
    const threadcheck::Exempt measuring; // on purpose: the read's CPU time on this thread
    CacheDatabase db(QStringLiteral("bench-direct"));
    QString error;
    if (!db.open(cachePath, &error))
        die(error);
    QVector<double> cpu;
    for (int i = 0; i < 15; ++i) {
        PostWindowQuery query;
        query.threadId = thread.threadId;
        query.mode = PostWindowMode::Around;
        query.anchorId = thread.postIds.at(thread.postIds.size() / 2);
        query.count = 2 * PostListModel::kWindow;
        const double start = threadCpuMs();
        const PostWindow window = postwindow::read(db, query);
        cpu << threadCpuMs() - start;
        if (window.posts.size() != query.count)
            die(QStringLiteral("the window came back short"));
    }
    std::sort(cpu.begin(), cpu.end());
    std::printf("thread: the same window read directly: median %.1f ms of CPU, min %.1f ms\n",
                cpu.at(cpu.size() / 2), cpu.first());
    std::sort(times.begin(), times.end());
    std::printf("thread: window of %d posts read on the cache worker: median %.1f ms, min %.1f "
                "ms (%d reads)\n",
                2 * PostListModel::kWindow, times.at(times.size() / 2), times.first(),
                int(times.size()));
}

void benchThread(Client &client, const testing::LongThread &thread, int replies, int steps,
                 const QString &shot) {
    ThreadView view(&client);
    view.resize(900, 760);
    view.show();
    spin([&] { return view.isVisible(); }, "the window");
    QApplication::processEvents();
    const double before = rssMiB();
    QElapsedTimer timer;
    timer.start();
    view.openThread(thread.threadId);
    spin([&] { return !view.postWidgets().isEmpty(); }, "the thread's first posts");
    view.repaint();
    const double firstPaint = ms(timer);
    const double opened = rssMiB();
    std::printf("thread of %d replies: first paint %.1f ms after openThread (goal < 250 ms); "
                "memory +%.1f MB (goal < 60 MB); %d post widgets\n",
                replies, firstPaint, opened - before,
                int(view.findChildren<PostWidget *>().size()));
    if (!shot.isEmpty())
        view.grab().save(shot);
    Steps wheel = scroll(&view, view.postList()->viewport(), steps);
    spin([&] { return !view.postModel()->isLoading(); }, "the last window");
    wheel.print("thread");
    std::printf("thread: scrolled to position %d of %d; rows held %d; memory +%.1f MB after "
                "scrolling\n",
                view.postModel()->firstPosition() + view.postList()->topRow(),
                view.postModel()->totalPosts(), view.postModel()->rowCount(), rssMiB() - before);
    const QString deep = thread.postIds.at(thread.postIds.size() * 9 / 10);
    timer.restart();
    view.openThreadAt(thread.threadId, deep);
    spin([&] { return view.postWidget(deep) != nullptr; }, "the jump");
    view.repaint();
    std::printf("thread: jump to a reply at 90%% painted in %.1f ms\n", ms(timer));
}

bool writeCourses(const QString &cachePath, int count, QString *error) {
    const threadcheck::Exempt setup; // the bench's own writer, standing in for a sync
    CacheDatabase db(QStringLiteral("bench-courses"));
    if (!db.open(cachePath, error) || !db.begin(error))
        return false;
    {
        EntityWriter writer(db.db());
        for (int i = 0; i < count; ++i) {
            Course course;
            course.id = QStringLiteral("c%1").arg(i);
            course.creatorId = QStringLiteral("u%1").arg(i % 40);
            course.title = i % 2 ? QStringLiteral("Python 数据分析 第 %1 期").arg(i)
                                 : QStringLiteral("Writing that works, part %1").arg(i);
            course.summary = QStringLiteral("一门关于实践的课程 · A course about practice.");
            course.topic = i % 3 ? QStringLiteral("编程") : QStringLiteral("写作");
            course.price = (i % 4) * 9900;
            course.published = true;
            course.createdAt = 1700000000000 + i;
            course.updatedAt = course.createdAt;
            if (!writer.upsert(course, error))
                return false;
        }
    }
    return db.commit(error);
}

void benchCatalogue(Client &client, int courses, int steps) {
    const double before = rssMiB();
    QElapsedTimer timer;
    timer.start();
    CataloguePage page(&client);
    page.resize(1100, 760);
    page.show();
    spin([&] { return page.courseModel()->rowCount() > 0; }, "the catalogue");
    page.repaint();
    std::printf("catalogue of %d courses: first paint %.1f ms; memory +%.1f MB\n",
                page.courseModel()->rowCount(), ms(timer), rssMiB() - before);
    Steps wheel = scroll(&page, page.courseView()->viewport(), steps);
    wheel.print("catalogue");
    (void)courses;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Opening a long thread in the thread view."));
    const QCommandLineOption repliesOption(QStringLiteral("replies"),
                                           QStringLiteral("Replies in the thread."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption coursesOption(QStringLiteral("courses"),
                                           QStringLiteral("Courses in the catalogue."),
                                           QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"),
                                         QStringLiteral("Wheel steps to time."),
                                         QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("500 replies, 500 courses, 60 steps."));
    const QCommandLineOption shotOption(QStringLiteral("shot"),
                                        QStringLiteral("Save the opened thread as a PNG."),
                                        QStringLiteral("FILE"));
    parser.addOptions({repliesOption, coursesOption, stepsOption, quickOption, shotOption});
    parser.addHelpOption();
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int replies = quick ? 500 : parser.value(repliesOption).toInt();
    const int courses = quick ? 500 : parser.value(coursesOption).toInt();
    const int steps = quick ? 60 : parser.value(stepsOption).toInt();

    QTemporaryDir profile;
    if (!profile.isValid())
        die(QStringLiteral("no temporary directory"));
    const QString cachePath = profile.filePath(QStringLiteral("cache.sqlite"));
    testing::LongThread thread;
    QString error;
    {
        const threadcheck::Exempt setup; // the bench writes the profile before the app opens it
        if (!testing::writeLongThread(cachePath, replies, &thread, &error) ||
            !writeCourses(cachePath, courses, &error))
            die(error);
    }

    Client::Options options;
    options.profileDir = profile.path();
    options.useKeychain = false;
    options.autoFlush = false;
    options.live = false;
    Client client(options);
    bool opened = false;
    QObject::connect(&client, &Client::opened, [&opened] { opened = true; });
    QObject::connect(&client, &Client::openFailed,
                     [](const ApiError &e) { die(QStringLiteral("open: %1").arg(e.message)); });
    client.open();
    spin([&] { return opened; }, "the cache");
    benchWindowRead(client, thread, cachePath);
    benchThread(client, thread, replies, steps, parser.value(shotOption));
    benchCatalogue(client, courses, steps);
    return 0;
}

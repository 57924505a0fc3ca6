// The moderation console with a long queue: --items queue items (default 10,000; reports,
// appeals and held posts mixed, each with an author's record and Chinese text) are kept in a
// fresh profile's cache as the last queue fetched, a Client opens it as the app does, and a
// ModerationPage (offscreen unless a display is given) shows it offline. Prints the time from
// refresh() to the first paint of the list, the resident memory the page added, the time to
// move the selection down 200 rows by keyboard (j, painted), and to switch the kind filter.
// Figures only; nothing is asserted. --quick: 1,000 items (CI runs it).
//
//   bench_moderation_queue [--items 10000] [--quick]
#include "bench_support.h"
#include "cache/cache_database.h"
#include "client/client.h"
#include "moderation/moderation.h"
#include "moderation/moderation_page.h"
#include "thread_check.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
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
        if (timer.elapsed() > 300000)
            die(QStringLiteral("timed out waiting for %1").arg(QLatin1String(what)));
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

QJsonObject queueJson(int count) {
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        const char *kind = i % 10 == 0   ? "appeal"
                           : i % 10 == 1 ? "held"
                           : i % 3       ? "post"
                                         : "thread";
        QJsonObject item{
            {QStringLiteral("target_kind"), QLatin1String(kind)},
            {QStringLiteral("target_id"), QStringLiteral("t%1").arg(i)},
            {QStringLiteral("title"), QStringLiteral("关于第 %1 课的问题").arg(i)},
            {QStringLiteral("text"),
             QStringLiteral("加我微信领取资料，第 %1 条。Spam or not, this is a queue item.")
                 .arg(i)},
            {QStringLiteral("author_id"), QStringLiteral("u%1").arg(i % 500)},
            {QStringLiteral("thread_id"), QStringLiteral("th%1").arg(i)},
            {QStringLiteral("priority"), 3.0 - i * 0.0001},
            {QStringLiteral("oldest_at"), qint64(1767225600000LL + i * 1000LL)},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("u%1").arg(i % 500)},
                         {QStringLiteral("handle"), QStringLiteral("user%1").arg(i % 500)},
                         {QStringLiteral("display_name"), QStringLiteral("学员 %1").arg(i % 500)},
                         {QStringLiteral("posts"), 12},
                         {QStringLiteral("threads"), 3}}},
            {QStringLiteral("reports"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                                    {QStringLiteral("reporter_id"), QStringLiteral("u1")},
                                    {QStringLiteral("reason"), QStringLiteral("spam")},
                                    {QStringLiteral("created_at"), qint64(1767225600000LL)}}}}};
        if (QLatin1String(kind) == QLatin1String("appeal"))
            item.insert(
                QStringLiteral("appeal"),
                QJsonObject{{QStringLiteral("id"), i},
                            {QStringLiteral("note"), QStringLiteral("请再看看")},
                            {QStringLiteral("action"),
                             QJsonObject{{QStringLiteral("id"), i},
                                         {QStringLiteral("action"), QStringLiteral("delete")}}}});
        items.append(item);
    }
    return {{QStringLiteral("items"), items}};
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Queue items."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("1,000 items."));
    parser.addOptions({itemsOption, quickOption});
    parser.addHelpOption();
    parser.process(app);
    const int items = parser.isSet(quickOption) ? 1000 : parser.value(itemsOption).toInt();

    QTemporaryDir profile;
    if (!profile.isValid())
        die(QStringLiteral("no temporary directory"));
    {
        const threadcheck::Exempt setup; // the bench writes the profile before the app opens it
        CacheDatabase db(QStringLiteral("bench-queue"));
        QString error;
        if (!db.open(profile.filePath(QStringLiteral("cache.sqlite")), &error) ||
            !moderationstore::storeQueue(db, queueJson(items), &error))
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

    const double before = rssMiB();
    ModerationPage page(&client);
    page.resize(1280, 800);
    page.show();
    bool loaded = false;
    QObject::connect(&page, &ModerationPage::loaded, [&loaded] { loaded = true; });
    QElapsedTimer timer;
    timer.start();
    page.refresh(); // offline: the kept queue
    spin([&] { return loaded; }, "the queue");
    page.repaint();
    const double firstPaint = ms(timer);
    if (page.list()->model()->rowCount() != items)
        die(QStringLiteral("%1 rows shown, %2 expected")
                .arg(page.list()->model()->rowCount())
                .arg(items));
    const double added = rssMiB() - before;
    std::printf("moderation queue, %d items: first paint %.1f ms, resident memory added %.1f MiB\n",
                items, firstPaint, added);

    page.list()->setFocus();
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(page.list(), Qt::Key_J);
        page.repaint();
    }
    std::printf("moving down 200 rows by keyboard (j, painted): %.2f ms per row\n",
                ms(timer) / 200.0);
    timer.restart();
    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("appeal")));
    page.repaint();
    std::printf("kind filter to appeals (%d rows): %.1f ms\n", page.list()->model()->rowCount(),
                ms(timer));
    return 0;
}

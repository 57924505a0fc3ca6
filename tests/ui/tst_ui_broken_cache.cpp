// A broken cache is said as such: the catalogue of a profile whose cache file has a corrupt
// courses page shows why it cannot list the courses, not "no published courses".
#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "cache/sync_store.h"
#include "catalogue/catalogue_page.h"
#include "client/client.h"
#include "thread_check.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::ui;

namespace {
constexpr int kTimeout = 30000;

// Writes a cache with courses into dir, then overwrites the courses table's root page on disk.
bool writeCorruptCache(const QString &dir, QString *why) {
    const threadcheck::Exempt setup; // the test writes the profile before the app opens it
    const QString file = QDir(dir).filePath(QStringLiteral("cache.sqlite"));
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        CacheDatabase db(QStringLiteral("broken-setup"));
        if (!db.open(file, why))
            return false;
        QVector<EntityChange> changes;
        for (int i = 0; i < 20; ++i) {
            Course c;
            c.id = QStringLiteral("c%1").arg(i);
            c.title = QStringLiteral("课程 %1").arg(i);
            c.published = true;
            EntityChange change;
            change.entity = EntityType::Course;
            change.id = c.id;
            change.data = c;
            changes.append(change);
        }
        if (!syncstore::applyPage(db, changes, {}, QStringLiteral("c"), true, why))
            return false;
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'courses'")) ||
            !q.next())
            return false;
        root = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return false;
        pageSize = q.value(0).toLongLong();
    }
    QFile f(file);
    return root > 1 && f.open(QIODevice::ReadWrite) && f.seek((root - 1) * pageSize) &&
           f.write(QByteArray(pageSize, '\xA5')) == pageSize;
}
} // namespace

class TestUiBrokenCache : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void catalogueSaysTheCacheIsBroken() {
        QString why;
        QVERIFY2(writeCorruptCache(m_dir.path(), &why), qPrintable(why));
        Client client(Client::Options{m_dir.path(), false});
        QSignalSpy opened(&client, &Client::opened);
        client.open();
        QVERIFY(opened.wait(kTimeout));

        CataloguePage page(&client);
        page.resize(900, 600);
        page.show();
        const auto shown = [&page](const QString &needle) {
            for (const QLabel *label : page.findChildren<QLabel *>())
                if (label->isVisible() && label->text().contains(needle))
                    return true;
            return false;
        };
        QVERIFY(
            QTest::qWaitFor([&] { return shown(QStringLiteral("could not be read")); }, kTimeout));
        QVERIFY(shown(QStringLiteral("malformed")));
        QVERIFY(!shown(QStringLiteral("no published courses")));
        QVERIFY(!shown(QStringLiteral("Loading")));
        // To look at it: LYCEUM_SCREENSHOT_DIR=/tmp/x ./tst_ui_broken_cache
        if (const QString dir = qEnvironmentVariable("LYCEUM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(100); // the wrapped text's relayout
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("broken_cache.png"))));
        }
    }
};

QTEST_MAIN(TestUiBrokenCache)
#include "tst_ui_broken_cache.moc"

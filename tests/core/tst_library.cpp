// My library and "while you were away", on hand-made inputs and on a real cache file: owned
// (bought) and followed (opened) courses are listed, free courses never opened are not; the
// next lesson is the first by position not done; progress is done/total; the videos to
// download are the open lessons with one. While away: new lessons of my courses only, replies
// to my posts and top-level replies in my threads (never my own), and new threads in spaces
// where only the team starts threads; nothing from before the last visit.
#include "cache/cache_database.h"
#include "cache/sync_store.h"
#include "core_fixtures.h"
#include "library/library.h"
#include "library/while_away.h"
#include "media/download_store.h"
#include "media/media_store.h"
#include "reco/reco_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {
const QString kMe = QStringLiteral("me");

library::LessonInput lesson(const QString &id, const QString &course, int position,
                            bool locked = false, bool video = true) {
    return {id, course, position, QStringLiteral("Lesson ") + id, locked, video};
}

Lesson cachedLesson(const QString &id, const QString &course, int position, qint64 createdAt,
                    bool locked = false) {
    Lesson l;
    l.id = id;
    l.courseId = course;
    l.position = position;
    l.title = QStringLiteral("Lesson ") + id;
    l.body = locked ? QString() : QStringLiteral("text");
    l.locked = locked;
    l.createdAt = createdAt;
    l.updatedAt = createdAt;
    l.videoAssetId = QStringLiteral("v-") + id;
    return l;
}

Course course(const QString &id, qint64 price) {
    Course c;
    c.id = id;
    c.creatorId = QStringLiteral("u1");
    c.title = QStringLiteral("Course ") + id;
    c.price = price;
    c.published = true;
    c.createdAt = 1;
    c.updatedAt = 1;
    return c;
}
} // namespace

class TestLibrary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void ownedAndFollowedCoursesWithTheirNextLesson() {
        const QVector<library::CourseInput> courses{
            {QStringLiteral("bought"), QStringLiteral("B"), QStringLiteral("Ann"), false, true},
            {QStringLiteral("free-new"), QStringLiteral("F"), QStringLiteral("Ann"), true, true},
            {QStringLiteral("free-open"), QStringLiteral("O"), QStringLiteral("Ann"), true, true},
            {QStringLiteral("preview"), QStringLiteral("P"), QStringLiteral("Ann"), false, false},
            {QStringLiteral("never"), QStringLiteral("N"), QStringLiteral("Ann"), false, false}};
        const QVector<library::LessonInput> lessons{
            // Out of order on purpose: the next lesson follows position, not input order.
            lesson(QStringLiteral("b3"), QStringLiteral("bought"), 3),
            lesson(QStringLiteral("b1"), QStringLiteral("bought"), 1),
            lesson(QStringLiteral("b2"), QStringLiteral("bought"), 2, false, false),
            lesson(QStringLiteral("o1"), QStringLiteral("free-open"), 1),
            lesson(QStringLiteral("p1"), QStringLiteral("preview"), 1),
            lesson(QStringLiteral("p2"), QStringLiteral("preview"), 2, true),
            lesson(QStringLiteral("n1"), QStringLiteral("never"), 1, true)};
        const QVector<reco::LessonProgress> progress{
            {QStringLiteral("b1"), QStringLiteral("bought"), 500, 600},
            {QStringLiteral("o1"), QStringLiteral("free-open"), 900, 950},
            {QStringLiteral("p1"), QStringLiteral("preview"), 700, 0}};

        const QVector<library::Entry> shelf = library::build(courses, lessons, progress);
        QStringList ids;
        for (const library::Entry &e : shelf)
            ids << e.courseId;
        // Last opened first; a free course never opened and a paid one not owned are absent.
        QCOMPARE(ids, (QStringList{QStringLiteral("free-open"), QStringLiteral("preview"),
                                   QStringLiteral("bought")}));

        const library::Entry &open = shelf.at(0);
        QVERIFY(!open.owned);
        QCOMPARE(open.lessonsDone, 1);
        QCOMPARE(open.lessonsTotal, 1);
        QCOMPARE(open.progress(), 1.0);
        QVERIFY(open.nextLessonId.isEmpty()); // every lesson done

        const library::Entry &preview = shelf.at(1);
        QVERIFY(!preview.owned); // followed through its free preview
        QCOMPARE(preview.nextLessonId, QStringLiteral("p1"));
        QCOMPARE(preview.videoLessonIds, QStringList{QStringLiteral("p1")}); // p2 is locked

        const library::Entry &bought = shelf.at(2);
        QVERIFY(bought.owned);
        QCOMPARE(bought.lessonsDone, 1);
        QCOMPARE(bought.lessonsTotal, 3);
        QCOMPARE(bought.nextLessonId, QStringLiteral("b2"));
        QCOMPARE(bought.lastOpenedAt, qint64(500));
        QCOMPARE(bought.videoLessonIds, (QStringList{QStringLiteral("b1"), QStringLiteral("b3")}));

        // An owned course never opened is listed too, after the opened ones.
        const QVector<library::Entry> fresh = library::build(courses, lessons, {});
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().courseId, QStringLiteral("bought"));
        QCOMPARE(fresh.first().nextLessonId, QStringLiteral("b1"));
        QCOMPARE(fresh.first().progress(), 0.0);
    }

    void whatHappenedWhileAway() {
        CacheDatabase db(QStringLiteral("library-away"));
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("away.sqlite")), &error), qPrintable(error));

        const qint64 visit = 10'000;
        Space news;
        news.id = QStringLiteral("s-news");
        news.slug = QStringLiteral("news");
        news.name = QStringLiteral("News");
        news.startThreads = SpaceAudience::Staff;
        Space chat = news;
        chat.id = QStringLiteral("s-chat");
        chat.slug = QStringLiteral("chat");
        chat.startThreads = SpaceAudience::Everyone;
        User me = makeUser(kMe, QStringLiteral("Me"));
        Thread myThread = makeThread(QStringLiteral("t-mine"), chat.id);
        myThread.authorId = kMe;
        Thread announcement = makeThread(QStringLiteral("t-news"), news.id);
        announcement.createdAt = visit + 5;
        Thread oldNews = makeThread(QStringLiteral("t-old-news"), news.id);
        oldNews.createdAt = visit - 5;
        Thread chatter = makeThread(QStringLiteral("t-chat"), chat.id);
        chatter.createdAt = visit + 6;
        Post mine = makePost(QStringLiteral("p-mine"), chatter.id, {}, visit - 100);
        mine.authorId = kMe;
        Post replyToMine = makePost(QStringLiteral("p-re"), chatter.id, mine.id, visit + 10);
        Post inMyThread = makePost(QStringLiteral("p-top"), myThread.id, {}, visit + 20);
        Post oldReply = makePost(QStringLiteral("p-old"), myThread.id, {}, visit - 1);
        Post myOwn = makePost(QStringLiteral("p-self"), myThread.id, {}, visit + 30);
        myOwn.authorId = kMe;
        Post elsewhere = makePost(QStringLiteral("p-else"), chatter.id, {}, visit + 40);
        QVERIFY2(
            syncstore::applyPage(
                db,
                {upsert(EntityType::User, makeUser(QStringLiteral("u1"), QStringLiteral("Ann"))),
                 upsert(EntityType::User, me), upsert(EntityType::Space, news),
                 upsert(EntityType::Space, chat),
                 upsert(EntityType::Course, course(QStringLiteral("c-owned"), 100)),
                 upsert(EntityType::Course, course(QStringLiteral("c-other"), 100)),
                 upsert(EntityType::Lesson,
                        cachedLesson(QStringLiteral("l-old"), QStringLiteral("c-owned"), 1, 5)),
                 upsert(EntityType::Lesson, cachedLesson(QStringLiteral("l-new"),
                                                         QStringLiteral("c-owned"), 2, visit + 1)),
                 upsert(EntityType::Lesson,
                        cachedLesson(QStringLiteral("l-not-mine"), QStringLiteral("c-other"), 1,
                                     visit + 2, true)),
                 upsert(EntityType::Thread, myThread), upsert(EntityType::Thread, announcement),
                 upsert(EntityType::Thread, oldNews), upsert(EntityType::Thread, chatter),
                 upsert(EntityType::Post, mine), upsert(EntityType::Post, replyToMine),
                 upsert(EntityType::Post, inMyThread), upsert(EntityType::Post, oldReply),
                 upsert(EntityType::Post, myOwn), upsert(EntityType::Post, elsewhere)},
                QString(), QStringLiteral("c1"), true, &error),
            qPrintable(error));

        // The library from the cache: the owned course, its two lessons.
        const Result<QVector<library::Entry>> shelf = library::read(db);
        QVERIFY(shelf.ok());
        QCOMPARE(shelf->size(), 1);
        QCOMPARE(shelf->first().courseId, QStringLiteral("c-owned"));
        QCOMPARE(shelf->first().lessonsTotal, 2);
        QVERIFY(recostore::setLessonDone(db, QStringLiteral("l-old"), QStringLiteral("c-owned"),
                                         true, 50, &error));
        QCOMPARE(library::read(db)->first().nextLessonId, QStringLiteral("l-new"));

        QCOMPARE(library::lastVisit(db), qint64(0));
        QVERIFY(library::recordVisit(db, visit, &error));
        QCOMPARE(library::lastVisit(db), visit);
        const Result<QVector<library::AwayItem>> away = library::whileAway(db, kMe, visit);
        QVERIFY(away.ok());
        QStringList seen;
        for (const library::AwayItem &item : *away)
            seen << item.id;
        // Newest first: the top-level reply in my thread, the reply to my post, the
        // announcement, the new lesson of my course.
        QCOMPARE(seen, (QStringList{QStringLiteral("p-top"), QStringLiteral("p-re"),
                                    QStringLiteral("t-news"), QStringLiteral("l-new")}));
        QCOMPARE(away->at(0).kind, library::AwayItem::Kind::Reply);
        QCOMPARE(away->at(0).parentId, myThread.id);
        QCOMPARE(away->at(0).context, QStringLiteral("Ann"));
        QCOMPARE(away->at(2).kind, library::AwayItem::Kind::Announcement);
        QCOMPARE(away->at(3).kind, library::AwayItem::Kind::Lesson);
        QCOMPARE(away->at(3).parentId, QStringLiteral("c-owned"));
        QCOMPARE(away->at(3).context, QStringLiteral("Course c-owned"));

        // Nothing after a later visit.
        QVERIFY(library::recordVisit(db, visit + 1000, &error));
        QVERIFY(library::whileAway(db, kMe, library::lastVisit(db))->isEmpty());
    }

    // "Download the whole course" queues every lesson behind the one running: a lesson never
    // downloaded is stored as a queued row (its NOT NULL columns were bound as NULL before).
    void queuedDownloadOfANewLessonIsStored() {
        CacheDatabase db(QStringLiteral("library-queue"));
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("queue.sqlite")), &error),
                 qPrintable(error));
        QVERIFY2(syncstore::applyPage(
                     db,
                     {upsert(EntityType::Course, course(QStringLiteral("c1"), 0)),
                      upsert(EntityType::Lesson,
                             cachedLesson(QStringLiteral("l1"), QStringLiteral("c1"), 1, 5))},
                     QString(), QStringLiteral("c1"), true, &error),
                 qPrintable(error));
        QVERIFY(downloadstore::queue(db, QStringLiteral("l1"), 100));
        const std::optional<Download> row = mediastore::download(db, QStringLiteral("l1"));
        QVERIFY(row);
        QCOMPARE(row->state, QStringLiteral("queued"));
        QCOMPARE(row->assetId, QStringLiteral("v-l1"));
        QCOMPARE(downloadstore::nextQueued(db), QStringLiteral("l1"));
        QVERIFY(!downloadstore::queue(db, QStringLiteral("no-such-lesson"), 100));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"

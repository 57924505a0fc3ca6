// The inbox on a real cache file (reading/inbox_store.h): replies to my posts and threads and
// @mentions by others, newest first; history from before the first full pull reads as read, what
// arrives later is unread until marked (one, or all) or until its thread is read; moderators'
// notices are replaced by the server's list; new lessons show only in my courses; the schema
// step takes the lesson baseline of a profile that synced before it existed.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "core_fixtures.h"
#include "domain/codec.h"
#include "reading/inbox_store.h"
#include "reading/reading_store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {
const QString kMe = QStringLiteral("me");
const QString kAnn = QStringLiteral("ann");

Post postBy(const QString &id, const QString &thread, const QString &author, qint64 at,
            const QString &parent = {}, const QString &body = {}) {
    Post p = makePost(id, thread, parent, at);
    p.authorId = author;
    if (!body.isEmpty())
        p.body = body;
    return p;
}

Lesson lessonOf(const QString &id, const QString &course, qint64 at, bool locked = false) {
    Lesson l;
    l.id = id;
    l.courseId = course;
    l.title = QStringLiteral("Lesson ") + id;
    l.body = locked ? QString() : QStringLiteral("text");
    l.locked = locked;
    l.createdAt = at;
    return l;
}

Course courseOf(const QString &id, qint64 price) {
    Course c;
    c.id = id;
    c.creatorId = kAnn;
    c.title = QStringLiteral("Course ") + id;
    c.price = price;
    c.published = true;
    return c;
}

QStringList kinds(const QVector<InboxItem> &items) {
    QStringList out;
    for (const InboxItem &i : items)
        out << inboxKindName(i.kind) + u':' + (i.postId.isEmpty() ? i.key : i.postId) +
                   (i.read ? QStringLiteral("=read") : QString());
    return out;
}
} // namespace

class TestInbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_cursor;

    std::unique_ptr<CacheDatabase> openDb() {
        auto db = std::make_unique<CacheDatabase>(QStringLiteral("inbox-%1").arg(++m_n));
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("i%1.sqlite").arg(m_n)), &error))
            qFatal("open failed: %s", qPrintable(error));
        m_cursor.clear();
        return db;
    }

    void apply(CacheDatabase &db, const QVector<EntityChange> &changes) {
        QString error;
        const QString next = m_cursor + QStringLiteral("x");
        QVERIFY2(syncstore::applyPage(db, changes, m_cursor, next, true, &error),
                 qPrintable(error));
        m_cursor = next;
    }

    static QVector<InboxItem> inbox(CacheDatabase &db, int limit = 100) {
        QVector<InboxItem> items;
        QString error;
        if (!inboxstore::read(db, kMe, QStringLiteral("me"), limit, &items, &error))
            qWarning("inbox read failed: %s", qPrintable(error));
        return items;
    }

    // My thread t1 with my post m1; Ann's thread t2; one old reply to me (history).
    void seed(CacheDatabase &db) {
        Thread mine = makeThread(QStringLiteral("t1"), QStringLiteral("s1"));
        mine.authorId = kMe;
        Thread hers = makeThread(QStringLiteral("t2"), QStringLiteral("s1"));
        hers.authorId = kAnn;
        apply(db, {upsert(EntityType::User, makeUser(kAnn, QStringLiteral("Ann"))),
                   upsert(EntityType::User, makeUser(kMe, QStringLiteral("Me"))),
                   upsert(EntityType::Thread, mine), upsert(EntityType::Thread, hers),
                   upsert(EntityType::Post,
                          postBy(QStringLiteral("m1"), QStringLiteral("t2"), kMe, 10)),
                   upsert(EntityType::Post,
                          postBy(QStringLiteral("old"), QStringLiteral("t1"), kAnn, 11))});
    }

private Q_SLOTS:
    void repliesAndMentionsNewestFirst() {
        auto db = openDb();
        seed(*db);
        apply(
            *db,
            {upsert(EntityType::Post, postBy(QStringLiteral("r1"), QStringLiteral("t2"), kAnn, 20,
                                             QStringLiteral("m1"))),
             upsert(EntityType::Post, postBy(QStringLiteral("r2"), QStringLiteral("t1"), kAnn, 30)),
             upsert(EntityType::Post, postBy(QStringLiteral("x1"), QStringLiteral("t2"), kAnn, 40,
                                             {}, QStringLiteral("谢谢@ME老师"))),
             // Not mine: an e-mail address, a longer handle, a post in her thread.
             upsert(EntityType::Post, postBy(QStringLiteral("x2"), QStringLiteral("t2"), kAnn, 50,
                                             {}, QStringLiteral("write to ann@me.org or @meg"))),
             // My own posts never count, even in my thread or mentioning me.
             upsert(EntityType::Post, postBy(QStringLiteral("m2"), QStringLiteral("t1"), kMe, 60,
                                             {}, QStringLiteral("@me")))});
        const QVector<InboxItem> items = inbox(*db);
        QCOMPARE(kinds(items),
                 (QStringList{QStringLiteral("mention:x1"), QStringLiteral("reply:r2"),
                              QStringLiteral("reply:r1"), QStringLiteral("reply:old=read")}));
        QCOMPARE(items.at(0).from, kAnn);
        QCOMPARE(items.at(0).fromName, QStringLiteral("Ann"));
        QCOMPARE(items.at(0).threadId, QStringLiteral("t2"));
        QCOMPARE(items.at(1).title, QStringLiteral("Thread t1"));
        QCOMPARE(items.at(0).at, 40);
        // The limit keeps the newest.
        QCOMPARE(inbox(*db, 2).size(), 2);
    }

    void markReadOneAllAndByReadingTheThread() {
        auto db = openDb();
        seed(*db);
        apply(*db, {upsert(EntityType::Post, postBy(QStringLiteral("r1"), QStringLiteral("t2"),
                                                    kAnn, 20, QStringLiteral("m1"))),
                    upsert(EntityType::Post,
                           postBy(QStringLiteral("r2"), QStringLiteral("t1"), kAnn, 30)),
                    upsert(EntityType::Post,
                           postBy(QStringLiteral("r3"), QStringLiteral("t1"), kAnn, 35))});
        QString error;
        QVERIFY2(inboxstore::markRead(*db, {QStringLiteral("post:r1")}, 1, &error),
                 qPrintable(error));
        QCOMPARE(kinds(inbox(*db)),
                 (QStringList{QStringLiteral("reply:r3"), QStringLiteral("reply:r2"),
                              QStringLiteral("reply:r1=read"), QStringLiteral("reply:old=read")}));
        // Reading the thread reads its items.
        QVERIFY(readingstore::markThreadRead(*db, QStringLiteral("t1"), 2, &error));
        QCOMPARE(kinds(inbox(*db)).first(), QStringLiteral("reply:r3=read"));
        // A later reply is unread again; "all" marks it.
        apply(*db, {upsert(EntityType::Post,
                           postBy(QStringLiteral("r4"), QStringLiteral("t1"), kAnn, 45))});
        QCOMPARE(kinds(inbox(*db)).first(), QStringLiteral("reply:r4"));
        QVERIFY2(inboxstore::markAllRead(*db, kMe, QStringLiteral("me"), 3, &error),
                 qPrintable(error));
        for (const InboxItem &item : inbox(*db))
            QVERIFY2(item.read, qPrintable(item.key));
    }

    void moderatorsNoticesAreTheServersList() {
        auto db = openDb();
        seed(*db);
        ModerationNotice hide{7,
                              QStringLiteral("hide"),
                              QStringLiteral("spam_links"),
                              {},
                              QStringLiteral("post"),
                              QStringLiteral("m1"),
                              QStringLiteral("Thread t2"),
                              25,
                              false,
                              {}};
        ModerationNotice warn{8,
                              QStringLiteral("warn"),
                              QStringLiteral("rules"),
                              {},
                              QStringLiteral("user"),
                              kMe,
                              {},
                              26,
                              false,
                              {}};
        QString error;
        QVERIFY2(inboxstore::storeNotices(*db, {warn, hide}, &error), qPrintable(error));
        QVector<InboxItem> items = inbox(*db);
        QCOMPARE(kinds(items),
                 (QStringList{QStringLiteral("moderation:notice:8"),
                              QStringLiteral("moderation:m1"), QStringLiteral("reply:old=read")}));
        QCOMPARE(items.at(1).threadId, QStringLiteral("t2")); // the post's thread, from the cache
        QVERIFY(items.at(0).threadId.isEmpty());
        QCOMPARE(items.at(0).action, QStringLiteral("warn"));
        QVERIFY(inboxstore::markRead(*db, {QStringLiteral("notice:8")}, 1, &error));
        // The warning was undone on the server: the next list no longer has it.
        QVERIFY(inboxstore::storeNotices(*db, {hide}, &error));
        items = inbox(*db);
        QCOMPARE(kinds(items),
                 (QStringList{QStringLiteral("moderation:m1"), QStringLiteral("reply:old=read")}));
    }

    void newLessonsInMyCoursesOnly() {
        auto db = openDb();
        // paid: bought (every lesson unlocked); locked: not bought; opened: free, a lesson opened.
        apply(*db, {upsert(EntityType::User, makeUser(kAnn, QStringLiteral("Ann"))),
                    upsert(EntityType::Course, courseOf(QStringLiteral("paid"), 9900)),
                    upsert(EntityType::Course, courseOf(QStringLiteral("locked"), 9900)),
                    upsert(EntityType::Course, courseOf(QStringLiteral("free"), 0)),
                    upsert(EntityType::Course, courseOf(QStringLiteral("opened"), 0)),
                    upsert(EntityType::Lesson,
                           lessonOf(QStringLiteral("p1"), QStringLiteral("paid"), 1)),
                    upsert(EntityType::Lesson,
                           lessonOf(QStringLiteral("l1"), QStringLiteral("locked"), 1, true)),
                    upsert(EntityType::Lesson,
                           lessonOf(QStringLiteral("o1"), QStringLiteral("opened"), 1))});
        QVERIFY(db->exec(QStringLiteral("INSERT INTO lesson_progress (lesson_id, course_id, "
                                        "opened_at) VALUES ('o1', 'opened', 5)"),
                         nullptr));
        QVERIFY(inbox(*db).isEmpty()); // what came with the first pull is history
        apply(
            *db,
            {upsert(EntityType::Lesson, lessonOf(QStringLiteral("p2"), QStringLiteral("paid"), 20)),
             upsert(EntityType::Lesson,
                    lessonOf(QStringLiteral("l2"), QStringLiteral("locked"), 21, true)),
             upsert(EntityType::Lesson, lessonOf(QStringLiteral("f2"), QStringLiteral("free"), 22)),
             upsert(EntityType::Lesson,
                    lessonOf(QStringLiteral("o2"), QStringLiteral("opened"), 23)),
             // An edit of an old lesson is not new.
             upsert(EntityType::Lesson,
                    lessonOf(QStringLiteral("p1"), QStringLiteral("paid"), 1))});
        const QVector<InboxItem> items = inbox(*db);
        QCOMPARE(kinds(items), (QStringList{QStringLiteral("lesson:lesson:o2"),
                                            QStringLiteral("lesson:lesson:p2")}));
        QCOMPARE(items.at(1).courseId, QStringLiteral("paid"));
        QCOMPARE(items.at(1).lessonId, QStringLiteral("p2"));
        QCOMPARE(items.at(1).from, kAnn);
        QVERIFY(items.at(1).threadId.isEmpty());
    }

    void postsHiddenByAModerator() {
        // The feed says "hidden" only for those (other posts' payloads are unchanged), and the
        // cache keeps it for the thread's readers.
        Post hidden = postBy(QStringLiteral("h1"), QStringLiteral("t1"), kAnn, 5);
        hidden.deleted = true;
        hidden.hidden = true;
        hidden.body.clear();
        QVERIFY(toJson(hidden).value(QLatin1String("hidden")).toBool());
        QVERIFY(!toJson(postBy(QStringLiteral("p"), QStringLiteral("t1"), kAnn, 5))
                     .contains(QLatin1String("hidden")));
        QString error;
        const std::optional<Post> decoded = postFromJson(toJson(hidden), &error);
        QVERIFY2(decoded && *decoded == hidden, qPrintable(error));
        auto db = openDb();
        seed(*db);
        apply(*db, {upsert(EntityType::Post, hidden)});
        const auto thread = cachereader::thread(*db, QStringLiteral("t1"), kMe);
        QVERIFY(thread.ok() && thread.value().has_value());
        bool found = false;
        for (const PostView &p : thread.value()->posts) {
            if (p.post.id == QLatin1String("h1"))
                found = p.post.hidden && p.post.deleted;
        }
        QVERIFY(found);
        // The author's reason comes from the stored notices.
        QVERIFY(inboxstore::storeNotices(*db,
                                         {ModerationNotice{3,
                                                           QStringLiteral("hide"),
                                                           QStringLiteral("off_topic"),
                                                           {},
                                                           QStringLiteral("post"),
                                                           QStringLiteral("h1"),
                                                           {},
                                                           6,
                                                           false,
                                                           {}}},
                                         &error));
        QCOMPARE(inboxstore::moderatedPosts(*db).value(QStringLiteral("h1")),
                 QStringLiteral("off_topic"));
    }

    void theStepTakesTheLessonBaselineOfASyncedProfile() {
        // A profile synced before inbox.1: the step takes the baseline, so its lessons are history.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            CacheDatabase db(QStringLiteral("inbox-old"));
            QVector<CacheDatabase::Migration> steps;
            for (const CacheDatabase::Migration &step : CacheDatabase::migrations()) {
                // Every step but inbox.1 (later steps add columns the writer fills today).
                if (step.id != QLatin1String("inbox.1"))
                    steps << step;
            }
            QString error;
            QVERIFY2(db.open(path, steps, &error), qPrintable(error));
            m_cursor.clear();
            apply(db, {upsert(EntityType::Course, courseOf(QStringLiteral("paid"), 9900)),
                       upsert(EntityType::Lesson,
                              lessonOf(QStringLiteral("p1"), QStringLiteral("paid"), 1))});
            // A build from before inbox.1 took no lesson baseline.
            QVERIFY(db.exec(QStringLiteral("DELETE FROM sync_state WHERE key = "
                                           "'inbox_lesson_baseline'"),
                            &error));
        }
        CacheDatabase db(QStringLiteral("inbox-upgraded"));
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.appliedSteps().contains(QStringLiteral("inbox.1")));
        QVERIFY(inbox(db).isEmpty());
        apply(db, {upsert(EntityType::Lesson,
                          lessonOf(QStringLiteral("p2"), QStringLiteral("paid"), 2))});
        QCOMPARE(kinds(inbox(db)), QStringList{QStringLiteral("lesson:lesson:p2")});
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"

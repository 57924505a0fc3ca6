// Reading state and notices on a real cache file: unread counts start at the first full sync,
// count only others' posts that arrived later, survive edits of a post (no second "unread"),
// reset when a thread is read; new posts are handed out for notices exactly once; the rules
// pick replies to my threads and posts and mentions; queued edits show over the server's
// version and a conflicting retry rebases.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/sync_store.h"
#include "cache/transaction.h"
#include "core_fixtures.h"
#include "outbox/local_mutations.h"
#include "outbox/outbox_store.h"
#include "reading/notification_rules.h"
#include "reading/reading_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {
const QString kMe = QStringLiteral("me");
const QString kOther = QStringLiteral("u1");

Post postBy(const QString &id, const QString &thread, const QString &author,
            const QString &parent = {}, const QString &body = {}) {
    Post p = makePost(id, thread, parent, 100);
    p.authorId = author;
    if (!body.isEmpty())
        p.body = body;
    return p;
}
} // namespace

class TestReading : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_cursor;

    std::unique_ptr<CacheDatabase> openDb() {
        auto db = std::make_unique<CacheDatabase>(QStringLiteral("reading-%1").arg(++m_n));
        QString error;
        if (!db->open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(m_n)), &error))
            qFatal("open failed: %s", qPrintable(error));
        m_cursor.clear();
        return db;
    }

    // Applies one page continuing the stored cursor.
    void apply(CacheDatabase &db, const QVector<EntityChange> &changes, bool complete = true) {
        QString error;
        const QString next = m_cursor + QStringLiteral("x");
        QVERIFY2(syncstore::applyPage(db, changes, m_cursor, next, complete, &error),
                 qPrintable(error));
        m_cursor = next;
    }

    // Two threads in space s1 (t1 started by me, t2 by u1), one in s2, with history.
    void seed(CacheDatabase &db) {
        Thread mine = makeThread(QStringLiteral("t1"), QStringLiteral("s1"));
        mine.authorId = kMe;
        apply(
            db,
            {upsert(EntityType::User, makeUser(kOther, QStringLiteral("Ann"))),
             upsert(EntityType::Thread, mine),
             upsert(EntityType::Thread, makeThread(QStringLiteral("t2"), QStringLiteral("s1"))),
             upsert(EntityType::Thread, makeThread(QStringLiteral("t3"), QStringLiteral("s2"))),
             upsert(EntityType::Post, postBy(QStringLiteral("old1"), QStringLiteral("t1"), kOther)),
             upsert(EntityType::Post, postBy(QStringLiteral("old2"), QStringLiteral("t2"), kMe)),
             upsert(EntityType::Post,
                    postBy(QStringLiteral("old3"), QStringLiteral("t3"), kOther))});
    }

    static int unreadOf(CacheDatabase &db, const QString &threadId) {
        auto threads = cachereader::allThreads(db, 100).value();
        readingstore::fillUnread(db, threads, kMe);
        for (const ThreadSummary &s : threads)
            if (s.thread.id == threadId)
                return s.unread;
        return -1;
    }

private Q_SLOTS:
    void historyIsNotUnreadNorNotified() {
        auto db = openDb();
        // Pages before the first sync completes: no baseline yet, nothing counts.
        apply(*db, {upsert(EntityType::User, makeUser(kOther, QStringLiteral("Ann")))}, false);
        QString error;
        QVERIFY(readingstore::takeNewPosts(*db, kMe, &error).isEmpty());
        seed(*db);
        QCOMPARE(unreadOf(*db, QStringLiteral("t1")), 0);
        QCOMPARE(unreadOf(*db, QStringLiteral("t3")), 0);
        QVERIFY(readingstore::unreadBySpace(*db, kMe).isEmpty());
        QVERIFY(readingstore::takeNewPosts(*db, kMe, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void laterPostsByOthersAreUnreadUntilRead() {
        auto db = openDb();
        seed(*db);
        apply(
            *db,
            {upsert(EntityType::Post, postBy(QStringLiteral("n1"), QStringLiteral("t1"), kOther)),
             upsert(EntityType::Post, postBy(QStringLiteral("n2"), QStringLiteral("t1"), kOther)),
             upsert(EntityType::Post, postBy(QStringLiteral("n3"), QStringLiteral("t2"), kMe)),
             upsert(EntityType::Post, postBy(QStringLiteral("n4"), QStringLiteral("t3"), kOther))});
        QCOMPARE(unreadOf(*db, QStringLiteral("t1")), 2);
        QCOMPARE(unreadOf(*db, QStringLiteral("t2")), 0); // my own post
        QCOMPARE(unreadOf(*db, QStringLiteral("t3")), 1);
        auto spaces = readingstore::unreadBySpace(*db, kMe);
        QCOMPARE(spaces.value(QStringLiteral("s1")), 2);
        QCOMPARE(spaces.value(QStringLiteral("s2")), 1);

        // An edit of an unread post arriving does not make it count twice; an edit of a read
        // post does not make it unread again.
        Post edited = postBy(QStringLiteral("n1"), QStringLiteral("t1"), kOther);
        edited.body = QStringLiteral("edited");
        edited.editedAt = 500;
        apply(*db, {upsert(EntityType::Post, edited)});
        QCOMPARE(unreadOf(*db, QStringLiteral("t1")), 2);

        QString error;
        QVERIFY2(readingstore::markThreadRead(*db, QStringLiteral("t1"), 1000, &error),
                 qPrintable(error));
        QCOMPARE(unreadOf(*db, QStringLiteral("t1")), 0);
        edited.body = QStringLiteral("edited again");
        apply(*db, {upsert(EntityType::Post, edited)});
        QCOMPARE(unreadOf(*db, QStringLiteral("t1")), 0);
        spaces = readingstore::unreadBySpace(*db, kMe);
        QVERIFY(!spaces.contains(QStringLiteral("s1")));
        QCOMPARE(spaces.value(QStringLiteral("s2")), 1);

        // A deleted post no longer counts.
        Post gone = postBy(QStringLiteral("n4"), QStringLiteral("t3"), kOther);
        gone.deleted = true;
        apply(*db, {upsert(EntityType::Post, gone)});
        QCOMPARE(unreadOf(*db, QStringLiteral("t3")), 0);
    }

    void newPostsAreHandedOutOnce() {
        auto db = openDb();
        seed(*db);
        apply(*db,
              {upsert(EntityType::Post, postBy(QStringLiteral("r1"), QStringLiteral("t1"), kOther)),
               upsert(EntityType::Post, postBy(QStringLiteral("mine"), QStringLiteral("t2"), kMe)),
               upsert(EntityType::Post, postBy(QStringLiteral("r2"), QStringLiteral("t2"), kOther,
                                               QStringLiteral("mine")))});
        QString error;
        const auto posts = readingstore::takeNewPosts(*db, kMe, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).post.id, QStringLiteral("r1")); // oldest first
        QCOMPARE(posts.at(0).threadAuthorId, kMe);
        QCOMPARE(posts.at(0).authorName, QStringLiteral("Ann"));
        QCOMPARE(posts.at(1).post.id, QStringLiteral("r2"));
        QCOMPARE(posts.at(1).parentAuthorId, kMe);
        QVERIFY(readingstore::takeNewPosts(*db, kMe, &error).isEmpty());
        // An edit arriving later is not new.
        Post edited = postBy(QStringLiteral("r1"), QStringLiteral("t1"), kOther);
        edited.body = QStringLiteral("changed");
        apply(*db, {upsert(EntityType::Post, edited)});
        QVERIFY(readingstore::takeNewPosts(*db, kMe, &error).isEmpty());
    }

    void mentionRules() {
        const QString h = QStringLiteral("ann");
        QVERIFY(mentions(QStringLiteral("@ann thanks"), h));
        QVERIFY(mentions(QStringLiteral("thanks @Ann!"), h));
        QVERIFY(mentions(QStringLiteral("谢谢@ann老师的讲解"), h));
        QVERIFY(mentions(QStringLiteral("（@ann）"), h));
        QVERIFY(!mentions(QStringLiteral("@anna is here"), h));
        QVERIFY(!mentions(QStringLiteral("mail bob@ann.example"), h));
        QVERIFY(!mentions(QStringLiteral("ann without at"), h));
        QVERIFY(!mentions(QStringLiteral("@ann_b"), h));
        QVERIFY(mentions(QStringLiteral("@anna and later @ann."), h));
        QVERIFY(!mentions(QStringLiteral("@ann"), QString()));
    }

    void classifyAndSummarize() {
        IncomingPost reply;
        reply.post = postBy(QStringLiteral("a"), QStringLiteral("t1"), kOther);
        reply.threadAuthorId = kMe;
        reply.threadTitle = QStringLiteral("课程讨论");
        reply.authorName = QStringLiteral("Ann");
        QCOMPARE(classify(reply, kMe, QStringLiteral("me")), NoticeReason::ReplyToMyThread);
        IncomingPost toPost = reply;
        toPost.threadAuthorId = kOther;
        toPost.parentAuthorId = kMe;
        QCOMPARE(classify(toPost, kMe, QStringLiteral("me")), NoticeReason::ReplyToMyPost);
        IncomingPost mention = toPost;
        mention.post.body = QStringLiteral("请看 @me 的回答");
        QCOMPARE(classify(mention, kMe, QStringLiteral("me")), NoticeReason::Mention);
        IncomingPost unrelated = reply;
        unrelated.threadAuthorId = kOther;
        QCOMPARE(classify(unrelated, kMe, QStringLiteral("me")), NoticeReason::None);
        IncomingPost own = reply;
        own.post.authorId = kMe;
        QCOMPARE(classify(own, kMe, QStringLiteral("me")), NoticeReason::None);

        const auto notices = selectNotices({reply, unrelated, toPost}, kMe, QStringLiteral("me"));
        QCOMPARE(notices.size(), 2);
        const NoticeText one = summarize({notices.first()});
        QVERIFY2(one.title.contains(QStringLiteral("Ann")) &&
                     one.title.contains(QStringLiteral("课程讨论")),
                 qPrintable(one.title));
        QCOMPARE(one.body, reply.post.body);
        QCOMPARE(one.threadId, QStringLiteral("t1"));
        const NoticeText two = summarize(notices);
        QVERIFY2(two.title.contains(QLatin1String("2")), qPrintable(two.title));
        QVERIFY2(two.title.contains(QStringLiteral("课程讨论")), qPrintable(two.title));
        IncomingPost elsewhere = reply;
        elsewhere.post.threadId = QStringLiteral("t9");
        const NoticeText mixed = summarize(selectNotices({reply, elsewhere}, kMe, {}));
        QVERIFY2(!mixed.title.contains(QStringLiteral("课程讨论")), qPrintable(mixed.title));
        QCOMPARE(mixed.threadId, QStringLiteral("t9"));
        QVERIFY(summarize({}).title.isEmpty());
    }

    void queuedEditsShowOverTheServersVersion() {
        auto db = openDb();
        seed(*db);
        QString error;
        QVERIFY2(succeeded(localmutations::editPost(*db, QStringLiteral("old2"), kMe,
                                                    QStringLiteral("my new text")),
                           &error),
                 qPrintable(error));
        // Another edit before sending replaces the queued text: one outbox row.
        QVERIFY(succeeded(localmutations::editPost(*db, QStringLiteral("old2"), kMe,
                                                   QStringLiteral("my newer text")),
                          &error));
        auto rows = outboxstore::list(*db);
        QCOMPARE(rows.size(), 1);
        const QJsonObject args = QJsonDocument::fromJson(rows.first().argsJson.toUtf8()).object();
        QCOMPARE(args.value(QLatin1String("body")).toString(), QStringLiteral("my newer text"));
        QCOMPARE(args.value(QLatin1String("base_edited_at")).toInteger(), 0);
        // A pull bringing the server's (other device's) version meanwhile: the cache keeps it,
        // the reader still shows the queued text.
        Post remote = postBy(QStringLiteral("old2"), QStringLiteral("t2"), kMe);
        remote.body = QStringLiteral("edited on the phone");
        remote.editedAt = 777;
        apply(*db, {upsert(EntityType::Post, remote)});
        auto detail = cachereader::thread(*db, QStringLiteral("t2"), kMe).value();
        QVERIFY(detail);
        QCOMPARE(detail->posts.first().post.body, QStringLiteral("my newer text"));
        QCOMPARE(detail->posts.first().pending, OutboxState::Waiting);

        // The server refuses it as a conflict: the server's text shows, the user's is kept.
        QVector<outboxstore::Outgoing> batch;
        QVERIFY(outboxstore::takeBatch(*db, 10, &batch, &error));
        MutationResult conflict;
        conflict.id = batch.first().mutationId;
        conflict.status = MutationResult::Status::Rejected;
        conflict.errorCode = QStringLiteral("edit_conflict");
        QVERIFY2(outboxstore::recordResults(*db, batch, {conflict}, &error), qPrintable(error));
        detail = cachereader::thread(*db, QStringLiteral("t2"), kMe).value();
        QCOMPARE(detail->posts.first().post.body, QStringLiteral("edited on the phone"));
        QCOMPARE(detail->posts.first().pending, OutboxState::Failed);
        QVERIFY(!detail->posts.first().failure.isEmpty());
        rows = outboxstore::list(*db);
        QCOMPARE(rows.first().state, OutboxState::Failed);
        QCOMPARE(rows.first().errorCode, QStringLiteral("edit_conflict"));
        QVERIFY(rows.first().argsJson.contains(QStringLiteral("my newer text")));

        // Retry = keep mine: rebased on the version the cache now holds.
        QVERIFY2(outboxstore::retry(*db, rows.first().seq, &error), qPrintable(error));
        rows = outboxstore::list(*db);
        const QJsonObject rebased =
            QJsonDocument::fromJson(rows.first().argsJson.toUtf8()).object();
        QCOMPARE(rebased.value(QLatin1String("base_edited_at")).toInteger(), 777);
        QCOMPARE(rows.first().state, OutboxState::Waiting);
    }

    void editAndDeleteOfUnsentPostStayLocal() {
        auto db = openDb();
        seed(*db);
        QString error;
        QVERIFY(succeeded(localmutations::createPost(
                              *db, postBy(QStringLiteral("fresh"), QStringLiteral("t1"), kMe)),
                          &error));
        QVERIFY(succeeded(localmutations::editPost(*db, QStringLiteral("fresh"), kMe,
                                                   QStringLiteral("fixed typo")),
                          &error));
        auto rows = outboxstore::list(*db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().type, QStringLiteral("post.create"));
        QVERIFY(rows.first().argsJson.contains(QStringLiteral("fixed typo")));
        QVERIFY(succeeded(localmutations::deletePost(*db, QStringLiteral("fresh"), kMe), &error));
        QVERIFY(outboxstore::list(*db).isEmpty());
        auto detail = cachereader::thread(*db, QStringLiteral("t1"), kMe).value();
        for (const PostView &v : detail->posts)
            QVERIFY(v.post.id != QStringLiteral("fresh"));
        // Others' posts cannot be edited or deleted here.
        QVERIFY(!succeeded(
            localmutations::editPost(*db, QStringLiteral("old1"), kMe, QStringLiteral("x")),
            &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!succeeded(localmutations::deletePost(*db, QStringLiteral("old1"), kMe), &error));
        QVERIFY(!error.isEmpty());
        // Deleting a synced post of mine shows it deleted at once.
        QVERIFY(succeeded(localmutations::deletePost(*db, QStringLiteral("old2"), kMe), &error));
        detail = cachereader::thread(*db, QStringLiteral("t2"), kMe).value();
        QVERIFY(detail->posts.first().post.deleted);
        QCOMPARE(outboxstore::list(*db).first().type, QStringLiteral("post.delete"));
    }
};

QTEST_GUILESS_MAIN(TestReading)
#include "tst_reading.moc"

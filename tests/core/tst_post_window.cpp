// Windows of a thread's posts (cache/post_window_reader.h): every window is a slice of the same
// depth-first order cachereader::thread gives for the whole thread; windows follow each other
// without gaps; a refresh span picks up a new reply; no statement scans a table; hostile data
// (parent cycles, a 5,000-deep chain, unknown ids, silly counts) neither loses posts nor
// crashes.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/entity_writer.h"
#include "cache/post_window_reader.h"
#include "long_thread_fixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;

namespace {

QStringList ids(const QVector<PostView> &posts) {
    QStringList out;
    for (const PostView &view : posts)
        out << view.post.id;
    return out;
}

PostWindow windowOf(CacheDatabase &db, PostWindowMode mode, const QString &anchor = {},
                    int count = 60) {
    PostWindowQuery query;
    query.threadId = QStringLiteral("t-long");
    query.mode = mode;
    query.anchorId = anchor;
    query.count = count;
    return postwindow::read(db, query);
}

bool writePosts(CacheDatabase &db, const QVector<Post> &posts) {
    QString error;
    if (!db.begin(&error))
        return false;
    EntityWriter writer(db.db());
    for (const Post &post : posts) {
        if (!writer.upsert(post, &error))
            return false;
    }
    return db.commit(&error);
}

Post post(const QString &id, const QString &parent, qint64 at) {
    Post p;
    p.id = id;
    p.threadId = QStringLiteral("t-long");
    p.parentId = parent;
    p.authorId = QStringLiteral("u1");
    p.body = QStringLiteral("body of ") + id;
    p.createdAt = at;
    return p;
}

} // namespace

class TestPostWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    testing::LongThread m_thread;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        QVERIFY2(testing::writeLongThread(m_path, 600, &m_thread, &error), qPrintable(error));
    }

    void windowsAreSlicesOfTheWholeThread() {
        CacheDatabase db(QStringLiteral("slices"));
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const std::optional<ThreadDetail> whole =
            cachereader::thread(db, QStringLiteral("t-long"), QStringLiteral("u1")).value();
        QVERIFY(whole);
        QCOMPARE(whole->posts.size(), 601);
        // Head, then After the last row until the end: the whole thread, same rows, same depth.
        QVector<PostView> walked = windowOf(db, PostWindowMode::Head).posts;
        while (true) {
            const PostWindow next =
                windowOf(db, PostWindowMode::After, walked.constLast().post.id, 77);
            if (next.posts.isEmpty())
                break;
            QCOMPARE(next.first, walked.size()); // no gap, no overlap
            QCOMPARE(next.total, 601);
            walked += next.posts;
        }
        QCOMPARE(ids(walked), ids(whole->posts));
        int nested = 0;
        for (int i = 0; i < walked.size(); ++i) {
            QCOMPARE(walked.at(i).depth, whole->posts.at(i).depth);
            QCOMPARE(walked.at(i).post.body, whole->posts.at(i).post.body);
            QCOMPARE(walked.at(i).reactions.size(), whole->posts.at(i).reactions.size());
            nested += walked.at(i).depth > 0;
        }
        QVERIFY(nested > 50); // the fixture really nests

        // Around: the anchor in the middle; Before: the rows just above a window.
        const QString deep = whole->posts.at(450).post.id;
        const PostWindow around = windowOf(db, PostWindowMode::Around, deep, 40);
        QCOMPARE(around.first, 430);
        QCOMPARE(around.anchorRow, 20);
        QCOMPARE(around.posts.at(around.anchorRow).post.id, deep);
        const PostWindow before = windowOf(db, PostWindowMode::Before, deep, 40);
        QCOMPARE(before.first, 410);
        QCOMPARE(ids(before.posts), ids(whole->posts.mid(410, 40)));
        PostWindowQuery byPosition;
        byPosition.threadId = QStringLiteral("t-long");
        byPosition.mode = PostWindowMode::Around;
        byPosition.position = 600;
        byPosition.count = 30;
        const PostWindow end = postwindow::read(db, byPosition);
        QCOMPARE(end.first, 571);
        QCOMPARE(end.posts.size(), 30);
        QCOMPARE(end.anchorRow, 29);
    }

    void spanPicksUpNewReplies() {
        CacheDatabase db(QStringLiteral("span"));
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const PostWindow held = windowOf(db, PostWindowMode::Around, m_thread.postIds.at(3), 20);
        // A reply to a held post lands right after that post's replies: inside the span when
        // the post after those replies is held too.
        QString parent;
        for (int k = 0; k < held.posts.size() && parent.isEmpty(); ++k) {
            int end = k + 1;
            while (end < held.posts.size() && held.posts.at(end).depth > held.posts.at(k).depth)
                ++end;
            if (end < held.posts.size())
                parent = held.posts.at(k).post.id;
        }
        QVERIFY(!parent.isEmpty());
        QVERIFY(writePosts(db, {post(QStringLiteral("zz-new"), parent, 1800000000000)}));
        PostWindowQuery query;
        query.threadId = QStringLiteral("t-long");
        query.mode = PostWindowMode::Span;
        query.spanIds = ids(held.posts);
        const PostWindow again = postwindow::read(db, query);
        QCOMPARE(again.first, held.first);
        QCOMPARE(again.posts.size(), held.posts.size() + 1);
        QVERIFY(ids(again.posts).contains(QStringLiteral("zz-new")));
        QCOMPARE(again.total, held.total + 1);
        // The end of the thread, held with spanToEnd: a new top-level reply comes in too.
        const PostWindow tail = windowOf(db, PostWindowMode::Before, QStringLiteral("zz-none"));
        QVERIFY(tail.posts.isEmpty()); // unknown anchor: nothing
        query.spanIds = QStringList{m_thread.postIds.constLast()};
        query.spanToEnd = true;
        QVERIFY(writePosts(db, {post(QStringLiteral("zz-last"), {}, 1900000000000)}));
        const PostWindow ending = postwindow::read(db, query);
        QCOMPARE(ending.posts.constLast().post.id, QStringLiteral("zz-last"));
    }

    void noStatementScansATable() {
        CacheDatabase db(QStringLiteral("plans"));
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const QStringList plans = postwindow::queryPlans(db);
        QVERIFY(!plans.isEmpty());
        bool orderUsesIndex = false;
        for (const QString &line : plans) {
            QVERIFY2(!line.contains(QStringLiteral(": SCAN")) &&
                         !line.endsWith(QStringLiteral(": failed")),
                     qPrintable(plans.join(QLatin1Char('\n'))));
            orderUsesIndex |= line.startsWith(QStringLiteral("order:")) &&
                              line.contains(QStringLiteral("COVERING INDEX posts_by_thread"));
        }
        QVERIFY2(orderUsesIndex, qPrintable(plans.join(QLatin1Char('\n'))));
    }

    void hostileThreadsLoseNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.sqlite"));
        testing::LongThread thread;
        QString error;
        QVERIFY2(testing::writeLongThread(path, 1, &thread, &error), qPrintable(error));
        CacheDatabase db(QStringLiteral("hostile"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        // A cycle (a answers b, b answers a), a post answering itself, an unknown parent, and a
        // chain 5,000 replies deep.
        QVector<Post> posts{post(QStringLiteral("a"), QStringLiteral("b"), 10),
                            post(QStringLiteral("b"), QStringLiteral("a"), 11),
                            post(QStringLiteral("self"), QStringLiteral("self"), 12),
                            post(QStringLiteral("orphan"), QStringLiteral("gone"), 13)};
        for (int i = 0; i < 5000; ++i)
            posts << post(QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0')),
                          i == 0 ? QString()
                                 : QStringLiteral("c%1").arg(i - 1, 4, 10, QLatin1Char('0')),
                          100 + i);
        QVERIFY(writePosts(db, posts));
        const PostWindow all = windowOf(db, PostWindowMode::Head, {}, 100000);
        QCOMPARE(all.total, 5006);
        QCOMPARE(all.posts.size(), 5006);
        const QStringList got = ids(all.posts);
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("self"),
                                  QStringLiteral("orphan"), QStringLiteral("c4999")})
            QVERIFY2(got.contains(id), qPrintable(id));
        QCOMPARE(all.posts.at(got.indexOf(QStringLiteral("c4999"))).depth, 4999);
        // Silly counts and anchors: a window of at least one, never past the end.
        QCOMPARE(windowOf(db, PostWindowMode::Head, {}, -5).posts.size(), 1);
        QCOMPARE(windowOf(db, PostWindowMode::Around, QStringLiteral("nope"), 10).anchorRow, -1);
        QCOMPARE(windowOf(db, PostWindowMode::After, got.constLast(), 10).posts.size(), 0);
        QCOMPARE(got.mid(got.size() - 2), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        PostWindowQuery missing;
        missing.threadId = QStringLiteral("no-such-thread");
        const PostWindow none = postwindow::read(db, missing);
        QVERIFY(!none.summary);
        QVERIFY(none.posts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostWindow)
#include "tst_post_window.moc"

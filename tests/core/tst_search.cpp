// The cache's full-text search: the query built from what the user typed, the "lyceum" FTS5
// tokenizer on a real cache file (Chinese, English, mixed, prefixes, snippets), indexes kept
// equal to their tables through inserts, updates and deletes, and a rebuild when the tokenizer
// version changes.
#include "cache/cache_database.h"
#include "search/search_backlog.h"
#include "search/search_index.h"
#include "search/snippets.h"
#include "search/spelling.h"
#include "text/tokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;

namespace {

bool run(CacheDatabase &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

bool addPost(CacheDatabase &db, const QString &id, const QString &threadId, const QString &body) {
    return run(db,
               QStringLiteral("INSERT INTO posts (id, thread_id, parent_id, author_id, body, "
                              "deleted, created_at) VALUES (?, ?, NULL, 'u1', ?, 0, 1)"),
               {id, threadId, body});
}

bool addThread(CacheDatabase &db, const QString &id, const QString &title) {
    return run(db,
               QStringLiteral("INSERT INTO threads (id, space_id, author_id, title, kind, pinned, "
                              "locked, post_count, created_at, last_activity_at) "
                              "VALUES (?, 's1', 'u1', ?, 'discussion', 0, 0, 0, 1, 1)"),
               {id, title});
}

bool addCourse(CacheDatabase &db, const QString &id, const QString &title, const QString &summary,
               const QString &tags) {
    return run(db,
               QStringLiteral("INSERT INTO courses (id, creator_id, title, summary, description, "
                              "tags, topic, price, currency, published, created_at, updated_at) "
                              "VALUES (?, 'u1', ?, ?, '', ?, 'data', 0, 'CNY', 1, 1, 1)"),
               {id, title, summary, tags});
}

QStringList ids(const QVector<SearchHit> &hits) {
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.id;
    return out;
}

bool integrityOk(CacheDatabase &db) {
    for (const char *table : {"courses_fts", "lessons_fts", "threads_fts", "posts_fts"}) {
        const QString name = QString::fromLatin1(table);
        if (!run(db, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                         .arg(name)))
            return false;
    }
    return true;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchExpressionFromTyping() {
        QCOMPARE(search::matchExpression(u"  "), QString());
        QCOMPARE(search::matchExpression(u"SQLite"), QStringLiteral("\"sqlite\"*"));
        QCOMPARE(search::matchExpression(u"Go 泛型"), QStringLiteral("\"go\" \"泛型\"*"));
        // A double quote in the text cannot break out of the phrase.
        const QString quoted = search::matchExpression(u"a\"b OR c");
        QVERIFY(!quoted.contains(QStringLiteral(" OR ")));
        // A longer Chinese word also matches as its two-character parts.
        const QString longWord = search::matchExpression(u"数据分析师");
        QVERIFY2(longWord.contains(QStringLiteral("\"数据\" AND \"分析\" AND \"析师\"")) ||
                     longWord.contains(QStringLiteral("\"数据\"")),
                 qPrintable(longWord));
    }

    void chineseEnglishAndMixed() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("search-basic"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QVERIFY(addThread(db, QStringLiteral("t1"), QStringLiteral("课程表什么时候更新")));
        QVERIFY(addThread(db, QStringLiteral("t2"), QStringLiteral("Go 的泛型怎么学")));
        QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                        QStringLiteral("我们一起学习机器学习和深度学习。")));
        QVERIFY(addPost(db, QStringLiteral("p2"), QStringLiteral("t2"),
                        QStringLiteral("Use pandas DataFrames for the SQL homework.")));
        QVERIFY(addPost(db, QStringLiteral("p3"), QStringLiteral("t2"),
                        QStringLiteral("😀😀 Go 泛型的约束写法")));
        QVERIFY(addCourse(db, QStringLiteral("c1"), QStringLiteral("数据分析入门"),
                          QStringLiteral("用 SQL 和 Python 做分析"),
                          QStringLiteral("[\"sql\",\"数据\"]")));

        // A two-character query finds the longer word that contains it (课程表).
        QCOMPARE(ids(search::search(db, u"课程", 10)), QStringList{QStringLiteral("t1")});
        QVERIFY(ids(search::search(db, u"学习", 10)).contains(QStringLiteral("p1")));
        QVERIFY(ids(search::search(db, u"机器学习", 10)).contains(QStringLiteral("p1")));
        // Latin words fold case; the last word is a prefix while typing.
        QCOMPARE(ids(search::search(db, u"PANDAS", 10)), QStringList{QStringLiteral("p2")});
        QCOMPARE(ids(search::search(db, u"dataf", 10)), QStringList{QStringLiteral("p2")});
        // Mixed: every word must match; t2 and p3 have both.
        const QStringList mixed = ids(search::search(db, u"go 泛型", 10));
        QVERIFY2(mixed.contains(QStringLiteral("t2")) && mixed.contains(QStringLiteral("p3")),
                 qPrintable(mixed.join(QLatin1Char(','))));
        QVERIFY(!mixed.contains(QStringLiteral("p2")));
        // The course is found through its title, summary and tags, and comes first.
        const QVector<SearchHit> sql = search::search(db, u"sql", 10);
        QVERIFY(!sql.isEmpty());
        QCOMPARE(sql.first().kind, SearchHit::Kind::Course);
        QCOMPARE(sql.first().id, QStringLiteral("c1"));
        // Nothing that has every word: any word will do.
        QCOMPARE(ids(search::search(db, u"pandas 课程表", 10)).size(), 2);
        QVERIFY(search::search(db, u"区块链", 10).isEmpty());
        QVERIFY(search::search(db, u"", 10).isEmpty());
        QCOMPARE(search::search(db, u"学习", 1).size(), 1);
    }

    // A small typo in a Latin word still finds what the word would have: "pandsa" (two letters
    // swapped) and "homewrk" (one left out) are corrected from the indexed words; a word too far
    // from every indexed one, and Chinese, stay as typed.
    void smallTyposStillFind() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("search-typos"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QVERIFY(addThread(db, QStringLiteral("t1"), QStringLiteral("Homework help")));
        QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                        QStringLiteral("Use pandas DataFrames for the SQL homework.")));
        QVERIFY(addPost(db, QStringLiteral("p2"), QStringLiteral("t1"),
                        QStringLiteral("我们一起学习机器学习。")));

        QCOMPARE(search::editDistance(u"pandsa", u"pandas", 2), 1);
        QCOMPARE(search::editDistance(u"pands", u"pandas", 1), 1);
        QCOMPARE(search::editDistance(u"pxndsx", u"pandas", 2), 3);

        const QVector<SearchHit> typo = search::search(db, u"pandsa", 10);
        QCOMPARE(ids(typo), QStringList{QStringLiteral("p1")});
        QCOMPARE(typo.first().correctedQuery, QStringLiteral("pandas"));
        QVERIFY(typo.first().snippet.contains(search::kMarkStart)); // the corrected word marked
        QVERIFY(ids(search::search(db, u"homewrk", 10)).contains(QStringLiteral("t1")));
        QCOMPARE(search::correctedQuery(db, u"Pandsa dataframes"),
                 QStringLiteral("pandas dataframes"));
        // Found as typed: no correction.
        QVERIFY(search::search(db, u"pandas", 10).first().correctedQuery.isEmpty());
        // Too far, too short, or Chinese: nothing is made up.
        QVERIFY(search::search(db, u"pxndsx", 10).isEmpty());
        QVERIFY(search::correctedQuery(db, u"sqk").isEmpty());
        QVERIFY(search::correctedQuery(db, u"机器学刁").isEmpty());
        QCOMPARE(ids(search::search(db, u"机器学习", 10)), QStringList{QStringLiteral("p2")});
    }

    void snippetsMarkTheMatch() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("search-snippet"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QVERIFY(addThread(db, QStringLiteral("t1"), QStringLiteral("打卡")));
        // Emoji (surrogate pairs, four UTF-8 bytes) before the match must not shift the marks.
        QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                        QStringLiteral("🎉🎉 今天的作业：SQLite 索引")));
        const QVector<SearchHit> hits = search::search(db, u"索引", 10);
        QCOMPARE(hits.size(), 1);
        const QString mark =
            QString(search::kMarkStart) + QStringLiteral("索引") + QString(search::kMarkEnd);
        QVERIFY2(hits.first().snippet.contains(mark), qPrintable(hits.first().snippet));
        QVERIFY(hits.first().snippet.startsWith(QStringLiteral("🎉🎉")));
        QCOMPARE(hits.first().title, QStringLiteral("打卡"));
        QCOMPARE(hits.first().threadId, QStringLiteral("t1"));
        const QVector<SearchHit> latin = search::search(db, u"sqlite", 10);
        QCOMPARE(latin.size(), 1);
        QVERIFY2(latin.first().snippet.contains(QString(search::kMarkStart) +
                                                QStringLiteral("SQLite") +
                                                QString(search::kMarkEnd)),
                 qPrintable(latin.first().snippet));
    }

    void highlightsAndSnippetsFromText() {
        const QChar a = search::kMarkStart, b = search::kMarkEnd;
        // Whole words only, the last word of the query also as a prefix, case kept.
        QCOMPARE(search::highlight(u"Pandas and pan", search::queryWords(u"pan")),
                 QString(a + QStringLiteral("Pandas") + b + QStringLiteral(" and ") + a +
                         QStringLiteral("pan") + b));
        QCOMPARE(search::highlight(u"expand", search::queryWords(u"pan")),
                 QStringLiteral("expand"));
        // A two-character query marks its part of a longer Chinese word.
        const QString table = search::highlight(u"课程表", search::queryWords(u"课程"));
        QVERIFY2(table.startsWith(a + QStringLiteral("课程") + b), qPrintable(table));
        // Markdown marks are not shown.
        QCOMPARE(search::plainFromMarkdown(
                     QStringLiteral("## 标题\n> quote **bold** `code` [link](http://x/y) "
                                    "![img](a.png)\n- item\n1. first")),
                 QStringLiteral("标题\nquote bold code link \nitem\nfirst"));
        // A long text is cut around the first match, at a word's start, with ellipses.
        const QString longText = QStringLiteral("alpha beta gamma delta epsilon zeta eta theta "
                                                "iota kappa lambda mu nu xi omicron pi rho sigma "
                                                "tau upsilon phi chi psi omega");
        const QString cut = search::snippet(longText, search::queryWords(u"omicron"), 40);
        QVERIFY2(cut.startsWith(QStringLiteral("…")) && cut.endsWith(QStringLiteral("…")),
                 qPrintable(cut));
        QVERIFY2(cut.contains(a + QStringLiteral("omicron") + b), qPrintable(cut));
        const QString afterEllipsis = cut.mid(1);
        QVERIFY2(longText.contains(QStringLiteral(" ") + afterEllipsis.left(3)),
                 qPrintable(cut)); // starts at a word
        // No match in this field (it matched another one): the start of the text.
        QCOMPARE(search::snippet(u"short", search::queryWords(u"zzz")), QStringLiteral("short"));
    }

    void indexFollowsTheTables() {
        QTemporaryDir dir;
        CacheDatabase db(QStringLiteral("search-follow"));
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QVERIFY(addThread(db, QStringLiteral("t1"), QStringLiteral("Window functions")));
        QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                        QStringLiteral("partition by customer")));
        QCOMPARE(ids(search::search(db, u"partition", 10)), QStringList{QStringLiteral("p1")});
        // An edit replaces the indexed words.
        QVERIFY(run(db, QStringLiteral("UPDATE posts SET body = 'rank over orders' WHERE id = ?"),
                    {QStringLiteral("p1")}));
        QVERIFY(search::search(db, u"partition", 10).isEmpty());
        QCOMPARE(ids(search::search(db, u"orders", 10)), QStringList{QStringLiteral("p1")});
        // The same upsert the entity writer uses keeps the row and its index entry.
        QVERIFY(
            run(db, QStringLiteral("INSERT INTO posts (id, thread_id, author_id, body, deleted, "
                                   "created_at) VALUES ('p1', 't1', 'u1', 'lag and lead', 0, 1) "
                                   "ON CONFLICT (id) DO UPDATE SET body = excluded.body")));
        QVERIFY(search::search(db, u"orders", 10).isEmpty());
        QCOMPARE(ids(search::search(db, u"lead", 10)), QStringList{QStringLiteral("p1")});
        // Deleted posts are not shown; removed rows leave the index.
        QVERIFY(run(db, QStringLiteral("UPDATE posts SET deleted = 1 WHERE id = 'p1'")));
        QVERIFY(search::search(db, u"lead", 10).isEmpty());
        QVERIFY(run(db, QStringLiteral("DELETE FROM posts WHERE id = 'p1'")));
        QVERIFY(run(db, QStringLiteral("UPDATE threads SET locked = 1 WHERE id = 't1'")));
        QVERIFY(run(db, QStringLiteral("UPDATE threads SET title = 'Joins' WHERE id = 't1'")));
        QCOMPARE(ids(search::search(db, u"joins", 10)), QStringList{QStringLiteral("t1")});
        QVERIFY(search::search(db, u"window", 10).isEmpty());
        QVERIFY(integrityOk(db));
    }

    void rowsFromBeforeTheIndexAreIndexed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            // A cache from before search.1, with content.
            CacheDatabase db(QStringLiteral("search-old"));
            QVector<CacheDatabase::Migration> steps = CacheDatabase::migrations();
            steps.removeIf([](const CacheDatabase::Migration &m) {
                return m.id.startsWith(QStringLiteral("search."));
            });
            QVERIFY2(db.open(path, steps, &error), qPrintable(error));
            QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                            QStringLiteral("旧的帖子也能搜到")));
        }
        CacheDatabase db(QStringLiteral("search-new"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.appliedSteps().contains(QStringLiteral("search.1")));
        // search.2 leaves the rows already there to the indexer.
        QCOMPARE(search::rowsWaiting(db), qint64(1));
        QCOMPARE(search::indexWaiting(db, 100, &error), qint64(1));
        QCOMPARE(ids(search::search(db, u"帖子", 10)), QStringList{QStringLiteral("p1")});
    }

    void anotherTokenizerVersionRebuilds() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            CacheDatabase db(QStringLiteral("search-v1"));
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(addPost(db, QStringLiteral("p1"), QStringLiteral("t1"),
                            QStringLiteral("增量同步")));
            // As if built by another tokenizer: the index is emptied and the version differs.
            QVERIFY(run(db, QStringLiteral("INSERT INTO posts_fts (posts_fts) VALUES "
                                           "('delete-all')")));
            QVERIFY(run(db, QStringLiteral("UPDATE search_meta SET value = '0'")));
            QVERIFY(search::search(db, u"同步", 10).isEmpty());
        }
        CacheDatabase db(QStringLiteral("search-v2"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        // Opening empties the indexes and leaves every row to the indexer, in batches.
        QCOMPARE(search::rowsWaiting(db), qint64(1));
        QVERIFY(search::search(db, u"同步", 10).isEmpty());
        QCOMPARE(search::indexWaiting(db, 100, &error), qint64(1));
        QCOMPARE(search::indexWaiting(db, 100, &error), qint64(0));
        QCOMPARE(ids(search::search(db, u"同步", 10)), QStringList{QStringLiteral("p1")});
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM search_meta")) && q.next());
        QCOMPARE(q.value(0).toInt(), text::kTokenizerVersion);
        QVERIFY(integrityOk(db));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

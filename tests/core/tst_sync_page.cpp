// Decoding /sync pages: upserts and tombstones, unknown entity types skipped, bad data refused
// with a message naming the change and field.
#include "sync/sync_engine.h"
#include "sync/sync_page.h"

#include <QTest>

using namespace lyceum;

class TestSyncPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodes() {
        const QByteArray body = R"({"changes": [
            {"seq": 1, "entity": "user", "op": "upsert", "id": "u1",
             "data": {"id": "u1", "handle": "a", "display_name": "A", "role": "learner",
                      "bio": "", "created_at": 1}},
            {"seq": 2, "entity": "post", "op": "delete", "id": "p1"},
            {"seq": 3, "entity": "hologram", "op": "upsert", "id": "h", "data": {}}
        ], "cursor": "i1:3", "has_more": true})";
        QString error;
        const auto page = decodeSyncPage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->cursor, QStringLiteral("i1:3"));
        QVERIFY(page->hasMore);
        QCOMPARE(page->changes.size(), 2);
        QCOMPARE(page->skipped, 1);
        QCOMPARE(std::get<User>(page->changes[0].data).displayName, QStringLiteral("A"));
        QVERIFY(page->changes[1].remove);
        QCOMPARE(page->changes[1].entity, EntityType::Post);
    }

    void refusesBadPages_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not a JSON object");
        QTest::newRow("no cursor")
            << QByteArray(R"({"changes": [], "has_more": false})") << QStringLiteral("'cursor'");
        QTest::newRow("bad op") << QByteArray(R"({"changes": [{"seq": 1, "entity": "post",
            "op": "zap", "id": "p"}], "cursor": "c", "has_more": false})")
                                << QStringLiteral("'op'");
        QTest::newRow("bad data") << QByteArray(R"({"changes": [{"seq": 1, "entity": "post",
            "op": "upsert", "id": "p", "data": {"id": "p"}}], "cursor": "c", "has_more": false})")
                                  << QStringLiteral("change 0: post: field 'thread_id'");
    }
    void refusesBadPages() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!decodeSyncPage(body, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void peeksTheNextCursor() {
        QString cursor;
        bool more = false;
        // A post body that mentions "cursor" (escaped quotes) must not fool the peek.
        const QByteArray body = "{\"changes\":[{\"data\":{\"body\":\"\\\"cursor\\\": "
                                "\\\"fake\\\"\"}}],\"cursor\":\"i.5000\",\"has_more\":true}";
        QVERIFY(SyncEngine::peekNextCursor(body, &cursor, &more));
        QCOMPARE(cursor, QStringLiteral("i.5000"));
        QVERIFY(more);
        QVERIFY(SyncEngine::peekNextCursor(R"({"changes": [], "cursor": "x", "has_more": false})",
                                           &cursor, &more));
        QCOMPARE(cursor, QStringLiteral("x"));
        QVERIFY(!more);
        QVERIFY(!SyncEngine::peekNextCursor("{}", &cursor, &more));
        QVERIFY(!SyncEngine::peekNextCursor(R"({"cursor": 5, "has_more": true})", &cursor, &more));
    }
};

QTEST_GUILESS_MAIN(TestSyncPage)
#include "tst_sync_page.moc"

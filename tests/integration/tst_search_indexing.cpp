// The search index after an initial sync, through the client core against the real
// lyceum-server (docs/architecture.md, "Search"): a pull of several large pages commits its rows
// unindexed, the indexer then catches up in batches while the sync status says how far it has
// come, a search made meanwhile answers over what is indexed, and the finished index equals the
// tables; indexing left unfinished when the profile closed resumes when it opens again.
#include "cache/cache_database.h"
#include "client/discovery_service.h"
#include "client_helpers.h"
#include "search/search_backlog.h"
#include "search/search_index.h"
#include "server_process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr int kIndexWait = 120000;

bool registerAccount(const QUrl &server, const QString &handle, const QString &password) {
    QNetworkAccessManager nam;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/auth/register"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), handle}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool ok = QTest::qWaitFor([reply] { return reply->isFinished(); }, kWait) &&
                    reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

bool integrityOk(CacheDatabase &db) {
    for (const search::IndexedTable &t : search::kIndexedTables) {
        const QString fts = QString::fromLatin1(t.table) + QStringLiteral("_fts");
        QSqlQuery q(db.db());
        if (!q.exec(
                QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(fts)))
            return false;
    }
    return true;
}

// The id and body of the post that reached the cache last (the last one indexed).
std::pair<QString, QString> lastPost(CacheDatabase &db) {
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT id, body FROM posts WHERE deleted = 0 "
                               "ORDER BY rowid DESC LIMIT 1")) ||
        !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

// Words of the body (up to six). The generated text draws on a small vocabulary, so many posts
// match them all: the search asks for every candidate it ranks (the newest 2,000 matches, which
// hold the last post whenever it is indexed).
QString queryFor(const QString &body) {
    QStringList words =
        body.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts);
    return QStringList(words.mid(0, 6)).join(QLatin1Char(' '));
}

bool lastPostFound(CacheDatabase &db) {
    const auto [id, body] = lastPost(db);
    for (const SearchHit &h : search::search(db, queryFor(body), 10000)) {
        if (h.id == id)
            return true;
    }
    qWarning() << "the last post" << id << "was not found by" << queryFor(body);
    return false;
}

} // namespace

class TestSearchIndexing : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;

    Client::Options options(const QString &name) {
        Client::Options o;
        o.profileDir = m_profiles.filePath(name);
        o.useKeychain = false;
        o.live = false;
        o.syncPageSize = 1000; // several large pages: indexing is deferred
        o.requestTimeoutMs = 30000;
        return o;
    }

    ApiError login(Client &client) {
        QSignalSpy spy(&client, &Client::loginFinished);
        client.login(m_server.url(), QStringLiteral("indexer"), QStringLiteral("indexer-pass"),
                     false);
        return waitError(spy);
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--generate"), QStringLiteral("80,6000")},
                                QStringLiteral("127.0.0.1:0"), &error),
                 qPrintable(error));
        QVERIFY(registerAccount(m_server.url(), QStringLiteral("indexer"),
                                QStringLiteral("indexer-pass")));
    }

    void pullThenIndexInTheBackground() {
        {
            Client client(options(QStringLiteral("fresh")));
            QVERIFY(openClient(client));
            QVERIFY(!login(client).isError());
            qint64 mostWaiting = 0;
            bool searched = false;
            std::optional<int> hitsMeanwhile;
            connect(&client, &Client::syncStatusChanged, &client, [&](const SyncStatus &s) {
                mostWaiting = std::max(mostWaiting, s.searchWaiting);
                // Between two batches: a search answers over what is indexed so far.
                if (!searched && s.searchIndexed > 0 && s.searchWaiting > 0) {
                    searched = true;
                    client.discovery().search(
                        QStringLiteral("课程"), 20, &client,
                        [&](QVector<SearchHit> hits) { hitsMeanwhile = hits.size(); });
                }
            });
            QSignalSpy synced(&client, &Client::syncFinished);
            client.syncNow();
            const ApiError e = waitError(synced);
            QVERIFY2(!e.isError(), qPrintable(e.message));
            QVERIFY(waitFor(
                [&] {
                    return client.syncStatus().searchWaiting == 0 &&
                           client.syncStatus().searchIndexed > 0;
                },
                kIndexWait));
            QVERIFY2(mostWaiting > 5000, qPrintable(QString::number(mostWaiting)));
            QVERIFY(client.syncStatus().searchIndexed >= mostWaiting);
            QVERIFY(searched);
            QVERIFY(waitFor([&] { return hitsMeanwhile.has_value(); }));
            QVERIFY(*hitsMeanwhile > 0);
        }
        CacheDatabase db(QStringLiteral("indexing-check"));
        QString error;
        QVERIFY2(db.open(m_profiles.filePath(QStringLiteral("fresh/cache.sqlite")), &error),
                 qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(integrityOk(db));
        QVERIFY(lastPostFound(db));
    }

    void indexingResumesWhenTheProfileOpens() {
        const QString path = m_profiles.filePath(QStringLiteral("resume/cache.sqlite"));
        {
            Client client(options(QStringLiteral("resume")));
            QVERIFY(openClient(client));
            QVERIFY(!login(client).isError());
            QSignalSpy synced(&client, &Client::syncFinished);
            client.syncNow();
            QVERIFY(!waitError(synced).isError());
        }
        QString error;
        {
            // As if the app quit after the first batch: every row waits again, one batch runs.
            CacheDatabase db(QStringLiteral("indexing-cut"));
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(db.begin(&error));
            QVERIFY(search::reindexEverything(db, &error));
            QVERIFY(db.commit(&error));
            QVERIFY(search::indexWaiting(db, search::kIndexBatchRows, &error) > 0);
            QVERIFY(search::rowsWaiting(db) > 1000);
            QVERIFY(!integrityOk(db));
        }
        {
            Client client(options(QStringLiteral("resume"))); // not logged in: opening is enough
            QVERIFY(openClient(client));
            QVERIFY(waitFor(
                [&] {
                    return client.syncStatus().searchIndexed > 0 &&
                           client.syncStatus().searchWaiting == 0;
                },
                kIndexWait));
        }
        CacheDatabase db(QStringLiteral("indexing-resumed"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(search::rowsWaiting(db), qint64(0));
        QVERIFY(integrityOk(db));
        QVERIFY(lastPostFound(db));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexing)
#include "tst_search_indexing.moc"

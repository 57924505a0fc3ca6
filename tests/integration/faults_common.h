// Shared by the fault tests (tst_faults_proxy.cpp, tst_faults_kill.cpp): "the server's view for
// user U" pulled over HTTP from /sync with U's token, the same entities read straight from a
// client's cache file, an entity-by-entity comparison of the two, and the cache's integrity.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace lyceum::test {

// table -> id -> the compared fields, normalised to text.
using EntityView = QMap<QString, QMap<QString, QStringList>>;

// The fields that matter to what the user sees, per cache table (named as in the protocol).
inline const QMap<QString, QStringList> &comparedFields() {
    static const QMap<QString, QStringList> fields{
        {QStringLiteral("users"),
         {QStringLiteral("handle"), QStringLiteral("display_name"), QStringLiteral("role")}},
        {QStringLiteral("spaces"),
         {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("position")}},
        {QStringLiteral("courses"),
         {QStringLiteral("creator_id"), QStringLiteral("title"), QStringLiteral("price"),
          QStringLiteral("published")}},
        {QStringLiteral("lessons"),
         {QStringLiteral("course_id"), QStringLiteral("title"), QStringLiteral("body"),
          QStringLiteral("locked")}},
        {QStringLiteral("threads"),
         {QStringLiteral("title"), QStringLiteral("locked"), QStringLiteral("pinned"),
          QStringLiteral("post_count"), QStringLiteral("accepted_post_id")}},
        {QStringLiteral("posts"),
         {QStringLiteral("thread_id"), QStringLiteral("parent_id"), QStringLiteral("author_id"),
          QStringLiteral("body"), QStringLiteral("deleted")}},
        {QStringLiteral("reactions"),
         {QStringLiteral("post_id"), QStringLiteral("user_id"), QStringLiteral("emoji")}},
    };
    return fields;
}

inline QString normalised(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("<null>");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
}

struct HttpResult {
    int status = 0;
    QJsonObject body;
    QString error;
};

// One request to /api/v1/PATH, waited for (bounded) in a nested event loop.
inline HttpResult http(const QUrl &server, const QByteArray &verb, const QString &path,
                       const QJsonObject &body = {}, const QString &token = {},
                       const QUrlQuery &query = {}) {
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/") + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = nam.sendCustomRequest(
        request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 90000);
    HttpResult r;
    if (!finished) {
        r.error = QStringLiteral("no answer from ") + url.toString();
        reply->abort();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (r.error.isEmpty() && reply->error() != QNetworkReply::NoError &&
        (r.status < 200 || r.status >= 300))
        r.error = reply->errorString();
    delete reply;
    return r;
}

inline bool registerAccount(const QUrl &server, const QString &handle, const QString &password) {
    const HttpResult r = http(server, "POST", QStringLiteral("auth/register"),
                              QJsonObject{{QStringLiteral("handle"), handle},
                                          {QStringLiteral("password"), password},
                                          {QStringLiteral("display_name"), handle}});
    return r.status == 201;
}

// The access token of handle, or empty.
inline QString accessToken(const QUrl &server, const QString &handle, const QString &password) {
    const HttpResult r = http(
        server, "POST", QStringLiteral("auth/login"),
        QJsonObject{{QStringLiteral("handle"), handle}, {QStringLiteral("password"), password}});
    return r.body.value(QLatin1String("access_token")).toString();
}

// A handle no other test run shares (keyring entries are per session, not per test).
inline QString uniqueHandle(const QString &prefix) {
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// The whole /sync feed for the token's user, from the beginning: what the server shows U.
inline bool pullServerView(const QUrl &server, const QString &token, EntityView *view,
                           QString *error) {
    view->clear();
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        const HttpResult r = http(server, "GET", QStringLiteral("sync"), {}, token, query);
        if (r.status != 200) {
            *error = QStringLiteral("/sync answered %1: %2").arg(r.status).arg(r.error);
            return false;
        }
        for (const QJsonValue &change : r.body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            const QString table = c.value(QLatin1String("entity")).toString() + u's';
            const QString id = c.value(QLatin1String("id")).toString();
            if (c.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
                (*view)[table].remove(id);
                continue;
            }
            const QJsonObject data = c.value(QLatin1String("data")).toObject();
            QStringList values;
            for (const QString &field : comparedFields().value(table))
                values << normalised(data.value(field));
            (*view)[table].insert(id, values);
        }
        cursor = r.body.value(QLatin1String("cursor")).toString();
        if (!r.body.value(QLatin1String("has_more")).toBool())
            return true;
    }
    *error = QStringLiteral("/sync never said has_more: false");
    return false;
}

struct CacheSnapshot {
    QString integrity; // "ok" when PRAGMA integrity_check found nothing
    EntityView view;
    int outboxRows = -1;
    QString cursor;
    QString error;
};

// Reads a profile's cache.sqlite through its own connection. Only SELECTs are run; the client
// may be running (WAL lets a reader in) or gone.
inline CacheSnapshot readCache(const QString &file, bool entities = true) {
    CacheSnapshot s;
    if (!QFile::exists(file)) {
        s.error = QStringLiteral("no cache file ") + file;
        return s;
    }
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")) &&
                q.next())
                s.cursor = q.value(0).toString();
            if (entities) {
                QStringList problems;
                if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    while (q.next())
                        problems << q.value(0).toString();
                }
                s.integrity = problems.join(u'\n');
                if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
                    s.outboxRows = q.value(0).toInt();
                const auto &fields = comparedFields();
                for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                    if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2")
                                    .arg(it.value().join(QStringLiteral(", ")), it.key()))) {
                        s.error = q.lastError().text();
                        break;
                    }
                    auto &rows = s.view[it.key()];
                    while (q.next()) {
                        QStringList values;
                        for (int i = 1; i <= it.value().size(); ++i)
                            values
                                << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
                        rows.insert(q.value(0).toString(), values);
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

// Every difference between what the server shows and what the cache holds (at most 20).
inline QStringList differences(const EntityView &server, const EntityView &cache) {
    QStringList out;
    for (const QString &table : comparedFields().keys()) {
        const auto expected = server.value(table);
        const auto actual = cache.value(table);
        for (auto it = expected.cbegin(); it != expected.cend() && out.size() < 20; ++it) {
            if (!actual.contains(it.key()))
                out << table + QStringLiteral(" missing in the cache: ") + it.key();
            else if (actual.value(it.key()) != it.value())
                out << table + QStringLiteral(" differs: ") + it.key() + QStringLiteral(" [") +
                           it.value().join(u'|') + QStringLiteral("] vs [") +
                           actual.value(it.key()).join(u'|') + u']';
        }
        for (auto it = actual.cbegin(); it != actual.cend() && out.size() < 20; ++it) {
            if (!expected.contains(it.key()))
                out << table + QStringLiteral(" only in the cache: ") + it.key();
        }
    }
    return out;
}

// How many of the server's posts carry each body.
inline QMap<QString, int> bodyCounts(const EntityView &server) {
    const int bodyColumn = comparedFields().value(QStringLiteral("posts")).indexOf(u"body");
    QMap<QString, int> counts;
    for (const QStringList &post : server.value(QStringLiteral("posts")))
        ++counts[post.at(bodyColumn)];
    return counts;
}

inline int postCountOf(const EntityView &server, const QString &threadId) {
    const int column = comparedFields().value(QStringLiteral("threads")).indexOf(u"post_count");
    return server.value(QStringLiteral("threads")).value(threadId).value(column).toInt();
}

// An open (not locked) thread in a space that every member may post in.
inline QString openSpaceThread(const QUrl &server, const QString &token) {
    const HttpResult r = http(server, "GET", QStringLiteral("sync"), {}, token,
                              QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5000")}});
    for (const QJsonValue &change : r.body.value(QLatin1String("changes")).toArray()) {
        const QJsonObject c = change.toObject();
        const QJsonObject data = c.value(QLatin1String("data")).toObject();
        if (c.value(QLatin1String("entity")).toString() == QLatin1String("thread") &&
            !data.value(QLatin1String("locked")).toBool() &&
            data.value(QLatin1String("space_id")).isString())
            return c.value(QLatin1String("id")).toString();
    }
    return {};
}

} // namespace lyceum::test

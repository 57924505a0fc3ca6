// A real lyceum server in the test process: a temporary data dir and database (SQLite there, or a
// fresh PostgreSQL schema in a _pg run: test_database.h), a ManualClock the test
// can move, HttpServer on 127.0.0.1 with a free port, and a blocking HTTP client over loopback.
#pragma once

#include "server/clock.h"
#include "server/http/http_server.h"
#include "server/seed/seed_data.h"
#include "server/storage/sql_storage.h"
#include "test_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace lyceum::test {

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const {
        return json()
            .value(QLatin1StringView("error"))
            .toObject()
            .value(QLatin1StringView("code"))
            .toString();
    }
};

class ServerHarness {
public:
    static constexpr qint64 kStartMs = 1767225600000LL; // 2026-01-01T00:00:00Z

    ServerHarness();
    // Another instance of a community: a server of its own on the database another harness's
    // databaseUrl() names (PostgreSQL schema or SQLite file), with its own clock and data dir.
    explicit ServerHarness(const QString &databaseUrl);
    ~ServerHarness();
    bool ok() const { return m_port != 0; }
    QString error() const { return m_error; }

    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    // The --database URL of this server's database (another instance can open it too).
    QString databaseUrl() const {
        return m_sharedUrl.isEmpty() ? m_database.url(m_dir.path()) : m_sharedUrl;
    }
    bool postgres() const { return databaseUrl().startsWith(QLatin1String("postgres")); }
    server::ManualClock &clock() { return m_clock; }
    server::SqlStorage &storage() { return *m_storage; }
    server::HttpServer &http() { return *m_http; }

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = {}, const QByteArray &contentType = "application/json",
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {}) {
        return request("GET", path, {}, token);
    }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {}) {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    // Creates an account directly in storage (any role) and returns a login's access token.
    QString createAndLogin(const QString &handle, Role role, QString *userId = nullptr);
    QJsonObject login(const QString &handle, const QString &password);

    // Everything the sync feed gives this token from the start, following cursors.
    QJsonArray syncAll(const QString &token, int limit = 1000, QString *cursor = nullptr);

private:
    void start();

    QTemporaryDir m_dir;
    TestDatabase m_database;
    QString m_sharedUrl;
    server::ManualClock m_clock{kStartMs};
    std::unique_ptr<server::SqlStorage> m_storage;
    std::unique_ptr<server::HttpServer> m_http;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QString m_error;
};

inline const QString kPassword = QStringLiteral("correct horse 马");

// Finds a change of the given entity and id, or an empty object.
QJsonObject findChange(const QJsonArray &changes, const QString &entity, const QString &id);

} // namespace lyceum::test

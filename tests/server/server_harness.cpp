#include "server_harness.h"

#include "server/auth/credentials.h"
#include "server/storage/database_url.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace lyceum::test {

ServerHarness::ServerHarness() {
    start();
}

ServerHarness::ServerHarness(const QString &databaseUrl)
    : m_database(false)
    , m_sharedUrl(databaseUrl) {
    start();
}

void ServerHarness::start() {
    if (!server::initCrypto()) {
        m_error = QStringLiteral("libsodium");
        return;
    }
    const std::optional<server::DatabaseUrl> url =
        server::DatabaseUrl::parse(databaseUrl(), &m_error);
    if (!url)
        return;
    m_storage = server::SqlStorage::open(*url, m_clock.nowMs(), &m_error);
    if (!m_storage)
        return;
    m_http = std::make_unique<server::HttpServer>(*m_storage, m_clock,
                                                  m_dir.filePath(QStringLiteral("media")));
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        m_error = QStringLiteral("cannot listen");
}

ServerHarness::~ServerHarness() {
    m_http.reset();
    m_storage.reset();
}

HttpReply ServerHarness::request(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const QString &token,
                                 const QByteArray &contentType,
                                 const QList<QPair<QByteArray, QByteArray>> &headers) {
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

QString ServerHarness::createAndLogin(const QString &handle, Role role, QString *userId) {
    User u;
    u.id = QStringLiteral("u-") + handle;
    u.handle = handle;
    u.displayName = handle;
    u.role = role;
    u.createdAt = m_clock.nowMs();
    if (!m_storage->insertUser(u, server::hashPassword(kPassword)))
        return {};
    if (userId)
        *userId = u.id;
    return login(handle, kPassword).value(QLatin1StringView("access_token")).toString();
}

QJsonObject ServerHarness::login(const QString &handle, const QString &password) {
    return post(QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("handle"), handle}, {QStringLiteral("password"), password}})
        .json();
}

QJsonArray ServerHarness::syncAll(const QString &token, int limit, QString *cursor) {
    QJsonArray all;
    QString next = cursor ? *cursor : QString();
    for (int guard = 0; guard < 10000; ++guard) {
        QUrlQuery query;
        if (!next.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), next);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const HttpReply r =
            get(QStringLiteral("/api/v1/sync?") + query.toString(QUrl::FullyEncoded), token);
        if (r.status != 200)
            return all;
        const QJsonObject page = r.json();
        for (const QJsonValue &c : page.value(QLatin1StringView("changes")).toArray())
            all.append(c);
        next = page.value(QLatin1StringView("cursor")).toString();
        if (!page.value(QLatin1StringView("has_more")).toBool())
            break;
    }
    if (cursor)
        *cursor = next;
    return all;
}

QJsonObject findChange(const QJsonArray &changes, const QString &entity, const QString &id) {
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1StringView("entity")).toString() == entity &&
            c.value(QLatin1StringView("id")).toString() == id)
            return c;
    }
    return {};
}

} // namespace lyceum::test

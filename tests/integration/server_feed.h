// What the server sends a user, read with raw HTTP and no client core: logs in as handle and
// walks the whole /sync feed from the beginning, handing each change to visit. The tests compare
// the client's cache against this independent view.
#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <functional>

namespace lyceum::test {

// False when the login or a page fails.
inline bool walkServerFeed(const QUrl &server, const QString &handle, const QString &password,
                           const std::function<void(const QJsonObject &change)> &visit) {
    QNetworkAccessManager nam;
    const auto call = [&](QNetworkRequest request, const QByteArray &body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body.isEmpty() ? nam.get(request) : nam.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    };
    QUrl login = server;
    login.setPath(QStringLiteral("/api/v1/auth/login"));
    const QJsonObject session = call(
        QNetworkRequest(login), QJsonDocument(QJsonObject{{QStringLiteral("handle"), handle},
                                                          {QStringLiteral("password"), password}})
                                    .toJson());
    const QByteArray token = session.value(QLatin1String("access_token")).toString().toUtf8();
    if (token.isEmpty())
        return false;
    QString cursor;
    for (;;) {
        QUrl url = server;
        url.setPath(QStringLiteral("/api/v1/sync"));
        url.setQuery(QStringLiteral("limit=5000") +
                     (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        const QJsonObject page = call(request, {});
        if (!page.contains(QLatin1String("changes")))
            return false;
        for (const QJsonValue &c : page.value(QLatin1String("changes")).toArray())
            visit(c.toObject());
        cursor = QString::fromLatin1(
            QUrl::toPercentEncoding(page.value(QLatin1String("cursor")).toString()));
        if (!page.value(QLatin1String("has_more")).toBool())
            return true;
    }
}

} // namespace lyceum::test

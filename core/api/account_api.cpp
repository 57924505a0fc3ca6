#include "api/account_api.h"

#include "api/api_client.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QUrl>

namespace lyceum::accountapi {

QString deviceName() {
    const QString host = QSysInfo::machineHostName().left(40);
    const QString system = QSysInfo::prettyProductName().left(40);
    if (host.isEmpty())
        return system;
    return system.isEmpty() ? host : host + QStringLiteral(" · ") + system;
}

void registerAccount(QObject *owner, const QUrl &server, const QString &handle,
                     const QString &displayName, const QString &password,
                     std::function<void(const ApiError &)> done) {
    auto *nam = new QNetworkAccessManager(owner);
    QUrl url = server;
    url.setPath(server.path() + QStringLiteral("/api/v1/auth/register"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const QJsonObject body{{QStringLiteral("handle"), handle},
                           {QStringLiteral("display_name"), displayName},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply = nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ApiClient::guard(reply, limits::kCall);
    QObject::connect(reply, &QNetworkReply::finished, nam, [nam, reply, done = std::move(done)] {
        reply->deleteLater();
        nam->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            return done({});
        if (status == 0)
            return done(ApiError::make(
                ApiError::Kind::Network,
                QCoreApplication::translate("lyceum::accountapi",
                                            "The server could not be reached. Check the address "
                                            "and your connection.")));
        done(ApiClient::errorFromHttp(status, reply->readAll(),
                                      reply->rawHeader(QByteArrayLiteral("Retry-After"))));
    });
}

void sessions(ApiClient &api,
              std::function<void(const ApiError &, const QVector<DeviceSession> &)> done) {
    api.getJson(QStringLiteral("/auth/sessions"), [done = std::move(done)](const ApiError &e,
                                                                           const QJsonObject &o) {
        QVector<DeviceSession> out;
        for (const QJsonValue &v : o.value(QLatin1StringView("sessions")).toArray()) {
            if (out.size() >= kMaxSessionsRead)
                break;
            const QJsonObject s = v.toObject();
            DeviceSession d;
            d.id = s.value(QLatin1StringView("id")).toString().left(64);
            d.deviceName = s.value(QLatin1StringView("device_name")).toString().left(64);
            d.createdAt = s.value(QLatin1StringView("created_at")).toInteger();
            d.lastSeenAt = s.value(QLatin1StringView("last_seen_at")).toInteger();
            d.current = s.value(QLatin1StringView("current")).toBool();
            if (!d.id.isEmpty())
                out.append(d);
        }
        done(e, out);
    });
}

void endSession(ApiClient &api, const QString &sessionId,
                std::function<void(const ApiError &)> done) {
    api.postJson(QStringLiteral("/auth/sessions/end"), {{QStringLiteral("session_id"), sessionId}},
                 [done = std::move(done)](const ApiError &e, const QJsonObject &) { done(e); });
}

void endOtherSessions(ApiClient &api, std::function<void(const ApiError &, int)> done) {
    api.postJson(QStringLiteral("/auth/sessions/end-others"), {},
                 [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
                     done(e, o.value(QLatin1StringView("ended")).toInt());
                 });
}

void changePassword(ApiClient &api, const QString &current, const QString &next,
                    std::function<void(const ApiError &, int)> done) {
    api.postJson(
        QStringLiteral("/auth/password"),
        {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}},
        [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
            if (e.code == QLatin1String("bad_credentials")) {
                ApiError wrong = e;
                wrong.message = QCoreApplication::translate("lyceum::accountapi",
                                                            "The current password is wrong.");
                done(wrong, 0);
                return;
            }
            done(e, o.value(QLatin1StringView("ended_sessions")).toInt());
        });
}

void saved(ApiClient &api, std::function<void(const ApiError &, const QVector<SavedRef> &)> done) {
    api.getJson(QStringLiteral("/me/saved"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
                    QVector<SavedRef> out;
                    for (const QJsonValue &v : o.value(QLatin1StringView("saved")).toArray()) {
                        if (out.size() >= kMaxSavedRead)
                            break;
                        const QJsonObject s = v.toObject();
                        const QString id = s.value(QLatin1StringView("post_id")).toString();
                        if (isValidId(id))
                            out.append({id, s.value(QLatin1StringView("saved_at")).toInteger()});
                    }
                    done(e, out);
                });
}

} // namespace lyceum::accountapi

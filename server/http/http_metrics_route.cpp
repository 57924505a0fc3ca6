// GET /metrics and the bookkeeping every route does when it answers (http_metrics.h).
#include "server/http/http_server.h"
#include "server/http/http_util.h"
#include "server/log.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <algorithm>

namespace lyceum::server {

namespace {

QByteArray methodText(QHttpServerRequest::Method method) {
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Head:
        return QByteArrayLiteral("HEAD");
    case M::Options:
        return QByteArrayLiteral("OPTIONS");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER"); // a bounded label, whatever the client sent
    }
}

} // namespace

QHostAddress HttpServer::clientAddress(const QHttpServerRequest &request) const {
    const QHostAddress peer = request.remoteAddress();
    const bool trusted = std::any_of(m_trustedProxies.begin(), m_trustedProxies.end(),
                                     [&](const auto &subnet) { return peer.isInSubnet(subnet); });
    if (!trusted)
        return peer;
    // The proxy appends the address it saw last; what comes before is the client's own claim.
    const QByteArray forwarded = headerValue(request, QByteArrayLiteral("X-Forwarded-For"));
    const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
    QHostAddress client;
    if (last.isEmpty() || last.size() > 64 || !client.setAddress(QString::fromLatin1(last)))
        return peer;
    return client;
}

HttpServer::RequestNote HttpServer::noteRequest(const QHttpServerRequest &request) const {
    RequestNote note;
    note.timer.start();
    note.method = methodText(request.method());
    note.path = request.url().path();
    note.peer = clientAddress(request);
    note.requestId = acceptRequestId(headerValue(request, QByteArrayLiteral("X-Request-Id")));
    return note;
}

void HttpServer::finishRequest(const QString &pattern, const RequestNote &note,
                               QHttpServerResponse &response) {
    const qint64 nanoseconds = note.timer.nsecsElapsed();
    m_metrics.recordRequest(pattern, note.method, int(response.statusCode()), nanoseconds);
    response.setHeader(QByteArrayLiteral("X-Request-Id"), note.requestId);
    if (m_requestLog) {
        logEvent({{QStringLiteral("event"), QStringLiteral("request")},
                  {QStringLiteral("request_id"), QLatin1String(note.requestId)},
                  {QStringLiteral("method"), QLatin1String(note.method)},
                  {QStringLiteral("route"), pattern},
                  {QStringLiteral("status"), int(response.statusCode())},
                  {QStringLiteral("ms"), double(nanoseconds / 1000) / 1000.0},
                  {QStringLiteral("peer"), note.peer.toString()}});
    }
}

void HttpServer::countMutations(const QJsonObject &request, const QJsonObject &answer) {
    static const QSet<QString> known = [] {
        QSet<QString> names;
        for (const auto &declared : MutationService::declaredActions())
            names.insert(declared.first);
        return names;
    }();
    const QJsonArray sent = request.value(QLatin1StringView("mutations")).toArray();
    const QJsonArray results = answer.value(QLatin1StringView("results")).toArray();
    for (qsizetype i = 0; i < results.size() && i < sent.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QLatin1StringView("duplicate")).toBool())
            continue; // counted when it was first applied or refused
        const QString type = sent.at(i).toObject().value(QLatin1StringView("type")).toString();
        m_metrics.recordMutation(known.contains(type) ? type : QStringLiteral("other"),
                                 result.value(QLatin1StringView("status")).toString() ==
                                     QLatin1String("applied"));
    }
}

void HttpServer::setUpMetrics() {
    m_routes.append(
        {QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, Action::ReadMetrics, false});
    const QString pattern = QStringLiteral("/metrics");
    m_http.route(pattern, [this, pattern](const QHttpServerRequest &request) {
        const RequestNote note = noteRequest(request);
        QHttpServerResponse response = [&] {
            if (request.method() != QHttpServerRequest::Method::Get)
                return errorResponse({405, QStringLiteral("method_not_allowed"),
                                      QStringLiteral("This address does not accept this method.")});
            // A request that came through a proxy is not a reader on this machine, whatever
            // the proxy's own address.
            const bool proxied =
                !headerValue(request, QByteArrayLiteral("X-Forwarded-For")).isEmpty() ||
                !headerValue(request, QByteArrayLiteral("Forwarded")).isEmpty();
            const QHostAddress reader = proxied && request.remoteAddress() == clientAddress(request)
                                            ? QHostAddress(QHostAddress::Any)
                                            : clientAddress(request);
            if (const Verdict refusal = RuleBook::mayReadMetrics(
                    reader, headerValue(request, QByteArrayLiteral("Authorization")),
                    m_metricsToken))
                return errorResponse(*refusal);
            return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"),
                                       m_metrics.render());
        }();
        finishRequest(pattern, note, response);
        return response;
    });

    using P = ServerMetrics::Probe;
    m_metrics.addProbe(P{"lyceum_live_sockets", "Live WebSockets open (signed in or not).", "gauge",
                         [this] { return double(m_live.connectionCount()); }});
    m_metrics.addProbe(P{"lyceum_live_sockets_authenticated", "Live WebSockets signed in.", "gauge",
                         [this] { return double(m_live.authenticatedCount()); }});
    m_metrics.addProbe(P{"lyceum_live_notices_total", "Change notices sent on live sockets.",
                         "counter", [this] { return double(m_live.noticesSent()); }});
    m_metrics.addProbe(P{"lyceum_http_connections", "Connections held (HTTP and WebSocket).",
                         "gauge",
                         [this] { return m_front ? double(m_front->connectionCount()) : 0; }});
    m_metrics.addProbe(P{"lyceum_password_pool_pending",
                         "Password hashes waiting or running (the pool refuses past its bound).",
                         "gauge", [this] { return double(m_passwords.pending()); }});
    m_metrics.addProbe(P{"lyceum_password_pool_capacity", "The bound of the password pool.",
                         "gauge", [this] { return double(m_passwords.maxPending()); }});
    m_metrics.addProbe(P{"process_cpu_seconds_total", "User and system CPU time of the process.",
                         "counter", [] { return processCpuSeconds(); }});
    m_metrics.addProbe(P{"process_open_fds", "Open file descriptors.", "gauge",
                         [] { return processOpenFiles(); }});
    m_metrics.addProbe(P{"process_resident_memory_bytes", "Resident memory.", "gauge",
                         [] { return processResidentBytes(); }});
}

} // namespace lyceum::server

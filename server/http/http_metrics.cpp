#include "server/http/http_metrics.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <unistd.h>

namespace lyceum::server {

std::atomic<qint64> DatabaseTimer::s_nanoseconds{0};
std::atomic<qint64> DatabaseTimer::s_statements{0};

namespace {

// A label value as the text format wants it: backslash, double quote and newline escaped.
QByteArray labelValue(const QString &value) {
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '"')
            out.append("\\\"");
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

QByteArray number(double v) {
    return QByteArray::number(v, 'g', 12);
}

void header(QByteArray &out, const char *name, const char *help, const char *type) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

} // namespace

void ServerMetrics::recordRequest(const QString &route, const QByteArray &method, int status,
                                  qint64 nanoseconds) {
    RouteSeries &series = m_routes[route];
    ++series.byMethodStatus[method + ' ' + QByteArray::number(status)];
    const double seconds = double(nanoseconds) / 1e9;
    const auto bucket = std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds);
    ++series.buckets[size_t(bucket - kBuckets.begin())];
    series.sumSeconds += seconds;
    ++series.count;
}

void ServerMetrics::recordMutation(const QString &type, bool applied) {
    ++m_mutations[type][applied ? 0 : 1];
}

qint64 ServerMetrics::requestCount(const QString &route) const {
    return m_routes.value(route).count;
}

QByteArray ServerMetrics::labels(const QByteArray &inner) const {
    QByteArray all = inner;
    if (!m_instanceName.isEmpty()) {
        if (!all.isEmpty())
            all.append(',');
        all.append("instance_name=\"").append(labelValue(m_instanceName)).append('"');
    }
    return all.isEmpty() ? QByteArray() : '{' + all + '}';
}

void ServerMetrics::renderRoutes(QByteArray &out) const {
    QStringList routes = m_routes.keys();
    routes.sort();

    header(out, "lyceum_http_requests_total", "HTTP requests answered, by route pattern.",
           "counter");
    for (const QString &route : std::as_const(routes)) {
        const RouteSeries &s = m_routes[route];
        QList<QByteArray> keys = s.byMethodStatus.keys();
        std::sort(keys.begin(), keys.end());
        for (const QByteArray &key : std::as_const(keys)) {
            const QList<QByteArray> parts = key.split(' ');
            out.append("lyceum_http_requests_total")
                .append(labels("route=\"" + labelValue(route) + "\",method=\"" + parts.value(0) +
                               "\",status=\"" + parts.value(1) + '"'))
                .append(' ')
                .append(QByteArray::number(s.byMethodStatus.value(key)))
                .append('\n');
        }
    }

    header(out, "lyceum_http_request_duration_seconds",
           "Time from a request's arrival at its route to its answer.", "histogram");
    for (const QString &route : std::as_const(routes)) {
        const RouteSeries &s = m_routes[route];
        const QByteArray routeLabel = "route=\"" + labelValue(route) + '"';
        qint64 cumulative = 0;
        for (size_t i = 0; i <= kBuckets.size(); ++i) {
            cumulative += s.buckets[i];
            const QByteArray le = i < kBuckets.size() ? number(kBuckets[i]) : "+Inf";
            out.append("lyceum_http_request_duration_seconds_bucket")
                .append(labels(routeLabel + ",le=\"" + le + '"'))
                .append(' ')
                .append(QByteArray::number(cumulative))
                .append('\n');
        }
        out.append("lyceum_http_request_duration_seconds_sum")
            .append(labels(routeLabel))
            .append(' ')
            .append(number(s.sumSeconds))
            .append('\n');
        out.append("lyceum_http_request_duration_seconds_count")
            .append(labels(routeLabel))
            .append(' ')
            .append(QByteArray::number(s.count))
            .append('\n');
    }
}

QByteArray ServerMetrics::render() const {
    QByteArray out;
    out.reserve(16 * 1024);
    renderRoutes(out);

    header(out, "lyceum_mutations_total", "Mutations applied or refused, by type.", "counter");
    QStringList types = m_mutations.keys();
    types.sort();
    for (const QString &type : std::as_const(types)) {
        for (int i = 0; i < 2; ++i) {
            out.append("lyceum_mutations_total")
                .append(labels("type=\"" + labelValue(type) + "\",outcome=\"" +
                               (i == 0 ? "applied" : "refused") + '"'))
                .append(' ')
                .append(QByteArray::number(m_mutations[type][size_t(i)]))
                .append('\n');
        }
    }

    header(out, "lyceum_database_seconds_total", "Time spent in database statements and commits.",
           "counter");
    out.append("lyceum_database_seconds_total")
        .append(labels({}))
        .append(' ')
        .append(number(double(DatabaseTimer::nanoseconds()) / 1e9))
        .append('\n');
    header(out, "lyceum_database_statements_total", "Database statements and commits run.",
           "counter");
    out.append("lyceum_database_statements_total")
        .append(labels({}))
        .append(' ')
        .append(QByteArray::number(DatabaseTimer::statements()))
        .append('\n');

    for (const Probe &probe : m_probes) {
        header(out, probe.name.constData(), probe.help.constData(), probe.type.constData());
        out.append(probe.name).append(labels({})).append(' ').append(number(probe.value()));
        out.append('\n');
    }
    return out;
}

double processCpuSeconds() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    const long perSecond = ::sysconf(_SC_CLK_TCK);
    return perSecond > 0 ? ticks / double(perSecond) : 0;
}

double processOpenFiles() {
    return double(QDir(QStringLiteral("/proc/self/fd"))
                      .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                      .size());
}

double processResidentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return double(fields.value(1).toLongLong()) * double(::sysconf(_SC_PAGESIZE));
}

} // namespace lyceum::server

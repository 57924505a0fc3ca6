// What GET /metrics reports (docs/operations.md, "Monitor"), in the Prometheus text format 0.0.4:
// requests and a latency histogram per route pattern (never the raw path, so a client cannot
// grow the label set), mutations applied and refused per type (unknown types count as "other"),
// and gauges read when the page is rendered (live sockets, connections, password pool, database
// time, this process's CPU and descriptors). Who may read it: docs/security.md, "Metrics".
//
// Lives on the HTTP server's thread like the routes it counts; the database timer is the one
// exception (see DatabaseTimer).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>
#include <array>
#include <atomic>
#include <functional>

namespace lyceum::server {

// Time spent inside database statements and commits, summed over every storage of the process
// (SqlStorage::run and commit add to it). Atomic: backup and tests may use storages elsewhere.
class DatabaseTimer {
public:
    static void add(qint64 nanoseconds) {
        s_nanoseconds.fetch_add(nanoseconds, std::memory_order_relaxed);
        s_statements.fetch_add(1, std::memory_order_relaxed);
    }
    static qint64 nanoseconds() { return s_nanoseconds.load(std::memory_order_relaxed); }
    static qint64 statements() { return s_statements.load(std::memory_order_relaxed); }

private:
    static std::atomic<qint64> s_nanoseconds;
    static std::atomic<qint64> s_statements;
};

class ServerMetrics {
public:
    // Upper bounds of the latency buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

    // route: the registered pattern (e.g. "/api/v1/sync"); status: the HTTP status answered.
    void recordRequest(const QString &route, const QByteArray &method, int status,
                       qint64 nanoseconds);
    // type must be one of the declared mutation types (the caller maps others to "other").
    void recordMutation(const QString &type, bool applied);

    // A gauge or counter read at render time: name, help, type ("gauge"/"counter"), value.
    struct Probe {
        QByteArray name;
        QByteArray help;
        QByteArray type;
        std::function<double()> value;
    };
    void addProbe(Probe probe) { m_probes.append(std::move(probe)); }
    // A constant label on every sample (instance="NAME"); empty: none.
    void setInstanceName(const QString &name) { m_instanceName = name; }

    QByteArray render() const;

    // For tests: requests recorded for this route pattern (all methods and statuses).
    qint64 requestCount(const QString &route) const;

private:
    struct RouteSeries {
        QHash<QByteArray, qint64> byMethodStatus; // "GET 200" -> count
        std::array<qint64, kBuckets.size() + 1> buckets{};
        double sumSeconds = 0;
        qint64 count = 0;
    };
    QByteArray labels(const QByteArray &inner) const;
    void renderRoutes(QByteArray &out) const; // requests and the latency histogram

    QHash<QString, RouteSeries> m_routes;
    QHash<QString, std::array<qint64, 2>> m_mutations; // [applied, refused]
    QVector<Probe> m_probes;
    QString m_instanceName;
};

// Process figures for the standard process_* metrics (Linux /proc; 0 elsewhere).
double processCpuSeconds();
double processOpenFiles();
double processResidentBytes();

} // namespace lyceum::server

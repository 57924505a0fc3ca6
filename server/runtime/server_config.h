// The settings of one lyceum-server instance (docs/operations.md, "Configure"): read from a
// small INI-style file given with --config FILE, then overridden by command-line options of
// the same name (key "max_connections_per_address" is --max-connections-per-address).
//
// The file: one "key = value" a line; blank lines and lines starting with '#' or ';' are
// ignored; no sections, no quotes (a value is the rest of the line, trimmed). An unknown key, a
// key given twice, a line without '=' or a value of the wrong shape is refused with its line
// number, so a typo never silently falls back to a default.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QCommandLineParser;

namespace lyceum::server {

struct ServerConfig {
    QString data;     // data directory (media; the SQLite file when database is empty)
    QString database; // "sqlite:PATH" or "postgresql://..."; empty: the SQLite file in data
    QString listen = QStringLiteral("127.0.0.1:8080");
    QString instanceName;             // in every log line and metric; empty: none
    QByteArray metricsToken;          // empty: /metrics for loopback readers only
    int maxConnections = 0;           // 0: the server's own bound (from the descriptor limit)
    int maxConnectionsPerAddress = 0; // 0: the default (64)
    int maxLiveConnections = 0;       // 0: the default (10000)
    int maxLivePerUser = 0;           // 0: the default (8)
    bool requestLog = true;           // one JSON line per request
    int drainSeconds = 10;            // graceful shutdown's limit
    bool lockDataDir = false;
    // Proxies whose X-Forwarded-For is believed ("127.0.0.1, 10.0.0.0/8"); empty: none.
    QList<QPair<QHostAddress, int>> trustedProxies;

    // One entry per key: its name in the file, the command-line option and its help.
    struct Key {
        const char *name;
        const char *valueName; // empty for a switch (true/false in the file)
        const char *help;
    };
    static const QVector<Key> &keys();

    // Parses the text of a config file over the defaults; nullopt with *error on the first
    // problem ("line 3: unknown key \"listne\"").
    static std::optional<ServerConfig> parse(const QByteArray &text, QString *error);
    static std::optional<ServerConfig> load(const QString &path, QString *error);

    // Adds one option per key (and --config) to the parser.
    static void addOptions(QCommandLineParser &parser);
    // Applies the options set on the command line over this config; false with *error when
    // one has a value of the wrong shape.
    bool applyOptions(const QCommandLineParser &parser, QString *error);

    // Sets one key from its text form; false with *error when the key or value is wrong.
    bool set(const QString &key, const QString &value, QString *error);
};

// "HOST:PORT" (IPv6 in brackets, "localhost" allowed); false when malformed.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace lyceum::server

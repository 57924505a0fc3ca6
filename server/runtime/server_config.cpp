#include "server/runtime/server_config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace lyceum::server {

namespace {

QString optionName(const char *key) {
    return QString::fromLatin1(key).replace(u'_', u'-');
}

bool parseBool(const QString &value, bool *out) {
    const QString v = value.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") ||
        v == QLatin1String("1")) {
        *out = true;
        return true;
    }
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") ||
        v == QLatin1String("0")) {
        *out = false;
        return true;
    }
    return false;
}

bool parseCount(const QString &value, int min, int max, int *out) {
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return false;
    *out = n;
    return true;
}

} // namespace

const QVector<ServerConfig::Key> &ServerConfig::keys() {
    static const QVector<Key> all{
        {"data", "DIR", "Data directory (media, and the SQLite file by default)."},
        {"database", "URL",
         "sqlite:PATH or postgresql://USER@/DB?host=SOCKETDIR (default: the SQLite file in the "
         "data directory)."},
        {"listen", "HOST:PORT", "Address to listen on; port 0 picks a free one."},
        {"instance_name", "NAME", "This instance's name in logs and metrics."},
        {"metrics_token", "TOKEN",
         "Bearer token that GET /metrics requires (without one: loopback readers only). Prefer "
         "the config file: a command line is visible to other users."},
        {"max_connections", "N", "Connections held at most (default: from the descriptor limit)."},
        {"max_connections_per_address", "N",
         "Connections one client address may hold (default 64); behind a proxy on this machine "
         "every client shares the proxy's address, so raise it there."},
        {"max_live_connections", "N", "Signed-in live sockets at most (default 10000)."},
        {"max_live_per_user", "N",
         "Live sockets one account may hold (default 8; the load generator shares accounts)."},
        {"request_log", "true|false", "One JSON log line per request (default true)."},
        {"trusted_proxies", "LIST",
         "Comma-separated addresses or subnets of the proxies in front (e.g. 127.0.0.1); their "
         "X-Forwarded-For names the client for login throttles and logs."},
        {"drain_seconds", "N", "How long SIGTERM waits for requests in flight (default 10)."},
        {"lock_data_dir", "",
         "Hold DIR/lyceum-server.lock while running and refuse to start when another running "
         "server holds it."},
    };
    return all;
}

bool ServerConfig::set(const QString &key, const QString &value, QString *error) {
    const auto bad = [&](const char *shape) {
        *error = QStringLiteral("%1 must be %2, not \"%3\"").arg(key, QLatin1String(shape), value);
        return false;
    };
    if (key == QLatin1String("data")) {
        if (value.isEmpty())
            return bad("a directory");
        data = value;
    } else if (key == QLatin1String("database")) {
        if (!value.startsWith(QLatin1String("sqlite:")) &&
            !value.startsWith(QLatin1String("postgresql://")) &&
            !value.startsWith(QLatin1String("postgres://")))
            return bad("sqlite:PATH or postgresql://...");
        database = value;
    } else if (key == QLatin1String("listen")) {
        QHostAddress address;
        quint16 port = 0;
        if (!parseListenAddress(value, &address, &port))
            return bad("HOST:PORT, e.g. 127.0.0.1:8080");
        listen = value;
    } else if (key == QLatin1String("instance_name")) {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        if (!name.match(value).hasMatch())
            return bad("1 to 64 of A-Z a-z 0-9 . _ -");
        instanceName = value;
    } else if (key == QLatin1String("metrics_token")) {
        // Printable ASCII without spaces, long enough not to be guessed.
        static const QRegularExpression token(QStringLiteral("^[!-~]{16,256}$"));
        if (!token.match(value).hasMatch())
            return bad("16 to 256 printable characters without spaces");
        metricsToken = value.toLatin1();
    } else if (key == QLatin1String("max_connections")) {
        if (!parseCount(value, 16, 1000000, &maxConnections))
            return bad("a number from 16 to 1000000");
    } else if (key == QLatin1String("max_connections_per_address")) {
        if (!parseCount(value, 1, 1000000, &maxConnectionsPerAddress))
            return bad("a number from 1 to 1000000");
    } else if (key == QLatin1String("max_live_connections")) {
        if (!parseCount(value, 1, 1000000, &maxLiveConnections))
            return bad("a number from 1 to 1000000");
    } else if (key == QLatin1String("max_live_per_user")) {
        if (!parseCount(value, 1, 1000, &maxLivePerUser))
            return bad("a number from 1 to 1000");
    } else if (key == QLatin1String("request_log")) {
        if (!parseBool(value, &requestLog))
            return bad("true or false");
    } else if (key == QLatin1String("trusted_proxies")) {
        QList<QPair<QHostAddress, int>> subnets;
        for (QString item : value.split(u',', Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (!item.contains(u'/'))
                item += item.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32");
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(item);
            if (subnet.first.isNull())
                return bad("addresses or subnets separated by commas");
            subnets.append(subnet);
        }
        if (subnets.isEmpty() || subnets.size() > 64)
            return bad("1 to 64 addresses or subnets separated by commas");
        trustedProxies = subnets;
    } else if (key == QLatin1String("drain_seconds")) {
        if (!parseCount(value, 0, 3600, &drainSeconds))
            return bad("a number of seconds from 0 to 3600");
    } else if (key == QLatin1String("lock_data_dir")) {
        if (!parseBool(value, &lockDataDir))
            return bad("true or false");
    } else {
        *error = QStringLiteral("unknown key \"%1\"").arg(key);
        return false;
    }
    return true;
}

std::optional<ServerConfig> ServerConfig::parse(const QByteArray &text, QString *error) {
    ServerConfig config;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString where = QStringLiteral("line %1: ").arg(i + 1);
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            *error = where + QStringLiteral("expected key = value");
            return std::nullopt;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (seen.contains(key)) {
            *error = where + QStringLiteral("\"%1\" is given twice").arg(key);
            return std::nullopt;
        }
        seen.insert(key);
        QString problem;
        if (!config.set(key, value, &problem)) {
            *error = where + problem;
            return std::nullopt;
        }
    }
    return config;
}

std::optional<ServerConfig> ServerConfig::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A config is a few hundred bytes; a huge file is a mistake (or /dev/zero).
    const QByteArray text = file.read(64 * 1024 + 1);
    if (text.size() > 64 * 1024) {
        *error = QStringLiteral("%1 is larger than 64 KiB").arg(path);
        return std::nullopt;
    }
    QString problem;
    std::optional<ServerConfig> config = parse(text, &problem);
    if (!config)
        *error = path + QStringLiteral(", ") + problem;
    return config;
}

void ServerConfig::addOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Read settings from FILE (docs/operations.md); options given "
                                     "on the command line win."),
                      QStringLiteral("FILE")});
    for (const Key &key : keys()) {
        if (*key.valueName)
            parser.addOption({optionName(key.name), QString::fromLatin1(key.help),
                              QString::fromLatin1(key.valueName)});
        else
            parser.addOption({optionName(key.name), QString::fromLatin1(key.help)});
    }
}

bool ServerConfig::applyOptions(const QCommandLineParser &parser, QString *error) {
    for (const Key &key : keys()) {
        const QString option = optionName(key.name);
        if (!parser.isSet(option))
            continue;
        const QString value = *key.valueName ? parser.value(option) : QStringLiteral("true");
        QString problem;
        if (!set(QString::fromLatin1(key.name), value, &problem)) {
            *error = QStringLiteral("--") + option + QStringLiteral(": ") + problem;
            return false;
        }
    }
    return true;
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

} // namespace lyceum::server

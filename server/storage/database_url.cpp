#include "server/storage/database_url.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace lyceum::server {

namespace {

const QString kUsage = QStringLiteral("use sqlite:PATH or "
                                      "postgresql://USER@/DBNAME?host=SOCKETDIR&port=PORT");

bool hasControl(const QString &s) {
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Percent-decodes one component; false when it decodes to something a connection string
// cannot hold (control characters, broken UTF-8).
bool decode(const QString &raw, QString *out) {
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw.toUtf8());
    *out = QString::fromUtf8(bytes);
    return out->toUtf8() == bytes && !hasControl(*out);
}

bool parsePort(const QString &text, int *port) {
    bool ok = false;
    const int p = text.toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return false;
    *port = p;
    return true;
}

bool fail(QString *error, const QString &message) {
    *error = message % QStringLiteral(" (") % kUsage % u')';
    return false;
}

bool parseAuthority(const QString &authority, DatabaseUrl *url, QString *error) {
    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        if (!decode(userInfo.left(colon), &url->user) ||
            (colon >= 0 && !decode(userInfo.mid(colon + 1), &url->password)))
            return fail(error, QStringLiteral("the user name or password of the database URL is "
                                              "not valid text"));
    }
    QString host = hostPort;
    QString portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(error, QStringLiteral("the database URL has an unclosed '['"));
        host = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(error, QStringLiteral("the database URL's host is malformed"));
        portText = rest.mid(1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        host = hostPort.left(colon);
        portText = hostPort.mid(colon + 1);
    }
    if (!decode(host, &url->host))
        return fail(error, QStringLiteral("the database URL's host is not valid text"));
    if (hostPort.contains(u':') && !parsePort(portText, &url->port))
        return fail(error, QStringLiteral("the database URL's port must be 1 to 65535"));
    return true;
}

bool parseQuery(const QString &query, DatabaseUrl *url, QString *error) {
    if (query.isEmpty())
        return true;
    for (const QString &pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        QString value;
        if (eq <= 0 || !decode(pair.mid(eq + 1), &value))
            return fail(error, QStringLiteral("the database URL's parameter \"%1\" is malformed")
                                   .arg(pair.left(40)));
        const QString key = pair.left(eq);
        if (key == QLatin1String("host")) {
            url->host = value;
        } else if (key == QLatin1String("port")) {
            if (!parsePort(value, &url->port))
                return fail(error, QStringLiteral("the database URL's port must be 1 to 65535"));
        } else if (key == QLatin1String("user")) {
            url->user = value;
        } else if (key == QLatin1String("password")) {
            url->password = value;
        } else if (key == QLatin1String("dbname")) {
            url->databaseName = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return fail(error, QStringLiteral("the database URL's sslmode is not one of %1")
                                       .arg(modes.join(QStringLiteral(", "))));
            url->sslMode = value;
        } else if (key == QLatin1String("schema")) {
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch())
                return fail(error, QStringLiteral("the database URL's schema must be lower-case "
                                                  "letters, digits and _ (at most 63)"));
            url->schema = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            url->connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || url->connectTimeoutSeconds < 1 || url->connectTimeoutSeconds > 600)
                return fail(error, QStringLiteral("connect_timeout must be 1 to 600 seconds"));
        } else {
            return fail(error, QStringLiteral("the database URL has an unknown parameter \"%1\"")
                                   .arg(key.left(40)));
        }
    }
    return true;
}

} // namespace

QString DatabaseUrl::backendName() const {
    return backend == SqlBackend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString DatabaseUrl::redacted() const {
    if (backend == SqlBackend::Sqlite)
        return QStringLiteral("sqlite:") % sqlitePath;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user % (password.isEmpty() ? QString() : QStringLiteral(":***")) % u'@';
    out += u'/' % databaseName;
    QStringList params;
    if (!host.isEmpty())
        params << QStringLiteral("host=") % host;
    if (port != 0)
        params << QStringLiteral("port=") % QString::number(port);
    if (!schema.isEmpty())
        params << QStringLiteral("schema=") % schema;
    if (!params.isEmpty())
        out += u'?' % params.join(u'&');
    return out;
}

DatabaseUrl DatabaseUrl::sqliteIn(const QString &dataDir) {
    DatabaseUrl url;
    url.sqlitePath = QDir(dataDir).filePath(QStringLiteral("lyceum-server.sqlite3"));
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error) {
    DatabaseUrl url;
    if (text.size() > 4096 || hasControl(text)) {
        fail(error, QStringLiteral("the database URL is too long or holds control characters"));
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.sqlitePath = text.mid(7);
        if (url.sqlitePath.isEmpty()) {
            fail(error, QStringLiteral("sqlite: needs a file path"));
            return std::nullopt;
        }
        return url;
    }
    QString rest;
    for (const QLatin1String scheme :
         {QLatin1String("postgresql://"), QLatin1String("postgres://")})
        if (text.startsWith(scheme))
            rest = text.mid(scheme.size());
    if (rest.isNull()) {
        fail(error,
             QStringLiteral("the database URL \"%1\" has an unknown scheme").arg(text.left(80)));
        return std::nullopt;
    }
    url.backend = SqlBackend::Postgres;
    const qsizetype question = rest.indexOf(u'?');
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    rest = rest.left(question < 0 ? rest.size() : question);
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = rest.left(slash < 0 ? rest.size() : slash);
    if (slash >= 0 && !decode(rest.mid(slash + 1), &url.databaseName)) {
        fail(error, QStringLiteral("the database name is not valid text"));
        return std::nullopt;
    }
    if (!parseAuthority(authority, &url, error) || !parseQuery(query, &url, error))
        return std::nullopt;
    if (url.databaseName.isEmpty() || url.databaseName.contains(u'/')) {
        fail(error, QStringLiteral("the database URL must name one database"));
        return std::nullopt;
    }
    return url;
}

} // namespace lyceum::server

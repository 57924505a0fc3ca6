#include "links/lyceum_link.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lyceum {

namespace {

bool validId(const QString &id) {
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(kMaxLinkIdLength));
    return pattern.match(id).hasMatch();
}

// A DNS name (labels of letters, digits and inner hyphens, 63 at most, 253 in all) or an IP
// literal. Percent escapes, user info, IDN punycode tricks with other characters: refused.
bool validHost(const QString &host) {
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return true;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = host.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

bool isLoopback(const QString &host) {
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool fail(QString *error, const char *reason) {
    if (error)
        *error = QString::fromLatin1(reason);
    return false;
}

// Reads the authority part by hand: QUrl's tolerant mode would accept and decode things a link
// has no business carrying (user info, percent escapes in the host).
bool parseAuthority(const QString &authority, LyceumLink *link, QString *error) {
    if (authority.contains(u'@'))
        return fail(error, "a link must not carry a user name or password");
    if (authority.contains(u'%'))
        return fail(error, "the host must not contain escapes");
    QString host = authority;
    QString portText;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return fail(error, "the IPv6 address is not closed");
        portText = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(u':'))
            return fail(error, "unexpected text after the IPv6 address");
        portText = portText.mid(1);
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, "not an IPv6 address");
    } else {
        const qsizetype colon = host.indexOf(u':');
        if (colon >= 0) {
            portText = host.mid(colon + 1);
            host = host.left(colon);
            if (portText.isEmpty())
                return fail(error, "the port is empty");
        }
    }
    host = host.toLower();
    if (!validHost(host))
        return fail(error, "the host is not a valid name or address");
    if (!portText.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(portText).hasMatch())
            return fail(error, "the port is not a number");
        const int port = portText.toInt();
        if (port < 1 || port > 65535)
            return fail(error, "the port is out of range");
        link->port = port;
    }
    link->host = host;
    return true;
}

bool parseTarget(const QString &path, const QString &query, const QString &fragment,
                 LyceumLink *link, QString *error) {
    const QStringList segments = path.split(u'/');
    // "/kind/id": an empty first segment, then exactly two.
    if (segments.size() != 3 || !segments.at(0).isEmpty())
        return fail(error, "the path must be /course/ID, /lesson/ID or /thread/ID");
    const QString &kind = segments.at(1);
    link->id = segments.at(2);
    if (!validId(link->id))
        return fail(error, "the id is not a valid id");
    if (kind == QLatin1String("course"))
        link->kind = LyceumLink::Kind::Course;
    else if (kind == QLatin1String("lesson"))
        link->kind = LyceumLink::Kind::Lesson;
    else if (kind == QLatin1String("thread"))
        link->kind = LyceumLink::Kind::Thread;
    else
        return fail(error, "the path must be /course/ID, /lesson/ID or /thread/ID");

    if (!fragment.isEmpty()) {
        if (link->kind != LyceumLink::Kind::Thread || !fragment.startsWith(QLatin1String("post-")))
            return fail(error, "only a thread link may name a post (#post-ID)");
        link->postId = fragment.mid(5);
        if (!validId(link->postId))
            return fail(error, "the post id is not a valid id");
        link->kind = LyceumLink::Kind::Post;
    }
    // Unknown query keys are ignored (sharing services append their own); `t` is checked.
    const QUrlQuery items(query);
    if (items.hasQueryItem(QStringLiteral("t"))) {
        if (link->kind != LyceumLink::Kind::Lesson)
            return fail(error, "only a lesson link may carry a time (?t=SECONDS)");
        const QString t = items.queryItemValue(QStringLiteral("t"));
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
        if (!digits.match(t).hasMatch() || t.toLongLong() > kMaxLinkSeconds)
            return fail(error, "the time is not a number of seconds in range");
        link->seconds = t.toLongLong();
    }
    return true;
}

} // namespace

std::optional<LyceumLink> parseLyceumLink(const QString &text, QString *error) {
    const QString &input = text; // not trimmed: a link with spaces around it is not a link
    if (input.isEmpty() || input.size() > kMaxLinkLength) {
        fail(error, "the link is empty or too long");
        return std::nullopt;
    }
    for (const QChar c : input) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            fail(error, "the link contains spaces, control or non-ASCII characters");
            return std::nullopt;
        }
    }
    static const QLatin1String prefix("lyceum://");
    if (!input.startsWith(prefix, Qt::CaseInsensitive)) {
        fail(error, "not a lyceum:// link");
        return std::nullopt;
    }
    QString rest = input.mid(prefix.size());
    QString fragment;
    QString query;
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        fragment = rest.mid(hash + 1);
        rest.truncate(hash);
    }
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0) {
        fail(error, "the link names no course, lesson or thread");
        return std::nullopt;
    }
    if (rest.contains(u'%') || rest.contains(u'\\')) {
        fail(error, "the path must not contain escapes or backslashes");
        return std::nullopt;
    }
    LyceumLink link;
    if (!parseAuthority(rest.left(slash), &link, error) ||
        !parseTarget(rest.mid(slash), query, fragment, &link, error))
        return std::nullopt;
    return link;
}

QUrl LyceumLink::serverUrl() const {
    QUrl url;
    url.setScheme(isLoopback(host) ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    return url;
}

QUrl LyceumLink::toUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("lyceum"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    switch (kind) {
    case Kind::Course:
        url.setPath(QStringLiteral("/course/") + id);
        break;
    case Kind::Lesson:
        url.setPath(QStringLiteral("/lesson/") + id);
        if (seconds > 0)
            url.setQuery(QStringLiteral("t=%1").arg(seconds));
        break;
    case Kind::Thread:
        url.setPath(QStringLiteral("/thread/") + id);
        break;
    case Kind::Post:
        url.setPath(QStringLiteral("/thread/") + id);
        url.setFragment(QStringLiteral("post-") + postId);
        break;
    }
    return url;
}

bool LyceumLink::pointsInto(const QUrl &server) const {
    if (server.host().compare(host, Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = server.scheme() == QLatin1String("http") ? 80 : 443;
    const int linkPort = port > 0 ? port : defaultPort;
    return server.port(defaultPort) == linkPort;
}

QUrl makeLyceumLink(const QUrl &server, LyceumLink::Kind kind, const QString &id,
                    const QString &postId, qint64 seconds) {
    LyceumLink link;
    link.host = server.host().toLower();
    if (link.host.isEmpty() || !validId(id) || (kind == LyceumLink::Kind::Post && !validId(postId)))
        return {};
    const int defaultPort = server.scheme() == QLatin1String("http") ? 80 : 443;
    if (server.port() > 0 && server.port() != defaultPort)
        link.port = server.port();
    link.kind = kind;
    link.id = id;
    link.postId = postId;
    link.seconds = qBound<qint64>(0, seconds, kMaxLinkSeconds);
    return link.toUrl();
}

} // namespace lyceum

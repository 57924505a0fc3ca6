// lyceum:// links: what a person shares to point at a course, a lesson at a second, a thread or a
// post of a community, and what the desktop hands to the app when such a link is opened.
//
//   lyceum://HOST[:PORT]/course/ID
//   lyceum://HOST[:PORT]/lesson/ID?t=SECONDS
//   lyceum://HOST[:PORT]/thread/ID
//   lyceum://HOST[:PORT]/thread/ID#post-ID
//
// Links come from anywhere (a chat message, a web page, the command line), so the parser is
// strict: only the lyceum scheme, a host name or an IP literal (no user info, no percent escapes),
// exactly two path segments, ids of [A-Za-z0-9_-] up to kMaxIdLength, a bounded `t`. Anything
// else is refused with a reason; nothing is decoded into a path the app would then follow.
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace lyceum {

struct LyceumLink {
    enum class Kind { Course, Lesson, Thread, Post };
    Kind kind = Kind::Course;
    QString host;       // lower case; an IPv6 literal without brackets
    int port = -1;      // -1: the scheme's default
    QString id;         // the course, lesson or thread id
    QString postId;     // Kind::Post only
    qint64 seconds = 0; // Kind::Lesson only: where to start playing

    // The community the link points into: https://HOST[:PORT], or http:// for a loopback host
    // (the demo community and local test servers listen on plain http).
    QUrl serverUrl() const;
    // The canonical text of the link (what "Copy link" puts on the clipboard).
    QUrl toUrl() const;
    // Whether `server` (a profile's server URL) is the community this link points into: same host
    // (case-insensitive) and same port, the default port of its scheme counting as given.
    bool pointsInto(const QUrl &server) const;
};

inline constexpr int kMaxLinkIdLength = 100;
inline constexpr qint64 kMaxLinkSeconds = 100LL * 3600; // a hundred hours
inline constexpr int kMaxLinkLength = 2048;

// Parses a link; on refusal returns nullopt and, when `error` is given, says why (English, for
// logs and the command line; the UI words its own sentence).
std::optional<LyceumLink> parseLyceumLink(const QString &text, QString *error = nullptr);

// A link into the community at `server` (a profile's http(s) server URL). Empty when the server
// URL has no host or the id is not a valid link id.
QUrl makeLyceumLink(const QUrl &server, LyceumLink::Kind kind, const QString &id,
                    const QString &postId = {}, qint64 seconds = 0);

} // namespace lyceum

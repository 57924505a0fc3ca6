#include "domain/entities.h"

#include <QUuid>

namespace lyceum {

QString roleName(Role role) {
    switch (role) {
    case Role::Learner:
        return QStringLiteral("learner");
    case Role::Creator:
        return QStringLiteral("creator");
    case Role::Moderator:
        return QStringLiteral("moderator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("learner");
}

std::optional<Role> roleFromName(const QString &name) {
    for (Role r : {Role::Learner, Role::Creator, Role::Moderator, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString threadKindName(ThreadKind kind) {
    return kind == ThreadKind::Question ? QStringLiteral("question") : QStringLiteral("discussion");
}

std::optional<ThreadKind> threadKindFromName(const QString &name) {
    if (name == QLatin1String("discussion"))
        return ThreadKind::Discussion;
    if (name == QLatin1String("question"))
        return ThreadKind::Question;
    return std::nullopt;
}

QString spaceAudienceName(SpaceAudience audience) {
    switch (audience) {
    case SpaceAudience::Everyone:
        return QStringLiteral("everyone");
    case SpaceAudience::Members:
        return QStringLiteral("members");
    case SpaceAudience::Staff:
        return QStringLiteral("staff");
    }
    return QStringLiteral("everyone");
}

std::optional<SpaceAudience> spaceAudienceFromName(const QString &name) {
    for (SpaceAudience a :
         {SpaceAudience::Everyone, SpaceAudience::Members, SpaceAudience::Staff}) {
        if (spaceAudienceName(a) == name)
            return a;
    }
    return std::nullopt;
}

bool spaceAudienceIncludes(SpaceAudience audience, Role role, bool member) {
    const bool staff = role == Role::Creator || role == Role::Moderator || role == Role::Admin;
    switch (audience) {
    case SpaceAudience::Everyone:
        return true;
    case SpaceAudience::Members:
        return member || staff;
    case SpaceAudience::Staff:
        return staff;
    }
    return false;
}

namespace {
bool isStaff(Role role) {
    return role == Role::Creator || role == Role::Moderator || role == Role::Admin;
}
} // namespace

bool spaceClosedTo(const Space &space, Role role) {
    return space.closed && !isStaff(role);
}

int slowModeWaitS(const Space &space, Role role, qint64 lastPostAtMs, qint64 nowMs) {
    if (space.slowModeS <= 0 || isStaff(role) || lastPostAtMs <= 0)
        return 0;
    const qint64 left = lastPostAtMs + qint64(space.slowModeS) * 1000 - nowMs;
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

bool isValidId(const QString &id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {
struct EmojiEntry {
    const char16_t *emoji;
    const char *key;
};
// The keys keep reaction ids inside the id alphabet.
constexpr EmojiEntry kEmoji[] = {
    {u"\U0001F44D", "thumbsup"}, {u"\u2764\uFE0F", "heart"},  {u"\U0001F389", "tada"},
    {u"\U0001F604", "smile"},    {u"\U0001F914", "thinking"}, {u"\U0001F440", "eyes"},
};
} // namespace

const QStringList &allowedEmoji() {
    static const QStringList list = [] {
        QStringList l;
        for (const auto &e : kEmoji)
            l << QString::fromUtf16(e.emoji);
        return l;
    }();
    return list;
}

QString emojiKey(const QString &emoji) {
    for (const auto &e : kEmoji) {
        if (emoji == QString::fromUtf16(e.emoji))
            return QString::fromLatin1(e.key);
    }
    return {};
}

QString reactionId(const QString &postId, const QString &userId, const QString &emoji) {
    return postId + u'.' + userId + u'.' + emojiKey(emoji);
}

QString imageMime(const QByteArray &b) {
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (b.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (b.size() > 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

} // namespace lyceum

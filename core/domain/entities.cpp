#include "domain/entities.h"

#include <QHash>
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
    const char *key;     // keeps reaction ids inside the id alphabet
    const char *english; // words the picker's search matches, in both languages
    const char *chinese;
};
// The first kCommonEmoji are the quick row; the rest come with "more…" (the full picker).
constexpr int kCommonEmoji = 6;
constexpr EmojiEntry kEmoji[] = {
    {u"\U0001F44D", "thumbsup", "thumbs up like yes", "赞 点赞 好"},
    {u"\u2764\uFE0F", "heart", "heart love", "爱心 喜欢"},
    {u"\U0001F389", "tada", "party celebrate tada", "庆祝 恭喜"},
    {u"\U0001F604", "smile", "smile happy", "微笑 开心"},
    {u"\U0001F914", "thinking", "thinking hmm", "思考 想想"},
    {u"\U0001F440", "eyes", "eyes look watching", "看看 关注"},
    {u"\U0001F602", "joy", "laugh tears of joy", "笑哭 哈哈"},
    {u"\U0001F923", "rofl", "rolling laughing", "大笑 笑死"},
    {u"\U0001F60A", "blush", "blush glad", "害羞 高兴"},
    {u"\U0001F60D", "heart_eyes", "heart eyes love it", "喜欢 爱了"},
    {u"\U0001F60E", "cool", "cool sunglasses", "酷 帅"},
    {u"\U0001F62E", "wow", "wow surprised", "惊讶 哇"},
    {u"\U0001F92F", "mind_blown", "mind blown shocked", "震惊"},
    {u"\U0001F622", "cry", "cry sad", "难过 哭"},
    {u"\U0001F605", "sweat_smile", "phew sweat", "尴尬 汗"},
    {u"\U0001F62C", "grimace", "grimace awkward", "龇牙 尴尬"},
    {u"\U0001F643", "upside_down", "silly upside down", "调皮"},
    {u"\U0001F634", "sleeping", "sleepy tired", "困 睡觉"},
    {u"\U0001F917", "hug", "hug", "拥抱 抱抱"},
    {u"\U0001F64F", "pray", "thanks please pray", "感谢 拜托 谢谢"},
    {u"\U0001F44F", "clap", "clap applause", "鼓掌 棒"},
    {u"\U0001F64C", "raised_hands", "hooray raised hands", "欢呼"},
    {u"\U0001F4AA", "muscle", "strong muscle keep going", "加油 努力"},
    {u"\U0001F44C", "ok_hand", "ok fine", "好的 没问题"},
    {u"\U0001F91D", "handshake", "deal agree handshake", "握手 合作"},
    {u"\U0001F44B", "wave", "hello bye wave", "你好 再见"},
    {u"\U0001F44E", "thumbsdown", "thumbs down no", "踩 不好"},
    {u"\U0001F525", "fire", "fire hot lit", "火 厉害"},
    {u"\U0001F4AF", "hundred", "100 perfect", "满分 完美"},
    {u"\u2705", "check", "check done yes", "完成 对"},
    {u"\u274C", "cross", "cross wrong no", "错 不对"},
    {u"\u2753", "question", "question ask", "问题 疑问"},
    {u"\u2757", "exclamation", "important exclamation", "重要 注意"},
    {u"\U0001F4A1", "bulb", "idea bulb tip", "想法 灵感 灯泡"},
    {u"\U0001F9E0", "brain", "brain smart", "聪明 大脑"},
    {u"\U0001F4DA", "books", "books study learn", "学习 书"},
    {u"\U0001F4DD", "memo", "memo notes write", "笔记 记录"},
    {u"\U0001F3AF", "target", "target on point", "命中 目标"},
    {u"\U0001F680", "rocket", "rocket launch ship it", "火箭 起飞 发布"},
    {u"\u2B50", "star", "star favourite", "星星 收藏"},
    {u"\U0001F31F", "glowing_star", "shine glowing star", "闪耀 优秀"},
    {u"\U0001F3C6", "trophy", "trophy winner", "奖杯 冠军"},
    {u"\U0001F393", "graduation", "graduation graduate course", "毕业 学成"},
    {u"\U0001F41B", "bug", "bug error", "虫子 缺陷"},
    {u"\U0001F527", "wrench", "fix wrench tool", "修复 工具"},
    {u"\U0001F4CC", "pushpin", "pin pushpin", "图钉 置顶"},
    {u"\u2615", "coffee", "coffee break", "咖啡 休息"},
    {u"\U0001F375", "tea", "tea", "茶 喝茶"},
    {u"\U0001F9E7", "red_envelope", "red envelope gift", "红包"},
    {u"\U0001F43C", "panda", "panda", "熊猫"},
    {u"\U0001F308", "rainbow", "rainbow", "彩虹"},
    {u"\U0001F3B5", "music", "music note", "音乐"},
};
} // namespace

const QStringList &allowedEmoji() {
    static const QStringList list = [] {
        QStringList l;
        for (int i = 0; i < kCommonEmoji; ++i)
            l << QString::fromUtf16(kEmoji[i].emoji);
        return l;
    }();
    return list;
}

const QVector<EmojiInfo> &emojiCatalogue() {
    static const QVector<EmojiInfo> list = [] {
        QVector<EmojiInfo> l;
        for (const auto &e : kEmoji)
            l.append(EmojiInfo{QString::fromUtf16(e.emoji), QString::fromLatin1(e.key),
                               QString::fromUtf8(e.english), QString::fromUtf8(e.chinese)});
        return l;
    }();
    return list;
}

QString emojiKey(const QString &emoji) {
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> h;
        for (const auto &e : kEmoji)
            h.insert(QString::fromUtf16(e.emoji), QString::fromLatin1(e.key));
        return h;
    }();
    return keys.value(emoji);
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

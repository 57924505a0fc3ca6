#include "server/seed/generated_community.h"

#include "server/storage/storage.h"

#include <random>

namespace lyceum::server {

namespace {

const char *const kWords[] = {
    "学习",     "课程",   "问题",      "答案",   "笔记",     "复习",    "练习",
    "思考",     "知识",   "社群",      "视频",   "作业",     "进度",    "推荐",
    "讨论",     "分享",   "lesson",    "course", "question", "answer",  "notes",
    "practice", "review", "community", "video",  "idea",     "example", "chapter",
};

class TextMaker {
public:
    explicit TextMaker(quint32 seed)
        : m_rng(seed) {}
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    QString words(int count) {
        QString out;
        for (int i = 0; i < count; ++i) {
            const char *w = kWords[uniform(0, int(std::size(kWords)) - 1)];
            if (i > 0 && (w[0] & 0x80) == 0)
                out += u' ';
            out += QString::fromUtf8(w);
        }
        return out;
    }

private:
    std::mt19937 m_rng;
};

QString gid(const char *prefix, int n) {
    return QString::fromLatin1(prefix) % u'-' % QString::number(n);
}

} // namespace

SeedData generateCommunity(int threadCount, int postCount, quint32 seed, qint64 baseTimeMs) {
    TextMaker text(seed);
    SeedData d;
    const int userCount = 200;
    for (int i = 0; i < userCount; ++i) {
        User u;
        u.id = gid("gu", i);
        u.handle = QStringLiteral("gen_user_%1").arg(i);
        u.displayName = QStringLiteral("用户 %1").arg(i);
        u.role = i < 10 ? Role::Creator : (i < 12 ? Role::Moderator : Role::Learner);
        u.createdAt = baseTimeMs;
        d.users.append(u);
    }
    for (int i = 0; i < 4; ++i) {
        d.spaces.append(Space{gid("gs", i), QStringLiteral("space-%1").arg(i),
                              QStringLiteral("空间 %1 ").arg(i) + text.words(2), text.words(8), i,
                              SpaceAudience::Everyone, SpaceAudience::Everyone});
    }
    const int courseCount = 20;
    for (int i = 0; i < courseCount; ++i) {
        Course c;
        c.id = gid("gc", i);
        c.spaceId = d.spaces.at(i % d.spaces.size()).id;
        c.creatorId = d.users.at(i % 10).id;
        c.title = text.words(4);
        c.summary = text.words(10);
        c.description = text.words(40);
        c.tags = {text.words(1), text.words(1)};
        c.topic = text.words(1);
        c.price = (i % 3 == 0) ? 0 : 9900 + 100 * i;
        c.published = i % 10 != 9;
        c.createdAt = c.updatedAt = baseTimeMs;
        d.courses.append(c);
        for (int j = 0; j < 8; ++j) {
            Lesson l;
            l.id = gid("gl", i * 8 + j);
            l.courseId = c.id;
            l.position = j;
            l.title = text.words(3);
            l.body = text.words(120);
            l.durationSeconds = 300 + 60 * j;
            l.freePreview = j == 0;
            l.createdAt = l.updatedAt = baseTimeMs;
            d.lessons.append(l);
        }
    }
    d.threads.reserve(threadCount);
    for (int i = 0; i < threadCount; ++i) {
        Thread t;
        t.id = gid("gt", i);
        const int where = i % 3;
        if (where == 0)
            t.spaceId = d.spaces.at(i % d.spaces.size()).id;
        else if (where == 1)
            t.courseId = d.courses.at(i % courseCount).id;
        else
            t.lessonId = d.lessons.at(i % d.lessons.size()).id;
        t.authorId = d.users.at(text.uniform(0, userCount - 1)).id;
        t.title = text.words(text.uniform(3, 8));
        t.kind = i % 4 == 0 ? ThreadKind::Question : ThreadKind::Discussion;
        t.createdAt = t.lastActivityAt = baseTimeMs + i * 1000LL;
        d.threads.append(t);
    }
    d.posts.reserve(postCount);
    for (int i = 0; i < postCount && threadCount > 0; ++i) {
        Thread &t = d.threads[i % threadCount];
        Post p;
        p.id = gid("gp", i);
        p.threadId = t.id;
        p.authorId = d.users.at(text.uniform(0, userCount - 1)).id;
        p.body = text.words(text.uniform(8, 60));
        p.createdAt = t.createdAt + 60000LL * (t.postCount + 1);
        t.postCount += 1;
        t.lastActivityAt = p.createdAt;
        d.posts.append(p);
    }
    return d;
}

void seedGenerated(Storage &storage, int threadCount, int postCount, quint32 seed) {
    storage.bulkInsert(generateCommunity(threadCount, postCount, seed, kGeneratedBaseTimeMs));
}

} // namespace lyceum::server

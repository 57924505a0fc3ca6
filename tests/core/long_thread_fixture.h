// A long thread written straight into a cache file (the same writer the sync uses), for the
// thread-window tests and bench/bench_thread_open. Deterministic: one seed, so a run and the
// next see the same thread. Most replies answer the thread; one in five answers an earlier reply
// (nested up to a few levels); bodies mix Chinese and English, some with a code block; some
// posts carry reactions.
#pragma once

#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "domain/entities.h"
#include "thread_check.h"

#include <QRandomGenerator>
#include <QStringList>

namespace lyceum::testing {

struct LongThread {
    QString spaceId = QStringLiteral("s-long");
    QString threadId = QStringLiteral("t-long");
    QStringList postIds; // in creation order; [0] is the opening post
};

inline QString longThreadBody(int i, QRandomGenerator &random) {
    static const QStringList lines{
        QStringLiteral("我觉得这一节讲得很清楚，尤其是关于数据清洗的部分，谢谢老师！"),
        QStringLiteral("Has anyone tried the exercise with a larger data set? Mine runs out of "
                       "memory at about a million rows."),
        QStringLiteral(
            "补充一点：用 pandas 的时候记得先看一下 dtypes，很多问题都是类型不对造成的。"),
        QStringLiteral("Thanks, that fixed it for me."),
        QStringLiteral("这个问题我也遇到过。后来发现是编码的问题，把文件另存为 UTF-8 就好了。"),
        QStringLiteral("Could you share the notebook? I would like to compare the two approaches "
                       "side by side before the next lesson."),
    };
    QString body = QStringLiteral("#%1 ").arg(i) + lines.at(int(random.bounded(lines.size())));
    if (random.bounded(4) == 0)
        body += QStringLiteral("\n\n") + lines.at(int(random.bounded(lines.size())));
    if (random.bounded(10) == 0)
        body += QStringLiteral("\n\n```python\nimport pandas as pd\ndf = pd.read_csv(\"data.csv\", "
                               "encoding=\"utf-8\")\nprint(df.describe())\n```");
    return body;
}

// Writes a space, 40 users, a thread and its opening post plus `replies` replies into the cache
// at path (created and migrated when new). Returns false with *error on failure.
inline bool writeLongThread(const QString &path, int replies, LongThread *thread, QString *error) {
    const threadcheck::Exempt setup; // the fixture's own writer, standing in for a sync
    CacheDatabase db(QStringLiteral("long-thread-writer"));
    if (!db.open(path, error) || !db.begin(error))
        return false;
    {
        EntityWriter writer(db.db());
        const qint64 start = 1700000000000;
        for (int u = 0; u < 40; ++u) {
            User user;
            user.id = QStringLiteral("u%1").arg(u);
            user.handle = QStringLiteral("user%1").arg(u);
            user.displayName =
                u % 2 ? QStringLiteral("学员 %1").arg(u) : QStringLiteral("Learner %1").arg(u);
            user.createdAt = start;
            if (!writer.upsert(user, error))
                return false;
        }
        Space space;
        space.id = thread->spaceId;
        space.slug = QStringLiteral("long");
        space.name = QStringLiteral("问答 Q&A");
        Thread t;
        t.id = thread->threadId;
        t.spaceId = space.id;
        t.authorId = QStringLiteral("u0");
        t.title = QStringLiteral("一个很长的讨论：%1 条回复").arg(replies);
        t.postCount = replies + 1;
        t.createdAt = start;
        t.lastActivityAt = start + replies;
        if (!writer.upsert(space, error) || !writer.upsert(t, error))
            return false;
        QRandomGenerator random(17);
        QVector<int> depth;
        for (int i = 0; i <= replies; ++i) {
            Post post;
            post.id = QStringLiteral("p%1").arg(i, 5, 10, QLatin1Char('0'));
            post.threadId = t.id;
            post.authorId = QStringLiteral("u%1").arg(random.bounded(40));
            post.body = longThreadBody(i, random);
            post.createdAt = start + i * 1000;
            int d = 0;
            if (i > 1 && random.bounded(5) == 0) {
                const int parent = i - 1 - int(random.bounded(std::min(i - 1, 30)));
                if (depth.at(parent) < 4) {
                    post.parentId = thread->postIds.at(parent);
                    d = depth.at(parent) + 1;
                }
            }
            depth.append(d);
            thread->postIds.append(post.id);
            if (!writer.upsert(post, error))
                return false;
            for (int r = int(random.bounded(4)) - 1; r > 0; --r) {
                Reaction reaction;
                reaction.postId = post.id;
                reaction.userId = QStringLiteral("u%1").arg(random.bounded(40));
                reaction.emoji = r == 1 ? QStringLiteral("👍") : QStringLiteral("🎉");
                reaction.id = post.id + QLatin1Char('.') + reaction.userId + QLatin1Char('.') +
                              QString::number(r);
                reaction.createdAt = post.createdAt + 1;
                if (!writer.upsert(reaction, error))
                    return false;
            }
        }
    }
    return db.commit(error);
}

} // namespace lyceum::testing

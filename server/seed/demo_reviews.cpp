#include "server/seed/demo_reviews.h"

#include "server/demo/demo_random.h"

#include <QHash>
#include <algorithm>

namespace lyceum::server {

namespace {

struct Text {
    int rating;
    const char *body;
};

// Review texts by the rating they go with; "" is a rating without text.
const Text kReviews[] = {
    {5, "讲得非常清楚，每一课都有能直接用上的例子。跟着做完作业，工作里马上用上了。"},
    {5, "节奏刚好，案例都来自真实业务，比看零散的文章省太多时间。"},
    {5, "Clear, practical and well paced. The exercises are the best part."},
    {5, "老师答疑很及时，讨论区氛围也好，值这个价。"},
    {5, ""},
    {4, "内容扎实，就是后面几课有点赶，希望多一些练习题。"},
    {4, "Good course overall; a couple of lessons could use more worked examples."},
    {4, "适合有一点基础的同学，零基础可能需要先补一下前置知识。"},
    {4, ""},
    {3, "前半部分很好，后半部分偏理论，实操少了点。"},
    {3, "It is fine, but I expected more depth for the price."},
    {2, "例子和我的工作场景差得有点远，收获一般。"},
    {1, "视频节奏太慢了，不适合我。"},
};

const char *const kReplies[] = {
    "谢谢你的认真反馈！练习题下个月会补上一批。",
    "感谢支持～有问题随时在课程讨论区提。",
    "Thanks for the detailed feedback — more worked examples are on the way.",
    "收到，后面几课我会重新录一版，节奏放慢一些。",
};

} // namespace

void addDemoEnrolmentsAndReviews(const demo::DemoCommunity &demo, SeedData &data) {
    demo::SplitMix64 rng(20261124);
    QHash<QString, QVector<const Course *>> byTopic;
    QStringList topics;
    for (const Course &c : demo.courses) {
        if (!byTopic.contains(c.topic))
            topics << c.topic;
        byTopic[c.topic] << &c;
    }
    std::sort(topics.begin(), topics.end());
    if (topics.isEmpty())
        return;
    // Reviews fall between a course's start and the demo's latest post, never in the future of
    // the community.
    qint64 latest = 0;
    for (const Post &p : demo.posts)
        latest = std::max(latest, p.createdAt);
    const qint64 day = 24LL * 3600 * 1000;

    int replyIndex = 0;
    for (const User &u : demo.users) {
        if (u.role != Role::Learner || u.handle == QLatin1String("learner"))
            continue;
        // Each learner studies mostly one topic, sometimes a course from another.
        const QString topic = topics.at(int(rng.below(topics.size())));
        QVector<const Course *> mine;
        for (const Course *c : byTopic.value(topic)) {
            if (rng.chance(75))
                mine << c;
        }
        if (rng.chance(40)) {
            const QString other = topics.at(int(rng.below(topics.size())));
            const QVector<const Course *> &list = byTopic[other];
            const Course *c = list.at(int(rng.below(list.size())));
            if (!mine.contains(c))
                mine << c;
        }
        for (const Course *c : std::as_const(mine)) {
            if (c->creatorId == u.id)
                continue;
            data.entitlements.append({u.id, c->id});
            if (!rng.chance(65))
                continue;
            // Mostly good ratings, some middling, a few poor: as real catalogues look.
            const int roll = int(rng.below(100));
            const int rating = roll < 55 ? 5 : roll < 82 ? 4 : roll < 92 ? 3 : roll < 97 ? 2 : 1;
            QVector<const Text *> texts;
            for (const Text &t : kReviews) {
                if (t.rating == rating)
                    texts << &t;
            }
            Review r;
            r.id = reviewId(c->id, u.id);
            r.courseId = c->id;
            r.userId = u.id;
            r.rating = rating;
            r.body = QString::fromUtf8(texts.at(int(rng.below(texts.size())))->body);
            r.helpful = r.body.isEmpty() ? 0 : int(rng.below(13));
            const qint64 from = std::min(c->createdAt + 7 * day, latest - day);
            r.createdAt = from + rng.below(std::max<qint64>(day, latest - from));
            r.updatedAt = r.createdAt;
            if (!r.body.isEmpty() && rng.chance(30)) {
                r.reply = QString::fromUtf8(kReplies[replyIndex++ % std::size(kReplies)]);
                r.repliedAt = std::min(latest, r.createdAt + rng.between(1, 3) * day);
            }
            data.reviews.append(r);
        }
    }
}

} // namespace lyceum::server

// The demo community's certificate course (called once from seedDemo): a short free course of
// three text lessons by the demo creator, so the demo learner can earn a certificate by marking
// them done in the lesson window (or with lyceum-cli done / lesson.done).
#include "server/learning/certificate_demo.h"

#include "server/seed/seed_data.h"
#include "server/storage/storage.h"

#include <QDateTime>

namespace lyceum::server {

void seedDemoCertificateCourse(Storage &storage) {
    const std::optional<AccountRecord> creator = storage.accountByHandle(QStringLiteral("creator"));
    if (!creator)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SeedData d;
    Course c;
    c.id = QStringLiteral("c-learn-to-learn");
    c.creatorId = creator->user.id;
    c.title = QStringLiteral("学会学习：三课小结业 Learning how to learn");
    c.summary = QStringLiteral("三节短课，学完即得结业证书。Three short lessons and a "
                               "certificate at the end.");
    c.description = QStringLiteral(
        "## 这门课 / This course\n\n三节文字课，每节五分钟：间隔重复、主动回忆、费曼讲解。"
        "全部标记完成后，社群会为你签发一张可验证的结业证书。\n\n"
        "Three five-minute text lessons: spaced repetition, active recall and the Feynman "
        "technique. Mark all three done and the community issues a certificate anyone can "
        "check.");
    c.tags = {QStringLiteral("学习方法"), QStringLiteral("免费"), QStringLiteral("证书")};
    c.published = true;
    c.createdAt = now - 30LL * 24 * 3600 * 1000;
    c.updatedAt = c.createdAt;
    d.courses = {c};
    const QStringList titles{QStringLiteral("间隔重复 Spaced repetition"),
                             QStringLiteral("主动回忆 Active recall"),
                             QStringLiteral("费曼讲解 Explain it simply")};
    const QStringList bodies{
        QStringLiteral("隔一天、三天、一周各复习一次，比一次学三小时记得更久。\n\n"
                       "Review after a day, three days and a week: it lasts longer than one "
                       "long session."),
        QStringLiteral("合上书，先试着写下你记得的内容，再对照检查。\n\n"
                       "Close the book, write down what you remember, then check."),
        QStringLiteral("用十二岁孩子能懂的话把概念讲一遍，卡住的地方就是要再学的地方。\n\n"
                       "Explain it as to a twelve-year-old; where you get stuck is what to "
                       "study again.")};
    for (int i = 0; i < titles.size(); ++i) {
        Lesson l;
        l.id = QStringLiteral("l-learn-%1").arg(i + 1);
        l.courseId = c.id;
        l.position = i;
        l.title = titles.at(i);
        l.body = bodies.at(i);
        l.createdAt = c.createdAt + i;
        l.updatedAt = l.createdAt;
        d.lessons.append(l);
    }
    storage.bulkInsert(d);
}

} // namespace lyceum::server

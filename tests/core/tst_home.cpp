// The home page's sections (reco/home.h) on small hand-made catalogues: a new user gets what is
// popular, a learner in the middle of a course gets the next lesson and co-enrolment neighbours
// with "because you studied", a finished course leads to next steps, and what the user already
// has or rated is never suggested.
#include "reco/home.h"

#include <QTest>

using namespace lyceum::reco;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1800000000000;

HomeCourse course(const char *id, const char *topic, const char *creator, QStringList tags,
                  qint64 age, bool free = false, bool entitled = false) {
    HomeCourse c;
    c.id = QString::fromLatin1(id);
    c.title = QStringLiteral("Course ") + c.id;
    c.topic = QString::fromLatin1(topic);
    c.creatorId = QString::fromLatin1(creator);
    c.creatorName = QStringLiteral("Name of ") + c.creatorId;
    c.tags = std::move(tags);
    c.createdAt = kNow - age;
    c.free = free;
    c.entitled = entitled || free;
    return c;
}

HomeInput catalogue() {
    HomeInput in;
    in.now = kNow;
    in.courses = {
        course("a", "data", "u1", {QStringLiteral("sql"), QStringLiteral("analytics")}, 400 * kDay,
               true),
        course("b", "data", "u1", {QStringLiteral("pandas")}, 300 * kDay),
        course("c", "data", "u2",
               {QStringLiteral("SQL"), QStringLiteral("analytics"), QStringLiteral("bi")},
               200 * kDay),
        course("d", "career", "u3", {QStringLiteral("interview")}, 10 * kDay),
        course("e", "data", "u2", {QStringLiteral("ml")}, 20 * kDay),
        course("f", "career", "u1", {QStringLiteral("writing")}, 5 * kDay),
    };
    for (const char *lesson : {"a1", "a2", "a3"})
        in.lessons.append({QString::fromLatin1(lesson), QStringLiteral("a"),
                           QString::fromLatin1(lesson + 1).toInt(),
                           QStringLiteral("Lesson ") + QString::fromLatin1(lesson), false});
    in.neighbours = {{QStringLiteral("a"), QStringLiteral("b"), 7, 0.6},
                     {QStringLiteral("a"), QStringLiteral("e"), 5, 0.3},
                     {QStringLiteral("b"), QStringLiteral("d"), 6, 0.5}};
    in.popularity = {{QStringLiteral("a"), 20},
                     {QStringLiteral("b"), 12},
                     {QStringLiteral("c"), 5},
                     {QStringLiteral("d"), 30},
                     {QStringLiteral("e"), 8}};
    return in;
}

QStringList ids(const QVector<Recommendation> &list) {
    QStringList out;
    for (const Recommendation &r : list)
        out << r.courseId;
    return out;
}

} // namespace

class TestHome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newUserGetsWhatIsPopular() {
        const HomeFeed feed = buildHome(catalogue());
        QVERIFY(feed.studied.isEmpty());
        QVERIFY(feed.continueLearning.isEmpty());
        QVERIFY(feed.nextSteps.isEmpty());
        // By the server's popularity, each with its topic as the reason; a free course the
        // user never opened is not history.
        QCOMPARE(ids(feed.forYou).mid(0, 4),
                 (QStringList{QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("e")}));
        QCOMPARE(feed.forYou.first().reason, Reason::PopularInTopic);
        QCOMPARE(feed.forYou.first().subject, QStringLiteral("career"));
        // New: created in the last 180 days, every topic, newest first; d and e are already
        // "for you" (popular), so only f.
        QCOMPARE(ids(feed.newInTopics), QStringList{QStringLiteral("f")});
        QCOMPARE(feed.newInTopics.first().reason, Reason::NewInTopic);
    }

    void inTheMiddleOfACourse() {
        HomeInput in = catalogue();
        in.progress = {{QStringLiteral("a1"), QStringLiteral("a"), kNow - kDay, kNow - kDay},
                       {QStringLiteral("a2"), QStringLiteral("a"), kNow - 3600, 0}};
        const HomeFeed feed = buildHome(in);
        QCOMPARE(feed.studied, QStringList{QStringLiteral("a")});
        // The next lesson is the first one not done.
        QCOMPARE(feed.continueLearning.size(), 1);
        const ContinueItem &item = feed.continueLearning.first();
        QCOMPARE(item.courseId, QStringLiteral("a"));
        QCOMPARE(item.nextLessonId, QStringLiteral("a2"));
        QCOMPARE(item.done, 1);
        QCOMPARE(item.total, 3);
        QCOMPARE(item.lastOpenedAt, kNow - 3600);
        // Co-enrolment first (b is a's strongest neighbour, then e), then close text (c shares
        // "sql" and "analytics", case aside: TF-IDF cosine about 0.5, b's is under 0.1), then
        // popular in the user's topic; never a itself.
        const QStringList forYou = ids(feed.forYou);
        QCOMPARE(forYou.mid(0, 3),
                 (QStringList{QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("c")}));
        QVERIFY(!forYou.contains(QStringLiteral("a")));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(feed.forYou.at(i).reason, Reason::BecauseStudied);
            QCOMPARE(feed.forYou.at(i).subject, QStringLiteral("Course a"));
        }
        QVERIFY(!forYou.contains(QStringLiteral("d"))); // another topic, no link
        // New in the user's topic (data), or from a creator they study with (u1 made f); e is
        // new too but already suggested above.
        QCOMPARE(ids(feed.newInTopics), QStringList{QStringLiteral("f")});
        QCOMPARE(feed.newInTopics.first().reason, Reason::NewFromCreator);
        QCOMPARE(feed.newInTopics.first().subject, QStringLiteral("Name of u1"));
    }

    void finishedCourseLeadsOn() {
        HomeInput in = catalogue();
        for (const char *lesson : {"a1", "a2", "a3"})
            in.progress.append(
                {QString::fromLatin1(lesson), QStringLiteral("a"), kNow - kDay, kNow - kDay});
        const HomeFeed feed = buildHome(in);
        QVERIFY(feed.continueLearning.isEmpty()); // nothing left to continue
        const QStringList next = ids(feed.nextSteps);
        // b: co-enrolment and the same creator; c: close text; f: the same creator.
        QCOMPARE(next.first(), QStringLiteral("b"));
        QVERIFY(next.contains(QStringLiteral("c")));
        QVERIFY(next.contains(QStringLiteral("f")));
        QVERIFY(!next.contains(QStringLiteral("a")));
        for (const Recommendation &r : feed.nextSteps) {
            QCOMPARE(r.reason, Reason::FollowsFinished);
            QCOMPARE(r.subject, QStringLiteral("Course a"));
        }
    }

    void declaredPrerequisiteComesFirst() {
        HomeInput in = catalogue();
        in.courses[3].prerequisites = {QStringLiteral("a")}; // d builds on a
        for (const char *lesson : {"a1", "a2", "a3"})
            in.progress.append(
                {QString::fromLatin1(lesson), QStringLiteral("a"), kNow - kDay, kNow - kDay});
        const HomeFeed feed = buildHome(in);
        QCOMPARE(feed.nextSteps.first().courseId, QStringLiteral("d"));
        QCOMPARE(feed.nextSteps.first().reason, Reason::BuildsOnFinished);
        QCOMPARE(feed.nextSteps.first().subject, QStringLiteral("Course a"));
        // Not finished yet: no next step from it.
        in.progress.removeLast();
        QVERIFY(buildHome(in).nextSteps.isEmpty());
    }

    void ownedAndRatedAreNotSuggested() {
        HomeInput in = catalogue();
        in.courses[1].entitled = true; // b bought
        in.myRatings.insert(QStringLiteral("d"), 1);
        const HomeFeed feed = buildHome(in);
        // b is history (paid and owned): its neighbour d would come "because you studied b",
        // but d was rated one star: never suggested, and not a reason either.
        QCOMPARE(feed.studied, QStringList{QStringLiteral("b")});
        const QStringList forYou = ids(feed.forYou);
        QVERIFY(!forYou.contains(QStringLiteral("b")));
        QVERIFY(!forYou.contains(QStringLiteral("d")));
        QCOMPARE(forYou.first(), QStringLiteral("a")); // b's other neighbour
        QCOMPARE(feed.forYou.first().subject, QStringLiteral("Course b"));
        QVERIFY(!ids(feed.newInTopics).contains(QStringLiteral("d")));
    }

    void sectionsAreBounded() {
        HomeInput in = catalogue();
        const HomeFeed feed = buildHome(in, 2);
        QCOMPARE(feed.forYou.size(), 2);
        QCOMPARE(ids(feed.forYou), (QStringList{QStringLiteral("d"), QStringLiteral("a")}));
        // e and f are new and not shown above; at most two.
        QCOMPARE(ids(feed.newInTopics), (QStringList{QStringLiteral("f"), QStringLiteral("e")}));
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "tst_home.moc"

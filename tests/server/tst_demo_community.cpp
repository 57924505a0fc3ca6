// The demo community (server/demo/): large enough, deterministic, valid for the codecs, and
// internally consistent, so the server can seed it without checks of its own.
#include "demo_community.h"
#include "domain/codec.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace lyceum;
using lyceum::demo::DemoCommunity;

namespace {

template<typename T> QByteArray dump(const QVector<T> &items) {
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray dumpAll(const DemoCommunity &c) {
    return dump(c.users) + dump(c.spaces) + dump(c.courses) + dump(c.lessons) + dump(c.threads) +
           dump(c.posts) + dump(c.reactions) + c.loginHandles.join(u',').toUtf8();
}

template<typename T, typename Decode> void checkRoundTrip(const QVector<T> &items, Decode decode) {
    for (const T &item : items) {
        QString error;
        const std::optional<T> back = decode(toJson(item), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY2(*back == item, qPrintable(item.id));
    }
}

bool hasChinese(const QString &s) {
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestDemoCommunity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        auto built = demo::buildDemoCommunity(&error);
        QVERIFY2(built.has_value(), qPrintable(error));
        m_demo = *built;
        // LYCEUM_DEMO_DUMP=path writes the whole community as JSON, for reading it by eye.
        const QString dumpPath = qEnvironmentVariable("LYCEUM_DEMO_DUMP");
        if (!dumpPath.isEmpty()) {
            QFile file(dumpPath);
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
            file.write("[" + dump(m_demo.users) + "," + dump(m_demo.courses) + "," +
                       dump(m_demo.lessons) + "," + dump(m_demo.threads) + "," +
                       dump(m_demo.posts) + "]");
        }
    }

    void counts() {
        qInfo("users %lld, spaces %lld, courses %lld, lessons %lld, threads %lld, posts %lld, "
              "reactions %lld",
              qint64(m_demo.users.size()), qint64(m_demo.spaces.size()),
              qint64(m_demo.courses.size()), qint64(m_demo.lessons.size()),
              qint64(m_demo.threads.size()), qint64(m_demo.posts.size()),
              qint64(m_demo.reactions.size()));
        QVERIFY(m_demo.spaces.size() >= 3);
        QVERIFY(m_demo.courses.size() >= 12);
        QVERIFY(m_demo.threads.size() >= 200);
        QVERIFY(m_demo.posts.size() >= 2000);
        QVERIFY(!m_demo.reactions.isEmpty());

        QSet<QString> creators;
        QSet<QString> topics;
        QHash<QString, int> lessonsPerCourse;
        for (const Course &c : m_demo.courses) {
            creators.insert(c.creatorId);
            topics.insert(c.topic);
        }
        for (const Lesson &l : m_demo.lessons)
            ++lessonsPerCourse[l.courseId];
        QVERIFY(creators.size() >= 3);
        QVERIFY(topics.size() >= 4);
        for (const Course &c : m_demo.courses)
            QVERIFY2(lessonsPerCourse.value(c.id) >= 5, qPrintable(c.id));
    }

    void deterministic() {
        QString error;
        const auto again = demo::buildDemoCommunity(&error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(dumpAll(*again), dumpAll(m_demo));
    }

    void roundTrips() {
        checkRoundTrip(m_demo.users, userFromJson);
        checkRoundTrip(m_demo.spaces, spaceFromJson);
        checkRoundTrip(m_demo.courses, courseFromJson);
        checkRoundTrip(m_demo.lessons, lessonFromJson);
        checkRoundTrip(m_demo.threads, threadFromJson);
        checkRoundTrip(m_demo.posts, postFromJson);
        checkRoundTrip(m_demo.reactions, reactionFromJson);
    }

    void roleAccounts() {
        QHash<QString, User> byHandle;
        static const QRegularExpression handlePattern(QStringLiteral("^[a-z0-9_]{3,32}$"));
        for (const User &u : m_demo.users) {
            QVERIFY2(handlePattern.match(u.handle).hasMatch(), qPrintable(u.handle));
            QVERIFY(!u.displayName.isEmpty());
            QVERIFY2(!byHandle.contains(u.handle), qPrintable(u.handle));
            byHandle.insert(u.handle, u);
        }
        const QList<std::pair<const char *, Role>> expected = {{"learner", Role::Learner},
                                                               {"creator", Role::Creator},
                                                               {"moderator", Role::Moderator},
                                                               {"admin", Role::Admin}};
        for (const auto &[handle, role] : expected) {
            const QString h = QString::fromLatin1(handle);
            QVERIFY2(byHandle.contains(h), handle);
            QCOMPARE(byHandle.value(h).role, role);
            QVERIFY(m_demo.loginHandles.contains(h));
        }
        for (const QString &h : m_demo.loginHandles)
            QVERIFY2(byHandle.contains(h), qPrintable(h));
        for (const Course &c : m_demo.courses) {
            const QString handle = c.creatorId.mid(2);
            QVERIFY2(m_demo.loginHandles.contains(handle), qPrintable(handle));
            QCOMPARE(byHandle.value(handle).role, Role::Creator);
        }
    }

    void integrity() {
        QSet<QString> users, spaces, courses, lessons;
        QHash<QString, qint64> joined;
        for (const User &u : m_demo.users) {
            users.insert(u.id);
            joined.insert(u.id, u.createdAt);
        }
        for (const Space &s : m_demo.spaces)
            spaces.insert(s.id);
        QHash<QString, qint64> courseCreated;
        for (const Lesson &l : m_demo.lessons)
            courseCreated.insert(l.id, l.createdAt);
        for (const Course &c : m_demo.courses) {
            courseCreated.insert(c.id, c.createdAt);
            QVERIFY(isValidId(c.id));
            QVERIFY(users.contains(c.creatorId));
            QVERIFY(c.updatedAt >= c.createdAt);
            courses.insert(c.id);
        }
        for (const Lesson &l : m_demo.lessons) {
            QVERIFY(isValidId(l.id));
            QVERIFY(courses.contains(l.courseId));
            QVERIFY(!l.body.isEmpty());
            QVERIFY(l.durationSeconds > 0);
            QVERIFY(!lessons.contains(l.id));
            lessons.insert(l.id);
        }

        QHash<QString, Post> posts;
        for (const Post &p : m_demo.posts) {
            QVERIFY2(isValidId(p.id), qPrintable(p.id));
            QVERIFY(!posts.contains(p.id));
            QVERIFY(users.contains(p.authorId));
            QVERIFY(p.createdAt > joined.value(p.authorId));
            QVERIFY(!p.body.isEmpty() && p.body.size() <= 20000);
            posts.insert(p.id, p);
        }
        QHash<QString, int> postCount;
        QHash<QString, qint64> lastActivity;
        for (const Post &p : m_demo.posts) {
            ++postCount[p.threadId];
            lastActivity[p.threadId] = std::max(lastActivity.value(p.threadId), p.createdAt);
            if (p.editedAt != 0)
                QVERIFY(p.editedAt > p.createdAt);
            if (p.parentId.isEmpty())
                continue;
            QVERIFY2(posts.contains(p.parentId), qPrintable(p.id));
            const Post &parent = posts.value(p.parentId);
            QCOMPARE(parent.threadId, p.threadId);
            QVERIFY(parent.createdAt < p.createdAt);
        }

        const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QSet<QString> threadIds;
        int pinned = 0, locked = 0, answered = 0;
        for (const Thread &t : m_demo.threads) {
            QVERIFY(isValidId(t.id));
            threadIds.insert(t.id);
            const int parents =
                int(!t.spaceId.isEmpty()) + int(!t.courseId.isEmpty()) + int(!t.lessonId.isEmpty());
            QCOMPARE(parents, 1);
            QVERIFY(t.spaceId.isEmpty() || spaces.contains(t.spaceId));
            QVERIFY(t.courseId.isEmpty() || courses.contains(t.courseId));
            QVERIFY(t.lessonId.isEmpty() || lessons.contains(t.lessonId));
            QVERIFY(users.contains(t.authorId));
            if (t.spaceId.isEmpty())
                QVERIFY2(t.createdAt > courseCreated.value(t.courseId + t.lessonId),
                         qPrintable(t.id));
            QVERIFY(!t.title.isEmpty() && t.title.size() <= 200);
            QCOMPARE(t.postCount, postCount.value(t.id));
            QCOMPARE(t.lastActivityAt, lastActivity.value(t.id));
            QVERIFY(t.createdAt <= t.lastActivityAt);
            QVERIFY(t.lastActivityAt < base);
            QVERIFY(t.createdAt > base - qint64(100) * 24 * 3600 * 1000);
            if (!t.acceptedPostId.isEmpty()) {
                QCOMPARE(t.kind, ThreadKind::Question);
                QCOMPARE(posts.value(t.acceptedPostId).threadId, t.id);
                ++answered;
            }
            pinned += t.pinned;
            locked += t.locked;
        }
        QVERIFY(pinned > 0);
        QVERIFY(locked > 0);
        QVERIFY(answered > 0);
        for (const Post &p : m_demo.posts)
            QVERIFY(threadIds.contains(p.threadId));

        QSet<QString> reactionIds;
        for (const Reaction &r : m_demo.reactions) {
            QVERIFY(posts.contains(r.postId));
            QVERIFY(users.contains(r.userId));
            QVERIFY(allowedEmoji().contains(r.emoji));
            QCOMPARE(r.id, reactionId(r.postId, r.userId, r.emoji));
            QVERIFY(!reactionIds.contains(r.id));
            reactionIds.insert(r.id);
            QVERIFY(r.createdAt >= posts.value(r.postId).createdAt);
        }
    }

    void chineseText() {
        int chineseCourses = 0, chinesePosts = 0, englishPosts = 0;
        for (const Course &c : m_demo.courses)
            chineseCourses += hasChinese(c.title);
        for (const Post &p : m_demo.posts)
            hasChinese(p.body) ? ++chinesePosts : ++englishPosts;
        QVERIFY(chineseCourses >= 6);
        QVERIFY(chinesePosts > m_demo.posts.size() / 2);
        QVERIFY(englishPosts > 50);
    }

private:
    DemoCommunity m_demo;
};

QTEST_GUILESS_MAIN(TestDemoCommunity)
#include "tst_demo_community.moc"

// lyceum:// links (core/links/lyceum_link.h): the four shapes, the canonical text they copy to,
// which community they point into, and the links a hostile page or message could hand the app.
#include "links/lyceum_link.h"

#include <QTest>

using namespace lyceum;

class TestLyceumLink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTheFourShapes() {
        auto course = parseLyceumLink(QStringLiteral("lyceum://learn.example.org/course/c-python"));
        QVERIFY(course);
        QCOMPARE(course->kind, LyceumLink::Kind::Course);
        QCOMPARE(course->host, QStringLiteral("learn.example.org"));
        QCOMPARE(course->port, -1);
        QCOMPARE(course->id, QStringLiteral("c-python"));
        QCOMPARE(course->serverUrl(), QUrl(QStringLiteral("https://learn.example.org")));

        auto lesson = parseLyceumLink(QStringLiteral("lyceum://127.0.0.1:8080/lesson/l-1?t=95"));
        QVERIFY(lesson);
        QCOMPARE(lesson->kind, LyceumLink::Kind::Lesson);
        QCOMPARE(lesson->port, 8080);
        QCOMPARE(lesson->seconds, 95);
        QCOMPARE(lesson->serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));

        auto thread = parseLyceumLink(QStringLiteral("LYCEUM://Learn.Example.ORG/thread/t_9"));
        QVERIFY(thread);
        QCOMPARE(thread->kind, LyceumLink::Kind::Thread);
        QCOMPARE(thread->host, QStringLiteral("learn.example.org"));

        auto post = parseLyceumLink(
            QStringLiteral("lyceum://[::1]:9000/thread/7d2c1f0e-aa3b-4c1e-9f11-0123456789ab"
                           "#post-0e5f7a1c-1111-4222-8333-444455556666"));
        QVERIFY(post);
        QCOMPARE(post->kind, LyceumLink::Kind::Post);
        QCOMPARE(post->host, QStringLiteral("::1"));
        QCOMPARE(post->postId, QStringLiteral("0e5f7a1c-1111-4222-8333-444455556666"));
        QCOMPARE(post->serverUrl(), QUrl(QStringLiteral("http://[::1]:9000")));
    }

    void roundTripsThroughTheCanonicalText() {
        const QStringList links = {
            QStringLiteral("lyceum://learn.example.org/course/c-python"),
            QStringLiteral("lyceum://127.0.0.1:8080/lesson/l-1?t=95"),
            QStringLiteral("lyceum://learn.example.org:8443/thread/t-1"),
            QStringLiteral("lyceum://learn.example.org/thread/t-1#post-p-2"),
        };
        for (const QString &text : links) {
            auto link = parseLyceumLink(text);
            QVERIFY2(link, qPrintable(text));
            QCOMPARE(link->toUrl().toString(), text);
        }
    }

    void makesLinksFromAProfilesServer() {
        const QUrl demo(QStringLiteral("http://127.0.0.1:41021"));
        QCOMPARE(makeLyceumLink(demo, LyceumLink::Kind::Course, QStringLiteral("c-1")).toString(),
                 QStringLiteral("lyceum://127.0.0.1:41021/course/c-1"));
        QCOMPARE(makeLyceumLink(demo, LyceumLink::Kind::Lesson, QStringLiteral("l-1"), {}, 61)
                     .toString(),
                 QStringLiteral("lyceum://127.0.0.1:41021/lesson/l-1?t=61"));
        QCOMPARE(makeLyceumLink(QUrl(QStringLiteral("https://learn.example.org")),
                                LyceumLink::Kind::Post, QStringLiteral("t-1"),
                                QStringLiteral("p-2"))
                     .toString(),
                 QStringLiteral("lyceum://learn.example.org/thread/t-1#post-p-2"));
        // Nothing to link to: no server yet, or an id a link cannot carry.
        QVERIFY(makeLyceumLink(QUrl(), LyceumLink::Kind::Course, QStringLiteral("c-1")).isEmpty());
        QVERIFY(makeLyceumLink(demo, LyceumLink::Kind::Course, QStringLiteral("../x")).isEmpty());
        // Every link made parses back into the same community.
        auto back = parseLyceumLink(
            makeLyceumLink(demo, LyceumLink::Kind::Thread, QStringLiteral("t-1")).toString());
        QVERIFY(back && back->pointsInto(demo));
    }

    void knowsWhichCommunityItPointsInto() {
        auto link = parseLyceumLink(QStringLiteral("lyceum://learn.example.org/course/c"));
        QVERIFY(link->pointsInto(QUrl(QStringLiteral("https://LEARN.example.org"))));
        QVERIFY(link->pointsInto(QUrl(QStringLiteral("https://learn.example.org:443/"))));
        QVERIFY(!link->pointsInto(QUrl(QStringLiteral("https://learn.example.org:8443"))));
        QVERIFY(!link->pointsInto(QUrl(QStringLiteral("https://evil.example.org"))));
        QVERIFY(!link->pointsInto(QUrl(QStringLiteral("https://learn.example.org.evil.com"))));
        QVERIFY(!link->pointsInto(QUrl()));
        auto local = parseLyceumLink(QStringLiteral("lyceum://127.0.0.1:5000/course/c"));
        QVERIFY(local->pointsInto(QUrl(QStringLiteral("http://127.0.0.1:5000"))));
        QVERIFY(!local->pointsInto(QUrl(QStringLiteral("http://127.0.0.1:5001"))));
    }

    void refusesHostileLinks_data() {
        QTest::addColumn<QString>("text");
        const QString longId(kMaxLinkIdLength + 1, u'a');
        const QStringList bad = {
            // other schemes, or none
            QStringLiteral("https://learn.example.org/course/c"),
            QStringLiteral("file:///etc/passwd"),
            QStringLiteral("javascript:alert(1)"),
            QStringLiteral("lyceum:/course/c"),
            QStringLiteral("lyceum:course/c"),
            QStringLiteral("lyceum-evil://h/course/c"),
            QStringLiteral(" lyceum://h/course/c x"),
            // odd hosts
            QStringLiteral("lyceum:///course/c"),
            QStringLiteral("lyceum://user:pw@learn.example.org/course/c"),
            QStringLiteral("lyceum://learn.example.org@evil.com/course/c"),
            QStringLiteral("lyceum://%65vil.com/course/c"),
            QStringLiteral("lyceum://evil.com%2f@good.org/course/c"),
            QStringLiteral("lyceum://-bad-.org/course/c"),
            QStringLiteral("lyceum://a..b/course/c"),
            QStringLiteral("lyceum://h_x.org/course/c"),
            QStringLiteral("lyceum://") + QString(64, u'a') + QStringLiteral(".org/course/c"),
            QStringLiteral("lyceum://[::1/course/c"),
            QStringLiteral("lyceum://[nothex]/course/c"),
            QStringLiteral("lyceum://[::1]x/course/c"),
            QStringLiteral("lyceum://h:/course/c"),
            QStringLiteral("lyceum://h:0/course/c"),
            QStringLiteral("lyceum://h:65536/course/c"),
            QStringLiteral("lyceum://h:99999999999999999999/course/c"),
            QStringLiteral("lyceum://h:-1/course/c"),
            QStringLiteral("lyceum://h:80:81/course/c"),
            QStringLiteral("lyceum://h\u00e9.org/course/c"),
            QStringLiteral("lyceum://h\u202e.org/course/c"),
            // injected paths
            QStringLiteral("lyceum://h"),
            QStringLiteral("lyceum://h/"),
            QStringLiteral("lyceum://h/course"),
            QStringLiteral("lyceum://h/course/"),
            QStringLiteral("lyceum://h/course/c/extra"),
            QStringLiteral("lyceum://h/course/../../etc/passwd"),
            QStringLiteral("lyceum://h/course/..%2f..%2fetc"),
            QStringLiteral("lyceum://h/course/c%00"),
            QStringLiteral("lyceum://h//course/c"),
            QStringLiteral("lyceum://h/course\\c"),
            QStringLiteral("lyceum://h/admin/c"),
            QStringLiteral("lyceum://h/api/v1/sync"),
            QStringLiteral("lyceum://h/course/c d"),
            QStringLiteral("lyceum://h/course/c\n"),
            QStringLiteral("lyceum://h/course/\u8bfe\u7a0b"),
            // huge ids and times
            QStringLiteral("lyceum://h/course/") + longId,
            QStringLiteral("lyceum://h/thread/t#post-") + longId,
            QStringLiteral("lyceum://h/lesson/l?t=99999999999999999999"),
            QStringLiteral("lyceum://h/lesson/l?t=360001"),
            QStringLiteral("lyceum://h/lesson/l?t=-5"),
            QStringLiteral("lyceum://h/lesson/l?t=1e9"),
            QStringLiteral("lyceum://h/lesson/l?t="),
            QStringLiteral("lyceum://h/course/") + QString(5000, u'a'),
            // parts on the wrong kind
            QStringLiteral("lyceum://h/course/c?t=10"),
            QStringLiteral("lyceum://h/course/c#post-p"),
            QStringLiteral("lyceum://h/lesson/l#post-p"),
            QStringLiteral("lyceum://h/thread/t#comment-p"),
            QStringLiteral("lyceum://h/thread/t#post-"),
            QString(),
        };
        for (const QString &text : bad)
            QTest::newRow(qPrintable(text.left(60))) << text;
    }
    void refusesHostileLinks() {
        QFETCH(QString, text);
        QString error;
        QVERIFY2(!parseLyceumLink(text, &error), qPrintable(text));
        QVERIFY(!error.isEmpty());
    }

    void ignoresQueryItemsItDoesNotKnow() {
        auto link = parseLyceumLink(QStringLiteral("lyceum://h.org/course/c?utm_source=chat"));
        QVERIFY(link);
        QCOMPARE(link->toUrl().toString(), QStringLiteral("lyceum://h.org/course/c"));
    }
};

QTEST_GUILESS_MAIN(TestLyceumLink)
#include "tst_lyceum_link.moc"

// Domain codecs: every entity round-trips through JSON; bad input is refused with a sentence
// that names the field.
#include "domain/codec.h"
#include "domain/commerce.h"
#include "text/unsafe_chars.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lyceum;

class TestCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The one rule of who belongs to a space's audience, shared by the server and the app.
    void spaceAudiences() {
        for (Role r : {Role::Learner, Role::Creator, Role::Moderator, Role::Admin})
            QVERIFY(spaceAudienceIncludes(SpaceAudience::Everyone, r, false));
        QVERIFY(!spaceAudienceIncludes(SpaceAudience::Staff, Role::Learner, true));
        QVERIFY(spaceAudienceIncludes(SpaceAudience::Staff, Role::Creator, false));
        QVERIFY(spaceAudienceIncludes(SpaceAudience::Staff, Role::Moderator, false));
        QVERIFY(!spaceAudienceIncludes(SpaceAudience::Members, Role::Learner, false));
        QVERIFY(spaceAudienceIncludes(SpaceAudience::Members, Role::Learner, true));
        QVERIFY(spaceAudienceIncludes(SpaceAudience::Members, Role::Admin, false));
        QCOMPARE(spaceAudienceFromName(QStringLiteral("members")), SpaceAudience::Members);
        QVERIFY(!spaceAudienceFromName(QStringLiteral("Members")));
    }

    // The characters no member's text may carry (core/text/unsafe_chars.h): gone from strings
    // and keys at any depth; tab, newline and ordinary text (CJK, emoji, RTL letters) stay.
    void unsafeCharactersAreDropped() {
        const QString text = QStringLiteral("a\x1b[2Jb\x07\r\n\tc\x7f\u0085\u009b"
                                            "\u061c\u202a\u202e\u2066\u2069d 中文 😀 שלום");
        QCOMPARE(text::withoutUnsafeChars(text), QStringLiteral("a[2Jb\n\tcd 中文 😀 שלום"));
        QVERIFY(!text::containsUnsafeChars(QStringLiteral("中文\n\t😀")));
        const QJsonObject o{
            {QStringLiteral("k\x1b"),
             QJsonArray{QStringLiteral("\u202ex"), 3,
                        QJsonObject{{QStringLiteral("y"), QStringLiteral("\x07z")}}}}};
        const QJsonObject clean{
            {QStringLiteral("k"),
             QJsonArray{QStringLiteral("x"), 3,
                        QJsonObject{{QStringLiteral("y"), QStringLiteral("z")}}}}};
        QCOMPARE(text::withoutUnsafeChars(o), clean);
        // JSON text: escaped, so the same value parses back and nothing raw is left.
        const QString json = text::escapeUnsafeCharsInJson(
            QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)));
        QVERIFY(!text::containsUnsafeChars(json));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array().first().toString(), text);
    }

    void roundTrip() {
        const User u{QStringLiteral("u1"), QStringLiteral("alice"), QStringLiteral("爱丽丝"),
                     Role::Moderator,      QStringLiteral("bio"),   1700000000000};
        QCOMPARE(userFromJson(toJson(u)), u);
        const Space s{QStringLiteral("s1"),
                      QStringLiteral("general"),
                      QStringLiteral("综合"),
                      QStringLiteral("d"),
                      3,
                      SpaceAudience::Staff,
                      SpaceAudience::Members};
        QCOMPARE(spaceFromJson(toJson(s)), s);
        QCOMPARE(toJson(s).value(QLatin1StringView("start_threads")).toString(),
                 QStringLiteral("staff"));
        QCOMPARE(toJson(s).value(QLatin1StringView("reply")).toString(), QStringLiteral("members"));
        // From a server before space rules: everyone; an unknown rule is refused.
        QJsonObject olderSpace = toJson(s);
        olderSpace.remove(QStringLiteral("start_threads"));
        olderSpace.remove(QStringLiteral("reply"));
        QCOMPARE(spaceFromJson(olderSpace)->startThreads, SpaceAudience::Everyone);
        QCOMPARE(spaceFromJson(olderSpace)->reply, SpaceAudience::Everyone);
        QJsonObject badSpace = toJson(s);
        badSpace.insert(QStringLiteral("reply"), QStringLiteral("friends"));
        QString spaceError;
        QVERIFY(!spaceFromJson(badSpace, &spaceError));
        QVERIFY(spaceError.contains(QLatin1String("reply")));
        Course c;
        c.id = QStringLiteral("c1");
        c.spaceId = QStringLiteral("s1");
        c.creatorId = QStringLiteral("u1");
        c.title = QStringLiteral("Rust 入门");
        c.tags = {QStringLiteral("rust"), QStringLiteral("编程")};
        c.price = 19900;
        c.published = true;
        c.createdAt = 1;
        c.updatedAt = 2;
        QCOMPARE(courseFromJson(toJson(c)), c);
        c.prerequisites = {QStringLiteral("c0")};
        QCOMPARE(courseFromJson(toJson(c)), c);
        // From a server before prerequisites: none; a malformed list is refused.
        QJsonObject older = toJson(c);
        older.remove(QStringLiteral("prerequisites"));
        QVERIFY(courseFromJson(older)->prerequisites.isEmpty());
        QJsonObject bad = toJson(c);
        bad.insert(QStringLiteral("prerequisites"), QJsonArray{42});
        QString prerequisiteError;
        QVERIFY(!courseFromJson(bad, &prerequisiteError));
        QVERIFY(prerequisiteError.contains(QLatin1String("prerequisites")));
        Lesson l;
        l.id = QStringLiteral("l1");
        l.courseId = QStringLiteral("c1");
        l.position = 2;
        l.title = QStringLiteral("t");
        l.locked = true;
        QCOMPARE(lessonFromJson(toJson(l)), l);
        Thread t;
        t.id = QStringLiteral("t1");
        t.lessonId = QStringLiteral("l1");
        t.authorId = QStringLiteral("u1");
        t.title = QStringLiteral("why?");
        t.kind = ThreadKind::Question;
        t.acceptedPostId = QStringLiteral("p1");
        t.postCount = 4;
        t.createdAt = 5;
        t.lastActivityAt = 6;
        QCOMPARE(threadFromJson(toJson(t)), t);
        Post p;
        p.id = QStringLiteral("p1");
        p.threadId = QStringLiteral("t1");
        p.parentId = QStringLiteral("p0");
        p.authorId = QStringLiteral("u1");
        p.body = QStringLiteral("**hi** 你好");
        p.editedAt = 9;
        QCOMPARE(postFromJson(toJson(p)), p);
        const QString emoji = allowedEmoji().first();
        const Reaction r{reactionId(QStringLiteral("p1"), QStringLiteral("u1"), emoji),
                         QStringLiteral("p1"), QStringLiteral("u1"), emoji, 7};
        QCOMPARE(reactionFromJson(toJson(r)), r);
    }

    void badInputNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing body") << QStringLiteral("body") << QJsonValue(QJsonValue::Undefined)
                                      << QStringLiteral("'body' is missing");
        QTest::newRow("body not string")
            << QStringLiteral("body") << QJsonValue(3) << QStringLiteral("'body' must be a string");
        QTest::newRow("bad id") << QStringLiteral("id") << QJsonValue(QStringLiteral("a b"))
                                << QStringLiteral("'id' is not a valid id");
        QTest::newRow("fractional time") << QStringLiteral("created_at") << QJsonValue(1.5)
                                         << QStringLiteral("'created_at' must be an integer");
        QTest::newRow("deleted not bool")
            << QStringLiteral("deleted") << QJsonValue(QStringLiteral("yes"))
            << QStringLiteral("'deleted' must be true or false");
    }
    void badInputNamesTheField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        Post p;
        p.id = QStringLiteral("p1");
        p.threadId = QStringLiteral("t1");
        p.authorId = QStringLiteral("u1");
        p.body = QStringLiteral("x");
        QJsonObject o = toJson(p);
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        QString error;
        QVERIFY(!postFromJson(o, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.startsWith(QLatin1String("post")));
    }

    // Topics and plans carry their names in both languages; a server that sends none, or a
    // language this build does not show, still decodes; anything else is refused by name.
    void namesInBothLanguages() {
        Course c;
        c.id = QStringLiteral("c1");
        c.creatorId = QStringLiteral("u1");
        c.title = QStringLiteral("SQL");
        c.topic = QStringLiteral("编程");
        c.topicNames = {QStringLiteral("Programming"), QStringLiteral("编程")};
        QJsonObject o = toJson(c);
        QCOMPARE(o.value(QLatin1String("topic_names")).toObject().value(QLatin1String("en")),
                 QJsonValue(QStringLiteral("Programming")));
        QCOMPARE(courseFromJson(o)->topicNames, c.topicNames);
        QCOMPARE(c.topicNames.pick(QStringLiteral("en_US"), c.topic),
                 QStringLiteral("Programming"));
        QCOMPARE(c.topicNames.pick(QStringLiteral("zh_CN"), c.topic), QStringLiteral("编程"));
        QCOMPARE(LocalizedNames{}.pick(QStringLiteral("en"), c.topic), QStringLiteral("编程"));
        // An older server: no names, the topic alone.
        o.remove(QStringLiteral("topic_names"));
        QVERIFY(courseFromJson(o)->topicNames.isEmpty());
        QVERIFY(!toJson(*courseFromJson(o)).contains(QLatin1String("topic_names")));
        o.insert(QStringLiteral("topic_names"),
                 QJsonObject{{QStringLiteral("fr"), QStringLiteral("Programmation")},
                             {QStringLiteral("en"), QStringLiteral("Prog\u202eramming\u001b")}});
        QCOMPARE(courseFromJson(o)->topicNames.en, QStringLiteral("Programming"));
        const auto refused = [&](const QJsonValue &names) {
            QJsonObject bad = toJson(c);
            bad.insert(QStringLiteral("topic_names"), names);
            QString error;
            return !courseFromJson(bad, &error) && error.contains(QLatin1String("topic_names"));
        };
        QVERIFY(refused(QStringLiteral("Programming")));
        QVERIFY(refused(QJsonArray{QStringLiteral("en")}));
        QVERIFY(refused(QJsonObject{{QStringLiteral("en"), 5}}));
        QVERIFY(refused(QJsonObject{{QStringLiteral("zh"), QString(81, u'编')}}));
        QVERIFY(!refused(QJsonObject{{QStringLiteral("zh"), QString(80, u'编')}}));

        Tier t{QStringLiteral("t1"),
               QStringLiteral("会员月卡 Monthly"),
               QStringLiteral("month"),
               6800,
               QStringLiteral("CNY"),
               true,
               {},
               {QStringLiteral("Monthly membership"), QStringLiteral("会员月卡")}};
        QCOMPARE(tierFromJson(toJson(t))->names, t.names);
        QJsonObject tier = toJson(t);
        tier.insert(QStringLiteral("names"), 3);
        QString error;
        QVERIFY(!tierFromJson(tier, &error));
        QVERIFY2(error.contains(QLatin1String("names")), qPrintable(error));
    }

    // 32-bit fields refuse values outside int's range instead of truncating them.
    void outOfRangeCountsRejected_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::newRow("position over int") << QStringLiteral("position") << 4294967297.0;
        QTest::newRow("duration under int") << QStringLiteral("duration_seconds") << -2147483649.0;
    }
    void outOfRangeCountsRejected() {
        QFETCH(QString, field);
        QFETCH(double, value);
        Lesson l;
        l.id = QStringLiteral("l1");
        l.courseId = QStringLiteral("c1");
        l.title = QStringLiteral("t");
        QJsonObject o = toJson(l);
        o.insert(field, value);
        QString error;
        QVERIFY(!lessonFromJson(o, &error));
        QVERIFY2(error.contains(field + QStringLiteral("' is out of range")), qPrintable(error));
        o.insert(field, 2147483647.0); // the largest int still decodes
        QVERIFY(lessonFromJson(o));
    }

    void threadNeedsExactlyOneParent() {
        Thread t;
        t.id = QStringLiteral("t1");
        t.spaceId = QStringLiteral("s1");
        t.courseId = QStringLiteral("c1");
        t.authorId = QStringLiteral("u1");
        t.title = QStringLiteral("x");
        QString error;
        QVERIFY(!threadFromJson(toJson(t), &error));
        QVERIFY(error.contains(QLatin1String("exactly one parent")));
    }

    void unknownEnumsRejected() {
        QJsonObject u = toJson(User{
            QStringLiteral("u1"), QStringLiteral("a"), QStringLiteral("A"), Role::Learner, {}, 0});
        u.insert(QStringLiteral("role"), QStringLiteral("king"));
        QString error;
        QVERIFY(!userFromJson(u, &error));
        QVERIFY(error.contains(QLatin1String("role")));
        QJsonObject c;
        QVERIFY(!courseFromJson(c, &error));
        QVERIFY(error.contains(QLatin1String("'id' is missing")));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"

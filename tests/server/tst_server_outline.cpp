// A course's outline on a real server (course.outline, docs/studio.md "Course outline"): the
// creator arranges lessons in sections and learners' feeds carry the sections and each lesson's
// section and position; only the course's creator (or an admin) may; hostile outlines are
// refused whole with nothing changed: another course's lessons or sections, a lesson listed
// twice or left out, sections nested (the only way to make a cycle), malformed ids, too many
// sections. The schema step gives existing lessons one default section.
#include "domain/course_sections.h"
#include "server/storage/migrations.h"
#include "sync_fixture.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject mutate(ServerHarness &s, const QString &token, const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("om%1").arg(++g_mutation)},
                        {QStringLiteral("type"), QStringLiteral("course.outline")},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("dev")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QJsonObject section(const QString &id, const QString &title, const QStringList &lessons) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("lessons"), QJsonArray::fromStringList(lessons)}};
}

QJsonObject outline(const QString &course, const QJsonArray &sections) {
    return {{QStringLiteral("course_id"), course}, {QStringLiteral("sections"), sections}};
}

// The newest change of the entity in the feed.
QJsonObject dataOf(const QJsonArray &feed, const char *entity, const char *id) {
    QJsonObject data;
    for (const QJsonValue &v : feed)
        if (v[QLatin1StringView("entity")].toString() == QLatin1String(entity) &&
            v[QLatin1StringView("id")].toString() == QLatin1String(id))
            data = v[QLatin1StringView("data")].toObject();
    return data;
}

} // namespace

class TestServerOutline : public QObject {
    Q_OBJECT

    // c-paid has l-preview and l-paid; a third lesson so the order can really change.
    static void addLesson(ServerHarness &s, const SyncFixture &f) {
        const QJsonObject m{{QStringLiteral("id"), QStringLiteral("om-add")},
                            {QStringLiteral("type"), QStringLiteral("draft.publish")},
                            {QStringLiteral("args"),
                             QJsonObject{{QStringLiteral("draft_id"), QStringLiteral("d-l3")},
                                         {QStringLiteral("kind"), QStringLiteral("lesson")},
                                         {QStringLiteral("item_id"), QStringLiteral("l-third")},
                                         {QStringLiteral("course_id"), QStringLiteral("c-paid")},
                                         {QStringLiteral("title"), QStringLiteral("第三课")},
                                         {QStringLiteral("body"), QStringLiteral("body")}}}};
        const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                                   {{QStringLiteral("client_id"), QStringLiteral("dev")},
                                    {QStringLiteral("mutations"), QJsonArray{m}}},
                                   f.creator);
        QCOMPARE(r.status, 200);
    }

private Q_SLOTS:
    void creatorArrangesAndLearnersSeeIt() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        addLesson(s, f);
        const QJsonObject args =
            outline(QStringLiteral("c-paid"),
                    {section(QStringLiteral("sec-basics"), QStringLiteral("基础"),
                             {QStringLiteral("l-third"), QStringLiteral("l-preview")}),
                     section(QStringLiteral("sec-more"), QStringLiteral("进阶"),
                             {QStringLiteral("l-paid")})});
        // The rule book: learners and other creators may not; the creator and admins may.
        QCOMPARE(outcome(mutate(s, f.learner, args)), QStringLiteral("forbidden"));
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Creator);
        QCOMPARE(outcome(mutate(s, other, args)), QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, f.creator, args)), QStringLiteral("applied"));

        const QJsonArray feed = s.syncAll(f.learner);
        const QJsonArray sections =
            dataOf(feed, "course", "c-paid").value(QLatin1StringView("sections")).toArray();
        QCOMPARE(sections.size(), 2);
        QCOMPARE(str(sections.at(0).toObject(), "title"), QStringLiteral("基础"));
        QCOMPARE(str(sections.at(1).toObject(), "id"), QStringLiteral("sec-more"));
        const QJsonObject third = dataOf(feed, "lesson", "l-third");
        QCOMPARE(third.value(QLatin1StringView("position")).toInt(), 1);
        QCOMPARE(str(third, "section_id"), QStringLiteral("sec-basics"));
        const QJsonObject paid = dataOf(feed, "lesson", "l-paid");
        QCOMPARE(paid.value(QLatin1StringView("position")).toInt(), 3);
        QCOMPARE(str(paid, "section_id"), QStringLiteral("sec-more"));
        QVERIFY(str(paid, "body").isEmpty()); // still locked for a learner who has not bought

        // Sections renamed, reordered and one dropped: its lessons must be listed elsewhere.
        QCOMPARE(
            outcome(mutate(s, f.admin,
                           outline(QStringLiteral("c-paid"),
                                   {section(QStringLiteral("sec-more"), QStringLiteral("全部"),
                                            {QStringLiteral("l-paid"), QStringLiteral("l-preview"),
                                             QStringLiteral("l-third")})}))),
            QStringLiteral("applied"));
        const QJsonArray after = s.syncAll(f.learner);
        QCOMPARE(
            dataOf(after, "course", "c-paid").value(QLatin1StringView("sections")).toArray().size(),
            1);
        QCOMPARE(dataOf(after, "lesson", "l-paid").value(QLatin1StringView("position")).toInt(), 1);
    }

    void hostileOutlinesAreRefusedWhole() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString both[] = {QStringLiteral("l-preview"), QStringLiteral("l-paid")};
        // A section of c-free, to borrow from c-paid.
        QCOMPARE(outcome(mutate(s, f.creator,
                                outline(QStringLiteral("c-free"),
                                        {section(QStringLiteral("sec-free"), QString(),
                                                 {QStringLiteral("l-open")})}))),
                 QStringLiteral("applied"));
        const struct {
            const char *what;
            QJsonObject args;
            const char *code;
        } cases[] = {
            {"another course's lesson",
             outline(
                 QStringLiteral("c-paid"),
                 {section(QStringLiteral("a"), {}, {both[0], both[1], QStringLiteral("l-open")})}),
             "invalid_field"},
            {"a lesson twice",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("a"), {}, {both[0], both[1]}),
                      section(QStringLiteral("b"), {}, {both[1]})}),
             "invalid_field"},
            {"a lesson left out",
             outline(QStringLiteral("c-paid"), {section(QStringLiteral("a"), {}, {both[0]})}),
             "invalid_field"},
            {"a lesson that does not exist",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("a"), {},
                              {both[0], both[1], QStringLiteral("l-nowhere")})}),
             "invalid_field"},
            {"another course's section",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("sec-free"), {}, {both[0], both[1]})}),
             "invalid_field"},
            {"a section twice",
             outline(QStringLiteral("c-paid"), {section(QStringLiteral("a"), {}, {both[0]}),
                                                section(QStringLiteral("a"), {}, {both[1]})}),
             "invalid_field"},
            {"a section named like a lesson (a cycle)",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("l-paid"), {}, {both[0], both[1]})}),
             "invalid_field"},
            {"a section inside a section",
             outline(QStringLiteral("c-paid"),
                     {QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                  {QStringLiteral("lessons"), QJsonArray{both[0], both[1]}},
                                  {QStringLiteral("sections"),
                                   QJsonArray{section(QStringLiteral("a"), {}, {})}}}}),
             "invalid_field"},
            {"a malformed id",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("../etc"), {}, {both[0], both[1]})}),
             "invalid_field"},
            {"no sections", outline(QStringLiteral("c-paid"), {}), "invalid_field"},
            {"lessons not an array",
             outline(QStringLiteral("c-paid"),
                     {QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                  {QStringLiteral("lessons"), QStringLiteral("l-paid")}}}),
             "invalid_field"},
            {"a title too long",
             outline(QStringLiteral("c-paid"),
                     {section(QStringLiteral("a"), QString(201, QLatin1Char('x')),
                              {both[0], both[1]})}),
             "invalid_field"},
            {"a course that does not exist",
             outline(QStringLiteral("c-none"), {section(QStringLiteral("a"), {}, {})}),
             "not_found"},
        };
        for (const auto &c : cases)
            QVERIFY2(outcome(mutate(s, f.creator, c.args)) == QLatin1String(c.code), c.what);
        QJsonArray many;
        for (int i = 0; i <= kMaxSections; ++i)
            many.append(section(QStringLiteral("s%1").arg(i), {}, {}));
        QCOMPARE(outcome(mutate(s, f.creator, outline(QStringLiteral("c-paid"), many))),
                 QStringLiteral("invalid_field"));
        // Nothing changed: c-paid has no sections, its lessons their old places.
        const QJsonArray feed = s.syncAll(f.entitled);
        QVERIFY(!dataOf(feed, "course", "c-paid").contains(QLatin1StringView("sections")));
        QVERIFY(!dataOf(feed, "lesson", "l-paid").contains(QLatin1StringView("section_id")));
    }

    // The step itself, on a database with lessons and no sections: one untitled section per
    // course holds them all.
    void migrationGivesExistingLessonsADefaultSection() {
        ServerHarness s;
        QVERIFY(s.ok());
        seedSyncFixture(s);
        QSqlDatabase &db = s.storage().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM course_sections")));
        QVERIFY(q.exec(QStringLiteral("UPDATE lessons SET section_id = ''")));
        // Run again as on a database from before the step (the tables exist: drop them first).
        QVERIFY(q.exec(QStringLiteral("DROP TABLE course_sections")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE lessons DROP COLUMN section_id")));
        QString error;
        QVERIFY2(server::serverSchemaSections1(db, s.storage().dialect(), &error),
                 qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT course_id, COUNT(*), MIN(title) FROM "
                                      "course_sections GROUP BY course_id ORDER BY course_id")));
        QStringList courses;
        while (q.next()) {
            courses << q.value(0).toString();
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toString(), QString());
        }
        QCOMPARE(courses, (QStringList{QStringLiteral("c-draft"), QStringLiteral("c-free"),
                                       QStringLiteral("c-paid")}));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM lessons l JOIN course_sections s ON "
                                      "s.id = l.section_id AND s.course_id = l.course_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestServerOutline)
#include "tst_server_outline.moc"

// The creator studio on a real server: publishing each kind of draft, a publish refused when
// the item changed on the server since the draft was based on it, scheduled publishing driven
// by a moved clock (and a schedule refused at its time by a conflicting change), drafts edited
// on two devices offline keeping both versions, and analytics checked against figures worked
// out by hand for a small seeded community.
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

// One mutation; its result object (status applied|rejected, error, extra fields).
QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args, const QString &client = QStringLiteral("dev-a")) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("sm%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(
        QStringLiteral("/api/v1/mutations"),
        {{QStringLiteral("client_id"), client}, {QStringLiteral("mutations"), QJsonArray{m}}},
        token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QString relogin(ServerHarness &s, const char *handle) {
    return str(s.login(QLatin1String(handle), kPassword), "access_token");
}

QJsonObject lessonArgs(const QString &id, const QString &title, const QString &body) {
    return {{QStringLiteral("draft_id"), QString(QStringLiteral("d-") + id)},
            {QStringLiteral("kind"), QStringLiteral("lesson")},
            {QStringLiteral("item_id"), id},
            {QStringLiteral("course_id"), QStringLiteral("c-paid")},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body}};
}

QJsonObject draftArgs(const QString &body, qint64 baseRevision, bool resolved = false) {
    return {
        {QStringLiteral("id"), QStringLiteral("d-shared")},
        {QStringLiteral("kind"), QStringLiteral("post")},
        {QStringLiteral("title"), QStringLiteral("周报")},
        {QStringLiteral("body"), body},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("space_id"), QStringLiteral("s1")}}},
        {QStringLiteral("base_revision"), baseRevision},
        {QStringLiteral("resolved"), resolved}};
}

QJsonObject onlyDraft(ServerHarness &s, const QString &token) {
    const QJsonArray list = s.get(QStringLiteral("/api/v1/studio/drafts"), token)
                                .json()
                                .value(QLatin1StringView("drafts"))
                                .toArray();
    return list.size() == 1 ? list.first().toObject() : QJsonObject();
}

QJsonObject card() {
    return {{QStringLiteral("number"), QStringLiteral("4242424242424242")},
            {QStringLiteral("exp_month"), 12},
            {QStringLiteral("exp_year"), 2030},
            {QStringLiteral("cvc"), QStringLiteral("123")}};
}

// Buys the course with the test card; the order id.
QString buy(ServerHarness &s, const QString &token, const QString &courseId, const QString &key) {
    const HttpReply c = s.post(
        QStringLiteral("/api/v1/commerce/checkout"),
        {{QStringLiteral("course_id"), courseId}, {QStringLiteral("idempotency_key"), key}}, token);
    const QString order = str(c.json().value(QLatin1StringView("order")).toObject(), "id");
    const HttpReply p =
        s.post(QStringLiteral("/api/v1/commerce/pay"),
               {{QStringLiteral("order_id"), order}, {QStringLiteral("card"), card()}}, token);
    return p.status == 200 ? order : QString();
}

} // namespace

class TestServerStudio : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void publishesEachKind() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // A course with an outline: the course and its lessons reach a learner's feed.
        const QJsonObject course{
            {QStringLiteral("draft_id"), QStringLiteral("d-course")},
            {QStringLiteral("kind"), QStringLiteral("course")},
            {QStringLiteral("item_id"), QStringLiteral("c-new")},
            {QStringLiteral("title"), QStringLiteral("Rust 入门")},
            {QStringLiteral("body"), QStringLiteral("# 从零开始\n\n所有权与借用。")},
            {QStringLiteral("price"), 0},
            {QStringLiteral("outline"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c-new-1")},
                                    {QStringLiteral("title"), QStringLiteral("安装")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("c-new-2")},
                                    {QStringLiteral("title"), QStringLiteral("所有权")}}}}};
        QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("draft.publish"), course)),
                 QStringLiteral("forbidden"));
        const QJsonObject published = mutate(s, f.creator, QStringLiteral("draft.publish"), course);
        QCOMPARE(outcome(published), QStringLiteral("applied"));
        QCOMPARE(str(published, "item_id"), QStringLiteral("c-new"));
        const QJsonArray feed = s.syncAll(f.learner);
        const QJsonObject c = findChange(feed, QStringLiteral("course"), QStringLiteral("c-new"))
                                  .value(QLatin1StringView("data"))
                                  .toObject();
        QCOMPARE(str(c, "title"), QStringLiteral("Rust 入门"));
        QCOMPARE(str(c, "summary"), QStringLiteral("从零开始"));
        QCOMPARE(c.value(QLatin1StringView("published")).toBool(), true);
        const QJsonObject second =
            findChange(feed, QStringLiteral("lesson"), QStringLiteral("c-new-2"))
                .value(QLatin1StringView("data"))
                .toObject();
        QCOMPARE(str(second, "title"), QStringLiteral("所有权"));
        QCOMPARE(second.value(QLatin1StringView("position")).toInt(), 2);

        // A lesson in someone else's course is refused; in one's own, it is published.
        QCOMPARE(outcome(mutate(s, f.admin, QStringLiteral("draft.publish"),
                                lessonArgs(QStringLiteral("l-x"), QStringLiteral("T"), {}))),
                 QStringLiteral("applied")); // admins may
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Creator);
        QCOMPARE(outcome(mutate(s, other, QStringLiteral("draft.publish"),
                                lessonArgs(QStringLiteral("l-y"), QStringLiteral("T"), {}))),
                 QStringLiteral("forbidden"));

        // A post in a space, an announcement pinned in the creator's course.
        QJsonObject post{{QStringLiteral("draft_id"), QStringLiteral("d-post")},
                         {QStringLiteral("kind"), QStringLiteral("post")},
                         {QStringLiteral("item_id"), QStringLiteral("t-post")},
                         {QStringLiteral("first_post_id"), QStringLiteral("p-post")},
                         {QStringLiteral("space_id"), QStringLiteral("s1")},
                         {QStringLiteral("title"), QStringLiteral("本周直播")},
                         {QStringLiteral("body"), QStringLiteral("周三晚八点。")}};
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), post)),
                 QStringLiteral("applied"));
        QJsonObject announcement = post;
        announcement[QStringLiteral("kind")] = QStringLiteral("announcement");
        announcement[QStringLiteral("item_id")] = QStringLiteral("t-ann");
        announcement[QStringLiteral("first_post_id")] = QStringLiteral("p-ann");
        announcement.remove(QStringLiteral("space_id"));
        announcement[QStringLiteral("course_id")] = QStringLiteral("c-paid");
        QCOMPARE(outcome(mutate(s, other, QStringLiteral("draft.publish"), announcement)),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), announcement)),
                 QStringLiteral("applied"));
        const QJsonArray after = s.syncAll(f.entitled);
        QCOMPARE(findChange(after, QStringLiteral("thread"), QStringLiteral("t-ann"))
                     .value(QLatin1StringView("data"))
                     .toObject()
                     .value(QLatin1StringView("pinned"))
                     .toBool(),
                 true);
        QCOMPARE(str(findChange(after, QStringLiteral("post"), QStringLiteral("p-post"))
                         .value(QLatin1StringView("data"))
                         .toObject(),
                     "body"),
                 QStringLiteral("周三晚八点。"));
        // The same item again is refused, not published twice.
        post[QStringLiteral("draft_id")] = QStringLiteral("d-post2");
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), post)),
                 QStringLiteral("conflict"));
    }

    void editRefusedWhenTheServerVersionChanged() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const std::optional<Lesson> before = s.storage().lessonById(QStringLiteral("l-paid"));
        QVERIFY(before);
        // Device A bases its draft on the lesson as it is, device B too.
        QJsonObject fromA =
            lessonArgs(QStringLiteral("l-paid"), QStringLiteral("A 的标题"), QStringLiteral("A"));
        fromA[QStringLiteral("edit")] = true;
        fromA[QStringLiteral("base_updated_at")] = before->updatedAt;
        QJsonObject fromB = fromA;
        fromB[QStringLiteral("title")] = QStringLiteral("B 的标题");
        fromB[QStringLiteral("body")] = QStringLiteral("B");
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), fromA)),
                 QStringLiteral("applied"));
        const QJsonObject refused =
            mutate(s, f.creator, QStringLiteral("draft.publish"), fromB, QStringLiteral("dev-b"));
        QCOMPARE(outcome(refused), QStringLiteral("publish_conflict"));
        const std::optional<Lesson> now = s.storage().lessonById(QStringLiteral("l-paid"));
        QCOMPARE(now->title, QStringLiteral("A 的标题")); // B's publish changed nothing
        QVERIFY(now->updatedAt > before->updatedAt);
        // Rebased on the new version, B's publish goes through.
        fromB[QStringLiteral("base_updated_at")] = now->updatedAt;
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), fromB,
                                QStringLiteral("dev-b"))),
                 QStringLiteral("applied"));
        QCOMPARE(s.storage().lessonById(QStringLiteral("l-paid"))->body, QStringLiteral("B"));
    }

    void scheduledPublishingFollowsTheClock() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const qint64 at = s.clock().nowMs() + 3600 * 1000;
        QJsonObject post{{QStringLiteral("draft_id"), QStringLiteral("d-later")},
                         {QStringLiteral("kind"), QStringLiteral("post")},
                         {QStringLiteral("item_id"), QStringLiteral("t-later")},
                         {QStringLiteral("first_post_id"), QStringLiteral("p-later")},
                         {QStringLiteral("space_id"), QStringLiteral("s1")},
                         {QStringLiteral("title"), QStringLiteral("定时发布")},
                         {QStringLiteral("body"), QStringLiteral("一小时后见。")},
                         {QStringLiteral("publish_at"), at}};
        const QJsonObject scheduled = mutate(s, f.creator, QStringLiteral("draft.publish"), post);
        QCOMPARE(outcome(scheduled), QStringLiteral("applied"));
        QCOMPARE(scheduled.value(QLatin1StringView("scheduled_at")).toInteger(), at);
        QVERIFY(!s.storage().threadById(QStringLiteral("t-later")));

        // A lesson edit scheduled for the same time, then changed from another device first.
        const std::optional<Lesson> lesson = s.storage().lessonById(QStringLiteral("l-preview"));
        QJsonObject edit = lessonArgs(QStringLiteral("l-preview"), QStringLiteral("定时修改"),
                                      QStringLiteral("later"));
        edit[QStringLiteral("edit")] = true;
        edit[QStringLiteral("base_updated_at")] = lesson->updatedAt;
        edit[QStringLiteral("publish_at")] = at;
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), edit)),
                 QStringLiteral("applied"));
        QJsonObject meanwhile = edit;
        meanwhile.remove(QStringLiteral("publish_at"));
        meanwhile[QStringLiteral("draft_id")] = QStringLiteral("d-other-device");
        meanwhile[QStringLiteral("title")] = QStringLiteral("另一台电脑");
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), meanwhile,
                                QStringLiteral("dev-b"))),
                 QStringLiteral("applied"));
        // And a third one cancelled.
        QJsonObject cancelled = post;
        cancelled[QStringLiteral("draft_id")] = QStringLiteral("d-cancel");
        cancelled[QStringLiteral("item_id")] = QStringLiteral("t-cancel");
        cancelled[QStringLiteral("first_post_id")] = QStringLiteral("p-cancel");
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), cancelled)),
                 QStringLiteral("applied"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("schedule.cancel"),
                                {{QStringLiteral("draft_id"), QStringLiteral("d-cancel")}})),
                 QStringLiteral("applied"));

        // And a fourth one first set for two hours, then moved to the hour.
        QJsonObject moved = post;
        moved[QStringLiteral("draft_id")] = QStringLiteral("d-moved");
        moved[QStringLiteral("item_id")] = QStringLiteral("t-moved");
        moved[QStringLiteral("first_post_id")] = QStringLiteral("p-moved");
        moved[QStringLiteral("publish_at")] = at + 3600 * 1000;
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"), moved)),
                 QStringLiteral("applied"));
        moved[QStringLiteral("publish_at")] = at;
        const QJsonObject movedAnswer =
            mutate(s, f.creator, QStringLiteral("draft.publish"), moved);
        QCOMPARE(outcome(movedAnswer), QStringLiteral("applied"));
        QCOMPARE(movedAnswer.value(QLatin1StringView("scheduled_at")).toInteger(), at);

        QCOMPARE(s.http().studio().publishDue(), 0); // not yet
        s.clock().advanceMs(3600 * 1000 - 1);
        QCOMPARE(s.http().studio().publishDue(), 0);
        s.clock().advanceMs(1);
        QCOMPARE(s.http().studio().publishDue(), 2); // the post and the moved one; the edit fails
        QCOMPARE(s.http().studio().publishDue(), 0); // each once
        QCOMPARE(s.storage().threadById(QStringLiteral("t-moved"))->createdAt, at);
        s.clock().advanceMs(3600 * 1000); // the time it was moved from: nothing more
        QCOMPARE(s.http().studio().publishDue(), 0);
        const std::optional<Thread> thread = s.storage().threadById(QStringLiteral("t-later"));
        QVERIFY(thread);
        QCOMPARE(thread->createdAt, at);
        QVERIFY(!s.storage().threadById(QStringLiteral("t-cancel")));
        QCOMPARE(s.storage().lessonById(QStringLiteral("l-preview"))->title,
                 QStringLiteral("另一台电脑"));

        const QString token = relogin(s, "author");
        const QJsonArray list = s.get(QStringLiteral("/api/v1/studio/scheduled"), token)
                                    .json()
                                    .value(QLatin1StringView("scheduled"))
                                    .toArray();
        QHash<QString, QJsonObject> byDraft;
        for (const QJsonValue &v : list)
            byDraft.insert(str(v.toObject(), "draft_id"), v.toObject());
        QCOMPARE(byDraft.size(), 4);
        QCOMPARE(str(byDraft.value(QStringLiteral("d-moved")), "state"),
                 QStringLiteral("published"));
        QCOMPARE(byDraft.value(QStringLiteral("d-moved"))
                     .value(QLatin1StringView("publish_at"))
                     .toInteger(),
                 at);
        QCOMPARE(str(byDraft.value(QStringLiteral("d-later")), "state"),
                 QStringLiteral("published"));
        QCOMPARE(str(byDraft.value(QStringLiteral("d-cancel")), "state"),
                 QStringLiteral("cancelled"));
        const QJsonObject failed = byDraft.value(QStringLiteral("d-l-preview"));
        QCOMPARE(str(failed, "state"), QStringLiteral("failed"));
        QCOMPARE(str(failed.value(QLatin1StringView("error")).toObject(), "code"),
                 QStringLiteral("publish_conflict"));
        // Another user sees none of it; a past schedule cannot be cancelled.
        QVERIFY(s.get(QStringLiteral("/api/v1/studio/scheduled"), relogin(s, "learner"))
                    .json()
                    .value(QLatin1StringView("scheduled"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(outcome(mutate(s, token, QStringLiteral("schedule.cancel"),
                                {{QStringLiteral("draft_id"), QStringLiteral("d-later")}})),
                 QStringLiteral("already_done"));
    }

    void draftsEditedOnTwoDevicesKeepBoth() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QJsonObject r = mutate(s, f.creator, QStringLiteral("draft.put"),
                               draftArgs(QStringLiteral("第一版"), 0), QStringLiteral("dev-a"));
        QCOMPARE(r.value(QLatin1StringView("revision")).toInteger(), 1);
        // Both devices have revision 1 and go offline; B's change arrives first.
        r = mutate(s, f.creator, QStringLiteral("draft.put"),
                   draftArgs(QStringLiteral("B 改的"), 1), QStringLiteral("dev-b"));
        QCOMPARE(r.value(QLatin1StringView("revision")).toInteger(), 2);
        QCOMPARE(r.value(QLatin1StringView("conflict")).toBool(), false);
        r = mutate(s, f.creator, QStringLiteral("draft.put"),
                   draftArgs(QStringLiteral("A 改的"), 1), QStringLiteral("dev-a"));
        QCOMPARE(r.value(QLatin1StringView("conflict")).toBool(), true);
        QJsonObject d = onlyDraft(s, f.creator);
        QCOMPARE(str(d, "body"), QStringLiteral("B 改的"));
        QJsonArray conflicts = d.value(QLatin1StringView("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(str(conflicts.first().toObject(), "body"), QStringLiteral("A 改的"));
        const qint64 revision = d.value(QLatin1StringView("revision")).toInteger();
        QCOMPARE(revision, 3);
        // The same stale text again is not kept twice.
        mutate(s, f.creator, QStringLiteral("draft.put"), draftArgs(QStringLiteral("A 改的"), 1));
        QCOMPARE(onlyDraft(s, f.creator).value(QLatin1StringView("conflicts")).toArray().size(), 1);
        // The creator chooses A's text on device A: resolved, conflicts cleared.
        r = mutate(s, f.creator, QStringLiteral("draft.put"),
                   draftArgs(QStringLiteral("A 改的"), revision, true));
        QCOMPARE(outcome(r), QStringLiteral("applied"));
        d = onlyDraft(s, f.creator);
        QCOMPARE(str(d, "body"), QStringLiteral("A 改的"));
        QVERIFY(d.value(QLatin1StringView("conflicts")).toArray().isEmpty());
        // A deletion based on an old revision keeps the draft; a current one deletes it.
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.delete"),
                                {{QStringLiteral("id"), QStringLiteral("d-shared")},
                                 {QStringLiteral("base_revision"), revision}})),
                 QStringLiteral("draft_changed"));
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.delete"),
                                {{QStringLiteral("id"), QStringLiteral("d-shared")},
                                 {QStringLiteral("base_revision"), revision + 1}})),
                 QStringLiteral("applied"));
        QCOMPARE(onlyDraft(s, f.creator).value(QLatin1StringView("deleted")).toBool(), true);
        // Drafts are their author's only; learners keep none.
        QVERIFY(s.get(QStringLiteral("/api/v1/studio/drafts"), f.admin)
                    .json()
                    .value(QLatin1StringView("drafts"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("draft.put"),
                                draftArgs(QStringLiteral("x"), 0))),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(mutate(s, f.admin, QStringLiteral("draft.put"),
                                draftArgs(QStringLiteral("x"), 0))),
                 QStringLiteral("conflict")); // someone else's id
    }

    void imagesStoredOnceAndServed() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x');
        const auto put = [&](const QString &token, const char *id, const QByteArray &bytes) {
            return s.request("PUT",
                             QStringLiteral("/api/v1/media/images/upload?id=") + QLatin1String(id),
                             bytes, token, "application/octet-stream");
        };
        QCOMPARE(put(f.learner, "img-1", png).status, 403);
        QCOMPARE(put(f.creator, "img-1", "not an image").errorCode(),
                 QStringLiteral("unsupported_media"));
        QCOMPARE(put(f.creator, "img-1", png).status, 200);
        QCOMPARE(put(f.creator, "img-1", png).status, 200); // a retry
        QCOMPARE(put(f.creator, "img-1", png + "y").status, 409);
        const HttpReply got =
            s.get(QStringLiteral("/api/v1/media/images/file?id=img-1"), f.learner);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, png);
        QCOMPARE(got.contentType, QByteArray("image/png"));
        QCOMPARE(s.get(QStringLiteral("/api/v1/media/images/file?id=img-2"), f.learner).status,
                 404);
        QCOMPARE(s.get(QStringLiteral("/api/v1/media/images/file?id=img-1")).status, 401);
    }

    void analyticsMatchHandFigures() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        // Day 0 (2026-01-01): a 50.00 course with three lessons of 100 s, an announcement.
        QJsonArray outline;
        for (int i = 1; i <= 3; ++i)
            outline.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
                                       {QStringLiteral("title"), QStringLiteral("第%1课").arg(i)}});
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"),
                                {{QStringLiteral("draft_id"), QStringLiteral("d-n")},
                                 {QStringLiteral("kind"), QStringLiteral("course")},
                                 {QStringLiteral("item_id"), QStringLiteral("c-n")},
                                 {QStringLiteral("title"), QStringLiteral("数据分析")},
                                 {QStringLiteral("price"), 5000},
                                 {QStringLiteral("outline"), outline}})),
                 QStringLiteral("applied"));
        for (int i = 1; i <= 3; ++i) {
            Lesson l = *s.storage().lessonById(QStringLiteral("n%1").arg(i));
            l.durationSeconds = 100;
            s.storage().putLesson(l);
        }
        QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("draft.publish"),
                                {{QStringLiteral("draft_id"), QStringLiteral("d-a")},
                                 {QStringLiteral("kind"), QStringLiteral("announcement")},
                                 {QStringLiteral("item_id"), QStringLiteral("t-n")},
                                 {QStringLiteral("first_post_id"), QStringLiteral("p-n")},
                                 {QStringLiteral("course_id"), QStringLiteral("c-n")},
                                 {QStringLiteral("title"), QStringLiteral("开课")},
                                 {QStringLiteral("body"), QStringLiteral("欢迎")}})),
                 QStringLiteral("applied"));
        const QString a = s.createAndLogin(QStringLiteral("ana"), Role::Learner);
        QVERIFY(!buy(s, a, QStringLiteral("c-n"), QStringLiteral("key-ana-1")).isEmpty());
        // Day 1: two more sales and a reply.
        s.clock().advanceMs(kDay);
        const QString b = s.createAndLogin(QStringLiteral("bo"), Role::Learner);
        const QString c = s.createAndLogin(QStringLiteral("cy"), Role::Learner);
        QVERIFY(!buy(s, b, QStringLiteral("c-n"), QStringLiteral("key-bo-01")).isEmpty());
        const QString cOrder = buy(s, c, QStringLiteral("c-n"), QStringLiteral("key-cy-01"));
        QVERIFY(!cOrder.isEmpty());
        const QString a1 = relogin(s, "ana");
        QCOMPARE(outcome(mutate(s, a1, QStringLiteral("post.create"),
                                {{QStringLiteral("id"), QStringLiteral("p-reply")},
                                 {QStringLiteral("thread_id"), QStringLiteral("t-n")},
                                 {QStringLiteral("body"), QStringLiteral("谢谢")}})),
                 QStringLiteral("applied"));
        // Progress: ana 100/100/50 %, bo 100/30 %.
        const auto watch = [&](const QString &token, const char *lesson, int seconds) {
            return outcome(
                mutate(s, token, QStringLiteral("progress.put"),
                       {{QStringLiteral("lesson_id"), QLatin1String(lesson)},
                        {QStringLiteral("position_ms"), seconds * 1000},
                        {QStringLiteral("updated_at"), s.clock().nowMs()},
                        {QStringLiteral("watched"), QJsonArray{QJsonArray{0, seconds * 1000}}}}));
        };
        QCOMPARE(watch(a1, "n1", 100), QStringLiteral("applied"));
        QCOMPARE(watch(a1, "n2", 100), QStringLiteral("applied"));
        QCOMPARE(watch(a1, "n3", 50), QStringLiteral("applied"));
        QCOMPARE(watch(b, "n1", 100), QStringLiteral("applied"));
        QCOMPARE(watch(b, "n2", 30), QStringLiteral("applied"));
        // Day 2: cy is refunded.
        s.clock().advanceMs(kDay);
        QCOMPARE(s.post(QStringLiteral("/api/v1/commerce/refund"),
                        {{QStringLiteral("order_id"), cOrder}}, relogin(s, "cy"))
                     .status,
                 200);

        const QString token = relogin(s, "author");
        const HttpReply reply = s.get(QStringLiteral("/api/v1/studio/analytics?course=c-n"), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject an = reply.json();
        const QJsonObject totals = an.value(QLatin1StringView("totals")).toObject();
        const auto num = [](const QJsonObject &o, const char *key) {
            return o.value(QLatin1StringView(key)).toInteger();
        };
        QCOMPARE(num(totals, "sales"), 3);
        QCOMPARE(num(totals, "revenue"), 15000);
        QCOMPARE(num(totals, "refunds"), 1);
        QCOMPARE(num(totals, "refunded"), 5000);
        QCOMPARE(num(totals, "net"), 10000);
        QCOMPARE(num(totals, "enrolments"), 2); // cy's went with the refund
        QCOMPARE(num(totals, "posts"), 2);
        QHash<QString, QJsonObject> days;
        for (const QJsonValue &v : an.value(QLatin1StringView("daily")).toArray())
            days.insert(str(v.toObject(), "day"), v.toObject());
        QCOMPARE(days.size(), 3);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-01")), "sales"), 1);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-01")), "posts"), 1);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-02")), "revenue"), 10000);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-02")), "enrolments"), 1);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-03")), "refunded"), 5000);
        QCOMPARE(num(days.value(QStringLiteral("2026-01-03")), "net"), -5000);
        const QJsonArray funnel = an.value(QLatin1StringView("funnel")).toArray();
        QCOMPARE(funnel.size(), 3);
        const int expected[3][2] = {{2, 2}, {2, 1}, {1, 0}}; // started, completed
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(num(funnel.at(i).toObject(), "started"), expected[i][0]);
            QCOMPARE(num(funnel.at(i).toObject(), "completed"), expected[i][1]);
        }
        // Days follow the creator's clock: an hour west of UTC, day 0's sale is on Dec 31.
        const QJsonArray west =
            s.get(QStringLiteral("/api/v1/studio/analytics?course=c-n&utc_offset_min=-60"), token)
                .json()
                .value(QLatin1StringView("daily"))
                .toArray();
        QCOMPARE(str(west.first().toObject(), "day"), QStringLiteral("2025-12-31"));
        // Overall: the creator's every course; nobody else's course, and not for learners.
        const QJsonObject all = s.get(QStringLiteral("/api/v1/studio/analytics"), token).json();
        QCOMPARE(all.value(QLatin1StringView("courses")).toArray().size(), 4);
        QCOMPARE(num(all.value(QLatin1StringView("totals")).toObject(), "sales"), 3);
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Creator);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/analytics?course=c-n"), other).status, 404);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/analytics"), relogin(s, "learner")).status,
                 403);
    }
};

QTEST_GUILESS_MAIN(TestServerStudio)
#include "tst_server_studio.moc"

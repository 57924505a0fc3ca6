// Assignments on a real server (docs/protocol.md, "Assignments"): a creator asks for a
// submission, a learner hands in text and files, the creator or a member of staff they named
// grades it per rubric criterion, the learner sees the outcome and resubmits when allowed.
// Hostile input: oversize, mistyped and misnamed files, too many files, another learner's files
// and submissions, lessons the learner may not read, malformed rubrics and grades. And the
// creator's insights: only for the course's owner.
#include "server/learning/assignment_storage.h"
#include "server/media/media_storage.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

int g_mutation = 0;

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString();
}

QJsonObject mutate(ServerHarness &s, const QString &token, const QString &type,
                   const QJsonObject &args) {
    const QJsonObject m{{QStringLiteral("id"), QStringLiteral("am%1").arg(++g_mutation)},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("args"), args}};
    const HttpReply r = s.post(QStringLiteral("/api/v1/mutations"),
                               {{QStringLiteral("client_id"), QStringLiteral("dev-a")},
                                {QStringLiteral("mutations"), QJsonArray{m}}},
                               token);
    return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
}

QString outcome(const QJsonObject &result) {
    return str(result, "status") == QLatin1String("applied")
               ? QStringLiteral("applied")
               : str(result.value(QLatin1StringView("error")).toObject(), "code");
}

QJsonObject assignmentArgs(const QString &lesson, bool resubmit = true,
                           const QJsonArray &reviewers = {}) {
    return {
        {QStringLiteral("lesson_id"), lesson},
        {QStringLiteral("instructions"), QStringLiteral("写一个并发的 worker pool。")},
        {QStringLiteral("rubric"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("正确")},
                                {QStringLiteral("points"), 6}},
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("Style")},
                                {QStringLiteral("points"), 4}}}},
        {QStringLiteral("allow_text"), true},
        {QStringLiteral("allow_files"), true},
        {QStringLiteral("file_kinds"), QJsonArray{QStringLiteral("image"), QStringLiteral("text")}},
        {QStringLiteral("max_file_bytes"), 2000},
        {QStringLiteral("max_files"), 2},
        {QStringLiteral("resubmit"), resubmit},
        {QStringLiteral("reviewers"), reviewers}};
}

QJsonObject submitArgs(const QString &id, const QString &lesson, const QString &body,
                       const QStringList &files = {}) {
    QJsonArray ids;
    for (const QString &f : files)
        ids.append(f);
    return {{QStringLiteral("submission_id"), id},
            {QStringLiteral("lesson_id"), lesson},
            {QStringLiteral("body"), body},
            {QStringLiteral("file_ids"), ids}};
}

QJsonObject reviewArgs(const QString &id, const QString &verdict, const QJsonArray &scores) {
    return {{QStringLiteral("submission_id"), id},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("scores"), scores},
            {QStringLiteral("feedback"), QStringLiteral("再想想 channel 的关闭。")}};
}

QByteArray png() {
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(40, 'x');
}

HttpReply upload(ServerHarness &s, const QString &token, const QString &lesson, const QString &id,
                 const QString &name, const QByteArray &bytes) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("lesson"), lesson);
    q.addQueryItem(QStringLiteral("id"), id);
    q.addQueryItem(QStringLiteral("name"), QString::fromUtf8(QUrl::toPercentEncoding(name)));
    return s.request("PUT",
                     QStringLiteral("/api/v1/learning/submission-upload?") +
                         q.toString(QUrl::FullyEncoded),
                     bytes, token, "application/octet-stream");
}

QJsonArray submissionsOf(ServerHarness &s, const QString &token) {
    return s.get(QStringLiteral("/api/v1/learning/submissions"), token)
        .json()
        .value(QLatin1StringView("submissions"))
        .toArray();
}

QJsonArray queueOf(ServerHarness &s, const QString &token, bool all = false) {
    return s
        .get(QStringLiteral("/api/v1/learning/review-queue") +
                 (all ? QStringLiteral("?all=1") : QString()),
             token)
        .json()
        .value(QLatin1StringView("submissions"))
        .toArray();
}

} // namespace

class TestServerAssignments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void submitReviewAndSeeTheOutcome();
    void resubmissionRules();
    void namedStaffReview();
    void hostileUploads();
    void privateToLearnerAndReviewers();
    void hostileArguments();
    void insightsForTheOwnerOnly();
};

void TestServerAssignments::submitReviewAndSeeTheOutcome() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    QCOMPARE(
        outcome(mutate(s, f.learner, QStringLiteral("assignment.put"), assignmentArgs(lesson))),
        QStringLiteral("forbidden"));
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.put"), assignmentArgs(lesson))),
        QStringLiteral("applied"));
    const HttpReply got =
        s.get(QStringLiteral("/api/v1/learning/assignment?lesson=") + lesson, f.learner);
    QCOMPARE(got.status, 200);
    const QJsonObject a = got.json().value(QLatin1StringView("assignment")).toObject();
    QCOMPARE(a.value(QLatin1StringView("rubric")).toArray().size(), 2);
    QVERIFY(!got.json().contains(QStringLiteral("reviewer_ids")));

    QCOMPARE(
        upload(s, f.learner, lesson, QStringLiteral("f-1"), QStringLiteral("图.png"), png()).status,
        200);
    QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("assignment.submit"),
                            submitArgs(QStringLiteral("sub-1"), lesson,
                                       QStringLiteral("见图 ![](lyceum-file:f-1)"),
                                       {QStringLiteral("f-1")}))),
             QStringLiteral("applied"));
    QVERIFY(!s.storage().assignmentsAccepted(f.learnerId, QStringLiteral("c-free")));

    const QJsonArray queue = queueOf(s, f.creator);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(str(queue.first().toObject(), "learner"), QStringLiteral("learner"));
    QCOMPARE(queue.first().toObject().value(QLatin1StringView("files")).toArray().size(), 1);
    // Points past a criterion's maximum, or too few scores, are refused.
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                       reviewArgs(QStringLiteral("sub-1"), QStringLiteral("accepted"), {7, 4}))),
        QStringLiteral("invalid_field"));
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                            reviewArgs(QStringLiteral("sub-1"), QStringLiteral("accepted"), {6}))),
             QStringLiteral("invalid_field"));
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                       reviewArgs(QStringLiteral("sub-1"), QStringLiteral("accepted"), {6, 3}))),
        QStringLiteral("applied"));
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                       reviewArgs(QStringLiteral("sub-1"), QStringLiteral("needs_work"), {1, 1}))),
        QStringLiteral("already_reviewed"));
    QVERIFY(queueOf(s, f.creator).isEmpty());
    QCOMPARE(queueOf(s, f.creator, true).size(), 1);

    const QJsonArray mine = submissionsOf(s, f.learner);
    QCOMPARE(mine.size(), 1);
    const QJsonObject outcomeSeen = mine.first().toObject();
    QCOMPARE(str(outcomeSeen, "status"), QStringLiteral("accepted"));
    QCOMPARE(outcomeSeen.value(QLatin1StringView("scores")).toArray(), (QJsonArray{6, 3}));
    QCOMPARE(str(outcomeSeen, "reviewer"), QStringLiteral("author"));
    QVERIFY(str(outcomeSeen, "feedback").contains(QStringLiteral("channel")));
    QVERIFY(s.storage().assignmentsAccepted(f.learnerId, QStringLiteral("c-free")));
    // A course without assignments asks nothing.
    QVERIFY(s.storage().assignmentsAccepted(f.learnerId, QStringLiteral("c-paid")));
}

void TestServerAssignments::resubmissionRules() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(lesson, false))),
             QStringLiteral("applied"));
    const auto submit = [&](const char *id) {
        return outcome(mutate(s, f.learner, QStringLiteral("assignment.submit"),
                              submitArgs(QString::fromLatin1(id), lesson, QStringLiteral("答案"))));
    };
    QCOMPARE(submit("r-1"), QStringLiteral("applied"));
    QCOMPARE(submit("r-2"), QStringLiteral("awaiting_review"));
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                       reviewArgs(QStringLiteral("r-1"), QStringLiteral("needs_work"), {2, 1}))),
        QStringLiteral("applied"));
    QCOMPARE(submit("r-3"), QStringLiteral("no_resubmission"));
    // The creator allows resubmission: the learner tries again, and is accepted.
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(lesson, true))),
             QStringLiteral("applied"));
    QCOMPARE(submit("r-4"), QStringLiteral("applied"));
    QCOMPARE(submit("r-1"), QStringLiteral("conflict")); // an id is used once
    QCOMPARE(submit("r-6"), QStringLiteral("awaiting_review"));
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.review"),
                            reviewArgs(QStringLiteral("r-4"), QStringLiteral("accepted"), {6, 4}))),
             QStringLiteral("applied"));
    QCOMPARE(submit("r-5"), QStringLiteral("already_accepted"));
    const QJsonArray mine = submissionsOf(s, f.learner);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).toObject().value(QLatin1StringView("attempt")).toInt() +
                 mine.at(1).toObject().value(QLatin1StringView("attempt")).toInt(),
             3);
}

void TestServerAssignments::namedStaffReview() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    // A learner cannot be named a reviewer; a moderator can.
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(lesson, true, {QStringLiteral("buyer")}))),
             QStringLiteral("invalid_field"));
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(lesson, true, {QStringLiteral("mod")}))),
             QStringLiteral("applied"));
    const QString other = s.createAndLogin(QStringLiteral("othermod"), Role::Moderator);
    QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("assignment.submit"),
                            submitArgs(QStringLiteral("n-1"), lesson, QStringLiteral("答案")))),
             QStringLiteral("applied"));
    QCOMPARE(queueOf(s, f.moderator).size(), 1);
    QVERIFY(queueOf(s, other).isEmpty());
    QCOMPARE(outcome(mutate(s, other, QStringLiteral("assignment.review"),
                            reviewArgs(QStringLiteral("n-1"), QStringLiteral("accepted"), {1, 1}))),
             QStringLiteral("not_found"));
    QCOMPARE(outcome(mutate(s, f.moderator, QStringLiteral("assignment.review"),
                            reviewArgs(QStringLiteral("n-1"), QStringLiteral("accepted"), {5, 4}))),
             QStringLiteral("applied"));
    QCOMPARE(str(submissionsOf(s, f.learner).first().toObject(), "reviewer"),
             QStringLiteral("mod"));
}

void TestServerAssignments::hostileUploads() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.put"), assignmentArgs(lesson))),
        QStringLiteral("applied"));
    // Over the creator's limit (2000 bytes).
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-big"), QStringLiteral("a.png"),
                    png() + QByteArray(3000, 'x'))
                 .status,
             413);
    // A type the creator did not allow (PDF), bytes that are no known type, and a PNG named as
    // text.
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-pdf"), QStringLiteral("a.pdf"),
                    QByteArray("%PDF-1.4\n%...."))
                 .errorCode(),
             QStringLiteral("unsupported_media"));
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-exe"), QStringLiteral("a.txt"),
                    QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8))
                 .status,
             415);
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-mis"), QStringLiteral("a.txt"), png())
                 .status,
             415);
    // Path names.
    const QStringList badNames{QStringLiteral("../../etc/passwd.txt"),
                               QStringLiteral("dir/a.png"),
                               QStringLiteral("C:\\a.png"),
                               QStringLiteral(".hidden.png"),
                               QStringLiteral("noext"),
                               QStringLiteral("a\u202Egnp.txt"),
                               QString(),
                               QString(200, QLatin1Char('a')) + QStringLiteral(".png")};
    for (const QString &name : badNames)
        QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-name"), name, png()).status, 400);
    // Count: two loose files at most.
    QCOMPARE(
        upload(s, f.learner, lesson, QStringLiteral("f-a"), QStringLiteral("a.png"), png()).status,
        200);
    QCOMPARE(
        upload(s, f.learner, lesson, QStringLiteral("f-a"), QStringLiteral("a.png"), png()).status,
        200); // a retry
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-b"), QStringLiteral("b.md"),
                    QByteArray("# 笔记\n"))
                 .status,
             200);
    QCOMPARE(upload(s, f.learner, lesson, QStringLiteral("f-c"), QStringLiteral("c.png"), png())
                 .errorCode(),
             QStringLiteral("too_many_files"));
    // Another learner cannot take over an id, nor upload where they may not read (the paid lesson).
    const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner);
    QCOMPARE(upload(s, other, lesson, QStringLiteral("f-a"), QStringLiteral("a.png"),
                    png() + QByteArray("y"))
                 .status,
             409);
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(QStringLiteral("l-paid")))),
             QStringLiteral("applied"));
    QCOMPARE(upload(s, f.learner, QStringLiteral("l-paid"), QStringLiteral("f-p"),
                    QStringLiteral("a.png"), png())
                 .status,
             404);
    QCOMPARE(outcome(mutate(
                 s, f.learner, QStringLiteral("assignment.submit"),
                 submitArgs(QStringLiteral("p-1"), QStringLiteral("l-paid"), QStringLiteral("x")))),
             QStringLiteral("not_found"));
    QCOMPARE(outcome(mutate(
                 s, f.entitled, QStringLiteral("assignment.submit"),
                 submitArgs(QStringLiteral("p-2"), QStringLiteral("l-paid"), QStringLiteral("x")))),
             QStringLiteral("applied"));
    // Another learner's file cannot be handed in.
    QCOMPARE(outcome(mutate(s, other, QStringLiteral("assignment.submit"),
                            submitArgs(QStringLiteral("o-1"), lesson, QStringLiteral("x"),
                                       {QStringLiteral("f-a")}))),
             QStringLiteral("invalid_field"));
    // Unauthenticated: nothing.
    QCOMPARE(
        upload(s, QString(), lesson, QStringLiteral("f-z"), QStringLiteral("z.png"), png()).status,
        401);
}

void TestServerAssignments::privateToLearnerAndReviewers() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    QCOMPARE(
        outcome(mutate(s, f.creator, QStringLiteral("assignment.put"), assignmentArgs(lesson))),
        QStringLiteral("applied"));
    QCOMPARE(
        upload(s, f.learner, lesson, QStringLiteral("f-1"), QStringLiteral("a.png"), png()).status,
        200);
    const QString secret = QStringLiteral("只有老师能看 private-answer");
    QCOMPARE(outcome(mutate(
                 s, f.learner, QStringLiteral("assignment.submit"),
                 submitArgs(QStringLiteral("sub-1"), lesson, secret, {QStringLiteral("f-1")}))),
             QStringLiteral("applied"));
    const QString other = s.createAndLogin(QStringLiteral("other"), Role::Learner);
    QString otherCreatorId;
    const QString otherCreator =
        s.createAndLogin(QStringLiteral("creator2"), Role::Creator, &otherCreatorId);
    for (const QString &token : {other, otherCreator, f.entitled}) {
        QVERIFY(submissionsOf(s, token).isEmpty());
        QVERIFY(queueOf(s, token, true).isEmpty());
        QCOMPARE(s.get(QStringLiteral("/api/v1/learning/submission-file?id=f-1"), token).status,
                 404);
        QCOMPARE(outcome(mutate(
                     s, token, QStringLiteral("assignment.review"),
                     reviewArgs(QStringLiteral("sub-1"), QStringLiteral("accepted"), {1, 1}))),
                 QStringLiteral("not_found"));
        QVERIFY(!s.get(QStringLiteral("/api/v1/learning/assignment?lesson=l-open"), token)
                     .body.contains(secret.toUtf8()));
        for (const QJsonValue &change : s.syncAll(token))
            QVERIFY(!QJsonDocument(change.toObject()).toJson().contains(secret.toUtf8()));
    }
    // A learner does not review their own work, even when named... they cannot be named; and
    // another creator cannot set an assignment on this course.
    QCOMPARE(
        outcome(mutate(s, otherCreator, QStringLiteral("assignment.put"), assignmentArgs(lesson))),
        QStringLiteral("not_found"));
    // The learner and the creator read the file; the answer is never rendered as a page.
    const HttpReply mine =
        s.get(QStringLiteral("/api/v1/learning/submission-file?id=f-1"), f.learner);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.body, png());
    const HttpReply creators =
        s.get(QStringLiteral("/api/v1/learning/submission-file?id=f-1"), f.creator);
    QCOMPARE(creators.status, 200);
    QCOMPARE(creators.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(creators.headers.value("content-disposition"), QByteArray("attachment"));
}

void TestServerAssignments::hostileArguments() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    const QString lesson = QStringLiteral("l-open");
    const auto put = [&](const QJsonObject &args) {
        return outcome(mutate(s, f.creator, QStringLiteral("assignment.put"), args));
    };
    QJsonObject a = assignmentArgs(lesson);
    a.insert(QStringLiteral("rubric"), QJsonArray());
    QCOMPARE(put(a), QStringLiteral("invalid_field"));
    a.insert(QStringLiteral("rubric"),
             QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                    {QStringLiteral("points"), 1000}}});
    QCOMPARE(put(a), QStringLiteral("invalid_field"));
    a = assignmentArgs(lesson);
    a.insert(QStringLiteral("max_file_bytes"), 10 * 1024 * 1024);
    QCOMPARE(put(a), QStringLiteral("invalid_field"));
    a = assignmentArgs(lesson);
    a.insert(QStringLiteral("file_kinds"), QJsonArray{QStringLiteral("exe")});
    QCOMPARE(put(a), QStringLiteral("invalid_field"));
    a = assignmentArgs(lesson);
    a.insert(QStringLiteral("instructions"), QStringLiteral("\u202E\u0007  "));
    QCOMPARE(put(a), QStringLiteral("invalid_field"));
    QCOMPARE(put(assignmentArgs(QStringLiteral("no-such-lesson"))), QStringLiteral("not_found"));
    QCOMPARE(put(assignmentArgs(lesson)), QStringLiteral("applied"));

    const auto submit = [&](const QJsonObject &args) {
        return outcome(mutate(s, f.learner, QStringLiteral("assignment.submit"), args));
    };
    QCOMPARE(submit(submitArgs(QStringLiteral("bad id!"), lesson, QStringLiteral("x"))),
             QStringLiteral("invalid_field"));
    QCOMPARE(submit(submitArgs(QStringLiteral("s-1"), lesson, QString())),
             QStringLiteral("invalid_field"));
    QCOMPARE(submit(submitArgs(QStringLiteral("s-1"), lesson, QString(20001, QLatin1Char('a')))),
             QStringLiteral("invalid_field"));
    QCOMPARE(submit(submitArgs(QStringLiteral("s-1"), lesson, QStringLiteral("x"),
                               {QStringLiteral("f-none")})),
             QStringLiteral("invalid_field"));
    QCOMPARE(submit({{QStringLiteral("submission_id"), QStringLiteral("s-1")}}),
             QStringLiteral("invalid_field"));
    QCOMPARE(submit(submitArgs(QStringLiteral("s-1"), lesson, QStringLiteral("ok"))),
             QStringLiteral("applied"));
    const auto review = [&](const QJsonObject &args) {
        return outcome(mutate(s, f.creator, QStringLiteral("assignment.review"), args));
    };
    QCOMPARE(review(reviewArgs(QStringLiteral("s-1"), QStringLiteral("submitted"), {1, 1})),
             QStringLiteral("invalid_field"));
    QCOMPARE(review(reviewArgs(QStringLiteral("s-1"), QStringLiteral("accepted"), {-1, 1})),
             QStringLiteral("invalid_field"));
    QCOMPARE(review(reviewArgs(QStringLiteral("s-1"), QStringLiteral("accepted"), {1.5, 1})),
             QStringLiteral("invalid_field"));
    QCOMPARE(review(reviewArgs(QStringLiteral("s-1"), QStringLiteral("accepted"),
                               {QStringLiteral("6"), 1})),
             QStringLiteral("invalid_field"));
    QJsonObject noScores = reviewArgs(QStringLiteral("s-1"), QStringLiteral("accepted"), {});
    noScores.remove(QStringLiteral("scores"));
    QCOMPARE(review(noScores), QStringLiteral("invalid_field"));
    // The learner cannot grade their own work.
    QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("assignment.review"),
                            reviewArgs(QStringLiteral("s-1"), QStringLiteral("accepted"), {6, 4}))),
             QStringLiteral("not_found"));
}

void TestServerAssignments::insightsForTheOwnerOnly() {
    ServerHarness s;
    QVERIFY(s.ok());
    const SyncFixture f = seedSyncFixture(s);
    QCOMPARE(outcome(mutate(s, f.creator, QStringLiteral("assignment.put"),
                            assignmentArgs(QStringLiteral("l-open")))),
             QStringLiteral("applied"));
    server::LearningProgress done;
    done.lessonId = QStringLiteral("l-open");
    done.watched = QStringLiteral("[]");
    done.percent = 100;
    done.updatedAt = ServerHarness::kStartMs;
    s.storage().media()->putProgress(f.learnerId, done);
    QCOMPARE(outcome(mutate(s, f.learner, QStringLiteral("assignment.submit"),
                            submitArgs(QStringLiteral("i-1"), QStringLiteral("l-open"),
                                       QStringLiteral("答案")))),
             QStringLiteral("applied"));
    const QString path = QStringLiteral("/api/v1/learning/insights?course=c-free");
    QCOMPARE(s.get(path, f.learner).status, 403);
    const QString otherCreator = s.createAndLogin(QStringLiteral("creator2"), Role::Creator);
    QCOMPARE(s.get(path, otherCreator).status, 404);
    const HttpReply r = s.get(path, f.creator);
    QCOMPARE(r.status, 200);
    const QJsonArray learners = r.json().value(QLatin1StringView("learners")).toArray();
    QCOMPARE(learners.size(), 1);
    const QJsonObject row = learners.first().toObject();
    QCOMPARE(str(row, "handle"), QStringLiteral("learner"));
    QCOMPARE(row.value(QLatin1StringView("lessons_done")).toInt(), 1);
    QCOMPARE(row.value(QLatin1StringView("days_active")).toInt(), 1);
    QCOMPARE(row.value(QLatin1StringView("assignments")).toArray().size(), 1);
    QCOMPARE(s.get(QStringLiteral("/api/v1/learning/insights?course=c-free"), f.admin).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAssignments)
#include "tst_server_assignments.moc"

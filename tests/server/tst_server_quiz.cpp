// Quizzes on the real server (docs/protocol.md, "Quizzes"): authoring through the rule book,
// attempts graded on the server within the attempts allowed, hostile answers refused, the
// creator's figures, quizzesPassed(), and the sweep proving the answer key and the explanations
// reach no learner (feed, every route, live channel) before that learner submitted.
#include "domain/mutation_defs.h"
#include "live_client.h"
#include "server/learning/quiz_storage.h"
#include "sync_fixture.h"

#include <QtTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

const QString kSecretExplanation = QStringLiteral("EXPL-秘密解释-7731");
const QString kSecretVariant = QStringLiteral("ACCEPTED-密钥-5519");

// A quiz with every kind; the key and the explanations carry the markers the sweeps look for.
QJsonObject quizArgs(const QString &lessonId, int attempts = 0) {
    const auto choices = [](std::initializer_list<const char *> ids) {
        QJsonArray out;
        for (const char *id : ids)
            out.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                   {QStringLiteral("text"),
                                    QString(QStringLiteral("选项 ") + QString::fromLatin1(id))}});
        return out;
    };
    const QJsonArray questions{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("q1")},
                    {QStringLiteral("kind"), QStringLiteral("single")},
                    {QStringLiteral("text"), QStringLiteral("Which one?")},
                    {QStringLiteral("choices"), choices({"a", "b", "c"})},
                    {QStringLiteral("correct"), QJsonArray{QStringLiteral("b")}},
                    {QStringLiteral("explanation"), kSecretExplanation}},
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("q2")},
            {QStringLiteral("kind"), QStringLiteral("multiple")},
            {QStringLiteral("text"), QStringLiteral("哪些？")},
            {QStringLiteral("choices"), choices({"a", "b", "c"})},
            {QStringLiteral("correct"), QJsonArray{QStringLiteral("a"), QStringLiteral("c")}},
            {QStringLiteral("explanation"), QStringLiteral("a 与 c")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("q3")},
                    {QStringLiteral("kind"), QStringLiteral("true_false")},
                    {QStringLiteral("text"), QStringLiteral("真的吗？")},
                    {QStringLiteral("correct"), QJsonArray{QStringLiteral("false")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("q4")},
                    {QStringLiteral("kind"), QStringLiteral("short")},
                    {QStringLiteral("text"), QStringLiteral("Name the function")},
                    {QStringLiteral("accepted"),
                     QJsonArray{QStringLiteral("Len"), QStringLiteral("长度"), kSecretVariant}}}};
    return QJsonObject{{QStringLiteral("lesson_id"), lessonId},
                       {QStringLiteral("pass_mark"), 75},
                       {QStringLiteral("attempts_allowed"), attempts},
                       {QStringLiteral("questions"), questions}};
}

int g_mutation = 0;

// One mutation; its result object.
QJsonObject mutate(ServerHarness &s, const QString &token, const QLatin1StringView type,
                   const QJsonObject &args, const QString &id = {}) {
    const QString mutationId = id.isEmpty() ? QStringLiteral("m%1").arg(++g_mutation) : id;
    const HttpReply r =
        s.post(QStringLiteral("/api/v1/mutations"),
               QJsonObject{{QStringLiteral("client_id"), QStringLiteral("tst")},
                           {QStringLiteral("mutations"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), mutationId},
                                                   {QStringLiteral("type"), QString(type)},
                                                   {QStringLiteral("args"), args}}}}},
               token);
    return r.json().value(QLatin1StringView("results")).toArray().at(0).toObject();
}

QString status(const QJsonObject &result) {
    return result.value(QLatin1StringView("status")).toString();
}
QString code(const QJsonObject &result) {
    return result.value(QLatin1StringView("error"))
        .toObject()
        .value(QLatin1StringView("code"))
        .toString();
}

QJsonObject attemptArgs(const QString &attemptId, const QJsonObject &answers,
                        const QString &quizId = QStringLiteral("qz-l-open")) {
    return QJsonObject{{QStringLiteral("attempt_id"), attemptId},
                       {QStringLiteral("quiz_id"), quizId},
                       {QStringLiteral("answers"), answers}};
}

QJsonObject allRight(const QString &shortAnswer = QStringLiteral("len")) {
    return QJsonObject{{QStringLiteral("q1"), QJsonArray{QStringLiteral("b")}},
                       {QStringLiteral("q2"), QJsonArray{QStringLiteral("c"), QStringLiteral("a")}},
                       {QStringLiteral("q3"), QJsonArray{QStringLiteral("false")}},
                       {QStringLiteral("q4"), shortAnswer}};
}

// Whether any of the key's markers is in the bytes.
bool carriesKey(const QByteArray &bytes) {
    return bytes.contains(kSecretExplanation.toUtf8()) || bytes.contains(kSecretVariant.toUtf8()) ||
           bytes.contains("\"correct\"") || bytes.contains("\"accepted\"");
}

const char *methodName(QHttpServerRequest::Method m) {
    using M = QHttpServerRequest::Method;
    return m == M::Get ? "GET" : m == M::Post ? "POST" : m == M::Put ? "PUT" : "DELETE";
}

} // namespace

class TestServerQuiz : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyTheCourseCreatorAuthors() {
        ServerHarness s;
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const SyncFixture f = seedSyncFixture(s);
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Creator);
        QCOMPARE(
            code(mutate(s, f.learner, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("forbidden"));
        QCOMPARE(code(mutate(s, other, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
                 QStringLiteral("forbidden"));
        QCOMPARE(
            code(mutate(s, f.moderator, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("forbidden"));
        QCOMPARE(
            code(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-nope")))),
            QStringLiteral("not_found"));
        QCOMPARE(
            status(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("applied"));
        QCOMPARE(
            status(mutate(s, f.admin, mutations::kQuizPut, quizArgs(QStringLiteral("l-paid")))),
            QStringLiteral("applied"));
        // The author reads the key back; a learner and another creator do not.
        const HttpReply mine =
            s.get(QStringLiteral("/api/v1/studio/quiz?lesson=l-open"), f.creator);
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.body.contains(kSecretVariant.toUtf8()));
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/quiz?lesson=l-open"), f.learner).status, 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/quiz?lesson=l-open"), other).status, 403);
        // No questions: the quiz is removed.
        QJsonObject empty = quizArgs(QStringLiteral("l-paid"));
        empty.insert(QStringLiteral("questions"), QJsonArray());
        QCOMPARE(status(mutate(s, f.creator, mutations::kQuizPut, empty)),
                 QStringLiteral("applied"));
        QVERIFY(s.get(QStringLiteral("/api/v1/studio/quiz?lesson=l-paid"), f.creator)
                    .json()
                    .value(QLatin1StringView("quiz"))
                    .isNull());
    }

    void hostileDefinitionsAreRefused() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const auto withQuestion = [](const QJsonObject &q) {
            QJsonObject a = quizArgs(QStringLiteral("l-open"));
            a.insert(QStringLiteral("questions"), QJsonArray{q});
            return a;
        };
        const QJsonObject base = quizArgs(QStringLiteral("l-open"))
                                     .value(QLatin1StringView("questions"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QJsonObject badKind = base;
        badKind.insert(QStringLiteral("kind"), QStringLiteral("essay"));
        QJsonObject unknownCorrect = base;
        unknownCorrect.insert(QStringLiteral("correct"), QJsonArray{QStringLiteral("z")});
        QJsonObject twoCorrect = base;
        twoCorrect.insert(QStringLiteral("correct"),
                          QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QJsonObject hugeText = base;
        hugeText.insert(QStringLiteral("text"), QString(quiz::kMaxQuestionText + 1, u'x'));
        QJsonObject badId = base;
        badId.insert(QStringLiteral("id"), QStringLiteral("q 1/../"));
        for (const QJsonObject &q : {badKind, unknownCorrect, twoCorrect, hugeText, badId})
            QCOMPARE(code(mutate(s, f.creator, mutations::kQuizPut, withQuestion(q))),
                     QStringLiteral("invalid_field"));
        QJsonObject tooMany = quizArgs(QStringLiteral("l-open"));
        QJsonArray many;
        for (int i = 0; i <= quiz::kMaxQuestions; ++i) {
            QJsonObject q = base;
            q.insert(QStringLiteral("id"), QStringLiteral("q%1").arg(i));
            many.append(q);
        }
        tooMany.insert(QStringLiteral("questions"), many);
        QCOMPARE(code(mutate(s, f.creator, mutations::kQuizPut, tooMany)),
                 QStringLiteral("invalid_field"));
        QJsonObject badPass = quizArgs(QStringLiteral("l-open"));
        badPass.insert(QStringLiteral("pass_mark"), 101);
        QCOMPARE(code(mutate(s, f.creator, mutations::kQuizPut, badPass)),
                 QStringLiteral("invalid_field"));
        QVERIFY(!server::QuizStorage(s.storage()).quizOfLesson(QStringLiteral("l-open")));
    }

    void attemptsAreGradedOnTheServer() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(status(mutate(s, f.creator, mutations::kQuizPut,
                               quizArgs(QStringLiteral("l-open"), 3))),
                 QStringLiteral("applied"));
        // Full-width letters, another case and spaces around fold to an accepted variant.
        const QJsonObject first =
            mutate(s, f.learner, mutations::kQuizAttempt,
                   attemptArgs(QStringLiteral("a1"), allRight(QStringLiteral("  ＬＥＮ "))));
        QCOMPARE(status(first), QStringLiteral("applied"));
        const QJsonObject grade = first.value(QLatin1StringView("grade")).toObject();
        QCOMPARE(grade.value(QLatin1StringView("score")).toInt(), 4);
        QCOMPARE(grade.value(QLatin1StringView("max")).toInt(), 4);
        QVERIFY(grade.value(QLatin1StringView("passed")).toBool());
        QVERIFY(QJsonDocument(grade).toJson().contains(kSecretExplanation.toUtf8()));
        // Chinese variant, one wrong choice set: 3 of 4 is exactly the pass mark of 75 %.
        QJsonObject answers = allRight(QStringLiteral("长度"));
        answers.insert(QStringLiteral("q2"), QJsonArray{QStringLiteral("a")});
        const QJsonObject second = mutate(s, f.learner, mutations::kQuizAttempt,
                                          attemptArgs(QStringLiteral("a2"), answers));
        const QJsonObject g2 = second.value(QLatin1StringView("grade")).toObject();
        QCOMPARE(g2.value(QLatin1StringView("score")).toInt(), 3);
        QVERIFY(g2.value(QLatin1StringView("passed")).toBool());
        QVERIFY(!g2.value(QLatin1StringView("questions"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1StringView("right"))
                     .toBool());
        // Unanswered questions are wrong: 0 of 4 fails.
        const QJsonObject third = mutate(s, f.learner, mutations::kQuizAttempt,
                                         attemptArgs(QStringLiteral("a3"), QJsonObject()));
        QVERIFY(!third.value(QLatin1StringView("grade"))
                     .toObject()
                     .value(QLatin1StringView("passed"))
                     .toBool());
        // The fourth is over the three allowed.
        QCOMPARE(code(mutate(s, f.learner, mutations::kQuizAttempt,
                             attemptArgs(QStringLiteral("a4"), allRight()))),
                 QStringLiteral("attempts_used"));
        // The grades come back to this learner only.
        const HttpReply mine = s.get(QStringLiteral("/api/v1/quizzes?course=c-free"), f.learner);
        const QJsonObject quizJson =
            mine.json().value(QLatin1StringView("quizzes")).toArray().at(0).toObject();
        QCOMPARE(quizJson.value(QLatin1StringView("attempts")).toArray().size(), 3);
        const HttpReply theirs = s.get(QStringLiteral("/api/v1/quizzes?course=c-free"), f.entitled);
        QCOMPARE(theirs.json()
                     .value(QLatin1StringView("quizzes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1StringView("attempts"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY(!carriesKey(theirs.body));
        QVERIFY(server::quizzesPassed(s.storage(), f.learnerId, QStringLiteral("c-free")));
        QVERIFY(server::quizzesPassed(s.storage(), f.learnerId, QStringLiteral("c-paid")));
    }

    void hostileAttemptsAreRefused() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        QCOMPARE(
            status(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("applied"));
        QCOMPARE(
            status(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-paid")))),
            QStringLiteral("applied"));
        const auto refused = [&](const QJsonObject &answers) {
            return code(mutate(s, f.learner, mutations::kQuizAttempt,
                               attemptArgs(QStringLiteral("h%1").arg(g_mutation), answers)));
        };
        QCOMPARE(refused({{QStringLiteral("q9"), QJsonArray{QStringLiteral("a")}}}),
                 QStringLiteral("invalid_field")); // unknown question
        QCOMPARE(refused({{QStringLiteral("q1"), QStringLiteral("b")}}),
                 QStringLiteral("invalid_field")); // text for a choice question
        QCOMPARE(refused({{QStringLiteral("q4"), QJsonArray{QStringLiteral("len")}}}),
                 QStringLiteral("invalid_field")); // choices for a short question
        QCOMPARE(
            refused({{QStringLiteral("q1"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}),
            QStringLiteral("invalid_field")); // two choices for a single question
        QCOMPARE(refused({{QStringLiteral("q1"), QJsonArray{QStringLiteral("zz")}}}),
                 QStringLiteral("invalid_field")); // unknown choice
        QCOMPARE(refused({{QStringLiteral("q4"), QString(100000, u'长')}}),
                 QStringLiteral("invalid_field")); // huge answer
        QCOMPARE(
            code(mutate(s, f.learner, mutations::kQuizAttempt,
                        QJsonObject{{QStringLiteral("quiz_id"), QStringLiteral("qz-l-open")}})),
            QStringLiteral("invalid_field"));
        QCOMPARE(
            code(mutate(s, f.learner, mutations::kQuizAttempt,
                        attemptArgs(QStringLiteral("x1"), allRight(), QStringLiteral("qz-none")))),
            QStringLiteral("not_found"));
        // The paid lesson's quiz: not entitled.
        QCOMPARE(code(mutate(
                     s, f.learner, mutations::kQuizAttempt,
                     attemptArgs(QStringLiteral("x2"), allRight(), QStringLiteral("qz-l-paid")))),
                 QStringLiteral("not_enrolled"));
        QCOMPARE(status(mutate(
                     s, f.entitled, mutations::kQuizAttempt,
                     attemptArgs(QStringLiteral("x3"), allRight(), QStringLiteral("qz-l-paid")))),
                 QStringLiteral("applied"));
        // The same mutation again is answered from its record; another mutation reusing the
        // attempt id is refused, even by its own author.
        const QJsonObject once =
            mutate(s, f.learner, mutations::kQuizAttempt,
                   attemptArgs(QStringLiteral("dup"), allRight()), QStringLiteral("m-dup"));
        QCOMPARE(status(once), QStringLiteral("applied"));
        const QJsonObject again =
            mutate(s, f.learner, mutations::kQuizAttempt,
                   attemptArgs(QStringLiteral("dup"), allRight()), QStringLiteral("m-dup"));
        QVERIFY(again.value(QLatin1StringView("duplicate")).toBool());
        QCOMPARE(code(mutate(s, f.entitled, mutations::kQuizAttempt,
                             attemptArgs(QStringLiteral("dup"), allRight()))),
                 QStringLiteral("conflict"));
        QCOMPARE(
            server::QuizStorage(s.storage()).attemptCount(QStringLiteral("qz-l-open"), f.learnerId),
            1);
    }

    // The key and the explanations never reach a learner before they submitted: not in the
    // feed, in any route's answer, or on the live channel.
    void theKeyNeverLeavesBeforeSubmitting() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        LiveClient live(s.port(), f.learner);
        QVERIFY(live.waitConnected());
        QVERIFY(live.waitFor(QStringLiteral("ready")) >= 0);
        QCOMPARE(
            status(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("applied"));
        QCOMPARE(status(mutate(s, f.creator, mutations::kQuizPut,
                               quizArgs(QStringLiteral("l-preview")))),
                 QStringLiteral("applied"));
        // Someone else submits: their grade carries the explanations, never to this learner.
        QCOMPARE(status(mutate(s, f.entitled, mutations::kQuizAttempt,
                               attemptArgs(QStringLiteral("other1"), allRight()))),
                 QStringLiteral("applied"));
        // A change after them, so the live channel has spoken since.
        s.storage().grantEntitlement(f.learnerId, QStringLiteral("c-paid"), s.clock().nowMs());
        QVERIFY(!live.waitForSeq(s.storage().latestSeq()).isEmpty());
        for (const QJsonObject &m : std::as_const(live.messages))
            QVERIFY(!carriesKey(QJsonDocument(m).toJson()));
        const QJsonArray feed = s.syncAll(f.learner);
        QVERIFY(feed.size() > 3);
        QVERIFY(!carriesKey(QJsonDocument(feed).toJson()));
        // Every route with every id name pointing at the quiz's lesson, course and quiz.
        int answered = 0;
        for (const auto &route : s.http().routeTable()) {
            if (route.action == server::Action::SignOut)
                continue;
            for (const QString &value : {QStringLiteral("l-open"), QStringLiteral("c-free"),
                                         QStringLiteral("qz-l-open")}) {
                QUrlQuery q;
                for (const char *name :
                     {"id", "course", "course_id", "lesson", "lesson_id", "quiz", "quiz_id"})
                    q.addQueryItem(QString::fromLatin1(name), value);
                const HttpReply r =
                    s.request(methodName(route.method),
                              route.path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded),
                              QJsonDocument(QJsonObject{{QStringLiteral("lesson_id"), value},
                                                        {QStringLiteral("quiz_id"), value}})
                                  .toJson(),
                              f.learner);
                answered += r.status == 200 ? 1 : 0;
                QVERIFY2(!carriesKey(r.body), qPrintable(route.path));
            }
        }
        QVERIFY(answered > 10);
        // What the learner may fetch: questions and choices.
        const HttpReply quizzes = s.get(QStringLiteral("/api/v1/quizzes"), f.learner);
        QVERIFY(quizzes.body.contains("Which one?"));
        QVERIFY(!carriesKey(quizzes.body));
        // After submitting, their own grade brings the explanations.
        QCOMPARE(status(mutate(s, f.learner, mutations::kQuizAttempt,
                               attemptArgs(QStringLiteral("mine1"), allRight()))),
                 QStringLiteral("applied"));
        QVERIFY(s.get(QStringLiteral("/api/v1/quizzes?course=c-free"), f.learner)
                    .body.contains(kSecretExplanation.toUtf8()));
    }

    void creatorsSeeFiguresPerQuestion() {
        ServerHarness s;
        QVERIFY(s.ok());
        const SyncFixture f = seedSyncFixture(s);
        const QString other = s.createAndLogin(QStringLiteral("other"), Role::Creator);
        const HttpReply none =
            s.get(QStringLiteral("/api/v1/studio/quiz-stats?course=c-free"), f.creator);
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(QLatin1StringView("quizzes")).toArray().isEmpty());
        QCOMPARE(
            status(mutate(s, f.creator, mutations::kQuizPut, quizArgs(QStringLiteral("l-open")))),
            QStringLiteral("applied"));
        QJsonObject wrongA = allRight();
        wrongA.insert(QStringLiteral("q1"), QJsonArray{QStringLiteral("a")});
        QJsonObject wrongC = allRight();
        wrongC.insert(QStringLiteral("q1"), QJsonArray{QStringLiteral("c")});
        mutate(s, f.learner, mutations::kQuizAttempt, attemptArgs(QStringLiteral("s1"), wrongA));
        mutate(s, f.learner, mutations::kQuizAttempt, attemptArgs(QStringLiteral("s2"), wrongA));
        mutate(s, f.entitled, mutations::kQuizAttempt, attemptArgs(QStringLiteral("s3"), wrongC));
        mutate(s, f.entitled, mutations::kQuizAttempt,
               attemptArgs(QStringLiteral("s4"),
                           QJsonObject{{QStringLiteral("q1"), QJsonArray{QStringLiteral("b")}}}));
        const HttpReply r =
            s.get(QStringLiteral("/api/v1/studio/quiz-stats?course=c-free"), f.creator);
        QCOMPARE(r.status, 200);
        const QJsonObject quizJson =
            r.json().value(QLatin1StringView("quizzes")).toArray().at(0).toObject();
        QCOMPARE(quizJson.value(QLatin1StringView("attempts")).toInt(), 4);
        const QJsonObject q1 =
            quizJson.value(QLatin1StringView("questions")).toArray().at(0).toObject();
        QCOMPARE(q1.value(QLatin1StringView("answered")).toInt(), 4);
        QCOMPARE(q1.value(QLatin1StringView("right")).toInt(), 1);
        QCOMPARE(q1.value(QLatin1StringView("top_wrong")).toString(), QStringLiteral("选项 a"));
        QCOMPARE(q1.value(QLatin1StringView("top_wrong_count")).toInt(), 2);
        const QJsonObject q4 =
            quizJson.value(QLatin1StringView("questions")).toArray().at(3).toObject();
        QCOMPARE(q4.value(QLatin1StringView("answered")).toInt(), 3);
        QCOMPARE(q4.value(QLatin1StringView("right")).toInt(), 3);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/quiz-stats?course=c-free"), f.learner).status,
                 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/quiz-stats?course=c-free"), other).status,
                 403);
        QCOMPARE(s.get(QStringLiteral("/api/v1/studio/quiz-stats?course=..%2F"), f.creator).status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestServerQuiz)
#include "tst_server_quiz.moc"

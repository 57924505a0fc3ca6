// One table of hostile mutation arguments, run against both sides of domain/mutation_defs.h: the
// client's optimistic apply (localmutations::apply on a real cache file) and the server's
// dispatch (POST /api/v1/mutations on an in-process server over loopback). Each row must get the
// same verdict on both sides, and a refusal the same sentence: wrong types, missing fields,
// invalid ids, over-long and empty texts, control and bidi-override characters, unknown types.
#include "../server/sync_fixture.h"
#include "cache/cache_database.h"
#include "cache/entity_writer.h"
#include "domain/course_sections.h"
#include "domain/mutation_defs.h"
#include "domain/mutation_defs_saved.h"
#include "learning/certificate_mutations.h"
#include "learning/challenge_rules.h"
#include "learning/quiz_domain.h"
#include "outbox/local_mutations.h"
#include "outbox/outbox_store.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

constexpr qint64 kNow = 1767225600000LL;
const QString kThread = QStringLiteral("t-space");

QString repeated(const QString &unit, int times) {
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

QJsonObject parse(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestMutationCodecs : public QObject {
    Q_OBJECT
    std::unique_ptr<ServerHarness> m_server;
    SyncFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_sent = 0;

    // The server's answer to one mutation: "applied", or the refusal's code and message.
    QJsonObject serverResult(const QString &type, const QJsonObject &args) {
        const QJsonObject m{{QStringLiteral("id"), QStringLiteral("m%1").arg(++m_sent)},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("args"), args}};
        const HttpReply r =
            m_server->post(QStringLiteral("/api/v1/mutations"),
                           {{QStringLiteral("client_id"), QStringLiteral("codec-test")},
                            {QStringLiteral("mutations"), QJsonArray{m}}},
                           m_fixture.learner);
        if (r.status != 200)
            return {{QStringLiteral("http"), r.status}};
        return r.json().value(QLatin1StringView("results")).toArray().first().toObject();
    }

    int outboxRows() {
        QSqlQuery q(m_cache->db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    QString cachedBody(const QString &postId) {
        QSqlQuery q(m_cache->db());
        q.prepare(QStringLiteral("SELECT body FROM posts WHERE id = ?"));
        q.addBindValue(postId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<ServerHarness>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_fixture = seedSyncFixture(*m_server);
        // The client's cache holds the same space and thread the server has.
        m_cache = std::make_unique<CacheDatabase>(QStringLiteral("codecs"));
        QString error;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        const std::optional<Thread> thread = m_server->storage().threadById(kThread);
        QVERIFY(thread);
        EntityWriter writer(m_cache->db());
        QVERIFY2(writer.upsert(Space{QStringLiteral("s1"), QStringLiteral("general"),
                                     QStringLiteral("综合"), QStringLiteral("General"), 0},
                               &error),
                 qPrintable(error));
        QVERIFY2(writer.upsert(*thread, &error), qPrintable(error));
    }

    void sameVerdictOnBothSides_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("refusedField"); // empty: accepted by both
        QTest::addColumn<QString>("storedBody");   // for accepted posts: the body both store

        const auto post = [](const char *id, const QJsonValue &body) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("thread_id"), kThread},
                               {QStringLiteral("body"), body}};
        };
        const QString pc(mutations::kPostCreate);
        const QString tc(mutations::kThreadCreate);
        QTest::newRow("post ok") << pc << post("pc1", QStringLiteral("你好")) << QString()
                                 << QStringLiteral("你好");
        QTest::newRow("post escape and bidi stripped")
            << pc << post("pc2", QStringLiteral("\x1b[31mred\u202e!\x07")) << QString()
            << QStringLiteral("[31mred!");
        QTest::newRow("post only unsafe characters")
            << pc << post("pc3", QStringLiteral("\x07\u202e\u2066\x1b")) << QStringLiteral("body")
            << QString();
        QTest::newRow("post only whitespace")
            << pc << post("pc4", QStringLiteral(" \n\t ")) << QStringLiteral("body") << QString();
        QTest::newRow("post one character too long")
            << pc << post("pc5", repeated(QStringLiteral("a"), mutations::kMaxPostBody + 1))
            << QStringLiteral("body") << QString();
        const QString emoji = repeated(QStringLiteral("\U0001F600"), mutations::kMaxPostBody);
        QTest::newRow("post at the limit in emoji (code points, not UTF-16 units)")
            << pc << post("pc6", emoji) << QString() << emoji;
        QTest::newRow("post body a number")
            << pc << post("pc7", 42) << QStringLiteral("body") << QString();
        QTest::newRow("post body null")
            << pc << post("pc8", QJsonValue::Null) << QStringLiteral("body") << QString();
        QTest::newRow("post thread missing") << pc << parse(R"({"id":"pc9","body":"x"})")
                                             << QStringLiteral("thread_id") << QString();
        QTest::newRow("post id with a path")
            << pc << post("../etc", QStringLiteral("x")) << QStringLiteral("id") << QString();
        QTest::newRow("post parent an object")
            << pc << parse(R"({"id":"pc10","thread_id":"t-space","body":"x","parent_id":{}})")
            << QStringLiteral("parent_id") << QString();

        const auto thread = [](const char *extra) {
            QJsonObject o = parse(R"({"id":"tc1","title":"标题","kind":"question",
                                      "body":"正文","first_post_id":"tc1p","space_id":"s1"})");
            const QJsonObject more = parse(extra);
            for (auto it = more.begin(); it != more.end(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        QTest::newRow("thread title too long")
            << tc
            << thread(QStringLiteral(R"({"title":"%1"})")
                          .arg(repeated(QStringLiteral("题"), mutations::kMaxTitleLength + 1))
                          .toUtf8()
                          .constData())
            << QStringLiteral("title") << QString();
        QTest::newRow("thread two parents")
            << tc << thread(R"({"course_id":"c-free"})") << QStringLiteral("space_id") << QString();
        QTest::newRow("thread unknown kind")
            << tc << thread(R"({"kind":"poll"})") << QStringLiteral("kind") << QString();
        QTest::newRow("thread first post is the thread")
            << tc << thread(R"({"first_post_id":"tc1"})") << QStringLiteral("first_post_id")
            << QString();
        QTest::newRow("thread kind a list")
            << tc << thread(R"({"kind":["question"]})") << QStringLiteral("kind") << QString();
        QTest::newRow("thread ok") << tc << thread("{}") << QString() << QStringLiteral("正文");

        const QString edit(mutations::kPostEdit);
        QTest::newRow("edit too long")
            << edit
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("pc1")},
                           {QStringLiteral("body"),
                            repeated(QStringLiteral("b"), mutations::kMaxPostBody + 1)}}
            << QStringLiteral("body") << QString();
        QTest::newRow("edit base a string")
            << edit << parse(R"({"id":"pc1","body":"x","base_edited_at":"0"})")
            << QStringLiteral("base_edited_at") << QString();
        QTest::newRow("edit ok") << edit << parse(R"({"id":"pc1","body":"改过了"})") << QString()
                                 << QStringLiteral("改过了");
        QTest::newRow("delete id missing") << QString(mutations::kPostDelete) << QJsonObject()
                                           << QStringLiteral("id") << QString();
        QTest::newRow("reaction not allowed")
            << QString(mutations::kReactionAdd) << parse(R"({"post_id":"pc1","emoji":"<script>"})")
            << QStringLiteral("emoji") << QString();
        QTest::newRow("reaction post id a number")
            << QString(mutations::kReactionRemove) << parse(R"({"post_id":7,"emoji":"x"})")
            << QStringLiteral("post_id") << QString();
        QTest::newRow("reaction ok")
            << QString(mutations::kReactionAdd)
            << QJsonObject{{QStringLiteral("post_id"), QStringLiteral("pc1")},
                           {QStringLiteral("emoji"), QStringLiteral("\U0001F44D")}}
            << QString() << QString();
        QTest::newRow("unknown type")
            << QStringLiteral("post.explode") << post("pc11", QStringLiteral("x"))
            << QStringLiteral("-") << QString();
    }

    void sameVerdictOnBothSides() {
        QFETCH(QString, type);
        QFETCH(QJsonObject, args);
        QFETCH(QString, refusedField);
        QFETCH(QString, storedBody);

        const int rowsBefore = outboxRows();
        const Status client =
            localmutations::apply(*m_cache, m_fixture.learnerId, type, args, kNow);
        const QJsonObject server = serverResult(type, args);

        if (refusedField.isEmpty()) {
            QVERIFY2(client.ok(), qPrintable(client.errorText()));
            // An edit of a post whose creation still waits changes that row instead.
            QCOMPARE(outboxRows(), rowsBefore + (type == mutations::kPostEdit ? 0 : 1));
            QCOMPARE(server.value(QLatin1StringView("status")).toString(),
                     QStringLiteral("applied"));
            if (!storedBody.isEmpty()) {
                const QString id =
                    args.value(QLatin1StringView(type == mutations::kThreadCreate ? "first_post_id"
                                                                                  : "id"))
                        .toString();
                QCOMPARE(cachedBody(id), storedBody);
                QCOMPARE(m_server->storage().postById(id)->body, storedBody);
            }
            return;
        }
        // Refused on the device as invalid input, before anything was queued...
        QVERIFY(!client.ok());
        QVERIFY2(client.error().isValidation(), qPrintable(client.errorText()));
        QCOMPARE(outboxRows(), rowsBefore);
        if (refusedField != QLatin1String("-"))
            QVERIFY2(
                client.errorText().contains(QLatin1Char('\'') + refusedField + QLatin1Char('\'')),
                qPrintable(client.errorText()));
        // ...and by the server with the same code and the same sentence.
        QCOMPARE(server.value(QLatin1StringView("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject error = server.value(QLatin1StringView("error")).toObject();
        QCOMPARE(error.value(QLatin1StringView("code")).toString(),
                 QStringLiteral("invalid_field"));
        QCOMPARE(error.value(QLatin1StringView("message")).toString(), client.errorText());
    }

    // Every name the server dispatches is a name of the shared definitions, and the other way
    // round for the discussion mutations the client applies.
    void serverDispatchesTheDefinedNames() {
        QStringList defined{
            QString(mutations::kThreadCreate),      QString(mutations::kPostCreate),
            QString(mutations::kPostEdit),          QString(mutations::kPostDelete),
            QString(mutations::kReactionAdd),       QString(mutations::kReactionRemove),
            QString(mutations::kReportCreate),      QString(mutations::kModerationAct),
            QString(mutations::kModerationUndo),    QString(mutations::kSpaceRules),
            QString(mutations::kFilterPut),         QString(mutations::kFilterDelete),
            QString(mutations::kHeldDecide),        QString(mutations::kAppealCreate),
            QString(mutations::kAppealDecide),      QString(mutations::kMemberDecide),
            QString(mutations::kCommunitySettings), QString(mutations::kReviewPut),
            QString(mutations::kReviewReply),       QString(mutations::kReviewHelpful),
            QString(mutations::kProgressPut),       QString(mutations::kNotePut),
            QString(mutations::kNoteDelete),        QString(mutations::kDraftPut),
            QString(mutations::kDraftDelete),       QString(mutations::kDraftPublish),
            QString(mutations::kScheduleCancel),    QString(mutations::kCoursePrice),
            QString(mutations::kCouponPut),         QString(mutations::kCouponDisable),
            QString(mutations::kLessonDrip),        QString(mutations::kLessonDone),
            QString(mutations::kCertificateRevoke)};
        defined << QString(mutations::kQuizPut) << QString(mutations::kQuizAttempt)
                << QString(mutations::kAssignmentPut) << QString(mutations::kAssignmentSubmit)
                << QString(mutations::kAssignmentReview) << QString(mutations::kSavedAdd)
                << QString(mutations::kSavedRemove) << QString(mutations::kCourseOutline)
                << QString(challenges::kPut) << QString(challenges::kClose)
                << QString(challenges::kCheckIn);
        QStringList dispatched;
        for (const auto &[name, action] : server::MutationService::declaredActions())
            dispatched << name;
        dispatched.sort();
        QStringList sorted = defined;
        sorted.sort();
        QCOMPARE(dispatched, sorted);
    }
};

QTEST_GUILESS_MAIN(TestMutationCodecs)
#include "tst_mutation_codecs.moc"

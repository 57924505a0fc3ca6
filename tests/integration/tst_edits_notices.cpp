// Edits racing other devices, and notices, end to end: real Clients against the real
// lyceum-server (a child process on loopback).
// - The creator edits one post on two devices offline: the first edit to arrive wins, the second
//   is refused as edit_conflict with its text kept, shown over the server's version, and a retry
//   replaces the other version; the server ends with exactly the retried text.
// - An edit of a post deleted on the other device fails with post_deleted, the text kept until
//   the user drops it.
// - A learner's client, live, is told of a reply to the learner's thread and of a mention, once
//   each, and counts them unread in the thread and its space until the thread is read.
#include "client/client.h"
#include "client/discussions_service.h"
#include "client_helpers.h"
#include "server_process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum;
using namespace lyceum::test;

namespace {

QString firstSpace(Client &client) {
    QVector<Space> spaces;
    QEventLoop loop;
    client.discussions().fetchSpaces(&loop, [&](QVector<Space> s) {
        spaces = std::move(s);
        loop.quit();
    });
    loop.exec();
    // The first space a learner may start threads in (the announcements are the team's).
    for (const Space &space : std::as_const(spaces)) {
        if (space.startThreads == SpaceAudience::Everyone)
            return space.id;
    }
    return {};
}

std::optional<PostView> postIn(Client &client, const QString &threadId, const QString &postId) {
    const auto thread = fetchThread(client, threadId);
    if (!thread)
        return std::nullopt;
    for (const PostView &p : thread->posts)
        if (p.post.id == postId)
            return p;
    return std::nullopt;
}

int unreadIn(Client &client, const QString &spaceId, const QString &threadId, int *space) {
    QVector<ThreadSummary> threads;
    QHash<QString, int> bySpace;
    QEventLoop loop;
    client.discussions().fetchUnreadBySpace(&loop,
                                            [&](QHash<QString, int> u) { bySpace = std::move(u); });
    client.discussions().fetchSpaceThreads(spaceId, &loop, [&](QVector<ThreadSummary> t) {
        threads = std::move(t);
        loop.quit();
    });
    loop.exec();
    *space = bySpace.value(spaceId);
    for (const ThreadSummary &t : std::as_const(threads))
        if (t.thread.id == threadId)
            return t.unread;
    return -1;
}

QString argsBody(const OutboxEntry &e) {
    return QJsonDocument::fromJson(e.argsJson.toUtf8())
        .object()
        .value(QLatin1String("body"))
        .toString();
}

} // namespace

class TestEditsNotices : public QObject {
    Q_OBJECT
    ServerProcess m_server;
    QTemporaryDir m_profiles;
    std::unique_ptr<Client> m_laptop, m_phone; // the creator's two devices
    std::unique_ptr<Client> m_learner;
    QString m_space;
    QString m_thread;

    std::unique_ptr<Client> makeClient(const QString &name, const QString &handle, bool live) {
        Client::Options o;
        o.profileDir = m_profiles.filePath(name);
        o.useKeychain = false;
        o.requestTimeoutMs = 10000;
        o.live = live;
        o.autoFlush = live; // the creator's devices send only when the test says
        auto client = std::make_unique<Client>(o);
        if (!openClient(*client))
            return nullptr;
        QSignalSpy spy(client.get(), &Client::loginFinished);
        client->login(m_server.url(), handle, QStringLiteral("lyceum-demo"), false);
        if (waitError(spy).isError())
            return nullptr;
        QSignalSpy synced(client.get(), &Client::syncFinished);
        client->syncNow();
        if (waitError(synced).isError())
            return nullptr;
        return client;
    }

    static bool flush(Client &client) {
        QSignalSpy flushed(&client, &Client::outboxFlushed);
        client.flushOutbox();
        return !waitError(flushed).isError();
    }

    static bool pull(Client &client) {
        QSignalSpy synced(&client, &Client::syncFinished);
        client.syncNow();
        return !waitError(synced).isError();
    }

private Q_SLOTS:
    void initTestCase() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo")}, listen, &error), qPrintable(error));
        m_laptop = makeClient(QStringLiteral("laptop"), QStringLiteral("creator"), false);
        m_phone = makeClient(QStringLiteral("phone"), QStringLiteral("creator"), false);
        m_learner = makeClient(QStringLiteral("learner"), QStringLiteral("learner"), true);
        QVERIFY(m_laptop && m_phone && m_learner);
        m_space = firstSpace(*m_learner);
        QVERIFY(!m_space.isEmpty());
        // The learner starts a thread: replies to it concern the learner.
        m_thread = m_learner->discussions().createThread(
            m_space, {}, {}, QStringLiteral("我的问题：如何开始？"), ThreadKind::Question,
            QStringLiteral("Where do I start?"));
        QVERIFY(!m_thread.isEmpty());
        QVERIFY(waitFor([&] { return fetchThread(*m_learner, m_thread).has_value(); }));
        QVERIFY(flush(*m_learner));
        QVERIFY(fetchOutbox(*m_learner).isEmpty());
        QVERIFY(pull(*m_laptop) && pull(*m_phone));
        QVERIFY(fetchThread(*m_laptop, m_thread));
    }

    void racingEditsEndClearly() {
        const QString post =
            m_laptop->discussions().createPost(m_thread, {}, QStringLiteral("first version"));
        QVERIFY(!post.isEmpty());
        QVERIFY(flush(*m_laptop));
        QVERIFY(pull(*m_phone));
        QVERIFY(postIn(*m_phone, m_thread, post));

        // Both devices edit while apart; the phone's edit arrives first.
        m_phone->discussions().editPost(post, QStringLiteral("phone text"));
        m_laptop->discussions().editPost(post, QStringLiteral("laptop text 笔记本"));
        QVERIFY(waitFor([&] {
            return postIn(*m_laptop, m_thread, post)->post.body ==
                   QStringLiteral("laptop text 笔记本");
        }));
        QVERIFY(flush(*m_phone));
        QVERIFY(flush(*m_laptop));

        // The laptop's edit was refused; its text is kept and shown as not sent, over the
        // server's version once pulled.
        QVector<OutboxEntry> outbox = fetchOutbox(*m_laptop);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().state, OutboxState::Failed);
        QCOMPARE(outbox.first().errorCode, QStringLiteral("edit_conflict"));
        QCOMPARE(argsBody(outbox.first()), QStringLiteral("laptop text 笔记本"));
        QVERIFY(pull(*m_laptop));
        auto view = postIn(*m_laptop, m_thread, post);
        QVERIFY(view);
        QCOMPARE(view->post.body, QStringLiteral("phone text"));
        QCOMPARE(view->pending, OutboxState::Failed);
        QCOMPARE(view->refusedEdit, QStringLiteral("laptop text 笔记本"));
        QVERIFY(!view->failure.isEmpty());

        // Retry = keep mine: applied once, and the phone gets it.
        m_laptop->retryOutbox(outbox.first().seq);
        QVERIFY(
            waitFor([&] { return fetchOutbox(*m_laptop).first().state == OutboxState::Waiting; }));
        QVERIFY(flush(*m_laptop));
        outbox = fetchOutbox(*m_laptop);
        QVERIFY2(outbox.isEmpty(), qPrintable(outbox.isEmpty() ? QString()
                                                               : outbox.first().errorCode + u' ' +
                                                                     outbox.first().argsJson));
        QVERIFY(pull(*m_phone) && pull(*m_laptop));
        QCOMPARE(postIn(*m_phone, m_thread, post)->post.body, QStringLiteral("laptop text 笔记本"));
        QCOMPARE(postIn(*m_laptop, m_thread, post)->post.body,
                 QStringLiteral("laptop text 笔记本"));
        QVERIFY(!postIn(*m_laptop, m_thread, post)->pending.has_value());
    }

    void editOfPostDeletedElsewhereKeepsTheText() {
        const QString post =
            m_laptop->discussions().createPost(m_thread, {}, QStringLiteral("to be deleted"));
        QVERIFY(flush(*m_laptop));
        QVERIFY(pull(*m_phone));
        m_phone->discussions().deletePost(post);
        QVERIFY(waitFor([&] { return postIn(*m_phone, m_thread, post)->post.deleted; }));
        QVERIFY(flush(*m_phone));
        // The laptop has not heard of it and edits.
        m_laptop->discussions().editPost(post, QStringLiteral("an edit nobody will see"));
        QVERIFY(flush(*m_laptop));
        QVector<OutboxEntry> outbox = fetchOutbox(*m_laptop);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().errorCode, QStringLiteral("post_deleted"));
        QCOMPARE(argsBody(outbox.first()), QStringLiteral("an edit nobody will see"));
        QVERIFY(pull(*m_laptop));
        const auto view = postIn(*m_laptop, m_thread, post);
        QVERIFY(view && view->post.deleted);
        QCOMPARE(view->refusedEdit, QStringLiteral("an edit nobody will see"));
        // Dropping it is the user's decision; then nothing is left over.
        m_laptop->discardOutbox(outbox.first().seq);
        QVERIFY(waitFor([&] { return fetchOutbox(*m_laptop).isEmpty(); }));
        QVERIFY(!postIn(*m_laptop, m_thread, post)->pending.has_value());
    }

    void learnerIsToldOnceAndCountsUnread() {
        QSignalSpy notices(&m_learner->discussions(), &DiscussionsService::noticesArrived);
        QVERIFY(waitFor([&] { return m_learner->isLive(); }, kWait));
        // Earlier replies from the race tests may still arrive: wait for them, then start from a
        // read thread.
        QVERIFY(pull(*m_laptop));
        QVERIFY(waitFor([&] {
            return fetchThread(*m_learner, m_thread)->posts.size() ==
                   fetchThread(*m_laptop, m_thread)->posts.size();
        }));
        // The marker: a pull of the learner's own, then a cache round trip. Notices are read
        // by a cache job queued when a pull finishes, and the cache runs jobs in order, so
        // every notice of those replies has been emitted when the round trip returns.
        QVERIFY(pull(*m_learner));
        QVERIFY(fetchThread(*m_learner, m_thread));
        m_learner->discussions().markThreadRead(m_thread);
        QVERIFY(waitFor([&] {
            int space = 0;
            return unreadIn(*m_learner, m_space, m_thread, &space) == 0;
        }));
        notices.clear();

        const QString reply =
            m_laptop->discussions().createPost(m_thread, {}, QStringLiteral("Start here."));
        QVERIFY(flush(*m_laptop));
        QVERIFY2(waitFor([&] { return !notices.isEmpty(); }), "no notice for the reply");
        auto got = notices.takeFirst().at(0).value<QVector<Notice>>();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().reason, NoticeReason::ReplyToMyThread);
        QCOMPARE(got.first().post.post.id, reply);

        // A mention in a thread that is not the learner's.
        const QString other = m_laptop->discussions().createThread(
            m_space, {}, {}, QStringLiteral("Announcements 公告"), ThreadKind::Discussion,
            QStringLiteral("谢谢@learner的提问"));
        QVERIFY(!other.isEmpty());
        QVERIFY(flush(*m_laptop));
        QVERIFY2(waitFor([&] { return !notices.isEmpty(); }), "no notice for the mention");
        got = notices.takeFirst().at(0).value<QVector<Notice>>();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().reason, NoticeReason::Mention);

        // Unread: the reply in the learner's thread, the opening post of the new thread.
        int space = 0;
        QVERIFY(waitFor([&] { return unreadIn(*m_learner, m_space, m_thread, &space) == 1; }));
        QVERIFY2(space >= 2, qPrintable(QString::number(space)));
        const int before = space;
        m_learner->discussions().markThreadRead(m_thread);
        QVERIFY(waitFor([&] { return unreadIn(*m_learner, m_space, m_thread, &space) == 0; }));
        QCOMPARE(space, before - 1);

        // Nothing is told twice: a pull brings nothing new.
        QVERIFY(pull(*m_learner));
        QVERIFY(fetchThread(*m_learner, m_thread)); // the pull's notice job has run (see above)
        QVERIFY(notices.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditsNotices)
#include "tst_edits_notices.moc"

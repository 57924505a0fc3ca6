#include "cli/cli_commands.h"

#include "api/server_address.h"
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/client.h"
#include "client/discussions_service.h"
#include "domain/codec.h"
#include "text/unsafe_chars.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}
} // namespace

namespace support {

std::unique_ptr<Client> openClient(const Invocation &inv) {
    Client::Options options;
    options.profileDir = inv.profileDir;
    options.syncPageSize = inv.pageSize;
    options.autoFlush = false; // `post` queues offline; `flush` sends
    options.live = false;      // short-lived: a pull per command is enough
    auto client = std::make_unique<Client>(options);
    ApiError error;
    bool failed = false;
    QEventLoop loop;
    QObject::connect(client.get(), &Client::opened, &loop, &QEventLoop::quit);
    QObject::connect(client.get(), &Client::openFailed, &loop, [&](const ApiError &e) {
        error = e;
        failed = true;
        loop.quit();
    });
    client->open();
    if (!client->isOpen() && !failed)
        loop.exec();
    if (failed) {
        *inv.err << error.message << '\n';
        return nullptr;
    }
    return client;
}

bool restore(Client &client, const Invocation &inv) {
    bool ok = false;
    QString problem;
    auto errorConnection = QObject::connect(&client, &Client::errorOccurred,
                                            [&](const ApiError &e) { problem = e.message; });
    await(
        [&](auto quit) {
            return QObject::connect(&client, &Client::sessionRestored, [&ok, quit](bool restored) {
                ok = restored;
                quit();
            });
        },
        [&] { client.restoreSession(); });
    QObject::disconnect(errorConnection);
    if (!ok) {
        if (!client.sessionPersistent())
            *inv.err << client.keychainProblem() << '\n';
        else if (!problem.isEmpty())
            *inv.err << problem << '\n';
        *inv.err << QCoreApplication::translate(
                        "lyceum::cli", "Not logged in. Run: lyceum-cli --server URL --profile DIR "
                                       "login --user HANDLE --password-stdin")
                 << '\n';
    }
    return ok;
}

void printJson(const Invocation &inv, const QJsonValue &value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // Control characters are \u escapes already; C1 and bidirectional overrides become ones
    // too, so the terminal sanitizer has nothing to drop and the JSON value is unchanged.
    *inv.out << text::escapeUnsafeCharsInJson(
        QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

ApiError runSync(Client &client) {
    ApiError result;
    await(
        [&](auto quit) {
            return QObject::connect(&client, &Client::syncFinished,
                                    [&result, quit](const ApiError &e) {
                                        result = e;
                                        quit();
                                    });
        },
        [&] { client.syncNow(); });
    return result;
}

} // namespace support

using namespace support;

namespace {

QString stateName(OutboxState state) {
    switch (state) {
    case OutboxState::Waiting:
        return QStringLiteral("waiting");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject threadJson(const ThreadSummary &s) {
    QJsonObject o = toJson(s.thread);
    o.insert(QStringLiteral("author_name"), s.authorName);
    o.insert(QStringLiteral("pending"), s.pending);
    o.insert(QStringLiteral("unread"), s.unread);
    return o;
}

CacheCounts counts(Client &client) {
    CacheCounts result;
    QEventLoop loop;
    client.fetchCounts(&loop, [&](CacheCounts c) {
        result = c;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

int login(const Invocation &inv) {
    const QString handle = inv.values.value(QStringLiteral("user"));
    if (inv.server.isEmpty() || handle.isEmpty() || !inv.passwordStdin) {
        *inv.err << tr("login needs --server URL, --user HANDLE and --password-stdin.") << '\n';
        return Usage;
    }
    // Said before anything is sent: plain http to another machine carries the password in clear.
    if (const QString warning = plainHttpWarning(inv.server); !warning.isEmpty())
        *inv.err << warning << '\n';
    QByteArray password = inv.in ? inv.in->readAll() : QByteArray();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty()) {
        *inv.err << tr("No password was given on standard input.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    ApiError result;
    await(
        [&](auto quit) {
            return QObject::connect(client.get(), &Client::loginFinished,
                                    [&result, quit](const ApiError &e) {
                                        result = e;
                                        quit();
                                    });
        },
        [&] { client->login(inv.server, handle, QString::fromUtf8(password), true); });
    if (result.isError()) {
        *inv.err << tr("Login failed: %1").arg(result.message) << '\n';
        return Failed;
    }
    if (!client->sessionPersistent()) {
        *inv.err << client->keychainProblem() << '\n'
                 << tr("The session could not be saved, so later commands cannot use it.") << '\n';
        return Failed;
    }
    const auto user = client->currentUser();
    *inv.out << tr("Logged in as %1 on %2.")
                    .arg(user ? user->displayName : handle, client->serverUrl().toString())
             << '\n';
    return Ok;
}

int sync(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    const ApiError e = runSync(*client);
    if (e.isError()) {
        *inv.err << tr("Sync failed: %1").arg(e.message) << '\n';
        return Failed;
    }
    const CacheCounts c = counts(*client);
    *inv.out << tr("Synced %1 changes: %2 courses, %3 lessons, %4 threads, %5 posts.")
                    .arg(client->syncStatus().received)
                    .arg(c.courses)
                    .arg(c.lessons)
                    .arg(c.threads)
                    .arg(c.posts)
             << '\n';
    return Ok;
}

int status(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    const CacheCounts c = counts(*client);
    const SyncStatus s = client->syncStatus();
    if (inv.json) {
        printJson(inv, QJsonObject{{QStringLiteral("server"), client->serverUrl().toString()},
                                   {QStringLiteral("handle"), client->handle()},
                                   {QStringLiteral("users"), c.users},
                                   {QStringLiteral("spaces"), c.spaces},
                                   {QStringLiteral("courses"), c.courses},
                                   {QStringLiteral("lessons"), c.lessons},
                                   {QStringLiteral("threads"), c.threads},
                                   {QStringLiteral("posts"), c.posts},
                                   {QStringLiteral("reactions"), c.reactions},
                                   {QStringLiteral("outbox"), c.outbox},
                                   {QStringLiteral("outbox_failed"), c.outboxFailed},
                                   {QStringLiteral("cursor"), c.cursor},
                                   {QStringLiteral("last_synced_at"), s.lastSyncedAt}});
        return Ok;
    }
    *inv.out << tr("Profile: %1 (%2 on %3)")
                    .arg(inv.profileDir, client->handle(), client->serverUrl().toString())
             << '\n'
             << tr("Cache: %1 courses, %2 lessons, %3 threads, %4 posts, %5 users")
                    .arg(c.courses)
                    .arg(c.lessons)
                    .arg(c.threads)
                    .arg(c.posts)
                    .arg(c.users)
             << '\n'
             << tr("Outbox: %1 waiting, %2 failed").arg(c.outbox).arg(c.outboxFailed) << '\n';
    return Ok;
}

int threads(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QVector<ThreadSummary> list;
    QEventLoop loop;
    client->discussions().fetchAllThreads(100000, &loop, [&](QVector<ThreadSummary> result) {
        list = std::move(result);
        loop.quit();
    });
    loop.exec();
    if (inv.json) {
        QJsonArray array;
        for (const ThreadSummary &s : std::as_const(list))
            array.append(threadJson(s));
        printJson(inv, array);
        return Ok;
    }
    for (const ThreadSummary &s : std::as_const(list))
        *inv.out << s.thread.id << '\t' << s.thread.postCount << '\t' << s.thread.title
                 << (s.pending ? tr(" (not sent yet)") : QString()) << '\n';
    return Ok;
}

int thread(const Invocation &inv) {
    if (inv.positional.size() != 1) {
        *inv.err << tr("thread needs exactly one thread id.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    std::optional<ThreadDetail> detail;
    QEventLoop loop;
    client->discussions().fetchThread(inv.positional.first(), &loop,
                                      [&](std::optional<ThreadDetail> result) {
                                          detail = std::move(result);
                                          loop.quit();
                                      });
    loop.exec();
    if (!detail) {
        *inv.err << tr("No thread %1 in the local cache.").arg(inv.positional.first()) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray posts;
        for (const PostView &v : std::as_const(detail->posts)) {
            QJsonObject o = toJson(v.post);
            o.insert(QStringLiteral("author_name"), v.authorName);
            o.insert(QStringLiteral("depth"), v.depth);
            o.insert(QStringLiteral("pending"),
                     v.pending ? QJsonValue(stateName(*v.pending)) : QJsonValue());
            if (!v.failure.isEmpty())
                o.insert(QStringLiteral("failure"), v.failure);
            QJsonArray reactions;
            for (const ReactionCount &r : v.reactions)
                reactions.append(QJsonObject{{QStringLiteral("emoji"), r.emoji},
                                             {QStringLiteral("count"), r.count},
                                             {QStringLiteral("mine"), r.mine}});
            o.insert(QStringLiteral("reactions"), reactions);
            posts.append(o);
        }
        printJson(inv, QJsonObject{{QStringLiteral("thread"), threadJson(detail->summary)},
                                   {QStringLiteral("posts"), posts}});
        return Ok;
    }
    *inv.out << detail->summary.thread.title << '\n';
    for (const PostView &v : std::as_const(detail->posts)) {
        *inv.out << QString(v.depth * 2, u' ') << v.authorName << ": " << v.post.body
                 << (v.pending ? QStringLiteral(" [%1]").arg(stateName(*v.pending)) : QString())
                 << '\n';
    }
    return Ok;
}

int post(const Invocation &inv) {
    const QString threadId = inv.values.value(QStringLiteral("thread"));
    const QString body = inv.values.value(QStringLiteral("body"));
    if (threadId.isEmpty() || body.isEmpty()) {
        *inv.err << tr("post needs --thread ID and --body TEXT.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client)
        return Failed;
    ApiError failure;
    QString id;
    await(
        [&](auto quit) {
            auto changed = QObject::connect(client.get(), &Client::cacheChanged, quit);
            QObject::connect(client.get(), &Client::errorOccurred,
                             [&failure, quit](const ApiError &e) {
                                 failure = e;
                                 quit();
                             });
            return changed;
        },
        [&] {
            id = client->discussions().createPost(threadId,
                                                  inv.values.value(QStringLiteral("parent")), body);
        });
    if (failure.isError() || id.isEmpty()) {
        *inv.err << tr("The reply was not queued: %1").arg(failure.message) << '\n';
        return Failed;
    }
    *inv.out << id << '\n';
    return Ok;
}

int outbox(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    QVector<OutboxEntry> entries;
    QEventLoop loop;
    client->fetchOutbox(&loop, [&](QVector<OutboxEntry> result) {
        entries = std::move(result);
        loop.quit();
    });
    loop.exec();
    if (inv.json) {
        QJsonArray array;
        for (const OutboxEntry &e : std::as_const(entries))
            array.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("mutation_id"), e.mutationId},
                {QStringLiteral("type"), e.type},
                {QStringLiteral("entity_id"), e.entityId},
                {QStringLiteral("state"), stateName(e.state)},
                {QStringLiteral("error_code"), e.errorCode},
                {QStringLiteral("error_message"), e.errorMessage},
                {QStringLiteral("attempts"), e.attempts},
                {QStringLiteral("created_at"), e.createdAt},
                {QStringLiteral("args"), QJsonDocument::fromJson(e.argsJson.toUtf8()).object()}});
        printJson(inv, array);
        return Ok;
    }
    for (const OutboxEntry &e : std::as_const(entries))
        *inv.out << e.seq << '\t' << e.type << '\t' << stateName(e.state) << '\t' << e.errorMessage
                 << '\n';
    return Ok;
}

int flush(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    // syncNow sends the outbox first, then pulls.
    const ApiError e = runSync(*client);
    const CacheCounts c = counts(*client);
    if (e.isError())
        *inv.err << tr("Flush failed: %1").arg(e.message) << '\n';
    if (c.outboxFailed > 0)
        *inv.err << tr("%1 changes were rejected by the server (see: lyceum-cli outbox).")
                        .arg(c.outboxFailed)
                 << '\n';
    if (c.outbox > 0)
        *inv.err << tr("%1 changes are still waiting to be sent.").arg(c.outbox) << '\n';
    *inv.out << tr("Outbox: %1 waiting, %2 failed.").arg(c.outbox).arg(c.outboxFailed) << '\n';
    return (e.isError() || c.outbox > 0 || c.outboxFailed > 0) ? Failed : Ok;
}

} // namespace lyceum::cli

// lyceum-cli checkin --challenge ID --body TEXT: queues a check-in for today through the outbox
// and sends it, then prints what the server decided; challenges [--json]: the challenges with
// the user's streak (learning/challenge_service.h).
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "learning/challenge_service.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

// Fetches the challenges from the server; offline, says so and keeps the cached ones.
void refreshChallenges(Client &client, const Invocation &inv) {
    ApiError failure;
    QEventLoop loop;
    client.challenges().refresh({}, &loop, [&](const ApiError &e) {
        failure = e;
        loop.quit();
    });
    loop.exec();
    if (failure.isError())
        *inv.err << tr("Showing the challenges kept on this device: %1").arg(failure.message)
                 << '\n';
}

QVector<ChallengeView> readChallenges(Client &client) {
    QVector<ChallengeView> views;
    QEventLoop loop;
    client.challenges().fetchChallenges({}, &loop, [&](QVector<ChallengeView> v) {
        views = std::move(v);
        loop.quit();
    });
    loop.exec();
    return views;
}

std::optional<OutboxEntry> outboxRow(Client &client, const QString &postId) {
    std::optional<OutboxEntry> found;
    QEventLoop loop;
    client.fetchOutbox(&loop, [&](QVector<OutboxEntry> entries) {
        for (const OutboxEntry &e : std::as_const(entries)) {
            if (e.entityId == postId)
                found = e;
        }
        loop.quit();
    });
    loop.exec();
    return found;
}

} // namespace

int checkin(const Invocation &inv) {
    const QString challengeId = inv.values.value(QStringLiteral("challenge"));
    const QString body = inv.values.value(QStringLiteral("body"));
    if (challengeId.isEmpty() || body.isEmpty()) {
        *inv.err << tr("checkin needs --challenge ID and --body TEXT.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    refreshChallenges(*client, inv);
    ApiError failure;
    QString postId;
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
        [&] { postId = client->challenges().checkIn(challengeId, body); });
    if (failure.isError() || postId.isEmpty()) {
        *inv.err << tr("The check-in was not queued: %1").arg(failure.message) << '\n';
        return Failed;
    }
    ApiError sent;
    await(
        [&](auto quit) {
            return QObject::connect(client.get(), &Client::outboxFlushed,
                                    [&sent, quit](const ApiError &e) {
                                        sent = e;
                                        quit();
                                    });
        },
        [&] { client->flushOutbox(); });
    const std::optional<OutboxEntry> row = outboxRow(*client, postId);
    QString status = QStringLiteral("applied");
    if (row)
        status = row->state == OutboxState::Failed ? QStringLiteral("rejected")
                                                   : QStringLiteral("queued");
    if (status == QLatin1String("applied"))
        refreshChallenges(*client, inv);
    ChallengeView view;
    for (const ChallengeView &v : readChallenges(*client)) {
        if (v.challenge.id == challengeId)
            view = v;
    }
    if (inv.json) {
        QJsonObject out{{QStringLiteral("challenge_id"), challengeId},
                        {QStringLiteral("post_id"), postId},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("day"), view.today},
                        {QStringLiteral("my_streak"), view.myStreak}};
        if (row && row->state == OutboxState::Failed)
            out.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("code"), row->errorCode},
                                   {QStringLiteral("message"), row->errorMessage}});
        printJson(inv, out);
    } else if (status == QLatin1String("applied")) {
        *inv.out << tr("Checked in for day %1 of %2. Streak: %3 days.")
                        .arg(view.today)
                        .arg(view.challenge.title)
                        .arg(view.myStreak)
                 << '\n';
    } else if (status == QLatin1String("queued")) {
        *inv.out << tr("Queued: the check-in is sent when the server can be reached (%1).")
                        .arg(sent.message)
                 << '\n';
    }
    if (status == QLatin1String("rejected")) {
        *inv.err << tr("The server refused the check-in: %1").arg(row->errorMessage) << '\n';
        return Failed;
    }
    return Ok;
}

int challengeList(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    if (restore(*client, inv))
        refreshChallenges(*client, inv);
    const QVector<ChallengeView> views = readChallenges(*client);
    if (inv.json) {
        QJsonArray out;
        for (const ChallengeView &v : views)
            out.append(QJsonObject{{QStringLiteral("id"), v.challenge.id},
                                   {QStringLiteral("title"), v.challenge.title},
                                   {QStringLiteral("days"), v.challenge.days},
                                   {QStringLiteral("my_streak"), v.myStreak},
                                   {QStringLiteral("checked_in_today"), v.checkedInToday}});
        printJson(inv, out);
        return Ok;
    }
    for (const ChallengeView &v : views)
        *inv.out << v.challenge.id << '\t' << tr("day %1/%2").arg(v.today).arg(v.challenge.days)
                 << '\t' << tr("streak %1").arg(v.myStreak) << '\t'
                 << (v.checkedInToday ? tr("checked in today") : tr("not yet today")) << '\t'
                 << v.challenge.title << '\n';
    return Ok;
}

} // namespace lyceum::cli

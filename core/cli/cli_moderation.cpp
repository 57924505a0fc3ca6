// The CLI's moderation commands (docs/protocol.md, "Moderation"): spaces (each space's rules,
// from the cache), notices (the moderation actions concerning me, from the server) and appeal
// (files an appeal through the outbox and sends it at once, saying whether it was accepted).
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace lyceum::cli {

using namespace support;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}
} // namespace

int spaces(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    const auto [e, list] = call<QVector<Space>>([&](QObject *context, auto done) {
        client->discussions().fetchSpaces(context,
                                          [done](QVector<Space> result) { done({}, result); });
    });
    if (inv.json) {
        QJsonArray array;
        for (const Space &s : list)
            array.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("title"), s.name},
                            {QStringLiteral("start_threads"), spaceAudienceName(s.startThreads)},
                            {QStringLiteral("reply"), spaceAudienceName(s.reply)},
                            {QStringLiteral("slow_mode_s"), s.slowModeS}});
        printJson(inv, array);
        return Ok;
    }
    for (const Space &s : list)
        *inv.out << s.id << '\t' << s.name << '\t' << spaceAudienceName(s.startThreads) << '\t'
                 << spaceAudienceName(s.reply) << '\t'
                 << (s.slowModeS > 0 ? tr("slow mode %1 s").arg(s.slowModeS) : QString())
                 << (s.closed ? tr(" closed") : QString()) << '\n';
    return Ok;
}

int notices(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    const auto [e, list] = call<QVector<ModerationNotice>>(
        [&](QObject *context, auto done) { client->moderation().fetchAllNotices(context, done); });
    if (e.isError()) {
        *inv.err << tr("The notices could not be fetched: %1").arg(e.message) << '\n';
        return Failed;
    }
    if (inv.json) {
        QJsonArray array;
        for (const ModerationNotice &n : list)
            array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("action"), n.action},
                                     {QStringLiteral("target_kind"), n.targetKind},
                                     {QStringLiteral("target_id"), n.targetId},
                                     {QStringLiteral("reason"), n.reason},
                                     {QStringLiteral("at"), n.createdAt},
                                     {QStringLiteral("appealable"), n.appealable}});
        printJson(inv, array);
        return Ok;
    }
    for (const ModerationNotice &n : list)
        *inv.out
            << n.id << '\t'
            << QDateTime::fromMSecsSinceEpoch(n.createdAt, QTimeZone::utc()).toString(Qt::ISODate)
            << '\t' << n.action << '\t' << n.targetKind << ':' << n.targetId << '\t' << n.reason
            << '\t' << (n.appealable ? tr("(appealable)") : QString()) << '\n';
    return Ok;
}

int appeal(const Invocation &inv) {
    bool ok = false;
    const qint64 actionId = inv.values.value(QStringLiteral("action")).toLongLong(&ok);
    const QString note = inv.values.value(QStringLiteral("note")).trimmed();
    if (!ok || actionId <= 0 || note.isEmpty()) {
        *inv.err << tr("appeal needs --action ID (a notice's id) and --note TEXT.") << '\n';
        return Usage;
    }
    auto client = openClient(inv);
    if (!client || !restore(*client, inv))
        return Failed;
    QString mutationId;
    ApiError failure;
    await(
        [&](auto quit) {
            QObject::connect(client.get(), &Client::errorOccurred,
                             [&failure, quit](const ApiError &e) {
                                 failure = e;
                                 quit();
                             });
            return QObject::connect(client.get(), &Client::cacheChanged, quit);
        },
        [&] {
            client->moderation().appeal(actionId, note,
                                        [&mutationId](const QString &id) { mutationId = id; });
        });
    if (failure.isError() || mutationId.isEmpty()) {
        *inv.err << tr("The appeal was not queued: %1").arg(failure.message) << '\n';
        return Failed;
    }
    // Sent now, so the answer is known: accepted, or refused (a second appeal, say).
    const ApiError sent = runSync(*client);
    const auto [e, entries] = call<QVector<OutboxEntry>>([&](QObject *context, auto done) {
        client->fetchOutbox(context, [done](QVector<OutboxEntry> r) { done({}, r); });
    });
    for (const OutboxEntry &entry : entries) {
        if (entry.mutationId != mutationId)
            continue;
        if (entry.state == OutboxState::Failed) {
            *inv.err
                << tr("The appeal was refused (%1): %2").arg(entry.errorCode, entry.errorMessage)
                << '\n';
            return Failed;
        }
        *inv.err << tr("The appeal is queued and will be sent when the server can be reached: %1")
                        .arg(sent.message)
                 << '\n';
        return Failed;
    }
    *inv.out << tr("Appeal filed; a moderator will decide it.") << '\n';
    return Ok;
}

} // namespace lyceum::cli

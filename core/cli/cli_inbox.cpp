// `lyceum-cli inbox`: the inbox computed from the cache (reading/inbox_store.h). With a saved
// session the moderators' notices are fetched first (they are not in the feed); offline, or
// without a session, what the cache holds is shown.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "client/discussions_service.h"
#include "client/moderation_service.h"
#include "learning/assignment_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

QJsonValue idOrNull(const QString &id) {
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject itemJson(const InboxItem &item) {
    return QJsonObject{{QStringLiteral("kind"), inboxKindName(item.kind)},
                       {QStringLiteral("thread_id"), idOrNull(item.threadId)},
                       {QStringLiteral("post_id"), idOrNull(item.postId)},
                       {QStringLiteral("from"), idOrNull(item.from)},
                       {QStringLiteral("at"), item.at},
                       {QStringLiteral("read"), item.read}};
}

// Fetches the notices when a saved session can be restored; says nothing otherwise.
void refreshNotices(Client &client) {
    bool restored = false;
    await(
        [&](auto quit) {
            return QObject::connect(&client, &Client::sessionRestored, [&restored, quit](bool ok) {
                restored = ok;
                quit();
            });
        },
        [&] { client.restoreSession(); });
    if (!restored)
        return;
    // Reviewed assignments (the "assignment" items) are fetched like the notices.
    QEventLoop reviewed;
    assignmentsOf(client).refreshMine(&reviewed,
                                      [&reviewed](const ApiError &) { reviewed.quit(); });
    reviewed.exec();
    await(
        [&](auto quit) {
            return QObject::connect(&client.moderation(),
                                    &ModerationService::moderationNoticesChecked, quit);
        },
        [&] { client.moderation().refreshModerationNotices(); });
}

} // namespace

int inbox(const Invocation &inv) {
    auto client = openClient(inv);
    if (!client)
        return Failed;
    refreshNotices(*client);
    QVector<InboxItem> items;
    bool failed = false;
    auto errors = QObject::connect(client.get(), &Client::errorOccurred, [&](const ApiError &e) {
        if (e.kind == ApiError::Kind::Storage) {
            failed = true;
            *inv.err << e.message << '\n';
        }
    });
    QEventLoop loop;
    client->discussions().fetchInbox(500, &loop, [&](QVector<InboxItem> result) {
        items = std::move(result);
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(errors);
    if (failed)
        return Failed;
    if (inv.json) {
        QJsonArray array;
        for (const InboxItem &item : std::as_const(items))
            array.append(itemJson(item));
        printJson(inv, array);
        return Ok;
    }
    if (items.isEmpty())
        *inv.out << tr("The inbox is empty.") << '\n';
    for (const InboxItem &item : std::as_const(items)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(item.at).toString(Qt::ISODate);
        *inv.out << (item.read ? QStringLiteral("  ") : QStringLiteral("* ")) << when << ' '
                 << inboxKindName(item.kind);
        if (!item.from.isEmpty())
            *inv.out << " @" << item.from;
        *inv.out << ": " << item.title;
        if (!item.text.isEmpty())
            *inv.out << " — " << item.text;
        *inv.out << '\n';
    }
    return Ok;
}

} // namespace lyceum::cli

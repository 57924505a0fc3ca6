// Helpers shared by the CLI's command files (cli_commands.cpp, cli_commerce.cpp).
#pragma once

#include "cli/cli_commands.h"
#include "client/client.h"

#include <QEventLoop>
#include <QJsonValue>
#include <memory>

namespace lyceum::cli::support {

// Runs start(), then spins an event loop until the signal connected by connectFn fires.
template<typename Connect, typename Start> void await(Connect connectFn, Start start) {
    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection c = connectFn([&] {
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    QObject::disconnect(c);
}

// Opens the profile's Client (no live channel, no automatic flush); nullptr after printing why.
std::unique_ptr<Client> openClient(const Invocation &inv);
// Restores the saved session; false after printing how to log in.
bool restore(Client &client, const Invocation &inv);
void printJson(const Invocation &inv, const QJsonValue &value);
// Pulls until the feed is exhausted.
ApiError runSync(Client &client);

// Runs an async call taking (context, done(ApiError, T)) and waits for it.
template<typename T, typename Call> std::pair<ApiError, T> call(Call start) {
    QEventLoop loop;
    std::pair<ApiError, T> result;
    bool done = false;
    start(&loop, [&](const ApiError &e, const T &value) {
        result = {e, value};
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace lyceum::cli::support

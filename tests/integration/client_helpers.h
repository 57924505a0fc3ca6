// Small waits over the client core shared by the integration tests that drive Clients.
#pragma once

#include "client/client.h"
#include "client/discussions_service.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>

namespace lyceum::test {

inline constexpr int kWait = 30000;
inline constexpr int kLiveWait = 10000; // "within a few seconds", with room for a slow CI machine

inline ApiError waitError(QSignalSpy &spy) {
    if (spy.isEmpty() && !spy.wait(kWait))
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("signal never came"));
    return spy.takeFirst().at(0).value<ApiError>();
}

inline bool openClient(Client &client) {
    QSignalSpy opened(&client, &Client::opened);
    client.open();
    if (opened.isEmpty())
        opened.wait(kWait);
    return !opened.isEmpty();
}

inline std::optional<ThreadDetail> fetchThread(Client &client, const QString &id) {
    std::optional<ThreadDetail> result;
    QEventLoop loop;
    client.discussions().fetchThread(id, &loop, [&](std::optional<ThreadDetail> d) {
        result = std::move(d);
        loop.quit();
    });
    loop.exec();
    return result;
}

inline QVector<OutboxEntry> fetchOutbox(Client &client) {
    QVector<OutboxEntry> result;
    QEventLoop loop;
    client.fetchOutbox(&loop, [&](QVector<OutboxEntry> e) {
        result = std::move(e);
        loop.quit();
    });
    loop.exec();
    return result;
}

// Waits, without syncNow, until pred() holds; the client's own signals drive the event loop.
template<typename Pred> bool waitFor(Pred pred, int ms = kLiveWait) {
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace lyceum::test

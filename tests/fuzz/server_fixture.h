// A reference server's services without HTTP, for the server fuzz targets: a SQLite storage in
// a temporary directory seeded with a small community (a free, a paid and an unpublished
// course, threads including a locked one, posts), a ManualClock, and callers of each role.
// Created once per process; state accumulates across inputs like on a real server.
#pragma once

#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/sql_storage.h"

#include <QTemporaryDir>
#include <memory>

namespace lyceum::fuzz {

class ServerFixture {
public:
    static ServerFixture &instance();

    server::Storage &storage() { return *m_storage; }
    server::ManualClock &clock() { return m_clock; }
    server::AuthService &auth() { return *m_auth; }
    server::MutationService &mutations() { return *m_mutations; }
    // 0 learner, 1 creator (owns every course), 2 moderator, 3 another learner.
    const server::Caller &caller(int index) const { return m_callers[index % 4]; }

private:
    ServerFixture();
    void seed();

    QTemporaryDir m_dir;
    server::ManualClock m_clock{1767225600000LL};
    std::unique_ptr<server::SqlStorage> m_storage;
    std::unique_ptr<server::AuthService> m_auth;
    std::unique_ptr<server::MutationService> m_mutations;
    server::Caller m_callers[4];
};

// The request body as the HTTP layer reads it (server/http/http_util.cpp, jsonBody): a JSON
// object, or nullopt where the route answers 400 bad_json.
std::optional<QJsonObject> requestObject(const QByteArray &body);

} // namespace lyceum::fuzz

// The server's handling of POST /auth/register, /auth/login, /auth/refresh bodies and of the
// Authorization header, through the same steps as the routes in server/http/http_server.cpp
// (JSON object, FieldReader, AuthService). The first byte picks the request (mod 4), the rest
// is the body (or the header value). Invariants: client input gets 4xx answers, never a
// storage failure; a registered account can log in; a login's tokens authenticate and
// refresh.

#include "fuzz_support.h"
#include "server/http/http_util.h"
#include "server_fixture.h"

using namespace lyceum;
using namespace lyceum::server;

namespace {

bool isClientError(const ApiError &e) {
    return e.status >= 400 && e.status < 500 && !e.code.isEmpty() && !e.message.isEmpty();
}

void checkGrant(AuthService &auth, const TokenGrant &grant, const QString &handle) {
    fuzz::check(grant.user.handle == handle, "a login answered for another account");
    const ApiResult<Caller> caller = auth.authenticate("Bearer " + grant.accessToken.toLatin1());
    fuzz::check(caller.ok(), "a fresh access token does not authenticate");
    fuzz::check(caller.value().user.id == grant.user.id, "a token authenticates another user");
    const ApiResult<TokenGrant> refreshed = auth.refresh(grant.refreshToken);
    fuzz::check(refreshed.ok(), "a fresh refresh token is refused");
    fuzz::check(!auth.refresh(grant.refreshToken).ok(), "a spent refresh token works again");
}

void registerUser(fuzz::ServerFixture &f, const QByteArray &body) {
    const std::optional<QJsonObject> o = fuzz::requestObject(body);
    if (!o)
        return;
    FieldReader r(*o);
    const QString handle = r.string(QLatin1StringView("handle"));
    const QString password = r.string(QLatin1StringView("password"));
    const QString displayName = r.string(QLatin1StringView("display_name"));
    if (!r.ok()) {
        fuzz::check(r.error().status == 400, "a malformed register body is not a 400");
        return;
    }
    const ApiResult<User> user = f.auth().registerUser(handle, password, displayName);
    if (!user.ok()) {
        fuzz::check(isClientError(user.error()), "register failed with a server error");
        return;
    }
    fuzz::check(user.value().handle == handle, "registered under another handle");
    fuzz::check(AuthService::isValidHandle(handle), "an invalid handle was registered");
    const ApiResult<User> twice = f.auth().registerUser(handle, password, displayName);
    fuzz::check(!twice.ok() && twice.error().status == 409, "a handle was registered twice");
    const ApiResult<TokenGrant> grant = f.auth().login(handle, password);
    fuzz::check(grant.ok(), "a new account cannot log in");
    checkGrant(f.auth(), grant.value(), handle);
}

void login(fuzz::ServerFixture &f, const QByteArray &body) {
    const std::optional<QJsonObject> o = fuzz::requestObject(body);
    if (!o)
        return;
    FieldReader r(*o);
    const QString handle = r.string(QLatin1StringView("handle"));
    const QString password = r.string(QLatin1StringView("password"));
    if (!r.ok()) {
        fuzz::check(r.error().status == 400, "a malformed login body is not a 400");
        return;
    }
    const ApiResult<TokenGrant> grant = f.auth().login(handle, password);
    if (!grant.ok()) {
        fuzz::check(grant.error().status == 401 &&
                        grant.error().code == QLatin1String("bad_credentials"),
                    "a failed login is not 401 bad_credentials");
        return;
    }
    checkGrant(f.auth(), grant.value(), handle);
}

void refresh(fuzz::ServerFixture &f, const QByteArray &body) {
    const std::optional<QJsonObject> o = fuzz::requestObject(body);
    if (!o)
        return;
    FieldReader r(*o);
    const QString token = r.string(QLatin1StringView("refresh_token"));
    if (!r.ok())
        return;
    // Tokens are 32 random bytes: an input cannot know one.
    const ApiResult<TokenGrant> grant = f.auth().refresh(token);
    fuzz::check(!grant.ok() && grant.error().status == 401, "an unknown refresh token worked");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ServerFixture::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    fuzz::ServerFixture &f = fuzz::ServerFixture::instance();
    f.clock().advanceMs(1);
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    try {
        switch (data[0] % 4) {
        case 0:
            registerUser(f, body);
            break;
        case 1:
            login(f, body);
            break;
        case 2:
            refresh(f, body);
            break;
        default: {
            const ApiResult<Caller> caller = f.auth().authenticate(body);
            fuzz::check(!caller.ok() && caller.error().status == 401,
                        "an unknown bearer token authenticated");
            break;
        }
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "StorageError: %s\n", e.what());
        fuzz::invariantFailed("client input made the storage fail (a 500)");
    }
    return 0;
}

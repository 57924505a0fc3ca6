// The server's handling of POST /mutations bodies, as the route in server/http/http_server.cpp
// does it (JSON object, then MutationService::apply) against the seeded community of
// server_fixture.h. The first byte picks the caller (learner, creator, moderator, entitled
// learner), the rest is the body. Invariants: a refused envelope is a 400; an accepted one
// answers every mutation in order with its id and a final status; nothing makes the storage
// fail.

#include "fuzz_support.h"
#include "server_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace lyceum;
using namespace lyceum::server;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ServerFixture::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    fuzz::ServerFixture &f = fuzz::ServerFixture::instance();
    f.clock().advanceMs(1);
    const std::optional<QJsonObject> request = fuzz::requestObject(fuzz::bytes(data + 1, size - 1));
    if (!request)
        return 0;
    const Caller &caller = f.caller(data[0]);
    try {
        const ApiResult<QJsonObject> answer = f.mutations().apply(caller, *request);
        static const bool verbose = qEnvironmentVariableIsSet("LYCEUM_FUZZ_VERBOSE");
        if (verbose)
            std::fprintf(stderr, "%s\n",
                         answer.ok() ? QJsonDocument(answer.value()).toJson().constData()
                                     : qPrintable(answer.error().code));
        if (!answer.ok()) {
            const QString &code = answer.error().code;
            fuzz::check(answer.error().status == 400, "a refused mutations envelope is not 400");
            fuzz::check(code == QLatin1String("missing_field") ||
                            code == QLatin1String("invalid_field"),
                        "a refused envelope with an undocumented code");
            return 0;
        }
        const QJsonArray sent = request->value(QLatin1StringView("mutations")).toArray();
        const QJsonArray results = answer.value().value(QLatin1StringView("results")).toArray();
        fuzz::check(results.size() == sent.size(), "not one result per mutation");
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QString id = sent.at(i).toObject().value(QLatin1StringView("id")).toString();
            fuzz::check(r.value(QLatin1StringView("id")).toString() == id,
                        "a result answers another mutation");
            const QString status = r.value(QLatin1StringView("status")).toString();
            if (status == QLatin1String("applied")) {
                // seq 0 is what a reaction.remove of an absent reaction answers (nothing
                // changed); every other applied mutation has a change of its own.
                fuzz::check(r.value(QLatin1StringView("seq")).toInteger() >= 0,
                            "an applied mutation with a negative seq");
            } else {
                fuzz::check(status == QLatin1String("rejected"), "a result with no status");
                fuzz::check(!r.value(QLatin1StringView("error"))
                                 .toObject()
                                 .value(QLatin1StringView("code"))
                                 .toString()
                                 .isEmpty(),
                            "a rejection without a code");
            }
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "StorageError: %s\n", e.what());
        fuzz::invariantFailed("client input made the storage fail (a 500)");
    }
    return 0;
}

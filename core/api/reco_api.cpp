#include "api/reco_api.h"

#include "api/api_client.h"

namespace lyceum::recoapi {

void neighbours(ApiClient &api, std::function<void(const ApiError &, const Neighbours &)> done) {
    api.getJson(QStringLiteral("/reco/neighbours"),
                [done = std::move(done)](const ApiError &e, const QJsonObject &o) {
                    if (e.isError()) {
                        done(e, {});
                        return;
                    }
                    QString error;
                    const auto rows = reco::neighbourTableFromJson(o, &error);
                    if (!rows) {
                        done(ApiError::make(ApiError::Kind::BadResponse, error), {});
                        return;
                    }
                    done({}, Neighbours{*rows, reco::popularityFromJson(o)});
                });
}

} // namespace lyceum::recoapi

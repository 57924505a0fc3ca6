// Typed calls of the recommendations' endpoint (docs/protocol.md): the only one,
// GET /reco/neighbours, carries nothing about the user and is answered the same for everyone.
#pragma once

#include "api/api_error.h"
#include "reco/neighbour_ranking.h"

#include <QHash>
#include <QVector>
#include <functional>

namespace lyceum {
class ApiClient;
}

namespace lyceum::recoapi {

struct Neighbours {
    QVector<reco::NeighbourRow> rows;
    QHash<QString, int> popularity; // enrolments per course id
};

// GET /reco/neighbours. A table that does not decode is a BadResponse.
void neighbours(ApiClient &api, std::function<void(const ApiError &, const Neighbours &)> done);

} // namespace lyceum::recoapi

// The demo community's enrolments and course reviews: generated deterministically from the
// demo's users and courses, so the catalogue shows ratings, the course pages reviews with
// creator answers, and the neighbour table (GET /reco/neighbours) has pairs above its k
// threshold. The "learner" account gets none: it starts with an empty history and buys or
// opens courses itself (the tests of purchases rely on that).
#pragma once

#include "server/demo/demo_community.h"
#include "server/seed/seed_data.h"

namespace lyceum::server {

void addDemoEnrolmentsAndReviews(const demo::DemoCommunity &demo, SeedData &data);

} // namespace lyceum::server

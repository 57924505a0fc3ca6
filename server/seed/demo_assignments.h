// The demo community's assignment: the first lesson of the free Python course asks for a
// submission; two members have handed one in, one of them reviewed (accepted) by the creator.
// The "learner" account gets none (tests start from its empty history).
#pragma once

#include "server/seed/seed_data.h"

namespace lyceum::server {

class Storage;

// After the community is stored (bulkInsert): writes the assignment and its submissions.
void seedDemoAssignments(Storage &storage, const SeedData &data);

} // namespace lyceum::server

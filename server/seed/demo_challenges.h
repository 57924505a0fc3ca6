// The demo community's running check-in challenge (打卡) in "学习打卡 Study check-ins": 21 days
// that began four days before the demo was seeded, with check-ins by demo members (one made-up
// day among them), so the streak, the calendar, the group's progress and the leaderboard have
// content. The "learner" account has none: it checks in itself.
#pragma once

#include "server/demo/demo_community.h"

namespace lyceum::server {

class Storage;

// In its own transaction; throws StorageError.
void seedDemoChallenges(const demo::DemoCommunity &demo, Storage &storage, qint64 nowMs);

} // namespace lyceum::server

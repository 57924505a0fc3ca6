// The demo community's free course whose certificate the demo learner can earn.
#pragma once

namespace lyceum::server {

class Storage;

// Adds it (after the demo community is seeded). Throws StorageError.
void seedDemoCertificateCourse(Storage &storage);

} // namespace lyceum::server

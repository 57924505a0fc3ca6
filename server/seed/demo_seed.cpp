#include "server/seed/demo_seed.h"

#include "server/auth/credentials.h"
#include "server/demo/demo_community.h"
#include "server/seed/seed_data.h"
#include "server/storage/storage.h"

namespace lyceum::server {

bool seedDemo(Storage &storage, QStringList *accounts, QString *error) {
    QString buildError;
    const std::optional<lyceum::demo::DemoCommunity> built =
        lyceum::demo::buildDemoCommunity(&buildError);
    if (!built) {
        *error = QStringLiteral("the demo community could not be built: ") % buildError;
        return false;
    }
    const lyceum::demo::DemoCommunity &demo = *built;
    SeedData data;
    data.users = demo.users;
    data.spaces = demo.spaces;
    data.courses = demo.courses;
    data.lessons = demo.lessons;
    data.threads = demo.threads;
    data.posts = demo.posts;
    data.reactions = demo.reactions;
    const QString password = lyceum::demo::demoPassword();
    for (const User &u : std::as_const(data.users)) {
        if (!demo.loginHandles.contains(u.handle))
            continue;
        const QString hash = hashPassword(password);
        if (hash.isEmpty()) {
            *error = QStringLiteral("the demo password could not be hashed");
            return false;
        }
        data.passwordHashes.insert(u.id, hash);
        accounts->append(u.handle);
    }
    try {
        storage.bulkInsert(data);
    } catch (const StorageError &e) {
        *error = QStringLiteral("the demo community could not be stored: ") % e.message();
        return false;
    }
    return true;
}

} // namespace lyceum::server

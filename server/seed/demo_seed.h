// Seeds the demo community (server/demo/, owned by the demo content) into an empty server:
// one bulk transaction, with argon2id hashes of the demo password for its loginable accounts.
#pragma once

#include <QString>
#include <QStringList>

namespace lyceum::server {

class Storage;

// false with a readable error when the content cannot be built or written. On success
// accounts lists the handles that can log in with demo::demoPassword().
bool seedDemo(Storage &storage, QStringList *accounts, QString *error);

// The demo store: a monthly and a yearly membership of every course, and coupons WELCOME10
// (10% off anything), FIRST3 (CNY 50 off, three uses) and SPRING2026 (expired). Throws
// StorageError.
void seedDemoStore(Storage &storage);

} // namespace lyceum::server

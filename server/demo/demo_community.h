// The demo community: a bilingual 知识付费 community (users, spaces, courses, lessons, threads,
// posts, reactions) expanded deterministically from the JSON files in resources/demo/, which
// are embedded in this library. The server's seeder calls buildDemoCommunity() to fill an empty
// database; tests and screenshots rely on the output being identical on every call.
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::demo {

struct DemoCommunity {
    QVector<User> users;
    QVector<Space> spaces;
    QVector<Course> courses;
    QVector<Lesson> lessons;
    QVector<Thread> threads;
    QVector<Post> posts;
    QVector<Reaction> reactions;
    // Handles of the accounts that get the demo password "lyceum-demo": learner, creator,
    // moderator, admin and every course creator.
    QStringList loginHandles;
};

// The password of every handle in DemoCommunity::loginHandles.
QString demoPassword();

// Deterministic: the same output on every call (fixed seed and base time from the data files,
// never the current time). Returns nullopt and sets *error when the embedded files are malformed.
std::optional<DemoCommunity> buildDemoCommunity(QString *error);

} // namespace lyceum::demo

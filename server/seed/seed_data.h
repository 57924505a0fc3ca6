// The input of a bulk seed: a whole community written in one transaction (demo content or a
// generated benchmark community). Entities are the shared domain types; passwordHashes gives
// the accounts that can log in (user id -> crypto_pwhash_str string).
#pragma once

#include "domain/entities.h"
#include "domain/reviews.h"

#include <QHash>
#include <QVector>

namespace lyceum::server {

struct SeedData {
    QVector<User> users;
    QHash<QString, QString> passwordHashes;
    QVector<Space> spaces;
    QVector<Course> courses;
    QVector<Lesson> lessons;
    QVector<Thread> threads;
    QVector<Post> posts;
    QVector<Reaction> reactions;
    QVector<Review> reviews;
    // (user id, course id) pairs granting access to paid lessons.
    QVector<QPair<QString, QString>> entitlements;

    qsizetype recordCount() const {
        return users.size() + spaces.size() + courses.size() + lessons.size() + threads.size() +
               posts.size() + reactions.size();
    }
};

} // namespace lyceum::server

// The item-to-item neighbour table the server publishes for on-device recommendations
// (docs/recommendations.md, "What leaves the device"): computed from all users' enrolments
// (entitlements), one row per pair of courses that at least kMinUsers distinct users share, with
// the pair's count and cosine similarity. Pairs seen with fewer users are dropped, so the table
// never reveals what a handful of people study together; no per-user data is in it.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace lyceum::server {

class Storage;

struct NeighbourPair {
    QString a;
    QString b; // a < b
    int users = 0;
    double similarity = 0; // users / sqrt(n_a * n_b)
};

inline constexpr int kMinPairUsers = 5;

// enrolments: (user id, course id) pairs, repeats allowed.
QVector<NeighbourPair> neighbourPairs(const QVector<QPair<QString, QString>> &enrolments,
                                      int minUsers = kMinPairUsers);
// How many distinct users hold each course, for courses held by at least minUsers (rarer ones
// are left out, as pairs are): "popular in <topic>" on the device.
QVector<QPair<QString, int>> coursePopularity(const QVector<QPair<QString, QString>> &enrolments,
                                              int minUsers = kMinPairUsers);
QJsonObject neighbourTableJson(const QVector<NeighbourPair> &pairs, int minUsers,
                               const QVector<QPair<QString, int>> &popularity = {});

} // namespace lyceum::server

// Ranking on the device from the server's neighbour table (GET /reco/neighbours): the table is
// the same for everyone; the user's history never leaves the device. Each candidate course
// scores the sum of its similarities to the courses in the history, and carries the history
// course that contributed most, for "because you studied X".
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::reco {

struct NeighbourRow {
    QString a;
    QString b;
    int users = 0;
    double similarity = 0;
};

// nullopt with *error for a table that is not the documented shape.
std::optional<QVector<NeighbourRow>> neighbourTableFromJson(const QJsonObject &o, QString *error);

// The table's "courses": distinct users per course, for courses above the same threshold.
QHash<QString, int> popularityFromJson(const QJsonObject &o);

struct Suggestion {
    QString courseId;
    double score = 0;
    QString because; // the history course that contributed most
};

// Best first; courses in history are left out; at most limit.
QVector<Suggestion> rankFromNeighbours(const QVector<NeighbourRow> &table,
                                       const QStringList &history, int limit = 10);

// EASE on the same table (what measured best, docs/recommendations.md): the Gram matrix from the
// table, each course's users (popularity, the table's "courses") on the diagonal and a pair's
// users off it (pairs under the table's threshold count as none, as the server leaves them out),
// λ = kTableLambdaPerUser × the mean of the diagonal; B(h, j) summed over the history, "because"
// the history course with the largest B(h, j). Courses with a score above zero, best first. When a
// course of the table has no popularity, the cosine ranking above instead.
QVector<Suggestion> rankWithEase(const QVector<NeighbourRow> &table,
                                 const QHash<QString, int> &popularity, const QStringList &history,
                                 int limit = 10);

// EASE's λ = 250 on MovieLens 100K is 4.2 × its mean item count; the same ratio on the table.
inline constexpr double kTableLambdaPerUser = 4.2;

} // namespace lyceum::reco

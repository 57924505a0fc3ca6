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

} // namespace lyceum::reco

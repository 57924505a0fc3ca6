// What of a video a learner has watched, as sorted, disjoint [start, end) millisecond ranges:
// merged across devices by union (the server merges what each device sends), turned into a
// completion percentage against the lesson's duration. Pure; shared by client and server.
#pragma once

#include <QJsonArray>
#include <QPair>
#include <QVector>
#include <optional>

namespace lyceum::media {

using Range = QPair<qint64, qint64>; // [first, second) in ms, first < second
using Ranges = QVector<Range>;

// Sorted and merged (touching or overlapping ranges become one; empty or inverted ones go).
Ranges normalized(Ranges ranges);
Ranges unite(const Ranges &a, const Ranges &b);
// Adds [from, to) (normalized).
Ranges withSpan(const Ranges &ranges, qint64 from, qint64 to);
qint64 coveredMs(const Ranges &ranges);
// 0..100; 0 for an unknown duration. 98 % or more counts as 100 (credits, rounding).
int percentWatched(const Ranges &ranges, qint64 durationMs);

QJsonArray toJson(const Ranges &ranges); // [[start, end], ...]
// nullopt for anything but an array of [start, end] integer pairs with 0 <= start < end; at most
// maxRanges of them.
std::optional<Ranges> rangesFromJson(const QJsonValue &value, int maxRanges = 1000);

} // namespace lyceum::media

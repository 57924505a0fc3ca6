#include "media/watched_ranges.h"

#include <algorithm>
#include <cmath>

namespace lyceum::media {

Ranges normalized(Ranges ranges) {
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(),
                                [](const Range &r) { return r.first < 0 || r.second <= r.first; }),
                 ranges.end());
    std::sort(ranges.begin(), ranges.end());
    Ranges out;
    for (const Range &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.first <= out.last().second)
            out.last().second = std::max(out.last().second, r.second);
        else
            out.append(r);
    }
    return out;
}

Ranges unite(const Ranges &a, const Ranges &b) {
    return normalized(a + b);
}

Ranges withSpan(const Ranges &ranges, qint64 from, qint64 to) {
    return normalized(ranges + Ranges{{from, to}});
}

qint64 coveredMs(const Ranges &ranges) {
    qint64 total = 0;
    for (const Range &r : normalized(ranges))
        total += r.second - r.first;
    return total;
}

int percentWatched(const Ranges &ranges, qint64 durationMs) {
    if (durationMs <= 0)
        return 0;
    Ranges clipped;
    for (const Range &r : ranges)
        clipped.append({std::min(r.first, durationMs), std::min(r.second, durationMs)});
    const double share = double(coveredMs(clipped)) / double(durationMs);
    if (share >= 0.98)
        return 100;
    return std::clamp(int(share * 100.0), 0, 99);
}

QJsonArray toJson(const Ranges &ranges) {
    QJsonArray out;
    for (const Range &r : ranges)
        out.append(QJsonArray{r.first, r.second});
    return out;
}

std::optional<Ranges> rangesFromJson(const QJsonValue &value, int maxRanges) {
    if (!value.isArray() || value.toArray().size() > maxRanges)
        return std::nullopt;
    Ranges out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray pair = v.toArray();
        if (!v.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return std::nullopt;
        const double a = pair.at(0).toDouble(), b = pair.at(1).toDouble();
        if (a < 0 || b <= a || a != std::floor(a) || b != std::floor(b) || b > 1e13)
            return std::nullopt;
        out.append({qint64(a), qint64(b)});
    }
    return normalized(out);
}

} // namespace lyceum::media

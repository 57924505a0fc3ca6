// A tiny seeded generator (splitmix64), so the demo community does not depend on the
// algorithm behind QRandomGenerator or std:: distributions, which may change between versions.
#pragma once

#include <QList>
#include <QtGlobal>

namespace lyceum::demo {

class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n > 0.
    qint64 below(qint64 n) { return static_cast<qint64>(next() % static_cast<quint64>(n)); }
    // Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }

    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

} // namespace lyceum::demo

#include "reco/rp3beta.h"

#include "reco/ease_solver.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <vector>

namespace lyceum::reco {

void Rp3Beta::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    QVector<QVector<int>> usersOf(itemCount);
    QVector<float> userWeight(byUser.size(), 0.0f); // deg(u)^-α
    for (int u = 0; u < byUser.size(); ++u) {
        if (byUser[u].isEmpty())
            continue;
        userWeight[u] = float(std::pow(double(byUser[u].size()), -m_settings.alpha));
        for (int i : byUser[u])
            usersOf[i] << u;
    }
    QVector<float> arrival(itemCount, 0.0f); // pop(j)^-β
    for (int j = 0; j < itemCount; ++j)
        if (!usersOf[j].isEmpty())
            arrival[j] = float(std::pow(double(usersOf[j].size()), -m_settings.beta));
    m_neighbours = QVector<QVector<QPair<int, float>>>(itemCount);
    QVector<QPair<int, float>> *out = m_neighbours.data(); // written row by row from threads
    const int k = std::max(1, m_settings.neighbours);
    // One row per item: its walks through each of its users; rows are shared out to threads.
    const auto rows = [&](std::atomic<int> *next) {
        QVector<float> sum(itemCount, 0.0f);
        QVector<int> touched;
        for (int i = next->fetch_add(1); i < itemCount; i = next->fetch_add(1)) {
            if (usersOf[i].isEmpty())
                continue;
            touched.clear();
            for (int u : std::as_const(usersOf[i])) {
                for (int j : byUser[u]) {
                    if (j == i)
                        continue;
                    if (sum[j] == 0.0f)
                        touched << j;
                    sum[j] += userWeight[u];
                }
            }
            const float leave = float(std::pow(double(usersOf[i].size()), -m_settings.alpha));
            QVector<QPair<int, float>> row;
            row.reserve(touched.size());
            for (int j : std::as_const(touched)) {
                row.append({j, leave * sum[j] * arrival[j]});
                sum[j] = 0.0f;
            }
            const auto stronger = [](const QPair<int, float> &x, const QPair<int, float> &y) {
                return x.second > y.second || (x.second == y.second && x.first < y.first);
            };
            if (row.size() > k) {
                std::partial_sort(row.begin(), row.begin() + k, row.end(), stronger);
                row.resize(k);
            } else {
                std::sort(row.begin(), row.end(), stronger);
            }
            out[i] = row;
        }
    };
    std::atomic<int> next{0};
    const int threads = std::min(m_threads > 0 ? m_threads : defaultThreads(), 8);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(rows, &next);
    rows(&next);
    for (std::thread &t : pool)
        t.join();
}

QVector<float> Rp3Beta::scores(const QVector<int> &history) const {
    QVector<float> out(m_items, 0.0f);
    for (int h : history)
        if (h >= 0 && h < m_neighbours.size())
            for (const auto &[item, weight] : m_neighbours[h])
                out[item] += weight;
    return out;
}

} // namespace lyceum::reco

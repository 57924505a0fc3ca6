#include "reco/user_knn.h"

#include <algorithm>
#include <cmath>

namespace lyceum::reco {

void UserKnn::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    m_byUser = byUser;
    m_usersOf = QVector<QVector<int>>(itemCount);
    for (int u = 0; u < byUser.size(); ++u)
        for (int i : byUser[u])
            if (i >= 0 && i < itemCount)
                m_usersOf[i] << u;
}

QVector<float> UserKnn::scores(const QVector<int> &history) const {
    QVector<float> out(m_items, 0.0f);
    QVector<int> overlap(m_byUser.size(), 0);
    QVector<int> touched;
    int known = 0;
    for (int h : history) {
        if (h < 0 || h >= m_usersOf.size())
            continue;
        ++known;
        for (int v : m_usersOf[h])
            if (overlap[v]++ == 0)
                touched << v;
    }
    if (touched.isEmpty())
        return out;
    QVector<QPair<float, int>> near; // (similarity, user)
    near.reserve(touched.size());
    for (int v : std::as_const(touched))
        near.append({float(overlap[v] / std::sqrt(double(known) * double(m_byUser[v].size()))), v});
    const auto closer = [](const QPair<float, int> &a, const QPair<float, int> &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    const int k = std::max(1, m_settings.neighbours);
    if (near.size() > k) {
        std::nth_element(near.begin(), near.begin() + k, near.end(), closer);
        near.resize(k);
    }
    for (const auto &[similarity, v] : std::as_const(near)) {
        const float weight = float(std::pow(double(similarity), m_settings.power));
        for (int j : m_byUser[v])
            out[j] += weight;
    }
    return out;
}

} // namespace lyceum::reco

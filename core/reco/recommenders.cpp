#include "reco/recommenders.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace lyceum::reco {

void Popularity::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_counts.fill(0.0f, itemCount);
    for (const QVector<int> &items : byUser)
        for (int i : items)
            m_counts[i] += 1.0f;
}

QVector<float> Popularity::scores(const QVector<int> &) const {
    return m_counts;
}

void ItemKnn::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    QVector<float> co(qsizetype(itemCount) * itemCount, 0.0f);
    QVector<float> count(itemCount, 0.0f);
    for (const QVector<int> &items : byUser) {
        for (int a : items) {
            count[a] += 1.0f;
            float *row = co.data() + qsizetype(a) * itemCount;
            for (int b : items)
                if (b != a)
                    row[b] += 1.0f;
        }
    }
    m_neighbours = QVector<QVector<QPair<int, float>>>(itemCount);
    QVector<QPair<int, float>> row;
    for (int a = 0; a < itemCount; ++a) {
        row.clear();
        const float *c = co.constData() + qsizetype(a) * itemCount;
        for (int b = 0; b < itemCount; ++b) {
            if (c[b] <= 0.0f)
                continue;
            row.append({b, c[b] / (std::sqrt(count[a] * count[b]) + m_shrink)});
        }
        const auto better = [](const QPair<int, float> &x, const QPair<int, float> &y) {
            return x.second > y.second || (x.second == y.second && x.first < y.first);
        };
        if (row.size() > m_k) {
            std::partial_sort(row.begin(), row.begin() + m_k, row.end(), better);
            row.resize(m_k);
        } else {
            std::sort(row.begin(), row.end(), better);
        }
        m_neighbours[a] = row;
    }
}

QVector<float> ItemKnn::scores(const QVector<int> &history) const {
    QVector<float> out(m_items, 0.0f);
    for (int h : history)
        for (const auto &[item, sim] : m_neighbours[h])
            out[item] += sim;
    return out;
}

void Ease::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(itemCount, itemCount);
    for (const QVector<int> &items : byUser)
        for (int a : items)
            for (int b : items)
                g(a, b) += 1.0;
    g.diagonal().array() += m_lambda;
    const Eigen::MatrixXd p = g.ldlt().solve(Eigen::MatrixXd::Identity(itemCount, itemCount));
    m_b.resize(qsizetype(itemCount) * itemCount);
    for (int a = 0; a < itemCount; ++a)
        for (int b = 0; b < itemCount; ++b)
            m_b[qsizetype(a) * itemCount + b] = a == b ? 0.0f : float(-p(a, b) / p(b, b));
}

QVector<float> Ease::scores(const QVector<int> &history) const {
    QVector<float> out(m_items, 0.0f);
    for (int h : history) {
        const float *row = m_b.constData() + qsizetype(h) * m_items;
        for (int j = 0; j < m_items; ++j)
            out[j] += row[j];
    }
    return out;
}

std::unique_ptr<Recommender> makeRecommender(const QString &name) {
    if (name == QLatin1String("pop"))
        return std::make_unique<Popularity>();
    if (name == QLatin1String("itemknn"))
        return std::make_unique<ItemKnn>();
    if (name == QLatin1String("ease"))
        return std::make_unique<Ease>();
    return nullptr;
}

} // namespace lyceum::reco

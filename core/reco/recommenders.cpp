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

#include "text/tokenizer.h"

#include <QHash>

namespace lyceum::reco {

void ContentTfidf::fit(const QVector<QVector<int>> &, int itemCount) {
    m_items = itemCount;
    QHash<QString, int> termIds;
    QVector<QHash<int, int>> counts(itemCount);
    QVector<int> df;
    for (int i = 0; i < itemCount && i < m_texts.size(); ++i) {
        for (const QString &w : text::words(m_texts.at(i))) {
            auto id = termIds.constFind(w);
            if (id == termIds.constEnd()) {
                id = termIds.insert(w, int(df.size()));
                df.append(0);
            }
            if (counts[i][*id]++ == 0)
                ++df[*id];
        }
    }
    m_vectors = QVector<QVector<QPair<int, float>>>(itemCount);
    for (int i = 0; i < itemCount; ++i) {
        double norm = 0;
        for (auto it = counts[i].constBegin(); it != counts[i].constEnd(); ++it) {
            const double w = (1.0 + std::log(double(it.value()))) *
                             (std::log((1.0 + itemCount) / (1.0 + df[it.key()])) + 1.0);
            m_vectors[i].append({it.key(), float(w)});
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto &[term, weight] : m_vectors[i])
            weight = norm > 0 ? float(weight / norm) : 0.0f;
        std::sort(m_vectors[i].begin(), m_vectors[i].end());
    }
}

QVector<float> ContentTfidf::scores(const QVector<int> &history) const {
    QHash<int, float> profile;
    for (int h : history)
        for (const auto &[term, weight] : m_vectors[h])
            profile[term] += weight;
    double norm = 0;
    for (float w : std::as_const(profile))
        norm += double(w) * w;
    norm = std::sqrt(norm);
    QVector<float> out(m_items, 0.0f);
    if (norm <= 0)
        return out;
    for (int i = 0; i < m_items; ++i) {
        double dot = 0;
        for (const auto &[term, weight] : m_vectors[i])
            dot += weight * profile.value(term);
        out[i] = float(dot / norm);
    }
    return out;
}

namespace {
void scaled(QVector<float> &v) {
    if (v.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const float low = *lo;
    const float span = *hi - *lo;
    for (float &x : v)
        x = span > 0 ? (x - low) / span : 0.0f;
}
} // namespace

Hybrid::Hybrid(QStringList itemTexts)
    : m_content(std::move(itemTexts)) {}

void Hybrid::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_ease.fit(byUser, itemCount);
    m_knn.fit(byUser, itemCount);
    m_content.fit(byUser, itemCount);
    m_pop.fit(byUser, itemCount);
}

QVector<float> Hybrid::scores(const QVector<int> &history) const {
    QVector<float> pop = m_pop.scores(history);
    scaled(pop);
    if (history.isEmpty())
        return pop; // a new user: what is popular
    QVector<float> ease = m_ease.scores(history);
    QVector<float> knn = m_knn.scores(history);
    QVector<float> content = m_content.scores(history);
    scaled(ease);
    scaled(knn);
    scaled(content);
    QVector<float> out(pop.size());
    for (int i = 0; i < out.size(); ++i)
        out[i] = 0.5f * ease[i] + 0.2f * knn[i] + 0.2f * content[i] + 0.1f * pop[i];
    return out;
}

std::unique_ptr<Recommender> makeRecommender(const QString &name, const QStringList &itemTexts) {
    if (name == QLatin1String("tfidf"))
        return itemTexts.isEmpty() ? nullptr : std::make_unique<ContentTfidf>(itemTexts);
    if (name == QLatin1String("hybrid"))
        return itemTexts.isEmpty() ? nullptr : std::make_unique<Hybrid>(itemTexts);
    return makeRecommender(name);
}

} // namespace lyceum::reco

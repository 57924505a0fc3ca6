#include "reco/recommenders.h"

#include "reco/ease_solver.h"
#include "reco/ease_woodbury.h"
#include "reco/ials.h"
#include "reco/rp3beta.h"
#include "reco/tuning.h"
#include "reco/user_knn.h"

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
            if (c[b] <= 0.0f || c[b] < float(m_minPairUsers))
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

namespace {

// Each user's items as indexes among the active ones, sorted.
QVector<QVector<int>> denseHistories(const QVector<QVector<int>> &byUser,
                                     const QVector<int> &index) {
    QVector<QVector<int>> out(byUser.size());
    for (qsizetype u = 0; u < byUser.size(); ++u) {
        for (int i : byUser[u])
            if (index[i] >= 0)
                out[u] << index[i];
        std::sort(out[u].begin(), out[u].end());
    }
    return out;
}

// The lower triangle of G = XᵀWX (column-major: element (a, b), a >= b, at b * n + a) into g.
void addGram(const QVector<QVector<int>> &users, const QVector<float> &weight, qsizetype n,
             float *g) {
    for (qsizetype u = 0; u < users.size(); ++u) {
        const QVector<int> &mine = users[u];
        for (qsizetype x = 0; x < mine.size(); ++x) {
            float *column = g + qsizetype(mine[x]) * n;
            for (qsizetype y = x; y < mine.size(); ++y)
                column[mine[y]] += weight[u];
        }
    }
}

} // namespace

void Ease::fit(const QVector<QVector<int>> &byUser, int itemCount) {
    m_items = itemCount;
    // Items that share no user with another item are folded out of the solve: their row and
    // column of the Gram matrix are zero off the diagonal, so their row of B is zero.
    QVector<char> linked(itemCount, 0);
    for (const QVector<int> &items : byUser)
        if (items.size() > 1)
            for (int i : items)
                linked[i] = 1;
    m_active.clear();
    m_index = QVector<int>(itemCount, -1);
    for (int i = 0; i < itemCount; ++i)
        if (linked[i]) {
            m_index[i] = int(m_active.size());
            m_active << i;
        }
    const qsizetype n = m_active.size();
    const QVector<QVector<int>> users = denseHistories(byUser, m_index);
    QVector<float> weight(users.size(), 1.0f);
    QVector<double> gramDiagonal(n, 0.0);
    QVector<float> popularity(n, 0.0f);
    qsizetype activeUsers = 0;
    for (qsizetype u = 0; u < users.size(); ++u) {
        if (m_userExponent != 0 && !users[u].isEmpty())
            weight[u] = float(std::pow(double(users[u].size()), -m_userExponent));
        activeUsers += users[u].isEmpty() ? 0 : 1;
        for (int a : users[u]) {
            gramDiagonal[a] += weight[u];
            popularity[a] += 1.0f;
        }
    }
    // λ, plus the dropout emphasis of Steck's EDLAE (p / (1 - p) of each item's own count).
    const double emphasis = m_dropout > 0 ? m_dropout / (1.0 - m_dropout) : 0.0;
    QVector<double> diagonal(n);
    for (qsizetype a = 0; a < n; ++a)
        diagonal[a] = m_lambda + emphasis * gramDiagonal[a];
    m_b = QVector<float>(n * n, 0.0f);
    // Fewer users than items (and no pairs removed): the users x users route, the same P.
    const bool woodbury = m_solver == Solver::Woodbury ||
                          (m_solver == Solver::Auto && m_minPairUsers <= 1 && activeUsers * 2 < n);
    bool solved = false;
    if (woodbury) {
        solved = easeInverseWoodbury(users, weight, diagonal, int(n), m_b.data(), m_threads);
    } else {
        addGram(users, weight, n, m_b.data());
        if (m_minPairUsers > 1)
            for (qsizetype b = 0; b < n; ++b)
                for (qsizetype a = b + 1; a < n; ++a)
                    if (m_b[b * n + a] < float(m_minPairUsers))
                        m_b[b * n + a] = 0.0f;
        for (qsizetype a = 0; a < n; ++a)
            m_b[a * n + a] += float(diagonal[a]);
        solved = invertSpdLowerInPlace(m_b.data(), int(n), m_threads);
    }
    if (!solved) {
        m_b.fill(0.0f); // cannot happen with λ > 0; no scores rather than wrong ones
        return;
    }
    toWeights(popularity);
}

// B(h, j) = -P(h, j) / P(j, j) · popularity(j)^-β, B(h, h) = 0, from P's lower triangle, with
// row h of B contiguous at h * n: element (j, h) of the column-major buffer.
void Ease::toWeights(const QVector<float> &popularity) {
    const qsizetype n = m_active.size();
    QVector<float> inverseDiagonal(n);
    for (qsizetype a = 0; a < n; ++a)
        inverseDiagonal[a] = -1.0f / m_b[a * n + a] *
                             (m_popularityExponent != 0
                                  ? float(std::pow(double(popularity[a]), -m_popularityExponent))
                                  : 1.0f);
    float *p = m_b.data();
    constexpr qsizetype tile = 64; // the upper triangle from the lower one, tile by tile
    for (qsizetype h0 = 0; h0 < n; h0 += tile)
        for (qsizetype j0 = 0; j0 <= h0; j0 += tile)
            for (qsizetype h = h0; h < std::min(n, h0 + tile); ++h)
                for (qsizetype j = j0; j < std::min(h, j0 + tile); ++j)
                    p[h * n + j] = p[j * n + h];
    for (qsizetype h = 0; h < n; ++h) {
        float *column = p + h * n;
        for (qsizetype j = 0; j < n; ++j)
            column[j] *= inverseDiagonal[j];
        column[h] = 0.0f;
    }
}

QVector<float> Ease::scores(const QVector<int> &history) const {
    QVector<float> dense(m_active.size(), 0.0f);
    const qsizetype n = m_active.size();
    for (int h : history) {
        const int at = h < m_index.size() ? m_index[h] : -1;
        if (at < 0)
            continue;
        const float *row = m_b.constData() + qsizetype(at) * n;
        for (qsizetype j = 0; j < n; ++j)
            dense[j] += row[j];
    }
    QVector<float> out(m_items, 0.0f);
    for (qsizetype j = 0; j < n; ++j)
        out[m_active[j]] = dense[j];
    return out;
}

std::unique_ptr<Recommender> makeRecommender(const QString &name) {
    if (name == QLatin1String("pop"))
        return std::make_unique<Popularity>();
    if (name == QLatin1String("itemknn"))
        return std::make_unique<ItemKnn>();
    if (name == QLatin1String("ease"))
        return std::make_unique<Ease>();
    if (name == QLatin1String("ease-cv"))
        return std::make_unique<TunedEase>();
    if (name == QLatin1String("rp3b"))
        return std::make_unique<TunedRp3>();
    if (name == QLatin1String("userknn"))
        return std::make_unique<UserKnn>();
    if (name == QLatin1String("ials"))
        return std::make_unique<Ials>();
    if (name == QLatin1String("blend"))
        return std::make_unique<Blend>();
    // What the device has: the server's table keeps pairs of at least 5 users (measured in
    // docs/recommendations.md; the home page ranks that table by cosine, which won there).
    if (name == QLatin1String("itemknn-table"))
        return std::make_unique<ItemKnn>(1 << 30, 0.0f, 5);
    if (name == QLatin1String("ease-table")) {
        auto ease = std::make_unique<Ease>();
        ease->setMinPairUsers(5);
        return ease;
    }
    // Fixed settings, for experiments: "ease:λ[:dropout[:γ[:β]]]", "rp3b:α:β:k",
    // "userknn:k:power", "ials:factors:λ:α0:iterations".
    const QStringList parts = name.split(u':');
    QVector<double> values;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        values << parts.at(i).toDouble(&ok);
        if (!ok || values.last() < 0)
            return nullptr;
    }
    if (parts.first() == QLatin1String("ease") && values.size() >= 1 && values.size() <= 4 &&
        values[0] > 0 && values.value(1) < 1) {
        auto ease = std::make_unique<Ease>(values[0], values.value(1));
        ease->setUserExponent(values.value(2));
        ease->setPopularityExponent(values.value(3));
        return ease;
    }
    if (parts.first() == QLatin1String("rp3b") && values.size() == 3 && values[2] >= 1)
        return std::make_unique<Rp3Beta>(Rp3Settings{values[0], values[1], int(values[2])});
    if (parts.first() == QLatin1String("ials") && values.size() == 4 && values[0] >= 1 &&
        values[3] >= 1)
        return std::make_unique<Ials>(
            IalsSettings{int(values[0]), values[1], values[2], int(values[3]), 1.0});
    if (parts.first() == QLatin1String("userknn") && values.size() == 2 && values[0] >= 1)
        return std::make_unique<UserKnn>(UserKnnSettings{int(values[0]), values[1]});
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

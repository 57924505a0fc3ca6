// Item recommenders trained on implicit feedback (reco/interactions.h). Each scores every item
// for one user's history; the caller ranks and filters what the user already has.
//   Popularity — how many users have the item.
//   ItemKnn    — item-item cosine with shrinkage (co / (sqrt(n_i n_j) + shrink)), top-k
//                neighbours per item; score = sum of the history's similarities.
//   Ease       — Steck's EASE: B = I - P·diag(1/diag(P)), P = (XᵀX + λI)⁻¹, diag(B) = 0; dense,
//                single precision, solved in place on every core (reco/ease_solver.h); items
//                that share no user with another are folded out of the solve. With a dropout
//                p > 0, Steck's EDLAE: λ + p/(1-p)·G_ii on the diagonal instead of λ.
#pragma once

#include <QString>
#include <QVector>
#include <memory>

namespace lyceum::reco {

class Recommender {
public:
    virtual ~Recommender() = default;
    virtual QString name() const = 0;
    virtual void fit(const QVector<QVector<int>> &byUser, int itemCount) = 0;
    // One score per item (higher first).
    virtual QVector<float> scores(const QVector<int> &history) const = 0;
};

class Popularity final : public Recommender {
public:
    QString name() const override { return QStringLiteral("pop"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;

private:
    QVector<float> m_counts;
};

class ItemKnn final : public Recommender {
public:
    // minPairUsers: pairs held by fewer users count as none (the server's k-anonymous table).
    explicit ItemKnn(int k = 100, float shrink = 10.0f, int minPairUsers = 1)
        : m_k(k)
        , m_shrink(shrink)
        , m_minPairUsers(minPairUsers) {}
    QString name() const override { return QStringLiteral("itemknn"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    // The kept neighbours of an item (index, similarity), best first.
    const QVector<QPair<int, float>> &neighbours(int item) const { return m_neighbours[item]; }

private:
    int m_k;
    float m_shrink;
    int m_minPairUsers;
    int m_items = 0;
    QVector<QVector<QPair<int, float>>> m_neighbours;
};

class Ease final : public Recommender {
public:
    explicit Ease(double lambda = 250.0, double dropout = 0.0, int threads = 0)
        : m_lambda(lambda)
        , m_dropout(dropout)
        , m_threads(threads) {}
    QString name() const override { return QStringLiteral("ease"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;

    double lambda() const { return m_lambda; }
    // Pairs held by fewer users count as none, as in the server's k-anonymous neighbour table
    // (what the device ranks with, reco/neighbour_ranking.h).
    void setMinPairUsers(int users) { m_minPairUsers = users; }
    double dropout() const { return m_dropout; }
    // Each user's pairs weigh |u|^-γ in the Gram matrix (0: all alike), so a few very active users
    // do not set every item's neighbours.
    void setUserExponent(double gamma) { m_userExponent = gamma; }
    // Each item's score divided by its popularity^β (0: none; below 0 favours popular items).
    void setPopularityExponent(double beta) { m_popularityExponent = beta; }
    // How P is found: Auto takes the users x users route (reco/ease_woodbury.h) when there are
    // fewer than half as many users as items and no pairs are removed, else the dense one.
    enum class Solver { Auto, Dense, Woodbury };
    void setSolver(Solver solver) { m_solver = solver; }

private:
    void toWeights(const QVector<float> &popularity);

    double m_lambda;
    double m_dropout;
    double m_userExponent = 0;
    double m_popularityExponent = 0;
    Solver m_solver = Solver::Auto;
    int m_threads;
    int m_minPairUsers = 1;
    int m_items = 0;
    QVector<int> m_active; // dense index -> item
    QVector<int> m_index;  // item -> dense index, -1 when folded out
    QVector<float> m_b;    // B over the active items, row h at h * active
};

// "pop", "itemknn", "ease", and the validated "ease-cv", "rp3b" and "blend" (reco/tuning.h);
// nullptr for another name.
std::unique_ptr<Recommender> makeRecommender(const QString &name);

} // namespace lyceum::reco

namespace lyceum::reco {

// Content-based: TF-IDF (log-scaled tf, smoothed idf) over each item's text (the shared
// tokenizer, core/text/), L2-normalized; a user's profile is the sum of their items' vectors and
// an item scores its cosine with it. Covers items nobody has studied yet.
class ContentTfidf final : public Recommender {
public:
    explicit ContentTfidf(QStringList itemTexts)
        : m_texts(std::move(itemTexts)) {}
    QString name() const override { return QStringLiteral("tfidf"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;

private:
    QStringList m_texts;
    QVector<QVector<QPair<int, float>>> m_vectors; // per item: (term, weight)
    int m_items = 0;
};

// The blend: each part's scores scaled to [0, 1] over the items, then weighted
// (EASE 0.5, item kNN 0.2, TF-IDF 0.2, popularity 0.1). A user with no history gets popularity;
// an item nobody has gets its content score.
class Hybrid final : public Recommender {
public:
    explicit Hybrid(QStringList itemTexts);
    QString name() const override { return QStringLiteral("hybrid"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;

private:
    Ease m_ease;
    ItemKnn m_knn;
    ContentTfidf m_content;
    Popularity m_pop;
};

// As makeRecommender, also "tfidf" and "hybrid" when item texts are given.
std::unique_ptr<Recommender> makeRecommender(const QString &name, const QStringList &itemTexts);

} // namespace lyceum::reco

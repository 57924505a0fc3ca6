// User kNN: the users whose histories overlap the query's most (cosine of the two sets,
// |A ∩ B| / sqrt(|A| |B|)), the k nearest kept, each neighbour's items scored by its similarity
// raised to a power (a power above 1 lets the closest neighbours speak louder). Sparse: one pass
// over the users of each history item (an inverted index), so it fits any catalogue. On
// MovieLens-like data it sees what item–item models miss (whole tastes rather than pairs), which
// is what it adds to the blend (reco/tuning.h).
#pragma once

#include "reco/recommenders.h"

namespace lyceum::reco {

struct UserKnnSettings {
    int neighbours = 50;
    double power = 1.0;
};

class UserKnn final : public Recommender {
public:
    explicit UserKnn(UserKnnSettings settings = {})
        : m_settings(settings) {}
    QString name() const override { return QStringLiteral("userknn"); }
    void fit(const QVector<QVector<int>> &byUser, int itemCount) override;
    QVector<float> scores(const QVector<int> &history) const override;
    UserKnnSettings settings() const { return m_settings; }

private:
    UserKnnSettings m_settings;
    int m_items = 0;
    QVector<QVector<int>> m_byUser;
    QVector<QVector<int>> m_usersOf; // item -> the users who have it
};

} // namespace lyceum::reco

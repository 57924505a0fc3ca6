// EASE's P = (XᵀWX + Λ)⁻¹ through the Woodbury identity, for catalogues with more items than
// users: P = Λ^-½ (I - Yᵀ (I + YYᵀ)⁻¹ Y) Λ^-½ with Y = W^½ X Λ^-½, so the dense solve is users x
// users (610 for a 9,724-item set) instead of items x items, and P is filled row by row from the
// sparse X (about ratings x items multiply-adds). The same P as the dense route up to rounding
// (tst_core_reco compares them); it is what makes EASE on 9,700 items a matter of seconds.
#pragma once

#include <QVector>

namespace lyceum::reco {

// users: each user's items as dense indexes in [0, n); userWeight: W's diagonal; diagonal: Λ
// (every entry > 0). Writes the whole symmetric P into p (n x n). false when the users x users
// matrix could not be factorised (cannot happen with Λ > 0). threads <= 0: every core.
bool easeInverseWoodbury(const QVector<QVector<int>> &users, const QVector<float> &userWeight,
                         const QVector<double> &diagonal, int n, float *p, int threads = 0);

} // namespace lyceum::reco

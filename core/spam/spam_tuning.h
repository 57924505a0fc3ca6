// Choosing the classifier's settings (SpamModel::Settings) by k-fold cross-validation inside a
// training set only, so a test set is never looked at to pick them: each candidate is trained on
// k - 1 folds and judged on the one left out, the confusion counts pooled over the folds; the
// candidate with the best F1 among those whose false-positive rate stays within maxFpr wins
// (ties: the lower false-positive rate, then the earlier candidate).
#pragma once

#include "spam/spam_data.h"
#include "spam/spam_model.h"

namespace lyceum::spam {

struct Candidate {
    SpamModel::Settings settings;
    Figures figures; // pooled over the folds
};

struct Tuning {
    SpamModel::Settings best;
    QVector<Candidate> candidates; // every one tried, in grid order
};

// The grid searched by default: strongest 10, 15, 20, 30 and all × target 0.1 %, 0.2 %, 0.5 %.
QVector<SpamModel::Settings> defaultGrid();

// Cross-validates grid on train (stratified folds, the seed fixes them). With no candidate
// within maxFpr, the one with the lowest false-positive rate wins.
Tuning tune(const Labelled &train, quint32 seed, int folds = 5,
            const QVector<SpamModel::Settings> &grid = defaultGrid(), double maxFpr = 0.005);

} // namespace lyceum::spam

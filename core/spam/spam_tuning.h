// Choosing the classifier's settings (SpamModel::Settings) by k-fold cross-validation inside a
// training set only, so a test set is never looked at to pick them: each candidate is trained on
// k - 1 folds and judged on the one left out, the confusion counts pooled over the folds.
//
// The choice degrades gracefully. Within a limit (maxFpr first) the best F1 wins among the
// candidates whose pooled false-positive rate plus one standard deviation of the rate from fold
// to fold is within it (a test part is one more draw like a fold: a rate that only just meets
// the limit in the folds exceeds it on new data about half the time), unless that costs more
// than 0.02 of pooled F1 against the best whose pooled rate alone is within it, which then wins
// (a margin must not turn into a collapse of recall). Ties: the lower false-positive rate, then
// the earlier candidate. When none is within the limit, it is relaxed in steps (×2, ×4, ×10) and
// the limit met is reported; and a candidate whose recall is under half of a neighbour's (the
// same method with the next target, or the next method with the same target) is never chosen,
// since a cut that sits on a cliff of the folds will fall off it on new data.
#pragma once

#include "spam/spam_data.h"
#include "spam/spam_model.h"

namespace lyceum::spam {

struct Candidate {
    SpamModel::Settings settings;
    Figures figures;      // pooled over the folds
    double fprSpread = 0; // the standard deviation of the false-positive rate over the folds
    bool cliff = false;   // under half a neighbour's recall: never chosen
};

struct Tuning {
    SpamModel::Settings best;
    QVector<Candidate> candidates; // every one tried, in grid order
    double metFpr = 0;             // the false-positive limit the choice met; -1: none met
};

// The grid searched by default: logistic regression, naive Bayes on the 15 and on the 30
// strongest features, × target 0.1 %, 0.2 %, 0.5 %.
QVector<SpamModel::Settings> defaultGrid();

// The limits tried in turn from maxFpr: ×1, ×2, ×4, ×10.
QVector<double> relaxedLimits(double maxFpr);

// Cross-validates grid on train (stratified folds, the seed fixes them), then chooses as above.
Tuning tune(const Labelled &train, quint32 seed, int folds = 5,
            const QVector<SpamModel::Settings> &grid = defaultGrid(), double maxFpr = 0.005);

// The choice alone, on candidates already measured (grid order): sets best, metFpr and each
// candidate's cliff flag. A candidate meets a limit when figures.fpr + fprSpread is within it.
void choose(Tuning *tuning, double maxFpr);

} // namespace lyceum::spam

#include "spam/spam_tuning.h"

#include "spam/spam_features.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace lyceum::spam {

namespace {

constexpr double kMarginCost = 0.02; // pooled F1 the folds' spread may cost

bool sameVariant(const SpamModel::Settings &a, const SpamModel::Settings &b) {
    return a.method == b.method && (a.method == SpamMethod::Logistic || a.strongest == b.strongest);
}

// Per candidate, its place among the variants (first-seen order) and among the targets (sorted).
void positions(const QVector<Candidate> &all, QVector<int> *variant, QVector<int> *target) {
    QVector<SpamModel::Settings> variants;
    QVector<double> targets;
    for (const Candidate &c : all) {
        if (std::none_of(variants.begin(), variants.end(),
                         [&](const SpamModel::Settings &v) { return sameVariant(v, c.settings); }))
            variants << c.settings;
        if (!targets.contains(c.settings.targetFpr))
            targets << c.settings.targetFpr;
    }
    std::sort(targets.begin(), targets.end());
    for (const Candidate &c : all) {
        *variant << int(
            std::find_if(variants.begin(), variants.end(),
                         [&](const SpamModel::Settings &v) { return sameVariant(v, c.settings); }) -
            variants.begin());
        *target << int(targets.indexOf(c.settings.targetFpr));
    }
}

} // namespace

QVector<SpamModel::Settings> defaultGrid() {
    QVector<SpamModel::Settings> grid;
    for (const auto &[method, strongest] :
         {std::pair{SpamMethod::Logistic, 0}, std::pair{SpamMethod::NaiveBayes, 15},
          std::pair{SpamMethod::NaiveBayes, 30}})
        for (const double target : {0.001, 0.002, 0.005})
            grid.append({strongest, target, method});
    return grid;
}

QVector<double> relaxedLimits(double maxFpr) {
    return {maxFpr, maxFpr * 2, maxFpr * 4, maxFpr * 10};
}

void choose(Tuning *tuning, double maxFpr) {
    QVector<Candidate> &all = tuning->candidates;
    QVector<int> variant, target;
    positions(all, &variant, &target);
    for (qsizetype i = 0; i < all.size(); ++i) {
        double best = 0;
        for (qsizetype j = 0; j < all.size(); ++j) {
            const bool neighbour =
                (variant[i] == variant[j] && std::abs(target[i] - target[j]) == 1) ||
                (target[i] == target[j] && std::abs(variant[i] - variant[j]) == 1);
            if (neighbour)
                best = std::max(best, all[j].figures.recall);
        }
        all[i].cliff = all[i].figures.recall < 0.5 * best;
    }
    // The best F1 off the cliffs among those within a limit, the folds' spread counted or not.
    const auto bestWithin = [&all](double limit, bool spread) {
        const Candidate *best = nullptr;
        for (const Candidate &c : all) {
            if (c.cliff || c.figures.fpr + (spread ? c.fprSpread : 0.0) > limit)
                continue;
            if (!best || c.figures.f1 > best->figures.f1 ||
                (c.figures.f1 == best->figures.f1 && c.figures.fpr < best->figures.fpr))
                best = &c;
        }
        return best;
    };
    const Candidate *chosen = nullptr;
    tuning->metFpr = -1;
    for (const double limit : relaxedLimits(maxFpr)) {
        const Candidate *steady = bestWithin(limit, true);
        const Candidate *pooled = bestWithin(limit, false);
        if (!pooled)
            continue;
        // The margin may cost a little F1, not a collapse: beyond kMarginCost the setting that
        // meets the limit on the pooled rate alone is kept.
        chosen = steady && steady->figures.f1 >= pooled->figures.f1 - kMarginCost ? steady : pooled;
        tuning->metFpr = limit;
        break;
    }
    if (!chosen) { // no limit met: the best F1 off the cliffs, said so by metFpr = -1
        for (const Candidate &c : std::as_const(all))
            if (!c.cliff && (!chosen || c.figures.f1 > chosen->figures.f1))
                chosen = &c;
    }
    if (chosen)
        tuning->best = chosen->settings;
}

Tuning tune(const Labelled &train, quint32 seed, int folds,
            const QVector<SpamModel::Settings> &grid, double maxFpr) {
    const qsizetype n = std::min(train.texts.size(), train.spam.size());
    folds = std::max(2, folds);
    QVector<QVector<quint32>> featured(n);
    for (qsizetype i = 0; i < n; ++i)
        featured[i] = featureBuckets(train.texts.at(i), SpamModel::kBits);
    // Stratified folds: each class shuffled and dealt round the folds.
    QVector<int> foldOf(n, 0);
    QVector<qsizetype> spamIdx, hamIdx;
    for (qsizetype i = 0; i < n; ++i)
        (train.spam[i] ? spamIdx : hamIdx) << i;
    QRandomGenerator rng(seed ^ 0x5eedu);
    for (QVector<qsizetype> *list : {&spamIdx, &hamIdx}) {
        std::shuffle(list->begin(), list->end(), rng);
        for (qsizetype k = 0; k < list->size(); ++k)
            foldOf[list->at(k)] = int(k % folds);
    }
    Tuning out;
    for (const SpamModel::Settings &settings : grid) {
        QVector<bool> truth, predicted;
        QVector<double> foldFpr;
        for (int f = 0; f < folds; ++f) {
            qint64 falsePositives = 0, hams = 0;
            QVector<QVector<quint32>> fit;
            QVector<bool> labels;
            for (qsizetype i = 0; i < n; ++i) {
                if (foldOf[i] != f) {
                    fit << featured[i];
                    labels << train.spam[i];
                }
            }
            SpamModel model;
            model.trainFeatured(fit, labels, seed + quint32(f), settings);
            for (qsizetype i = 0; i < n; ++i) {
                if (foldOf[i] == f) {
                    truth << train.spam[i];
                    predicted << model.isSpamFeatured(featured[i]);
                    hams += train.spam[i] ? 0 : 1;
                    falsePositives += !train.spam[i] && predicted.last() ? 1 : 0;
                }
            }
            foldFpr << (hams > 0 ? double(falsePositives) / double(hams) : 0.0);
        }
        const double mean = std::accumulate(foldFpr.begin(), foldFpr.end(), 0.0) / folds;
        double squares = 0;
        for (const double r : std::as_const(foldFpr))
            squares += (r - mean) * (r - mean);
        out.candidates.append(
            {settings, figures(truth, predicted), std::sqrt(squares / double(folds - 1))});
    }
    choose(&out, maxFpr);
    return out;
}

} // namespace lyceum::spam

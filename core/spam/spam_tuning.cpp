#include "spam/spam_tuning.h"

#include "spam/spam_features.h"

#include <QRandomGenerator>
#include <algorithm>

namespace lyceum::spam {

QVector<SpamModel::Settings> defaultGrid() {
    QVector<SpamModel::Settings> grid;
    for (const int strongest : {10, 15, 20, 30, 0})
        for (const double target : {0.001, 0.002, 0.005})
            grid.append({strongest, target});
    return grid;
}

Tuning tune(const Labelled &train, quint32 seed, int folds,
            const QVector<SpamModel::Settings> &grid, double maxFpr) {
    const qsizetype n = std::min(train.texts.size(), train.spam.size());
    folds = std::max(2, folds);
    QVector<QStringList> featured(n);
    for (qsizetype i = 0; i < n; ++i)
        featured[i] = features(train.texts.at(i));
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
        for (int f = 0; f < folds; ++f) {
            QVector<QStringList> fit;
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
                }
            }
        }
        out.candidates.append({settings, figures(truth, predicted)});
    }
    const Candidate *best = nullptr;
    for (const Candidate &c : std::as_const(out.candidates)) {
        if (c.figures.fpr > maxFpr)
            continue;
        if (!best || c.figures.f1 > best->figures.f1 ||
            (c.figures.f1 == best->figures.f1 && c.figures.fpr < best->figures.fpr))
            best = &c;
    }
    if (!best) {
        for (const Candidate &c : std::as_const(out.candidates)) {
            if (!best || c.figures.fpr < best->figures.fpr)
                best = &c;
        }
    }
    if (best)
        out.best = best->settings;
    return out;
}

} // namespace lyceum::spam

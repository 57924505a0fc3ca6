// lyceum-cli reco-eval: the recommenders measured offline on a ratings file (reco/evaluation.h).
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "reco/evaluation.h"
#include "reco/tuning.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <vector>

namespace lyceum::cli {

using namespace support;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

// What the validation split chose, for the models that choose.
std::optional<reco::Choice> choiceOf(const reco::Recommender &model) {
    if (const auto *m = dynamic_cast<const reco::TunedEase *>(&model))
        return m->choice();
    if (const auto *m = dynamic_cast<const reco::TunedRp3 *>(&model))
        return m->choice();
    if (const auto *m = dynamic_cast<const reco::Blend *>(&model))
        return m->choice();
    return std::nullopt;
}
} // namespace

int recoEval(const Invocation &inv) {
    const QString path = inv.values.value(QStringLiteral("ratings"));
    if (path.isEmpty()) {
        *inv.err << tr("reco-eval needs --ratings PATH.") << '\n';
        return Usage;
    }
    const QString protocol =
        inv.values.value(QStringLiteral("protocol"), QStringLiteral("holdout"));
    if (protocol != QLatin1String("holdout") && protocol != QLatin1String("recbole")) {
        *inv.err << tr("--protocol is holdout or recbole.") << '\n';
        return Usage;
    }
    bool seedOk = true;
    const quint32 seed =
        inv.values.value(QStringLiteral("seed"), QStringLiteral("42")).toUInt(&seedOk);
    if (!seedOk) {
        *inv.err << tr("--seed must be a non-negative number.") << '\n';
        return Usage;
    }
    QString error;
    const auto data = reco::loadInteractions(path, &error);
    if (!data) {
        *inv.err << tr("The ratings could not be read: %1").arg(error) << '\n';
        return Failed;
    }
    const QString itemsPath = inv.values.value(QStringLiteral("items"));
    QStringList texts;
    if (!itemsPath.isEmpty()) {
        const auto loaded = reco::loadItemTexts(itemsPath, *data, &error);
        if (!loaded) {
            *inv.err << tr("The item texts could not be read: %1").arg(error) << '\n';
            return Failed;
        }
        texts = *loaded;
    }
    const QStringList algos =
        inv.values
            .value(QStringLiteral("algos"), texts.isEmpty()
                                                ? QStringLiteral("pop,itemknn,ease")
                                                : QStringLiteral("pop,itemknn,ease,tfidf,hybrid"))
            .split(u',', Qt::SkipEmptyParts);
    std::vector<std::unique_ptr<reco::Recommender>> models;
    for (const QString &name : algos) {
        auto model = reco::makeRecommender(name.trimmed(), texts);
        if (!model) {
            *inv.err << tr("Unknown algorithm %1 (known: pop, itemknn, ease, ease-cv, rp3b, blend; "
                           "tfidf and hybrid need --items PATH).")
                            .arg(name)
                     << '\n';
            return Usage;
        }
        models.push_back(std::move(model));
    }
    const reco::Split split = protocol == QLatin1String("recbole")
                                  ? reco::recboleSplit(*data, seed)
                                  : reco::holdoutSplit(*data, 0.8, seed);
    QJsonArray results;
    for (const auto &model : models) {
        const reco::Metrics m = reco::evaluate(*model, split, data->itemCount());
        const std::optional<reco::Choice> chosen = choiceOf(*model);
        QJsonObject row{{QStringLiteral("name"), model->name()},
                        {QStringLiteral("recall@10"), m.recall},
                        {QStringLiteral("ndcg@10"), m.ndcg},
                        {QStringLiteral("precision@10"), m.precision},
                        {QStringLiteral("coverage"), m.coverage},
                        {QStringLiteral("train_s"), m.trainSeconds},
                        {QStringLiteral("ms_per_user"), m.msPerUser},
                        {QStringLiteral("users"), m.users}};
        if (chosen) {
            row.insert(QStringLiteral("chosen"), chosen->settings);
            row.insert(QStringLiteral("validation_ndcg@10"), chosen->ndcg);
        }
        results.append(row);
        if (!inv.json)
            *inv.out << QStringLiteral("%1\tRecall@10 %2\tNDCG@10 %3\tPrecision@10 %4\tcoverage "
                                       "%5\ttrain %6 s\t%7 ms/user\n")
                            .arg(model->name(), -8)
                            .arg(m.recall, 0, 'f', 4)
                            .arg(m.ndcg, 0, 'f', 4)
                            .arg(m.precision, 0, 'f', 4)
                            .arg(m.coverage, 0, 'f', 3)
                            .arg(m.trainSeconds, 0, 'f', 2)
                            .arg(m.msPerUser, 0, 'f', 3)
                     << (chosen ? QStringLiteral("\t(validation chose %1; NDCG@10 %2)\n")
                                      .arg(chosen->settings)
                                      .arg(chosen->ndcg, 0, 'f', 4)
                                : QString());
    }
    if (inv.json)
        printJson(inv, QJsonObject{{QStringLiteral("protocol"), protocol},
                                   {QStringLiteral("seed"), qint64(seed)},
                                   {QStringLiteral("users"), data->userCount()},
                                   {QStringLiteral("items"), data->itemCount()},
                                   {QStringLiteral("interactions"), data->rows},
                                   {QStringLiteral("algos"), results}});
    return Ok;
}

} // namespace lyceum::cli

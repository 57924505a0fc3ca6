// The recommenders and their evaluation on hand-built data: parsing (formats, header,
// duplicates, bad lines), popularity counts, item-kNN cosine with shrinkage, EASE's zero
// diagonal and its agreement with co-occurrence under heavy regularization, top-N with
// exclusions and ties, NDCG by hand, a deterministic 80/20 split, and reco-eval end to end.
#include "cli/cli.h"
#include "reco/evaluation.h"
#include "reco/neighbour_ranking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>
#include <cmath>
#include <numeric>

using namespace lyceum::reco;

class TestReco : public QObject {
    Q_OBJECT

    // u0 {A,B}, u1 {A,B,C}, u2 {A,C}: counts A3 B2 C2; co(A,B)=2, co(A,C)=2, co(B,C)=1.
    static QVector<QVector<int>> tiny() { return {{0, 1}, {0, 1, 2}, {0, 2}}; }

private Q_SLOTS:
    void parsesTheUsualFormats() {
        QString error;
        auto a = parseInteractions("user,item,rating,timestamp\n1,10,5,0\n1,11,3,0\n2,10,4,0\n"
                                   "1,10,2,9\n",
                                   &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->userCount(), 2);
        QCOMPARE(a->itemCount(), 2);
        QCOMPARE(a->rows, 4);
        QCOMPARE(a->byUser.at(0), (QVector<int>{0, 1})); // the repeat counts once
        auto tab = parseInteractions("196\t242\t3\t881250949\n186\t302\t3\t891717742\n", &error);
        QVERIFY(tab && tab->userCount() == 2);
        auto colons = parseInteractions("1::1193::5::978300760\n1::661::3::978302109\n", &error);
        QVERIFY(colons && colons->itemCount() == 2);
        QVERIFY(!parseInteractions("1,10,5\n2\n", &error));
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY(!parseInteractions("1,10,five\n", &error));
        QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
        QVERIFY(!parseInteractions("", &error));
    }

    void popularityCounts() {
        Popularity p;
        p.fit(tiny(), 3);
        QCOMPARE(p.scores({}), (QVector<float>{3, 2, 2}));
    }

    void itemKnnIsShrunkCosine() {
        ItemKnn knn(10, 0.0f);
        knn.fit(tiny(), 3);
        const auto &b = knn.neighbours(1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).first, 0);
        QVERIFY(std::abs(b.at(0).second - 2.0 / std::sqrt(6.0)) < 1e-6);
        QCOMPARE(b.at(1).first, 2);
        QVERIFY(std::abs(b.at(1).second - 0.5) < 1e-6);
        ItemKnn shrunk(10, 10.0f);
        shrunk.fit(tiny(), 3);
        QVERIFY(std::abs(shrunk.neighbours(1).at(0).second - 2.0 / (std::sqrt(6.0) + 10.0)) < 1e-6);
        ItemKnn one(1, 0.0f);
        one.fit(tiny(), 3);
        QCOMPARE(one.neighbours(0).size(), 1); // top-k kept
        // A user with B: A scores above C.
        const QVector<float> s = knn.scores({1});
        QVERIFY(s[0] > s[2] && s[2] > 0);
    }

    void easeHasNoSelfScoreAndFollowsCoOccurrence() {
        Ease ease(1e6);
        ease.fit(tiny(), 3);
        const QVector<float> fromB = ease.scores({1});
        QCOMPARE(fromB[1], 0.0f);
        QVERIFY(fromB[0] > fromB[2]); // co(B,A)=2 > co(B,C)=1
        Ease sharp(0.5);
        sharp.fit(tiny(), 3);
        QCOMPARE(sharp.scores({0})[0], 0.0f);
    }

    void contentAndHybrid() {
        const QStringList texts{QStringLiteral("Go 并发编程 goroutine"),
                                QStringLiteral("Go 语言 web 服务"),
                                QStringLiteral("水彩 绘画 入门")};
        ContentTfidf content(texts);
        content.fit({}, 3);
        const QVector<float> s = content.scores({0});
        QVERIFY(s[1] > s[2]); // shares "go" with the history
        QCOMPARE(s[2], 0.0f);
        QVERIFY(content.scores({}).at(0) == 0.0f);
        // An item nobody has: still reachable through its text.
        Hybrid hybrid(texts);
        hybrid.fit({{0}, {0}}, 3);
        const QVector<float> h = hybrid.scores({0});
        QVERIFY(h[1] > h[2]);
        // A new user: popularity.
        const QVector<float> fresh = hybrid.scores({});
        QVERIFY(fresh[0] > fresh[1]);
        QVERIFY(!makeRecommender(QStringLiteral("tfidf"), {}));
        QVERIFY(makeRecommender(QStringLiteral("hybrid"), texts));
    }

    void topNAndNdcg() {
        const QVector<float> scores{0.1f, 0.9f, 0.5f, 0.9f, 0.2f};
        QCOMPARE(topN(scores, {}, 3), (QVector<int>{1, 3, 2})); // tie: lower index first
        QCOMPARE(topN(scores, {1, 2}, 2), (QVector<int>{3, 4}));
        QCOMPARE(topN(scores, {0, 1, 2, 3}, 10), (QVector<int>{4}));
        // ranked [1,2,3], relevant {2,9}: DCG = 1/log2(3); ideal = 1 + 1/log2(3).
        const double expected = (1.0 / std::log2(3.0)) / (1.0 + 1.0 / std::log2(3.0));
        QVERIFY(std::abs(ndcgAt({1, 2, 3}, {2, 9}, 3) - expected) < 1e-9);
        QCOMPARE(ndcgAt({2, 9}, {2, 9}, 10), 1.0);
        QCOMPARE(ndcgAt({1}, {}, 10), 0.0);
    }

    void splitIsDeterministic() {
        Interactions data;
        data.userIds = {QStringLiteral("a"), QStringLiteral("b")};
        for (int i = 0; i < 10; ++i)
            data.itemIds << QString::number(i);
        data.byUser = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {3}};
        const Split one = holdoutSplit(data, 0.8, 7);
        const Split again = holdoutSplit(data, 0.8, 7);
        QCOMPARE(one.train, again.train);
        QCOMPARE(one.train.at(0).size(), 8);
        QCOMPARE(one.test.at(0).size(), 2);
        QVERIFY(one.test.at(1).isEmpty()); // one interaction: training only
        QVector<int> all = one.train.at(0) + one.test.at(0);
        std::sort(all.begin(), all.end());
        QCOMPARE(all, data.byUser.at(0));
        bool differs = false;
        for (quint32 seed = 8; seed < 20 && !differs; ++seed)
            differs = holdoutSplit(data, 0.8, seed).test.at(0) != one.test.at(0);
        QVERIFY(differs);
    }

    void recboleSplitIsEightOneOne() {
        Interactions data;
        data.userIds = {QStringLiteral("a"), QStringLiteral("b")};
        for (int i = 0; i < 20; ++i)
            data.itemIds << QString::number(i);
        QVector<int> all(20);
        std::iota(all.begin(), all.end(), 0);
        data.byUser = {all, {1, 2, 3}};
        const Split s = recboleSplit(data, 1);
        QCOMPARE(s.train.at(0).size(), 16);
        QCOMPARE(s.test.at(0).size(), 2); // 2 set aside for validation
        QCOMPARE(s.train.at(1).size(), 2);
        QCOMPARE(s.test.at(1).size(), 1);
        for (int i : s.test.at(0))
            QVERIFY(!s.train.at(0).contains(i));
    }

    void evaluationCountsHits() {
        // Everyone has item 0 in training and the same test item 1, which only item 0 predicts.
        Split split;
        split.train = {{0}, {0}, {0, 2}};
        split.test = {{1}, {1}, {}};
        Popularity p;
        const Metrics m = evaluate(p, split, 3, 1);
        // Popularity ranks item 0 (excluded), then 2 (count 1) over 1 (count 0): no hits.
        QCOMPARE(m.users, 2);
        QCOMPARE(m.recall, 0.0);
        split.train = {{0, 1}, {0}, {0, 1}};
        split.test = {{2}, {1}, {}};
        const Metrics hit = evaluate(p, split, 3, 1);
        // u0: top-1 of {2} is 2 (hit); u1: top-1 of {1,2} is 1 (count 2, hit).
        QCOMPARE(hit.recall, 1.0);
        QCOMPARE(hit.precision, 1.0);
        QCOMPARE(hit.ndcg, 1.0);
        QCOMPARE(hit.coverage, 2.0 / 3.0);
    }

    void ranksFromTheNeighbourTable() {
        QString error;
        const auto table =
            neighbourTableFromJson(QJsonDocument::fromJson(R"({"min_users":5,"pairs":[
                {"a":"go","b":"sql","users":9,"similarity":0.6},
                {"a":"go","b":"ml","users":6,"similarity":0.3},
                {"a":"ml","b":"sql","users":7,"similarity":0.5},
                {"a":"design","b":"ml","users":5,"similarity":0.2}]})")
                                       .object(),
                                   &error);
        QVERIFY2(table, qPrintable(error));
        const QVector<Suggestion> s =
            rankFromNeighbours(*table, {QStringLiteral("go"), QStringLiteral("ml")});
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).courseId, QStringLiteral("sql")); // 0.6 + 0.5
        QVERIFY(std::abs(s.at(0).score - 1.1) < 1e-9);
        QCOMPARE(s.at(0).because, QStringLiteral("go"));
        QCOMPARE(s.at(1).courseId, QStringLiteral("design"));
        QCOMPARE(s.at(1).because, QStringLiteral("ml"));
        QVERIFY(rankFromNeighbours(*table, {}).isEmpty());
        QCOMPARE(rankFromNeighbours(*table, {QStringLiteral("go")}, 1).size(), 1);
        QVERIFY(!neighbourTableFromJson(
            QJsonDocument::fromJson(R"({"pairs":[{"a":"x","b":"y","users":5,"similarity":7}]})")
                .object(),
            &error));
        QVERIFY(!neighbourTableFromJson(QJsonObject(), &error));
    }

    void recoEvalCommand() {
        QString out, err;
        QTextStream o(&out), e(&err);
        const QString data = QStringLiteral(LYCEUM_SOURCE_DIR "/tests/data/reco/small.csv");
        int code = lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"), data,
                                     QStringLiteral("--seed"), QStringLiteral("3"),
                                     QStringLiteral("--json")},
                                    o, e, nullptr);
        QCOMPARE(code, 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("users")).toInt(), 5);
        QCOMPARE(json.value(QLatin1String("items")).toInt(), 4);
        const QJsonArray algos = json.value(QLatin1String("algos")).toArray();
        QCOMPARE(algos.size(), 3);
        QStringList names;
        for (const QJsonValue &v : algos) {
            const QJsonObject a = v.toObject();
            names << a.value(QLatin1String("name")).toString();
            for (const char *key :
                 {"recall@10", "ndcg@10", "precision@10", "coverage", "train_s", "ms_per_user"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QVERIFY(a.value(QLatin1String("recall@10")).toDouble() >= 0.0);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("pop"), QStringLiteral("itemknn"),
                                     QStringLiteral("ease")}));
        out.clear();
        QCOMPARE(lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"), data,
                                   QStringLiteral("--protocol"), QStringLiteral("recbole"),
                                   QStringLiteral("--json")},
                                  o, e, nullptr),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8())
                     .object()
                     .value(QLatin1String("protocol"))
                     .toString(),
                 QStringLiteral("recbole"));
        QVERIFY(lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"), data,
                                  QStringLiteral("--protocol"), QStringLiteral("other")},
                                 o, e, nullptr) != 0);
        out.clear();
        code = lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"),
                                 QStringLiteral("/no/such/file.csv")},
                                o, e, nullptr);
        QVERIFY(code != 0);
        QVERIFY(err.contains(QLatin1String("could not be read")));
        code = lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"), data,
                                 QStringLiteral("--algos"), QStringLiteral("magic")},
                                o, e, nullptr);
        QVERIFY(code != 0);
    }
};

QTEST_GUILESS_MAIN(TestReco)
#include "tst_reco.moc"

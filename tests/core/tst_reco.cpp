// The recommenders and their evaluation on hand-built data: parsing (formats, header,
// duplicates, bad lines), popularity counts, item-kNN cosine with shrinkage, EASE's zero
// diagonal and its agreement with co-occurrence under heavy regularization, top-N with
// exclusions and ties, NDCG by hand, a deterministic 80/20 split, and reco-eval end to end.
// Also: the MovieLens formats as they come (u.data, ratings.csv with its header, ratings.dat) and
// the refusal of anything else; the in-place single-precision inverse against a double-precision
// one; EASE's folding of items that share no user; RP3beta by hand; the validation split inside
// the training part; the validated models through reco-eval; EASE's users x users route against
// the dense one; user kNN by hand; iALS on two tastes; the blend of EASE, user kNN and iALS.
#include "cli/cli.h"
#include "reco/ease_solver.h"
#include "reco/evaluation.h"
#include "reco/ials.h"
#include "reco/neighbour_ranking.h"
#include "reco/rp3beta.h"
#include "reco/tuning.h"
#include "reco/user_knn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>
#include <cmath>
#include <numeric>
#include <random>
#include <tuple>

using namespace lyceum::reco;

class TestReco : public QObject {
    Q_OBJECT

    // u0 {A,B}, u1 {A,B,C}, u2 {A,C}: counts A3 B2 C2; co(A,B)=2, co(A,C)=2, co(B,C)=1.
    static QVector<QVector<int>> tiny() { return {{0, 1}, {0, 1, 2}, {0, 2}}; }

    // The inverse of a column-major n x n matrix, by Gauss-Jordan with partial pivoting.
    static std::vector<double> gaussJordanInverse(std::vector<double> a, int n) {
        std::vector<double> inv(size_t(n) * n, 0.0);
        for (int i = 0; i < n; ++i)
            inv[size_t(i) * n + i] = 1.0;
        const auto at = [n](std::vector<double> &m, int r, int c) -> double & {
            return m[size_t(c) * n + r];
        };
        for (int c = 0; c < n; ++c) {
            int pivot = c;
            for (int r = c + 1; r < n; ++r)
                if (std::abs(at(a, r, c)) > std::abs(at(a, pivot, c)))
                    pivot = r;
            for (int k = 0; k < n; ++k) {
                std::swap(at(a, c, k), at(a, pivot, k));
                std::swap(at(inv, c, k), at(inv, pivot, k));
            }
            const double d = at(a, c, c);
            for (int k = 0; k < n; ++k) {
                at(a, c, k) /= d;
                at(inv, c, k) /= d;
            }
            for (int r = 0; r < n; ++r) {
                if (r == c)
                    continue;
                const double f = at(a, r, c);
                if (f == 0)
                    continue;
                for (int k = 0; k < n; ++k) {
                    at(a, r, k) -= f * at(a, c, k);
                    at(inv, r, k) -= f * at(inv, c, k);
                }
            }
        }
        return inv;
    }

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

    void readsMovieLensFormatsAsTheyCome() {
        QString error;
        // ratings.csv as MovieLens ships it: the header that used to be refused.
        auto csv = parseInteractions("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n"
                                     "1,3,4.0,964981247\n2,1,2.5,1445714835\n",
                                     &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(csv->userCount(), 2);
        QCOMPARE(csv->itemIds, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        // A header names the columns, in any order; a byte-order mark is skipped.
        auto swapped = parseInteractions("\xEF\xBB\xBFmovieId,userId,rating\n10,u1,5\n11,u1,3\n"
                                         "10,u2,4\n",
                                         &error);
        QVERIFY2(swapped, qPrintable(error));
        QCOMPARE(swapped->userIds, (QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
        QCOMPARE(swapped->byUser.at(0).size(), 2);
        auto udata =
            parseInteractions("196\t242\t3\t881250949\r\n186\t302\t3\t891717742\r\n", &error);
        QVERIFY2(udata && udata->itemCount() == 2, qPrintable(error));
        auto dat = parseInteractions("1::1193::5::978300760\n2::1193::3::978302109\n", &error);
        QVERIFY2(dat && dat->userCount() == 2 && dat->itemCount() == 1, qPrintable(error));
        // Anything else: the line and the formats expected.
        QVERIFY(!parseInteractions("1;10;5\n2;11;4\n", &error));
        QVERIFY2(error.contains(QLatin1String("not a ratings file")) &&
                     error.contains(QLatin1String("ratings.csv")),
                 qPrintable(error));
        QVERIFY(!parseInteractions("# comment\nname,title,score\nx,y,1\n", &error));
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("header")),
                 qPrintable(error));
        QVERIFY(!parseInteractions("1\t10\t5\t0\n2,11,4,0\n", &error)); // the separator changes
        QVERIFY2(error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("a tab")),
                 qPrintable(error));
        QVERIFY(!parseInteractions("userId,movieId,rating\n1,10,five\n", &error));
        QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
        QVERIFY(!parseInteractions("userId,movieId,rating,timestamp\n", &error));
        QVERIFY(error.contains(QLatin1String("no interactions")));
    }

    void invertsInPlaceInSinglePrecision() {
        // A random symmetric positive-definite matrix bigger than one block (256), so every
        // blocked step runs; compared with a double-precision Gauss-Jordan inverse.
        const int n = 300;
        std::mt19937 rng(5);
        std::vector<double> x(size_t(n) * 40);
        for (double &v : x)
            v = (rng() % 3 == 0) ? 1.0 : 0.0;
        std::vector<double> g(size_t(n) * n, 0.0);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b) {
                double dot = a == b ? 5.0 : 0.0;
                for (int k = 0; k < 40; ++k)
                    dot += x[size_t(a) * 40 + k] * x[size_t(b) * 40 + k];
                g[size_t(b) * n + a] = dot;
            }
        std::vector<double> inverse = gaussJordanInverse(g, n);
        for (const auto &[threads, wide] :
             {std::pair{1, false}, {2, false}, {1, true}, {2, true}}) {
            QVector<float> a(qsizetype(n) * n);
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = float(g[size_t(i)]);
            for (int col = 1; col < n; ++col) // garbage above the diagonal: must be ignored
                a[qsizetype(col) * n] = -1e6f;
            QVERIFY(invertSpdLowerInPlace(a.data(), n, threads, wide));
            double worst = 0;
            for (int col = 0; col < n; ++col)
                for (int row = col; row < n; ++row)
                    worst = std::max(worst, std::abs(double(a[qsizetype(col) * n + row]) -
                                                     inverse[size_t(col) * n + row]));
            QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
        }
        QVector<float> notPositive{1.0f, 2.0f, 2.0f, 1.0f}; // eigenvalues 3 and -1
        QVERIFY(!invertSpdLowerInPlace(notPositive.data(), 2, 1));
        qInfo("AVX2 + FMA kernels on this processor: %s", wideKernels() ? "yes" : "no");
    }

    void easeFoldsItemsThatShareNoUser() {
        // Items 0-2 as in tiny(); item 3 is held by a user with nothing else; item 4 by nobody.
        QVector<QVector<int>> data = tiny();
        data.append(QVector<int>{3});
        Ease ease(0.5);
        ease.fit(data, 5);
        // By hand: G = [[3,2,2],[2,2,1],[2,1,2]] + 0.5 I over items 0-2, P its inverse,
        // B(h, j) = -P(h, j) / P(j, j).
        std::vector<double> g{3.5, 2, 2, 2, 2.5, 1, 2, 1, 2.5};
        const std::vector<double> p = gaussJordanInverse(g, 3);
        for (int h = 0; h < 3; ++h) {
            const QVector<float> s = ease.scores({h});
            QCOMPARE(s.size(), 5);
            for (int j = 0; j < 3; ++j) {
                const double want = h == j ? 0.0 : -p[size_t(h) * 3 + j] / p[size_t(j) * 3 + j];
                QVERIFY2(
                    std::abs(s[j] - want) < 1e-5,
                    qPrintable(
                        QStringLiteral("B(%1,%2) %3 vs %4").arg(h).arg(j).arg(s[j]).arg(want)));
            }
            QCOMPARE(s[3], 0.0f);
            QCOMPARE(s[4], 0.0f);
        }
        QCOMPARE(ease.scores({3}), QVector<float>(5, 0.0f)); // folded: no row
        QCOMPARE(ease.scores({4}), QVector<float>(5, 0.0f));
    }

    void easeWoodburyMatchesDense() {
        // 12 users and 61 items (item 60 held by nobody): the users x users route finds the same
        // B as the dense inverse, with EDLAE's dropout and user weights too.
        std::mt19937 rng(5);
        QVector<QVector<int>> data(12);
        for (int u = 0; u < 12; ++u)
            for (int i = 0; i < 60; ++i)
                if (rng() % 4 == 0 || i % 12 == u)
                    data[u] << i;
        for (const auto &[lambda, dropout, gamma] :
             {std::tuple{5.0, 0.0, 0.0}, std::tuple{20.0, 0.25, 0.5}}) {
            Ease dense(lambda, dropout, 1), woodbury(lambda, dropout, 2);
            for (Ease *e : {&dense, &woodbury})
                e->setUserExponent(gamma);
            dense.setSolver(Ease::Solver::Dense);
            woodbury.setSolver(Ease::Solver::Woodbury);
            dense.fit(data, 61);
            woodbury.fit(data, 61);
            double worst = 0, largest = 0;
            for (int h = 0; h < 61; ++h) {
                const QVector<float> a = dense.scores({h}), b = woodbury.scores({h});
                QCOMPARE(a.size(), 61);
                QCOMPARE(b.size(), 61);
                for (int j = 0; j < 61; ++j) {
                    worst = std::max(worst, double(std::abs(a[j] - b[j])));
                    largest = std::max(largest, double(std::abs(a[j])));
                }
            }
            QVERIFY(largest > 1e-3); // not two empty models
            QVERIFY2(worst < 1e-5 + 1e-4 * largest, qPrintable(QString::number(worst)));
        }
    }

    void userKnnByHand() {
        // tiny(): u0 {A,B}, u1 {A,B,C}, u2 {A,C}. History {B}: cos(u0) = 1/sqrt(2),
        // cos(u1) = 1/sqrt(3), u2 shares nothing.
        UserKnn nearest({1, 1.0});
        nearest.fit(tiny(), 3);
        QVector<float> s = nearest.scores({1});
        QVERIFY(std::abs(s[0] - 1.0 / std::sqrt(2.0)) < 1e-6); // u0 alone
        QVERIFY(std::abs(s[1] - 1.0 / std::sqrt(2.0)) < 1e-6);
        QCOMPARE(s[2], 0.0f);
        UserKnn two({2, 2.0}); // similarities squared
        two.fit(tiny(), 3);
        s = two.scores({1});
        QVERIFY(std::abs(s[0] - (0.5 + 1.0 / 3.0)) < 1e-6);
        QVERIFY(std::abs(s[2] - 1.0 / 3.0) < 1e-6);
        QCOMPARE(two.scores({}), QVector<float>(3, 0.0f));
        QCOMPARE(two.scores({7}), QVector<float>(3, 0.0f)); // an unknown item counts for nothing
    }

    void ialsLearnsTwoTastes() {
        // Users 0-9 take items 0-9 and users 10-19 items 10-19, each all but one: a history in
        // one taste scores that taste's missing item above every item of the other.
        QVector<QVector<int>> data(20);
        for (int u = 0; u < 20; ++u)
            for (int i = 0; i < 10; ++i)
                if (i != u % 10)
                    data[u] << (u < 10 ? i : 10 + i);
        Ials ials({8, 0.05, 0.3, 10, 1.0}, 3, 2);
        ials.fit(data, 20);
        const QVector<float> s = ials.scores({1, 2, 3});
        QCOMPARE(s.size(), 20);
        for (int j = 10; j < 20; ++j)
            QVERIFY2(s[0] > s[j], qPrintable(QStringLiteral("%1 vs %2").arg(s[0]).arg(s[j])));
        Ials again({8, 0.05, 0.3, 10, 1.0}, 3, 1);
        again.fit(data, 20);
        const QVector<float> t = again.scores({1, 2, 3}); // the seed fixes it, whatever the threads
        for (int j = 0; j < 20; ++j)
            QVERIFY(std::abs(s[j] - t[j]) < 1e-5);
        QCOMPARE(ials.scores({}), QVector<float>(20, 0.0f));
    }

    void rp3BetaByHand() {
        // tiny(): u0 {A,B} deg 2, u1 {A,B,C} deg 3, u2 {A,C} deg 2; pop A3 B2 C2.
        Rp3Beta rp3({1.0, 0.5, 10}, 2);
        rp3.fit(tiny(), 3);
        // W(B, A) = pop(B)^-1 (1/2 + 1/3) pop(A)^-0.5; W(B, C) = pop(B)^-1 (1/3) pop(C)^-0.5.
        const auto &b = rp3.neighbours(1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).first, 0);
        QVERIFY(std::abs(b.at(0).second - 0.5 * (0.5 + 1.0 / 3.0) / std::sqrt(3.0)) < 1e-6);
        QCOMPARE(b.at(1).first, 2);
        QVERIFY(std::abs(b.at(1).second - 0.5 * (1.0 / 3.0) / std::sqrt(2.0)) < 1e-6);
        const QVector<float> s = rp3.scores({1, 2});
        QVERIFY(std::abs(s[0] - (b.at(0).second + rp3.neighbours(2).at(0).second)) < 1e-6);
        Rp3Beta one({1.0, 0.5, 1}, 1);
        one.fit(tiny(), 3);
        QCOMPARE(one.neighbours(0).size(), 1); // k kept
        // β weighs down popular arrivals: from β = 0.5 to 1, W(B, A) falls by pop(A)^-0.5.
        Rp3Beta steep({1.0, 1.0, 10}, 1);
        steep.fit(tiny(), 3);
        QVERIFY(std::abs(steep.neighbours(1).at(0).second * std::sqrt(3.0) - b.at(0).second) <
                1e-6);
    }

    void validationStaysInsideTheTrainingPart() {
        Interactions data;
        for (int u = 0; u < 30; ++u)
            data.userIds << QString::number(u);
        for (int i = 0; i < 40; ++i)
            data.itemIds << QString::number(i);
        std::mt19937 rng(3);
        for (int u = 0; u < 30; ++u) {
            QVector<int> items;
            for (int i = 0; i < 40; ++i)
                if ((u + i) % 3 == 0 || rng() % 5 == 0)
                    items << i;
            data.byUser << items;
        }
        const Split outer = holdoutSplit(data, 0.8, 7);
        const Split inner = validationSplit(outer.train, 7);
        QCOMPARE(inner.train.size(), outer.train.size());
        for (int u = 0; u < 30; ++u) {
            QVector<int> both = inner.train.at(u) + inner.test.at(u);
            std::sort(both.begin(), both.end());
            QVector<int> trained = outer.train.at(u);
            std::sort(trained.begin(), trained.end());
            QCOMPARE(both, trained); // validation items come from the training part only
            for (int i : outer.test.at(u))
                QVERIFY(!inner.test.at(u).contains(i));
        }
        QCOMPARE(validationSplit(outer.train, 7).test, inner.test);
        // The validated models choose from their grids and rank.
        TunedEase ease(1, {{1000, 0}, {5, 0}});
        ease.fit(outer.train, 40);
        QVERIFY(ease.choice().settings.startsWith(QLatin1String("lambda=")));
        QVERIFY(ease.choice().ndcg >= 0);
        Blend blend(1, {{20, 0}}, {{1.0, 0.3, 20}}, {{5, 2.0}}, {{4, 0.05, 0.3, 3, 1.0}});
        blend.fit(outer.train, 40);
        QVERIFY(blend.easeWeight() >= 0 && blend.easeWeight() <= 1);
        const QVector<double> weights = blend.weights();
        QCOMPARE(weights.size(), 4); // EASE, user kNN, RP3beta, iALS
        QVERIFY(std::abs(std::accumulate(weights.begin(), weights.end(), 0.0) - 1.0) < 1e-6);
        QVERIFY(blend.choice().settings.contains(QLatin1String("weights")));
        QVERIFY(blend.choice().settings.contains(QLatin1String("ials")));
        const QVector<float> s = blend.scores(outer.train.at(0));
        QCOMPARE(s.size(), 40);
        for (int j = 0; j < 40; ++j) // each part scaled to at most 1 outside the history
            QVERIFY(std::isfinite(s[j]) && (outer.train.at(0).contains(j) || s[j] <= 1.0f + 1e-5f));
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
        QCOMPARE(lyceum::cli::run({QStringLiteral("reco-eval"), QStringLiteral("--ratings"), data,
                                   QStringLiteral("--algos"),
                                   QStringLiteral("ease-cv,rp3b,blend,userknn,ials,userknn:3:2,"
                                                  "ials:4:0.05:0.3:3,ease:50:0:0.5:0.1"),
                                   QStringLiteral("--json")},
                                  o, e, nullptr),
                 0);
        const QJsonArray validated =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("algos")).toArray();
        QCOMPARE(validated.size(), 8);
        for (qsizetype i = 0; i < 3; ++i) // each says what its validation chose
            QVERIFY(
                !validated.at(i).toObject().value(QLatin1String("chosen")).toString().isEmpty());
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

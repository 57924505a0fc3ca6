// The spam classifier (core/spam/): features on Chinese, English and mixed text; training and
// scoring on a small set with a known answer; explanations; learning from one decision; the
// model file's round trip and its refusal of damaged or foreign files (the old model kept); the
// CSV reader, the stratified split and the figures. Short text: contact patterns and character
// n-grams (their buckets as the scoring path hashes them), logistic regression beside naive Bayes,
// a format-2 file still read, the choice rule that relaxes its limit and steps off cliffs,
// --truncate, and the hand-made set of short posts (tests/data/spam/short/).
#include "cli/cli.h"
#include "spam/spam_data.h"
#include "spam/spam_features.h"
#include "spam/spam_model.h"
#include "spam/spam_tuning.h"
#include "text/tokenizer.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace lyceum::spam;

namespace {

// What the model reaches on the hand-made short posts' test part (seed 1, 30 %).
constexpr double kShortF1 = 0.85;

Labelled smallSet() {
    Labelled set;
    const QStringList spam{
        QStringLiteral(
            "加微信 13812345678 免费领取课程优惠券！！！ http://cheap-course.example/win"),
        QStringLiteral("限时特价！！点击 http://cheap-course.example 领取红包 🎉🎉🎉"),
        QStringLiteral("BUY NOW CHEAP WATCHES AND PILLS http://pills.example LIMITED OFFER"),
        QStringLiteral("免费领取 会员 红包 加微信 13912345678"),
        QStringLiteral("Win money now!!! Click http://cheap-course.example/prize"),
        QStringLiteral("特价课程 加微信 领取 免费 优惠券"),
    };
    const QStringList ham{
        QStringLiteral("请问第三课的作业里，pandas 的 groupby 为什么要 reset_index？"),
        QStringLiteral("谢谢老师，窗口函数那一节讲得很清楚。"),
        QStringLiteral("How do I handle missing values before fitting the model?"),
        QStringLiteral("我在 Go 的项目里用 context 控制超时，这样写对吗？"),
        QStringLiteral("Thanks, the lesson on window functions helped a lot."),
        QStringLiteral("今天打卡：学习 60 分钟，完成了第二课的练习。"),
    };
    for (const QString &s : spam) {
        set.texts << s;
        set.spam << true;
    }
    for (const QString &h : ham) {
        set.texts << h;
        set.spam << false;
    }
    return set;
}

} // namespace

class TestSpam : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void featuresOfChineseEnglishAndMixed() {
        const QStringList f = features(
            u"加微信 13812345678 领取红包！！ Visit https://www.Cheap.example/x 哈哈哈哈 😀😀😀");
        for (const char *want :
             {"微信", "红包", "visit", "__url", "__domain:cheap.example", "__phone_cn",
              "__digits_long", "__repeat", "__bang", "__emoji_run"})
            QVERIFY2(f.contains(QString::fromUtf8(want)), want);
        QCOMPARE(f.count(QStringLiteral("__url")), 1); // each once
        const QStringList plain = features(u"请问第三课的作业怎么提交？ Thanks!");
        QVERIFY(!plain.contains(QStringLiteral("__url")));
        QVERIFY(!plain.contains(QStringLiteral("__phone_cn")));
        QVERIFY(features(u"THIS IS A VERY LOUD MESSAGE FOR EVERYONE")
                    .contains(QStringLiteral("__caps")));
        QVERIFY(features(u"").isEmpty());
    }

    void trainsAndScores_data() {
        QTest::addColumn<int>("method");
        QTest::newRow("naive Bayes") << int(SpamMethod::NaiveBayes);
        QTest::newRow("logistic") << int(SpamMethod::Logistic);
    }

    void trainsAndScores() {
        QFETCH(int, method);
        SpamModel model;
        const Labelled set = smallSet();
        model.train(set.texts, set.spam, 1, {15, 0.0, SpamMethod(method)});
        QCOMPARE(int(model.method()), method);
        QCOMPARE(model.spamExamples(), 6);
        QCOMPARE(model.hamExamples(), 6);
        const double spammy =
            model.score(u"加微信 13700001111 免费领取红包 http://cheap-course.example");
        const double hammy = model.score(u"老师，第二课的 groupby 作业我还有一个问题");
        QVERIFY2(spammy > hammy, qPrintable(QStringLiteral("%1 vs %2").arg(spammy).arg(hammy)));
        QVERIFY(spammy >= 0 && spammy <= 1 && hammy >= 0 && hammy <= 1);
        QVERIFY(model.isSpam(u"加微信 13700001111 免费领取红包 http://cheap-course.example"));
        QVERIFY(!model.isSpam(u"老师，第二课的 groupby 作业我还有一个问题"));
        // The explanation names what pushed it.
        QStringList pushed;
        double sum = 0;
        for (const SpamModel::Contribution &c :
             model.explain(u"加微信 免费领取红包 http://cheap-course.example", 4)) {
            QVERIFY(method != 0 || c.weight > 0); // logistic weights may pull either way
            sum += c.weight;
            pushed << c.feature;
        }
        QVERIFY(sum > 0);
        // Each is a feature seen in the spam examples only.
        QSet<QString> inSpam, inHam;
        for (qsizetype i = 0; i < set.texts.size(); ++i) {
            for (const QString &f : features(set.texts.at(i)))
                (set.spam.at(i) ? inSpam : inHam).insert(f);
        }
        QCOMPARE(pushed.size(), 4);
        for (const QString &f : std::as_const(pushed))
            QVERIFY2(inSpam.contains(f) && (method != 0 || !inHam.contains(f)), qPrintable(f));
    }

    void learnsFromADecision_data() { trainsAndScores_data(); }

    void learnsFromADecision() {
        QFETCH(int, method);
        SpamModel model;
        const Labelled set = smallSet();
        model.train(set.texts, set.spam, 1, {15, 0.0, SpamMethod(method)});
        const quint64 version = model.version();
        const double before = model.score(u"团购 拼单 便宜 私聊");
        for (int i = 0; i < 5; ++i)
            model.learn(u"团购 拼单 便宜 私聊", true);
        QVERIFY(model.score(u"团购 拼单 便宜 私聊") > before);
        QCOMPARE(model.version(), version + 5);
    }

    void savesAndRefusesDamage() {
        SpamModel model;
        const Labelled set = smallSet();
        model.train(set.texts, set.spam, 1, {15, 0.0});
        const QByteArray file = model.save();
        SpamModel copy;
        QString error;
        QVERIFY2(copy.load(file, &error), qPrintable(error));
        for (const QString &t : set.texts)
            QCOMPARE(copy.score(t), model.score(t));
        QCOMPARE(copy.rawThreshold(), model.rawThreshold());
        QCOMPARE(copy.version(), model.version());
        QCOMPARE(copy.strongest(), 15);
        SpamModel seven;
        seven.train(set.texts, set.spam, 1, {7, 0.0});
        QVERIFY(copy.load(seven.save(), &error));
        QCOMPARE(copy.strongest(), 7); // kept in the file (format 2 on)
        SpamModel bayes;
        bayes.train(set.texts, set.spam, 1, {15, 0.0, SpamMethod::NaiveBayes});
        QVERIFY(copy.load(bayes.save(), &error));
        QCOMPARE(copy.method(), SpamMethod::NaiveBayes);
        for (const QString &t : set.texts)
            QCOMPARE(copy.score(t), bayes.score(t));
        QVERIFY(copy.load(file, &error));
        QCOMPARE(copy.method(), SpamMethod::Logistic); // the weights came back too
        for (const QString &t : set.texts)
            QCOMPARE(copy.isSpam(t), model.isSpam(t));

        const double kept = copy.score(set.texts.first());
        QByteArray flipped = file;
        flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x55);
        QVERIFY(!copy.load(flipped, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY(!copy.load(file.left(file.size() / 2), &error));
        QVERIFY(!copy.load(QByteArray("NOTAMODEL") + file, &error));
        QVERIFY(error.contains(QLatin1String("not a Lyceum spam model")));
        QByteArray otherFormat = file;
        otherFormat[11] = char(99); // the format version's last byte
        QVERIFY(!copy.load(otherFormat, &error));
        QVERIFY2(error.contains(QLatin1String("format")), qPrintable(error));
        QCOMPARE(copy.score(set.texts.first()), kept); // the old model stays
    }

    void tunesByCrossValidation() {
        QString error;
        const auto all =
            loadLabelled(QStringLiteral(LYCEUM_SOURCE_DIR "/tests/data/spam/small.csv"), &error);
        QVERIFY2(all, qPrintable(error));
        const QVector<SpamModel::Settings> grid{{1, 0.0, SpamMethod::NaiveBayes},
                                                {15, 0.0, SpamMethod::NaiveBayes},
                                                {0, 0.5, SpamMethod::NaiveBayes},
                                                {0, 0.0, SpamMethod::Logistic}};
        const Tuning t = tune(*all, 3, 4, grid, 0.01);
        QCOMPARE(t.candidates.size(), grid.size());
        const Candidate *best = nullptr;
        for (const Candidate &c : t.candidates) {
            // Every example judged once, by a model that did not see it.
            const Figures &f = c.figures;
            QCOMPARE(f.tp + f.fp + f.tn + f.fn, qint64(all->texts.size()));
            QCOMPARE(f.tp + f.fn, qint64(all->spamCount()));
            if (f.fpr <= t.metFpr && !c.cliff && (!best || f.f1 > best->figures.f1))
                best = &c; // the best on the pooled rate alone
        }
        QVERIFY(t.metFpr > 0);
        QVERIFY(best);
        // The one chosen is within the limit met, off the cliffs, and at most 0.02 of F1 below it.
        const auto chosen = std::find_if(t.candidates.begin(), t.candidates.end(), [&](auto &c) {
            return c.settings.strongest == t.best.strongest &&
                   c.settings.targetFpr == t.best.targetFpr && c.settings.method == t.best.method;
        });
        QVERIFY(chosen != t.candidates.end());
        QVERIFY(!chosen->cliff && chosen->figures.fpr <= t.metFpr);
        QVERIFY(chosen->figures.f1 >= best->figures.f1 - 0.02);
        // A folds split depends only on the seed: the same answer twice.
        const Tuning again = tune(*all, 3, 4, grid, 0.01);
        QCOMPARE(again.candidates.at(0).figures.f1, t.candidates.at(0).figures.f1);
    }

    void contactPatternsAndNgrams() {
        const QStringList f = features(u"加我微信 abc_study888，QQ：2836475912 扫码进群 abc.top");
        for (const char *want : {"__wechat_id", "__qq_id", "__add_me", "__qr", "__url_bare",
                                 "__domain:abc.top", "#加我", "#微", "#_ab", "#000", "__len1"})
            QVERIFY2(f.contains(QString::fromUtf8(want)), want);
        QVERIFY(features(u"vx: lucky_girl520").contains(QStringLiteral("__wechat_id")));
        QVERIFY(features(u"contact me on WhatsApp").contains(QStringLiteral("__add_me")));
        QVERIFY(features(u"buy buy buy now").contains(QStringLiteral("__repeat_word")));
        QVERIFY(features(u"ＦＲＥＥ").contains(QStringLiteral("#fre"))); // full-width as ASCII
        // Near misses in honest posts.
        const QStringList ham = features(u"这节课讲的 vx 和 vy 是速度分量吗？微信群里说改时间了，"
                                         u"文档在 docs.python.org，邮件 a@b.com");
        for (const char *not_ : {"__wechat_id", "__qq_id", "__add_me", "__phone_cn"})
            QVERIFY2(!ham.contains(QString::fromUtf8(not_)), not_);
        QVERIFY(ham.contains(QStringLiteral("__domain:docs.python.org")));
        QVERIFY(!ham.contains(QStringLiteral("__domain:b.com"))); // part of the e-mail address
    }

    void bucketsAreTheFeaturesHashed() {
        for (const QString &text :
             {QStringLiteral(
                  "加微信 13812345678 领取红包！！ Visit https://www.Cheap.example/x 😀😀😀"),
              QStringLiteral("How do I handle missing values? 第 3 课 ＦＲＥＥ 𠀀𠀁 é"),
              QStringLiteral("buy buy buy"), QString()}) {
            QSet<quint32> want;
            for (const QString &f : features(text))
                want.insert(bucketOf(f));
            const QVector<quint32> got = featureBuckets(text, SpamModel::kBits);
            QCOMPARE(QSet<quint32>(got.begin(), got.end()), want);
            QVERIFY(std::is_sorted(got.begin(), got.end()));
        }
    }

    void readsAFormatTwoFile() {
        // A naive Bayes file as the previous version wrote it: format 2, no method, no weights.
        QByteArray payload;
        {
            QDataStream out(&payload, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << quint32(lyceum::text::kTokenizerVersion) << quint64(3)
                << quint32(SpamModel::kBuckets) << qint64(1) << qint64(1) << 1.0 << 0.0 << 0.0
                << qint32(15);
            const quint32 spammy = bucketOf(QStringLiteral("红包"));
            for (int i = 0; i < SpamModel::kBuckets; ++i)
                out << quint32(quint32(i) == spammy ? 1 : 0) << quint32(0);
        }
        const QByteArray packed = qCompress(payload, 6);
        QByteArray file("LYSPAM01");
        QDataStream header(&file, QIODevice::Append);
        header.setVersion(QDataStream::Qt_6_4);
        header << quint32(2) << QCryptographicHash::hash(packed, QCryptographicHash::Sha256)
               << packed;
        SpamModel model;
        QString error;
        QVERIFY2(model.load(file, &error), qPrintable(error));
        QCOMPARE(model.method(), SpamMethod::NaiveBayes);
        QCOMPARE(model.version(), quint64(3));
        QVERIFY(model.score(u"领取红包") > model.score(u"第二课的作业"));
        // A format-3 file whose logistic weights are not the table's size: refused, model kept.
        QByteArray bad;
        {
            QDataStream out(&bad, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << quint32(lyceum::text::kTokenizerVersion) << quint64(9)
                << quint32(SpamModel::kBuckets) << qint64(1) << qint64(1) << 1.0 << 0.0 << 0.0
                << qint32(15) << quint8(1) << 0.0 << qint32(5);
            for (int i = 0; i < SpamModel::kBuckets; ++i)
                out << quint32(0) << quint32(0);
            for (int i = 0; i < 5; ++i)
                out << 1.0f;
        }
        const QByteArray badPacked = qCompress(bad, 6);
        QByteArray badFile("LYSPAM01");
        QDataStream badHeader(&badFile, QIODevice::Append);
        badHeader.setVersion(QDataStream::Qt_6_4);
        badHeader << quint32(3) << QCryptographicHash::hash(badPacked, QCryptographicHash::Sha256)
                  << badPacked;
        QVERIFY(!model.load(badFile, &error));
        QVERIFY2(error.contains(QLatin1String("unexpected shape")), qPrintable(error));
        QCOMPARE(model.version(), quint64(3));
        QByteArray newer = file;
        newer[11] = char(4); // a format this version does not know
        QVERIFY(!model.load(newer, &error));
        QVERIFY2(error.contains(QLatin1String("format 4")), qPrintable(error));
    }

    void choiceDegradesGracefully() {
        const auto candidate = [](SpamMethod m, double target, double recall, double fpr,
                                  double f1) {
            Candidate c;
            c.settings = {15, target, m};
            c.figures.recall = recall;
            c.figures.fpr = fpr;
            c.figures.f1 = f1;
            return c;
        };
        // No setting within 0.5 %: the limit is relaxed to 1 % and the best F1 there is chosen.
        Tuning t;
        t.candidates = {candidate(SpamMethod::Logistic, 0.001, 0.80, 0.008, 0.86),
                        candidate(SpamMethod::Logistic, 0.002, 0.85, 0.009, 0.89),
                        candidate(SpamMethod::Logistic, 0.005, 0.90, 0.030, 0.88)};
        choose(&t, 0.005);
        QCOMPARE(t.metFpr, 0.01);
        QCOMPARE(t.best.targetFpr, 0.002);
        // The fewest false positives are on a cliff (half its neighbour's recall): never that.
        t.candidates = {candidate(SpamMethod::Logistic, 0.001, 0.30, 0.000, 0.46),
                        candidate(SpamMethod::Logistic, 0.002, 0.84, 0.004, 0.90),
                        candidate(SpamMethod::Logistic, 0.005, 0.88, 0.006, 0.91)};
        choose(&t, 0.005);
        QVERIFY(t.candidates.at(0).cliff);
        QCOMPARE(t.best.targetFpr, 0.002);
        QCOMPARE(t.metFpr, 0.005);
        // A neighbour is also the next method at the same target.
        t.candidates = {candidate(SpamMethod::Logistic, 0.001, 0.90, 0.004, 0.93),
                        candidate(SpamMethod::NaiveBayes, 0.001, 0.40, 0.000, 0.57)};
        choose(&t, 0.001);
        QVERIFY(t.candidates.at(1).cliff);
        QCOMPARE(t.best.method, SpamMethod::Logistic);
        QCOMPARE(t.metFpr, 0.004);
        // The folds' spread counts: 0.4 % that swings by 0.3 % from fold to fold does not meet
        // 0.5 % (a test part is one more fold), the steadier 0.3 % does.
        t.candidates = {candidate(SpamMethod::Logistic, 0.002, 0.90, 0.003, 0.96),
                        candidate(SpamMethod::Logistic, 0.005, 0.93, 0.004, 0.97)};
        t.candidates[0].fprSpread = 0.001;
        t.candidates[1].fprSpread = 0.003;
        choose(&t, 0.005);
        QCOMPARE(t.best.targetFpr, 0.002);
        QCOMPARE(t.metFpr, 0.005);
        // ... unless the steadier one costs more than 0.02 of F1: a margin, not a collapse.
        t.candidates[0].figures.f1 = 0.60;
        choose(&t, 0.005);
        QCOMPARE(t.best.targetFpr, 0.005);
        QCOMPARE(t.metFpr, 0.005);
        // Nothing within ten times the limit: the best F1 off the cliffs, and metFpr says none.
        t.candidates = {candidate(SpamMethod::Logistic, 0.001, 0.90, 0.2, 0.7),
                        candidate(SpamMethod::Logistic, 0.002, 0.95, 0.3, 0.6)};
        choose(&t, 0.005);
        QCOMPARE(t.metFpr, -1.0);
        QCOMPARE(t.best.targetFpr, 0.001);
    }

    void truncatesToShortText() {
        const QString mail = QStringLiteral("From a@b.example Mon\nSubject: Cheap pills\nTo: x\n\n"
                                            "  Hello there, buy now. More text after.");
        QCOMPARE(truncated(mail, 11), QStringLiteral("Cheap pills\nHello there"));
        QCOMPARE(truncated(QStringLiteral("a post: with a colon\n\nand more"), 6),
                 QStringLiteral("a post"));
        QCOMPARE(truncated(QStringLiteral("短帖"), 200), QStringLiteral("短帖"));
        QString out, err;
        QTextStream o(&out), e(&err);
        const QString data = QStringLiteral(LYCEUM_SOURCE_DIR "/tests/data/spam/small.csv");
        QVERIFY(lyceum::cli::run({QStringLiteral("spam-eval"), QStringLiteral("--data"), data,
                                  QStringLiteral("--truncate"), QStringLiteral("0")},
                                 o, e, nullptr) != 0);
        e.flush();
        QVERIFY2(err.contains(QLatin1String("--truncate")), qPrintable(err));
        QCOMPARE(lyceum::cli::run({QStringLiteral("spam-eval"), QStringLiteral("--data"), data,
                                   QStringLiteral("--truncate"), QStringLiteral("20"),
                                   QStringLiteral("--tune"), QStringLiteral("none"),
                                   QStringLiteral("--json")},
                                  o, e, nullptr),
                 0);
    }

    void handMadeShortPosts() {
        // 120 short community posts written by hand (tests/data/spam/short/README.md); the
        // model chosen by cross-validation on 70 % of them, judged on the other 30 %.
        QString out, err;
        QTextStream o(&out), e(&err);
        const QString data = QStringLiteral(LYCEUM_SOURCE_DIR "/tests/data/spam/short/posts.csv");
        QCOMPARE(lyceum::cli::run({QStringLiteral("spam-eval"), QStringLiteral("--data"), data,
                                   QStringLiteral("--split"), QStringLiteral("0.7"),
                                   QStringLiteral("--seed"), QStringLiteral("1"),
                                   QStringLiteral("--json")},
                                  o, e, nullptr),
                 0);
        const QJsonObject mine = QJsonDocument::fromJson(out.toUtf8())
                                     .object()
                                     .value(QLatin1String("lyceum"))
                                     .toObject();
        QCOMPARE(mine.value(QLatin1String("test")).toInt(), 36);
        QVERIFY2(mine.value(QLatin1String("f1")).toDouble() >= kShortF1,
                 qPrintable(QString::number(mine.value(QLatin1String("f1")).toDouble())));
        QCOMPARE(mine.value(QLatin1String("fp")).toInt(), 0);
        // 84 training posts: one false positive in a fold of eight ham is 12 %, so no limit is
        // met with the folds' spread counted; 5 % is on the pooled rate.
        QCOMPARE(mine.value(QLatin1String("met_fpr")).toDouble(), 0.05);
    }

    void csvSplitAndFigures() {
        QString error;
        const auto set = parseCsv(
            "label,text\n1,\"buy, now\"\n0,\"line one\nline two \"\"quoted\"\"\"\n0,plain\r\n",
            &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->texts, (QStringList{QStringLiteral("buy, now"),
                                          QStringLiteral("line one\nline two \"quoted\""),
                                          QStringLiteral("plain")}));
        QCOMPARE(set->spam, (QVector<bool>{true, false, false}));
        QVERIFY(!parseCsv("text,label\n\"open,1\n", &error));
        QVERIFY(error.contains(QLatin1String("never closed")));
        QVERIFY(!parseCsv("text,label\nhello,2\n", &error));
        QVERIFY(error.contains(QLatin1String("0 or 1")));
        QVERIFY(!parseCsv("body,kind\nx,1\n", &error));

        const Labelled all = smallSet();
        const auto [train, test] = stratifiedSplit(all, 0.5, 9);
        QCOMPARE(train.spamCount(), 3);
        QCOMPARE(test.spamCount(), 3);
        QCOMPARE(train.texts.size(), 6);
        const auto again = stratifiedSplit(all, 0.5, 9);
        QCOMPARE(again.first.texts, train.texts); // the seed fixes it

        const Figures f =
            figures({true, true, false, false, false}, {true, false, true, false, false});
        QCOMPARE(f.tp, 1);
        QCOMPARE(f.fn, 1);
        QCOMPARE(f.fp, 1);
        QCOMPARE(f.tn, 2);
        QCOMPARE(f.precision, 0.5);
        QCOMPARE(f.recall, 0.5);
        QCOMPARE(f.f1, 0.5);
        QCOMPARE(f.fpr, 1.0 / 3.0);
    }

    void spamEvalCommand() {
        const QString data = QStringLiteral(LYCEUM_SOURCE_DIR "/tests/data/spam/small.csv");
        QStringList args{
            QStringLiteral("spam-eval"), QStringLiteral("--data"), data,
            QStringLiteral("--seed"),    QStringLiteral("3"),      QStringLiteral("--json")};
        // bogofilter is a Debian package the project installs; measured beside when present.
        const bool peer = !QStandardPaths::findExecutable(QStringLiteral("bogofilter")).isEmpty();
        if (peer)
            args << QStringLiteral("--peer") << QStringLiteral("bogofilter");
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(lyceum::cli::run(args, o, e, nullptr), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QStringList who{QStringLiteral("lyceum")};
        if (peer)
            who << QStringLiteral("bogofilter");
        for (const QString &name : std::as_const(who)) {
            const QJsonObject r = json.value(name).toObject();
            for (const char *key : {"precision", "recall", "f1", "fpr", "per_second"})
                QVERIFY2(r.value(QLatin1String(key)).isDouble(), key);
            QCOMPARE(r.value(QLatin1String("train")).toInt(), 48); // 80 % of 60
            QCOMPARE(r.value(QLatin1String("test")).toInt(), 12);
        }
        // The settings were cross-validated on the training part: the whole grid was tried.
        const QJsonObject mine = json.value(QLatin1String("lyceum")).toObject();
        QCOMPARE(mine.value(QLatin1String("cross_validation")).toArray().size(),
                 defaultGrid().size());
        QVERIFY(
            mine.value(QLatin1String("settings")).toObject().contains(QLatin1String("strongest")));
        // The test part is easy to tell apart: every spam found, no ham flagged.
        QCOMPARE(
            json.value(QLatin1String("lyceum")).toObject().value(QLatin1String("f1")).toDouble(),
            1.0);
        // Bad input: a clear error and a non-zero exit.
        out.clear();
        err.clear();
        QVERIFY(lyceum::cli::run({QStringLiteral("spam-eval"), QStringLiteral("--data"),
                                  QStringLiteral("/nonexistent.csv")},
                                 o, e, nullptr) != 0);
        e.flush();
        QVERIFY2(err.contains(QLatin1String("could not be read")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSpam)
#include "tst_spam.moc"

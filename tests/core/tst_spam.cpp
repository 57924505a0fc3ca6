// The spam classifier (core/spam/): features on Chinese, English and mixed text; training and
// scoring on a small set with a known answer; explanations; learning from one decision; the
// model file's round trip and its refusal of damaged or foreign files (the old model kept); the
// CSV reader, the stratified split and the figures.
#include "cli/cli.h"
#include "spam/spam_data.h"
#include "spam/spam_features.h"
#include "spam/spam_model.h"
#include "spam/spam_tuning.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace lyceum::spam;

namespace {

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

    void trainsAndScores() {
        SpamModel model;
        const Labelled set = smallSet();
        model.train(set.texts, set.spam, 1, {15, 0.0});
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
        for (const SpamModel::Contribution &c :
             model.explain(u"加微信 免费领取红包 http://cheap-course.example", 4)) {
            QVERIFY(c.weight > 0);
            pushed << c.feature;
        }
        // Each is a feature seen in the spam examples only.
        QSet<QString> inSpam, inHam;
        for (qsizetype i = 0; i < set.texts.size(); ++i) {
            for (const QString &f : features(set.texts.at(i)))
                (set.spam.at(i) ? inSpam : inHam).insert(f);
        }
        QCOMPARE(pushed.size(), 4);
        for (const QString &f : std::as_const(pushed))
            QVERIFY2(inSpam.contains(f) && !inHam.contains(f), qPrintable(f));
    }

    void learnsFromADecision() {
        SpamModel model;
        const Labelled set = smallSet();
        model.train(set.texts, set.spam, 1, {15, 0.0});
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
        QCOMPARE(copy.strongest(), 7); // kept in the file (format 2)
        QVERIFY(copy.load(file, &error));

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
        const QVector<SpamModel::Settings> grid{{1, 0.0}, {15, 0.0}, {0, 0.5}};
        const Tuning t = tune(*all, 3, 4, grid, 0.01);
        QCOMPARE(t.candidates.size(), grid.size());
        const Candidate *best = nullptr;
        for (const Candidate &c : t.candidates) {
            // Every example judged once, by a model that did not see it.
            const Figures &f = c.figures;
            QCOMPARE(f.tp + f.fp + f.tn + f.fn, qint64(all->texts.size()));
            QCOMPARE(f.tp + f.fn, qint64(all->spamCount()));
            if (f.fpr <= 0.01 && (!best || f.f1 > best->figures.f1))
                best = &c;
        }
        QVERIFY(best);
        QCOMPARE(t.best.strongest, best->settings.strongest);
        QCOMPARE(t.best.targetFpr, best->settings.targetFpr);
        // A folds split depends only on the seed: the same answer twice.
        const Tuning again = tune(*all, 3, 4, grid, 0.01);
        QCOMPARE(again.candidates.at(0).figures.f1, t.candidates.at(0).figures.f1);
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

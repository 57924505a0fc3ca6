// lyceum-cli spam-eval: the on-device spam classifier (spam/spam_model.h) trained and tested on
// a labelled set, and with --peer bogofilter the same split through bogofilter in the same run.
#include "cli/cli.h"
#include "cli/cli_support.h"
#include "spam/spam_data.h"
#include "spam/spam_model.h"
#include "spam/spam_tuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace lyceum::cli {

using namespace support;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::cli", text);
}

struct Outcome {
    spam::Figures figures;
    double perSecond = 0;
    qsizetype train = 0, test = 0;
    QString error;
};

QJsonObject toJson(const Outcome &o) {
    return {{QStringLiteral("precision"), o.figures.precision},
            {QStringLiteral("recall"), o.figures.recall},
            {QStringLiteral("f1"), o.figures.f1},
            {QStringLiteral("fpr"), o.figures.fpr},
            {QStringLiteral("per_second"), o.perSecond},
            {QStringLiteral("train"), qint64(o.train)},
            {QStringLiteral("test"), qint64(o.test)},
            {QStringLiteral("tp"), o.figures.tp},
            {QStringLiteral("fp"), o.figures.fp},
            {QStringLiteral("tn"), o.figures.tn},
            {QStringLiteral("fn"), o.figures.fn}};
}

QString methodName(spam::SpamMethod m) {
    return m == spam::SpamMethod::Logistic ? QStringLiteral("logistic")
                                           : QStringLiteral("naive-bayes");
}

QJsonObject settingsJson(const spam::SpamModel::Settings &s) {
    return {{QStringLiteral("method"), methodName(s.method)},
            {QStringLiteral("strongest"), s.strongest},
            {QStringLiteral("target_fpr"), s.targetFpr}};
}

Outcome runLyceum(const spam::Labelled &train, const spam::Labelled &test, quint32 seed,
                  const spam::SpamModel::Settings &settings) {
    Outcome o;
    o.train = train.texts.size();
    o.test = test.texts.size();
    spam::SpamModel model;
    model.train(train.texts, train.spam, seed, settings);
    QVector<bool> predicted;
    predicted.reserve(test.texts.size());
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : test.texts)
        predicted << model.isSpam(text);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    o.perSecond = seconds > 0 ? double(test.texts.size()) / seconds : 0;
    o.figures = spam::figures(test.spam, predicted);
    return o;
}

// Runs bogofilter on files in batches (bulk mode); returns its stdout, or an error.
std::optional<QByteArray> bogofilter(const QString &program, const QStringList &flags,
                                     const QStringList &files, QString *error) {
    QByteArray all;
    for (qsizetype at = 0; at < files.size(); at += 400) {
        QProcess p;
        p.start(program, flags + files.mid(at, 400));
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit) {
            *error = tr("bogofilter did not finish: %1").arg(p.errorString());
            return std::nullopt;
        }
        // Registering exits 0; classifying exits 0 (spam), 1 (ham) or 2 (unsure) per message.
        if (p.exitCode() == 3) {
            *error =
                tr("bogofilter failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
            return std::nullopt;
        }
        all += p.readAllStandardOutput();
    }
    return all;
}

Outcome runBogofilter(const QString &program, const spam::Labelled &train,
                      const spam::Labelled &test) {
    Outcome o;
    o.train = train.texts.size();
    o.test = test.texts.size();
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text.toUtf8());
        return f.fileName();
    };
    QStringList spamFiles, hamFiles, testFiles;
    for (qsizetype i = 0; i < train.texts.size(); ++i)
        (train.spam[i] ? spamFiles : hamFiles)
            << write(QStringLiteral("train-%1").arg(i), train.texts.at(i));
    for (qsizetype i = 0; i < test.texts.size(); ++i)
        testFiles << write(QStringLiteral("test-%1").arg(i), test.texts.at(i));
    if (spamFiles.contains(QString()) || hamFiles.contains(QString()) ||
        testFiles.contains(QString())) {
        o.error = tr("the messages could not be written for bogofilter");
        return o;
    }
    const QString db = dir.filePath(QStringLiteral("db"));
    QDir().mkpath(db);
    if (!bogofilter(program, {QStringLiteral("-d"), db, QStringLiteral("-s"), QStringLiteral("-B")},
                    spamFiles, &o.error) ||
        !bogofilter(program, {QStringLiteral("-d"), db, QStringLiteral("-n"), QStringLiteral("-B")},
                    hamFiles, &o.error))
        return o;
    QElapsedTimer timer;
    timer.start();
    const auto out =
        bogofilter(program, {QStringLiteral("-d"), db, QStringLiteral("-T"), QStringLiteral("-B")},
                   testFiles, &o.error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!out)
        return o;
    // "path S|H|U score" per file; only S counts as spam (bogofilter's own cut-offs).
    QHash<QString, bool> verdict;
    for (const QByteArray &line : out->split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() >= 3)
            verdict.insert(QString::fromLocal8Bit(parts.at(0)), parts.at(parts.size() - 2) == "S");
    }
    QVector<bool> predicted;
    for (const QString &file : std::as_const(testFiles)) {
        if (!verdict.contains(file)) {
            o.error = tr("bogofilter gave no verdict for a message");
            return o;
        }
        predicted << verdict.value(file);
    }
    o.perSecond = seconds > 0 ? double(testFiles.size()) / seconds : 0;
    o.figures = spam::figures(test.spam, predicted);
    return o;
}

void printText(QTextStream &out, const QString &name, const Outcome &o) {
    out << name << ": "
        << tr("precision %1, recall %2, F1 %3, false positives %4 %, %5 posts/s "
              "(train %6, test %7)")
               .arg(o.figures.precision, 0, 'f', 4)
               .arg(o.figures.recall, 0, 'f', 4)
               .arg(o.figures.f1, 0, 'f', 4)
               .arg(o.figures.fpr * 100, 0, 'f', 2)
               .arg(o.perSecond, 0, 'f', 0)
               .arg(o.train)
               .arg(o.test)
        << '\n';
}

} // namespace

int spamEval(const Invocation &inv) {
    const QString data = inv.values.value(QStringLiteral("data"));
    const QString trainPath = inv.values.value(QStringLiteral("train"));
    const QString testPath = inv.values.value(QStringLiteral("test"));
    if (data.isEmpty() == (trainPath.isEmpty() || testPath.isEmpty())) {
        *inv.err << tr("spam-eval needs --data PATH, or --train PATH and --test PATH.") << '\n';
        return Usage;
    }
    bool ok = true;
    const double split =
        inv.values.value(QStringLiteral("split"), QStringLiteral("0.8")).toDouble(&ok);
    if (!ok || split <= 0 || split >= 1) {
        *inv.err << tr("--split must be a number between 0 and 1.") << '\n';
        return Usage;
    }
    const quint32 seed = inv.values.value(QStringLiteral("seed"), QStringLiteral("42")).toUInt(&ok);
    if (!ok) {
        *inv.err << tr("--seed must be a non-negative number.") << '\n';
        return Usage;
    }
    const QString peer = inv.values.value(QStringLiteral("peer"));
    if (!peer.isEmpty() && peer != QLatin1String("bogofilter")) {
        *inv.err << tr("--peer can only be bogofilter.") << '\n';
        return Usage;
    }
    QString error;
    spam::Labelled train, test;
    if (!data.isEmpty()) {
        const auto all = spam::loadLabelled(data, &error);
        if (!all) {
            *inv.err << tr("The data could not be read: %1").arg(error) << '\n';
            return Failed;
        }
        std::tie(train, test) = spam::stratifiedSplit(*all, split, seed);
    } else {
        const auto a = spam::loadLabelled(trainPath, &error);
        const auto b = a ? spam::loadLabelled(testPath, &error) : std::nullopt;
        if (!a || !b) {
            *inv.err << tr("The data could not be read: %1").arg(error) << '\n';
            return Failed;
        }
        train = *a;
        test = *b;
    }
    if (inv.values.contains(QStringLiteral("truncate"))) {
        const int n = inv.values.value(QStringLiteral("truncate")).toInt(&ok);
        if (!ok || n < 1) {
            *inv.err << tr("--truncate must be a positive number of characters.") << '\n';
            return Usage;
        }
        train = spam::truncated(train, n);
        test = spam::truncated(test, n);
    }
    if (train.spamCount() == 0 || train.spamCount() == train.texts.size() || test.texts.isEmpty()) {
        *inv.err << tr("The training set needs both spam and ham, and the test set a message.")
                 << '\n';
        return Failed;
    }
    // The settings: cross-validated inside the training part (never on the test part), or the
    // defaults.
    const QString tuneMode = inv.values.value(QStringLiteral("tune"), QStringLiteral("cv"));
    if (tuneMode != QLatin1String("cv") && tuneMode != QLatin1String("none")) {
        *inv.err << tr("--tune must be cv or none.") << '\n';
        return Usage;
    }
    spam::SpamModel::Settings settings;
    QJsonArray cv;
    double met = 0;
    if (tuneMode == QLatin1String("cv")) {
        const spam::Tuning tuning = spam::tune(train, seed);
        settings = tuning.best;
        met = tuning.metFpr;
        for (const spam::Candidate &c : tuning.candidates) {
            QJsonObject row = settingsJson(c.settings);
            row.insert(QStringLiteral("f1"), c.figures.f1);
            row.insert(QStringLiteral("recall"), c.figures.recall);
            row.insert(QStringLiteral("fpr"), c.figures.fpr);
            row.insert(QStringLiteral("fpr_spread"), c.fprSpread);
            row.insert(QStringLiteral("cliff"), c.cliff);
            cv.append(row);
        }
    }
    const Outcome lyceum = runLyceum(train, test, seed, settings);
    std::optional<Outcome> bogo;
    if (!peer.isEmpty()) {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("bogofilter"));
        if (program.isEmpty()) {
            *inv.err << tr("bogofilter is not installed (Debian package bogofilter).") << '\n';
            return Failed;
        }
        bogo = runBogofilter(program, train, test);
        if (!bogo->error.isEmpty()) {
            *inv.err << bogo->error << '\n';
            return Failed;
        }
    }
    if (inv.json) {
        QJsonObject mine = toJson(lyceum);
        mine.insert(QStringLiteral("settings"), settingsJson(settings));
        if (!cv.isEmpty()) {
            mine.insert(QStringLiteral("cross_validation"), cv);
            mine.insert(QStringLiteral("met_fpr"), met);
        }
        QJsonObject o{{QStringLiteral("lyceum"), mine}};
        if (bogo)
            o.insert(QStringLiteral("bogofilter"), toJson(*bogo));
        printJson(inv, o);
        return Ok;
    }
    *inv.out << tr("Settings: %1, a threshold aiming at %2 % false positives (%3).")
                    .arg(settings.method == spam::SpamMethod::Logistic
                             ? tr("logistic regression")
                             : tr("naive Bayes on the %1 strongest features")
                                   .arg(settings.strongest == 0
                                            ? tr("all")
                                            : QString::number(settings.strongest)))
                    .arg(settings.targetFpr * 100, 0, 'f', 1)
                    .arg(cv.isEmpty() ? tr("defaults")
                                      : tr("5-fold cross-validation on the training part"))
             << '\n';
    if (!cv.isEmpty())
        *inv.out << (met < 0 ? tr("No setting met a false-positive limit up to 5 % in "
                                  "cross-validation; the best F1 was kept.")
                             : tr("The setting met a false-positive limit of %1 % in "
                                  "cross-validation.")
                                   .arg(met * 100, 0, 'f', 1))
                 << '\n';
    printText(*inv.out, QStringLiteral("lyceum"), lyceum);
    if (bogo)
        printText(*inv.out, QStringLiteral("bogofilter"), *bogo);
    return Ok;
}

} // namespace lyceum::cli

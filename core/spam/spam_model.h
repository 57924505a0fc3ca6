// The on-device spam classifier over the presence of features (spam_features.h), hashed into a
// fixed table (the hashing trick: no vocabulary to store or grow). Two methods on the same
// features: logistic regression (AdaGrad, a few passes, each text's features scaled by
// 1/sqrt(count) so short and long texts weigh alike) and naive Bayes over the K strongest
// features. Its raw score is calibrated into a probability by Platt scaling on a held-out part of
// the training data, a decision threshold is chosen there for a low false-positive rate, and an
// explanation lists the features that pushed the score most. It keeps learning from single
// decisions (learn), and saves to a versioned, checksummed file; a corrupt or incompatible file is
// refused and the model in memory is left as it was.
#pragma once

#include "spam/spam_features.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lyceum::spam {

// The two choices training makes: how many of a message's strongest features decide it (Graham's
// "A Plan for Spam" used 15), and the false-positive rate the threshold aims at on the held-out
// part. spam_tuning.h chooses them by cross-validation.
enum class SpamMethod : quint8 { NaiveBayes = 0, Logistic = 1 };

struct SpamSettings {
    int strongest = 15; // naive Bayes: 0 for all of them
    double targetFpr = 0.002;
    SpamMethod method = SpamMethod::Logistic;
};

class SpamModel {
public:
    static constexpr int kBits = 20;
    static constexpr int kBuckets = 1 << kBits;
    // 1: before strongest was kept (always 15); 2: naive Bayes only; 3: the method and the
    // logistic weights. Formats 1 and 2 still read (naive Bayes, as trained).
    static constexpr quint32 kFormatVersion = 3;

    using Settings = SpamSettings;

    // Trains from scratch: counts on a stratified 80 % of the examples, calibration and the
    // threshold (false-positive rate at most settings.targetFpr on that held-out 20 %), then
    // counts on all of them. seed fixes the split.
    void train(const QStringList &texts, const QVector<bool> &spam, quint32 seed = 1,
               Settings settings = {});
    // The same on examples already turned into features (features(text)).
    void trainFeatured(const QVector<QVector<quint32>> &featured, const QVector<bool> &spam,
                       quint32 seed, Settings settings);
    // One more labelled example (a moderator's decision); the calibration is kept.
    void learn(QStringView text, bool spam);

    double score(QStringView text) const; // probability of spam, in [0, 1]
    // The decision is taken on the raw log-odds (a calibrated probability saturates at 1 for
    // long texts, so it cannot separate them); threshold() is the same cut as a probability.
    bool isSpam(QStringView text) const {
        return rawScore(featureBuckets(text, kBits)) >= m_rawThreshold;
    }
    bool isSpamFeatured(const QVector<quint32> &f) const { return rawScore(f) >= m_rawThreshold; }
    int strongest() const { return m_strongest; }
    SpamMethod method() const { return m_method; }
    double threshold() const;
    double rawThreshold() const { return m_rawThreshold; }

    struct Contribution {
        QString feature;
        double weight = 0; // > 0 towards spam
    };
    // The n features of text with the largest |weight|, largest first.
    QVector<Contribution> explain(QStringView text, int n = 8) const;

    quint64 version() const { return m_version; } // grows with every train or learn
    qint64 spamExamples() const { return m_spamDocs; }
    qint64 hamExamples() const { return m_hamDocs; }

    QByteArray save() const;
    // false with *error, leaving this model unchanged, for a file that is not a model this
    // build can read (wrong magic, format or tokenizer version, size, checksum).
    bool load(const QByteArray &bytes, QString *error);

    // The log-odds before calibration; buckets as featureBuckets(text, kBits) gives them.
    double rawScore(const QVector<quint32> &buckets) const;

private:
    void addCounts(const QVector<quint32> &buckets, bool spam);
    double weightOf(quint32 bucket) const;
    double bayesScore(const QVector<quint32> &buckets) const;
    // Passes of AdaGrad over the examples in `order`, from the current weights.
    void fitLogistic(const QVector<QVector<quint32>> &featured, const QVector<bool> &spam,
                     QVector<qsizetype> order, quint32 seed);

    QVector<quint32> m_spam = QVector<quint32>(kBuckets, 0);
    QVector<quint32> m_ham = QVector<quint32>(kBuckets, 0);
    qint64 m_spamDocs = 0;
    qint64 m_hamDocs = 0;
    double m_a = 1.0; // calibration: p = 1 / (1 + exp(-(a * raw + b)))
    double m_b = 0.0;
    double m_rawThreshold = 0.0;
    int m_strongest = 15;
    SpamMethod m_method = SpamMethod::NaiveBayes; // until trained
    QVector<float> m_weights;                     // logistic, empty for naive Bayes
    double m_bias = 0;
    quint64 m_version = 0;
};

inline quint32 bucketOf(const QString &feature) { // FNV-1a of the UTF-8 bytes, masked
    return bucketOf(feature, SpamModel::kBits);
}

} // namespace lyceum::spam

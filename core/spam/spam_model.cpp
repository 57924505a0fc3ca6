#include "spam/spam_model.h"

#include "text/tokenizer.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace lyceum::spam {

namespace {

constexpr double kAlpha = 0.5;     // smoothing of the per-class presence counts
constexpr double kMaxWeight = 5.0; // one feature moves the log-odds at most this much
const QByteArray kMagic("LYSPAM01");

double sigmoid(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

// Platt scaling: a, b minimising the log loss of sigmoid(a x + b) against the labels (with
// Platt's smoothed targets), by Newton's method.
void fitPlatt(const QVector<double> &x, const QVector<bool> &y, double *a, double *b) {
    const double pos = double(std::count(y.begin(), y.end(), true));
    const double neg = double(y.size()) - pos;
    const double hi = (pos + 1) / (pos + 2), lo = 1 / (neg + 2);
    double A = 0, B = std::log((neg + 1) / (pos + 1));
    for (int iter = 0; iter < 100; ++iter) {
        double g1 = 0, g2 = 0, h11 = 1e-12, h22 = 1e-12, h21 = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            const double t = y[i] ? hi : lo;
            const double p = sigmoid(A * x[i] + B);
            const double d = p - t;
            const double w = std::max(p * (1 - p), 1e-12);
            g1 += x[i] * d;
            g2 += d;
            h11 += x[i] * x[i] * w;
            h22 += w;
            h21 += x[i] * w;
        }
        const double det = h11 * h22 - h21 * h21;
        if (std::abs(det) < 1e-18)
            break;
        const double dA = (h22 * g1 - h21 * g2) / det;
        const double dB = (h11 * g2 - h21 * g1) / det;
        A -= dA;
        B -= dB;
        if (std::abs(dA) < 1e-9 && std::abs(dB) < 1e-9)
            break;
    }
    *a = A;
    *b = B;
}

} // namespace

void SpamModel::addCounts(const QVector<quint32> &buckets, bool spam) {
    QVector<quint32> &counts = spam ? m_spam : m_ham;
    for (const quint32 b : buckets)
        ++counts[b];
    (spam ? m_spamDocs : m_hamDocs) += 1;
}

double SpamModel::weightOf(quint32 bucket) const {
    const double s = (m_spam[bucket] + kAlpha) / (double(m_spamDocs) + 2 * kAlpha);
    const double h = (m_ham[bucket] + kAlpha) / (double(m_hamDocs) + 2 * kAlpha);
    return std::clamp(std::log(s / h), -kMaxWeight, kMaxWeight);
}

double SpamModel::bayesScore(const QVector<quint32> &buckets) const {
    if (m_spamDocs == 0 || m_hamDocs == 0)
        return 0;
    QVector<double> weights;
    weights.reserve(buckets.size());
    for (const quint32 b : buckets) {
        if (m_spam[b] + m_ham[b] > 0) // never seen in training: no evidence either way
            weights << weightOf(b);
    }
    // The strongest evidence only: a long message's hundreds of weak features would otherwise
    // drown it (naive Bayes counts them as independent).
    if (m_strongest > 0 && weights.size() > m_strongest) {
        std::nth_element(weights.begin(), weights.begin() + m_strongest, weights.end(),
                         [](double x, double y) { return std::abs(x) > std::abs(y); });
        weights.resize(m_strongest);
    }
    return std::log(double(m_spamDocs) / double(m_hamDocs)) +
           std::accumulate(weights.begin(), weights.end(), 0.0);
}

double SpamModel::rawScore(const QVector<quint32> &buckets) const {
    if (m_method != SpamMethod::Logistic || m_weights.size() != kBuckets)
        return bayesScore(buckets);
    double sum = 0;
    for (const quint32 b : buckets)
        sum += m_weights[b];
    return m_bias + (buckets.isEmpty() ? 0.0 : sum / std::sqrt(double(buckets.size())));
}

void SpamModel::fitLogistic(const QVector<QVector<quint32>> &featured, const QVector<bool> &spam,
                            QVector<qsizetype> order, quint32 seed) {
    constexpr int passes = 6;
    constexpr double rate = 0.5;
    m_weights = QVector<float>(kBuckets, 0.0f);
    QVector<float> squares(kBuckets, 0.0f); // AdaGrad: the sum of each weight's squared gradients
    qsizetype positives = 0;
    for (const qsizetype i : std::as_const(order))
        positives += spam[i] ? 1 : 0;
    m_bias = std::log((double(positives) + 1) / (double(order.size() - positives) + 1));
    double biasSquares = 0;
    QRandomGenerator rng(seed ^ 0x10915u);
    for (int pass = 0; pass < passes; ++pass) {
        std::shuffle(order.begin(), order.end(), rng);
        for (const qsizetype i : std::as_const(order)) {
            const QVector<quint32> &f = featured[i];
            const double scale = f.isEmpty() ? 0.0 : 1.0 / std::sqrt(double(f.size()));
            const double gradient = sigmoid(rawScore(f)) - (spam[i] ? 1.0 : 0.0);
            const float g = float(gradient * scale);
            for (const quint32 b : f) {
                squares[b] += g * g;
                m_weights[b] -= float(rate) * g / std::sqrt(squares[b]);
            }
            biasSquares += gradient * gradient;
            m_bias -= 0.1 * rate * gradient / std::sqrt(biasSquares);
        }
    }
}

double SpamModel::threshold() const {
    return sigmoid(m_a * m_rawThreshold + m_b);
}

double SpamModel::score(QStringView text) const {
    return sigmoid(m_a * rawScore(featureBuckets(text, kBits)) + m_b);
}

void SpamModel::train(const QStringList &texts, const QVector<bool> &spam, quint32 seed,
                      Settings settings) {
    const qsizetype n = std::min(texts.size(), spam.size());
    QVector<QVector<quint32>> featured(n);
    for (qsizetype i = 0; i < n; ++i)
        featured[i] = featureBuckets(texts.at(i), kBits);
    trainFeatured(featured, spam, seed, settings);
}

void SpamModel::trainFeatured(const QVector<QVector<quint32>> &featured, const QVector<bool> &spam,
                              quint32 seed, Settings settings) {
    const qsizetype n = std::min(featured.size(), spam.size());
    // Stratified: 80 % of each class to fit, 20 % for calibration.
    QVector<qsizetype> spamIdx, hamIdx;
    for (qsizetype i = 0; i < n; ++i)
        (spam[i] ? spamIdx : hamIdx) << i;
    QRandomGenerator rng(seed);
    std::shuffle(spamIdx.begin(), spamIdx.end(), rng);
    std::shuffle(hamIdx.begin(), hamIdx.end(), rng);
    QVector<bool> calibrate(n, false);
    for (const auto *list : {&spamIdx, &hamIdx}) {
        const qsizetype held = list->size() / 5;
        for (qsizetype k = 0; k < held; ++k)
            calibrate[list->at(k)] = true;
    }
    *this = SpamModel();
    m_strongest = std::max(0, settings.strongest);
    QVector<qsizetype> fitting, everything;
    for (qsizetype i = 0; i < n; ++i) {
        everything << i;
        if (!calibrate[i]) {
            addCounts(featured[i], spam[i]);
            fitting << i;
        }
    }
    if (settings.method == SpamMethod::Logistic) {
        m_method = SpamMethod::Logistic;
        fitLogistic(featured, spam, fitting, seed);
    }
    QVector<double> raw;
    QVector<bool> labels;
    for (qsizetype i = 0; i < n; ++i) {
        if (calibrate[i]) {
            raw << rawScore(featured[i]);
            labels << spam[i];
        }
    }
    if (!raw.isEmpty() && labels.contains(true) && labels.contains(false)) {
        fitPlatt(raw, labels, &m_a, &m_b);
        // The lowest cut (from even odds up) whose false-positive rate on the held-out part
        // stays within the target.
        QVector<double> hamRaw;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (!labels[i])
                hamRaw << raw[i];
        }
        std::sort(hamRaw.begin(), hamRaw.end());
        const qsizetype allowed = qsizetype(std::floor(settings.targetFpr * double(hamRaw.size())));
        const double kth = hamRaw.at(std::max<qsizetype>(0, hamRaw.size() - 1 - allowed));
        const double evenOdds = m_a != 0 ? -m_b / m_a : 0;
        m_rawThreshold = std::max(evenOdds, std::nextafter(kth, 1e300));
    }
    // Then every example: the counts, and the weights fitted again on all of them.
    for (qsizetype i = 0; i < n; ++i) {
        if (calibrate[i])
            addCounts(featured[i], spam[i]);
    }
    if (m_method == SpamMethod::Logistic)
        fitLogistic(featured, spam, everything, seed);
    ++m_version;
}

void SpamModel::learn(QStringView text, bool spam) {
    const QVector<quint32> buckets = featureBuckets(text, kBits);
    addCounts(buckets, spam);
    if (m_method == SpamMethod::Logistic && m_weights.size() == kBuckets && !buckets.isEmpty()) {
        // One plain gradient step: a moderator's decision moves the weights it touches.
        constexpr double rate = 0.5;
        const double scale = 1.0 / std::sqrt(double(buckets.size()));
        const double gradient = sigmoid(rawScore(buckets)) - (spam ? 1.0 : 0.0);
        for (const quint32 b : buckets)
            m_weights[b] -= float(rate * gradient * scale);
    }
    ++m_version;
}

QVector<SpamModel::Contribution> SpamModel::explain(QStringView text, int n) const {
    QVector<Contribution> out;
    const bool logistic = m_method == SpamMethod::Logistic && m_weights.size() == kBuckets;
    for (const QString &f : features(text)) {
        const quint32 b = bucketOf(f);
        if (m_spam[b] + m_ham[b] > 0)
            out.append({f, logistic ? double(m_weights[b]) : weightOf(b)});
    }
    std::stable_sort(out.begin(), out.end(), [](const Contribution &x, const Contribution &y) {
        return std::abs(x.weight) > std::abs(y.weight);
    });
    if (out.size() > n)
        out.resize(n);
    return out;
}

QByteArray SpamModel::save() const {
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(text::kTokenizerVersion) << quint64(m_version) << quint32(kBuckets)
            << qint64(m_spamDocs) << qint64(m_hamDocs) << m_a << m_b << m_rawThreshold
            << qint32(m_strongest) << quint8(m_method) << m_bias << qint32(m_weights.size());
        for (int i = 0; i < kBuckets; ++i)
            out << m_spam[i] << m_ham[i];
        for (const float w : m_weights)
            out << w;
    }
    const QByteArray packed = qCompress(payload, 6);
    QByteArray file = kMagic;
    QDataStream header(&file, QIODevice::Append);
    header.setVersion(QDataStream::Qt_6_4);
    header << kFormatVersion << QCryptographicHash::hash(packed, QCryptographicHash::Sha256)
           << packed;
    return file;
}

bool SpamModel::load(const QByteArray &bytes, QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!bytes.startsWith(kMagic))
        return fail(QStringLiteral("not a Lyceum spam model"));
    QDataStream in(bytes.mid(kMagic.size()));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    QByteArray digest, packed;
    in >> format;
    if (format < 1 || format > kFormatVersion)
        return fail(QStringLiteral("model format %1, this version reads %2")
                        .arg(format)
                        .arg(kFormatVersion));
    in >> digest >> packed;
    if (in.status() != QDataStream::Ok)
        return fail(QStringLiteral("the model file is truncated"));
    if (QCryptographicHash::hash(packed, QCryptographicHash::Sha256) != digest)
        return fail(QStringLiteral("the model file is damaged (checksum mismatch)"));
    const QByteArray payload = qUncompress(packed);
    QDataStream body(payload);
    body.setVersion(QDataStream::Qt_6_4);
    quint32 tokenizer = 0, buckets = 0;
    SpamModel m;
    quint64 version = 0;
    qint64 spamDocs = 0, hamDocs = 0;
    body >> tokenizer >> version >> buckets >> spamDocs >> hamDocs >> m.m_a >> m.m_b >>
        m.m_rawThreshold;
    if (format >= 2) {
        qint32 strongest = 0;
        body >> strongest;
        if (strongest < 0)
            return fail(QStringLiteral("the model has an unexpected shape"));
        m.m_strongest = strongest;
    }
    qint32 weights = 0;
    if (format >= 3) {
        quint8 method = 0;
        body >> method >> m.m_bias >> weights;
        if (method > quint8(SpamMethod::Logistic) || (weights != 0 && weights != kBuckets) ||
            (method == quint8(SpamMethod::Logistic)) != (weights == kBuckets))
            return fail(QStringLiteral("the model has an unexpected shape"));
        m.m_method = SpamMethod(method);
    }
    if (tokenizer != quint32(text::kTokenizerVersion))
        return fail(QStringLiteral("the model was trained with tokenizer version %1, this version "
                                   "has %2")
                        .arg(tokenizer)
                        .arg(text::kTokenizerVersion));
    if (buckets != quint32(kBuckets) || spamDocs < 0 || hamDocs < 0)
        return fail(QStringLiteral("the model has an unexpected shape"));
    for (int i = 0; i < kBuckets; ++i)
        body >> m.m_spam[i] >> m.m_ham[i];
    if (weights > 0) {
        m.m_weights = QVector<float>(weights);
        for (float &w : m.m_weights)
            body >> w;
    }
    if (body.status() != QDataStream::Ok || !body.atEnd())
        return fail(QStringLiteral("the model file is truncated"));
    m.m_spamDocs = spamDocs;
    m.m_hamDocs = hamDocs;
    m.m_version = version;
    *this = std::move(m);
    return true;
}

} // namespace lyceum::spam

// Labelled texts for lyceum-cli spam-eval: a CSV with a header and the columns text,label
// (label 1 spam, 0 ham; RFC 4180 quoting, newlines inside quotes), or a folder with spam/ and
// ham/ subfolders of one message per file (read as UTF-8, or as Latin-1 when it is not).
// Plus the stratified split and the figures both classifiers are judged by.
#pragma once

#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::spam {

struct Labelled {
    QStringList texts;
    QVector<bool> spam;
    qsizetype spamCount() const { return std::count(spam.begin(), spam.end(), true); }
};

// nullopt with a sentence in *error (the line of a bad CSV row).
std::optional<Labelled> parseCsv(const QByteArray &bytes, QString *error);
std::optional<Labelled> loadLabelled(const QString &path, QString *error);

// Per class, a shuffled trainFraction goes to train (the seed fixes the order).
std::pair<Labelled, Labelled> stratifiedSplit(const Labelled &all, double trainFraction,
                                              quint32 seed);

// A short-text stand-in for a message: for an e-mail (a header block, a blank line, a body),
// its Subject and the first n characters of the body; for any other text, its first n characters.
QString truncated(const QString &text, int n);
Labelled truncated(const Labelled &set, int n);

struct Figures {
    double precision = 0, recall = 0, f1 = 0, fpr = 0;
    qint64 tp = 0, fp = 0, tn = 0, fn = 0;
};
Figures figures(const QVector<bool> &truth, const QVector<bool> &predicted);

} // namespace lyceum::spam

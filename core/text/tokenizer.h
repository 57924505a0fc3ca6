// The tokenizer shared by search, the spam classifier and content-based recommendations.
// Words come from ICU's word break iterator (dictionary segmentation for Chinese and Japanese,
// UAX #29 for the rest); Latin words are case-folded; punctuation and spaces are dropped. A run
// of single CJK characters (what the dictionary could not segment) becomes overlapping bigrams,
// so two-character queries such as 课程 or 学习 still match. Offsets refer to the input (UTF-16).
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace lyceum::text {

struct Token {
    QString text;
    qsizetype start = 0;  // in the input, UTF-16 code units
    qsizetype length = 0; // of the input span it came from
    friend bool operator==(const Token &, const Token &) = default;
};

// Bumped when the tokens for the same text change (models and indexes built with another
// version must be rebuilt).
inline constexpr int kTokenizerVersion = 1;

QVector<Token> tokenize(QStringView text);
// Just the texts, for bag-of-words users.
QStringList words(QStringView text);

} // namespace lyceum::text

// Keyword filters of a community (docs/protocol.md, "Moderation"): words or small patterns that
// block a post or hold it for review. Shared by the server, which applies them to every new
// thread and reply, and the app, which explains them.
//
// Matching is Chinese aware and cannot be made slow: both the text and the filter are folded
// (NFKC, so full-width ＡＢＣ１２３ and half-width ABC123 are the same, then case folded) and a
// filter matches anywhere in the text (no word boundaries are assumed: Chinese has none). A
// pattern knows only `*` (any run of characters) and `?` (one character); it is matched by a
// greedy scan that backtracks only to the last `*`, so its cost is at most the text's length
// times the pattern's, whatever the pattern (there is no regular expression to blow up).
#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace lyceum {

struct KeywordFilter {
    enum class Mode { Word, Pattern };
    enum class Effect { Block, Hold };
    qint64 id = 0;
    QString pattern;
    Mode mode = Mode::Word;
    Effect effect = Effect::Hold;
    QString createdBy;
    qint64 createdAt = 0;
};

inline constexpr int kMaxFilterLength = 100; // characters of a filter
inline constexpr int kMaxFilterWildcards = 8;
inline constexpr int kMaxFilters = 500; // filters in a community

QString filterModeName(KeywordFilter::Mode mode);       // "word", "pattern"
QString filterEffectName(KeywordFilter::Effect effect); // "block", "hold"
std::optional<KeywordFilter::Mode> filterModeFromName(const QString &name);
std::optional<KeywordFilter::Effect> filterEffectFromName(const QString &name);

// Width- and case-folded text, the form both sides are compared in.
QString foldForFilter(const QString &text);
// Why a filter cannot be used (empty, too long, too many wildcards, only wildcards); empty: fine.
QString filterProblem(const QString &pattern, KeywordFilter::Mode mode);
// Whether the folded text contains the filter (folded here).
bool filterMatches(const KeywordFilter &filter, const QString &foldedText);

// The first filter that matches the text, block filters before hold filters.
std::optional<KeywordFilter> firstMatchingFilter(const QVector<KeywordFilter> &filters,
                                                 const QString &text);

} // namespace lyceum

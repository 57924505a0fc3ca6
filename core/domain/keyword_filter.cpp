#include "domain/keyword_filter.h"

namespace lyceum {

QString filterModeName(KeywordFilter::Mode mode) {
    return mode == KeywordFilter::Mode::Pattern ? QStringLiteral("pattern")
                                                : QStringLiteral("word");
}

QString filterEffectName(KeywordFilter::Effect effect) {
    return effect == KeywordFilter::Effect::Block ? QStringLiteral("block")
                                                  : QStringLiteral("hold");
}

std::optional<KeywordFilter::Mode> filterModeFromName(const QString &name) {
    if (name == QLatin1String("word"))
        return KeywordFilter::Mode::Word;
    if (name == QLatin1String("pattern"))
        return KeywordFilter::Mode::Pattern;
    return std::nullopt;
}

std::optional<KeywordFilter::Effect> filterEffectFromName(const QString &name) {
    if (name == QLatin1String("block"))
        return KeywordFilter::Effect::Block;
    if (name == QLatin1String("hold"))
        return KeywordFilter::Effect::Hold;
    return std::nullopt;
}

QString foldForFilter(const QString &text) {
    // NFKC folds full-width Latin letters, digits and punctuation to their half-width forms (and
    // half-width katakana to full-width); case folding then makes "Ｗｅｃｈａｔ" and "wechat" one.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString filterProblem(const QString &pattern, KeywordFilter::Mode mode) {
    const QString trimmed = pattern.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("A filter needs a word or a pattern.");
    if (trimmed.size() > kMaxFilterLength)
        return QStringLiteral("A filter is at most %1 characters.").arg(kMaxFilterLength);
    if (mode == KeywordFilter::Mode::Pattern) {
        const qsizetype wildcards =
            trimmed.count(QLatin1Char('*')) + trimmed.count(QLatin1Char('?'));
        if (wildcards > kMaxFilterWildcards)
            return QStringLiteral("A pattern has at most %1 wildcards (* and ?).")
                .arg(kMaxFilterWildcards);
        if (wildcards == trimmed.size())
            return QStringLiteral("A pattern of wildcards only would catch every post.");
    }
    return {};
}

namespace {
// Whether pattern (with * and ?) matches somewhere in text. The classic greedy scan: on a
// mismatch it resumes after the last '*' one character further; anchored nowhere, because the
// pattern is searched for (an implicit '*' on each side). O(text × pattern) at worst.
bool globContains(QStringView text, QStringView pattern) {
    qsizetype t = 0, p = 0;
    qsizetype starP = 0, starT = 0; // an implicit leading '*'
    bool star = true;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = true;
            starP = ++p;
            starT = t;
        } else if (p < pattern.size() &&
                   (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p == pattern.size()) {
            return true; // the implicit trailing '*'
        } else if (star) {
            p = starP;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}
} // namespace

bool filterMatches(const KeywordFilter &filter, const QString &foldedText) {
    const QString folded = foldForFilter(filter.pattern.trimmed());
    if (folded.isEmpty())
        return false;
    if (filter.mode == KeywordFilter::Mode::Word)
        return foldedText.contains(folded);
    return globContains(foldedText, folded);
}

std::optional<KeywordFilter> firstMatchingFilter(const QVector<KeywordFilter> &filters,
                                                 const QString &text) {
    if (filters.isEmpty())
        return std::nullopt;
    const QString folded = foldForFilter(text);
    std::optional<KeywordFilter> held;
    for (const KeywordFilter &f : filters) {
        if (!filterMatches(f, folded))
            continue;
        if (f.effect == KeywordFilter::Effect::Block)
            return f;
        if (!held)
            held = f;
    }
    return held;
}

} // namespace lyceum

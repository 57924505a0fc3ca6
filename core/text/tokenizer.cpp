#include "text/tokenizer.h"

#include <memory>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

namespace lyceum::text {

namespace {

bool isCjk(QChar c) {
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

struct BreakIteratorDeleter {
    void operator()(UBreakIterator *it) const { ubrk_close(it); }
};

// A run of single CJK characters as bigrams (a lone character stays itself).
void flushSingles(QVector<Token> &singles, QVector<Token> &out) {
    if (singles.size() == 1) {
        out.append(singles.first());
    } else {
        for (qsizetype i = 0; i + 1 < singles.size(); ++i)
            out.append(
                Token{singles.at(i).text + singles.at(i + 1).text, singles.at(i).start,
                      singles.at(i + 1).start + singles.at(i + 1).length - singles.at(i).start});
    }
    singles.clear();
}

} // namespace

QVector<Token> tokenize(QStringView text) {
    QVector<Token> out;
    if (text.isEmpty())
        return out;
    // Opening a word break iterator loads its rules and dictionaries: far dearer than breaking
    // a post. One per thread is opened once and pointed at each text.
    thread_local std::unique_ptr<UBreakIterator, BreakIteratorDeleter> it = [] {
        UErrorCode openStatus = U_ZERO_ERROR;
        std::unique_ptr<UBreakIterator, BreakIteratorDeleter> opened(
            ubrk_open(UBRK_WORD, "zh", nullptr, 0, &openStatus));
        if (U_FAILURE(openStatus))
            opened.reset();
        return opened;
    }();
    if (!it)
        return out;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it.get(), reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                 &status);
    if (U_FAILURE(status))
        return out;
    QVector<Token> singles;
    int32_t start = ubrk_first(it.get());
    for (int32_t end = ubrk_next(it.get()); end != UBRK_DONE;
         start = end, end = ubrk_next(it.get())) {
        if (ubrk_getRuleStatus(it.get()) < UBRK_WORD_NUMBER)
            continue; // spaces and punctuation
        const QStringView span = text.mid(start, end - start);
        const bool singleCjk = span.size() == 1 && isCjk(span.at(0));
        if (singleCjk) {
            if (!singles.isEmpty() &&
                singles.constLast().start + singles.constLast().length != start)
                flushSingles(singles, out);
            singles.append(Token{span.toString(), start, 1});
            continue;
        }
        if (!singles.isEmpty())
            flushSingles(singles, out);
        out.append(Token{span.toString().toCaseFolded(), start, end - start});
    }
    if (!singles.isEmpty())
        flushSingles(singles, out);
    return out;
}

QStringList words(QStringView text) {
    QStringList out;
    for (const Token &t : tokenize(text))
        out << t.text;
    return out;
}

} // namespace lyceum::text

#include "search/snippets.h"

#include "search/search_index.h"
#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QVector>
#include <utility>

namespace lyceum::search {

namespace {

bool isCjk(QChar c) {
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

// The spans of text (UTF-16 offsets) that match a query word, in order, not overlapping.
QVector<std::pair<qsizetype, qsizetype>> matches(QStringView text, const QueryWords &query) {
    QVector<std::pair<qsizetype, qsizetype>> spans;
    for (const text::Token &token : text::tokenize(text)) {
        qsizetype from = -1, length = 0;
        for (const QString &word : query.words) {
            if (token.text == word || (word == query.prefix && token.text.startsWith(word))) {
                from = token.start;
                length = token.length;
                break;
            }
            // The index also holds the two-character parts of longer Chinese words.
            if (word.size() == 2 && token.text.size() > 2 && isCjk(token.text.at(0))) {
                const qsizetype at = token.text.indexOf(word);
                if (at >= 0) {
                    from = token.start + at;
                    length = 2;
                    break;
                }
            }
        }
        if (from >= 0 &&
            (spans.isEmpty() || spans.constLast().first + spans.constLast().second <= from))
            spans.append({from, length});
    }
    return spans;
}

QString marked(QStringView text, qsizetype begin, qsizetype end,
               const QVector<std::pair<qsizetype, qsizetype>> &spans) {
    QString out;
    qsizetype at = begin;
    for (const auto &[from, length] : spans) {
        if (from < begin || from + length > end)
            continue;
        out += text.mid(at, from - at);
        out += kMarkStart;
        out += text.mid(from, length);
        out += kMarkEnd;
        at = from + length;
    }
    out += text.mid(at, end - at);
    return out;
}

} // namespace

QueryWords queryWords(QStringView userText) {
    QueryWords query;
    const QVector<text::Token> tokens = text::tokenize(userText);
    for (const text::Token &token : tokens) {
        query.words << token.text;
        if (token.text.size() >= 3 && isCjk(token.text.at(0))) {
            for (qsizetype i = 0; i + 1 < token.text.size(); ++i)
                query.words << token.text.mid(i, 2);
        }
    }
    if (!tokens.isEmpty())
        query.prefix = tokens.constLast().text;
    return query;
}

QString plainFromMarkdown(const QString &markdown) {
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression lineMarks(
        QStringLiteral("^[ \\t]*(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d+\\.[ \\t]+)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|`+|~~"));
    QString text = markdown;
    text.replace(image, QString());
    text.replace(link, QStringLiteral("\\1"));
    text.replace(lineMarks, QString());
    text.replace(emphasis, QString());
    return text;
}

QString highlight(QStringView text, const QueryWords &query) {
    return marked(text, 0, text.size(), matches(text, query));
}

QString snippet(QStringView text, const QueryWords &query, int maxChars) {
    const auto spans = matches(text, query);
    const qsizetype first = spans.isEmpty() ? 0 : spans.constFirst().first;
    // A little context before the first match, the rest after it.
    qsizetype begin = std::max<qsizetype>(0, first - maxChars / 4);
    qsizetype end = std::min<qsizetype>(text.size(), begin + maxChars);
    begin = std::max<qsizetype>(0, std::min(begin, end - maxChars));
    // Do not start inside a Latin word.
    for (int back = 0; back < 12 && begin > 0 && text.at(begin - 1).isLetterOrNumber() &&
                       !isCjk(text.at(begin - 1)) && text.at(begin).isLetterOrNumber();
         ++back)
        --begin;
    // Never cut a surrogate pair in two.
    if (begin > 0 && text.at(begin).isLowSurrogate())
        --begin;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    QString out = marked(text, begin, end, spans).simplified();
    if (begin > 0)
        out.prepend(QStringLiteral("…"));
    if (end < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

} // namespace lyceum::search

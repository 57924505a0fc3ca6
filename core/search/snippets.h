// Highlights and snippets of search hits, computed from the text and the words of the query with
// the same tokenizer the index uses (so what is marked is what matched), instead of FTS5's
// snippet(): that one looks the row up in the index again, which costs as much as the search
// itself when a word is common.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lyceum::search {

// What to mark: the query's words (case-folded), the last one also as a prefix.
struct QueryWords {
    QStringList words;
    QString prefix; // the last word of the query, matched as a prefix; also in words
};
QueryWords queryWords(QStringView userText);

// Markdown as the words a reader sees: no heading, quote or list marks, no emphasis marks, links
// as their text, images dropped. For snippets; not a renderer.
QString plainFromMarkdown(const QString &markdown);

// text with every matching word wrapped in kMarkStart / kMarkEnd (search_index.h).
QString highlight(QStringView text, const QueryWords &query);
// About maxChars characters of text around its first match, marked; "…" where it was cut. The
// start of the text when nothing matches (the match may be in another field).
QString snippet(QStringView text, const QueryWords &query, int maxChars = 80);

} // namespace lyceum::search

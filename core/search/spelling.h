// A small typo still finds things: when a search finds nothing, each Latin word of four letters
// or more that the indexes do not hold is replaced by the closest word they do hold (optimal
// string alignment distance: one edit for words of four or five letters, two from six on; a
// swap of two neighbours is one edit, so "pandsa" finds "pandas"). The candidates are the terms
// of the FTS5 indexes (fts5vocab tables in the connection's temp schema, nothing stored) that
// start with the word's first letter; among equals, the word in the most rows wins. Chinese
// words are left alone (a one-character change is another word there).
#pragma once

#include <QString>
#include <QStringView>

namespace lyceum {

class CacheDatabase;

namespace search {

// The edit distance between a and b when it is at most max, else max + 1.
int editDistance(QStringView a, QStringView b, int max);

// The user's text with its misspelt words replaced, or an empty string when no word was
// replaced.
QString correctedQuery(CacheDatabase &db, QStringView userText);

} // namespace search
} // namespace lyceum

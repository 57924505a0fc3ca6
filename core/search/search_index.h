// One search across the courses, lessons, threads and posts in the cache (the FTS5 indexes of
// the "search.1" schema step), ranked by bm25, with highlighted snippets. Runs on the cache
// worker. Works offline: only the cache is read.
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace lyceum {

class CacheDatabase;

struct SearchHit {
    enum class Kind { Course, Lesson, Thread, Post };
    Kind kind = Kind::Course;
    QString id;
    // The hit's own title (course, lesson, thread) or, for a post, its thread's title; with
    // highlight marks.
    QString title;
    // A short extract around the matches. Matches are wrapped in kMarkStart / kMarkEnd (control
    // characters that never occur in text), so a view escapes the text first, then marks.
    QString snippet;
    QString courseId; // the course of a course or lesson hit (and of a course thread)
    QString threadId; // the thread of a thread or post hit
    // Lower is better: -(kind weight) x (bm25 relative to the best hit of the same kind).
    double score = 0;
    // Set when nothing matched the text as typed and this hit matched it with its misspelt
    // words corrected (search/spelling.h): the corrected text, to say "results for …".
    QString correctedQuery;
};

namespace search {

inline constexpr QChar kMarkStart = QChar(0x02);
inline constexpr QChar kMarkEnd = QChar(0x03);

// The FTS5 query for what the user typed: every word must match (Chinese words through ICU,
// a longer Chinese word also as its two-character parts), the last one as a prefix so results
// follow typing. Empty when the text holds nothing to look for.
QString matchExpression(QStringView userText);

// Up to limit hits, best first. An empty query gives none. When nothing matches, a small typo
// in a Latin word is corrected from the indexed words and the search runs again. *error (when
// given) is set if a query failed; the hits found by the others are still returned.
QVector<SearchHit> search(CacheDatabase &db, QStringView userText, int limit,
                          QString *error = nullptr);

// When the indexes were built with another tokenizer version: empties them and puts every row
// in the backlog, for the indexer (search/search_indexer.h) to index again.
bool ensureIndexCurrent(CacheDatabase &db, QString *error);

} // namespace search
} // namespace lyceum

#include "search/search_index.h"

#include "cache/cache_database.h"
#include "logging.h"
#include "search/search_backlog.h"
#include "search/snippets.h"
#include "search/spelling.h"
#include "text/tokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace lyceum::search {

namespace {

bool isCjk(QChar c) {
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

QString quoted(const QString &term) {
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

struct KindQuery {
    SearchHit::Kind kind;
    double weight; // the best hit of this kind scores -weight
    const char *index;
    // bm25 among the newest kCandidates matches, or (posts) simply the newest matches: bm25
    // needs how many rows hold each word, which FTS5 counts by reading the word's whole list;
    // with a million posts and common words that alone took 100-300 ms a query.
    bool ranked;
    // One hit's fields by rowid: id, title, text to cut the snippet from, course id, thread id.
    const char *details;
    bool markTitle; // the title is the hit's own (highlighted), not its thread's
};

// Ranking every match costs about a microsecond per row; a common word can match most of a
// large cache. So each ranked index ranks (bm25) only the newest kCandidates rows that match.
constexpr int kCandidates = 2000;

const KindQuery kQueries[] = {
    {SearchHit::Kind::Course, 1.5, "courses_fts", true,
     "SELECT id, title, summary || char(10) || description, id, '' FROM courses WHERE rowid = ?",
     true},
    {SearchHit::Kind::Lesson, 1.2, "lessons_fts", true,
     "SELECT id, title, body, course_id, '' FROM lessons WHERE rowid = ?", true},
    {SearchHit::Kind::Thread, 1.2, "threads_fts", true,
     "SELECT id, title, '', COALESCE(course_id, ''), id FROM threads WHERE rowid = ?", true},
    {SearchHit::Kind::Post, 1.0, "posts_fts", false,
     "SELECT p.id, COALESCE(t.title, ''), p.body, COALESCE(t.course_id, ''), p.thread_id "
     "FROM posts p LEFT JOIN threads t ON t.id = p.thread_id "
     "WHERE p.rowid = ? AND p.deleted = 0",
     false},
};

} // namespace

namespace {
QStringList matchTerms(QStringView userText) {
    const QVector<text::Token> tokens = text::tokenize(userText);
    QStringList terms;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &word = tokens.at(i).text;
        const bool last = i + 1 == tokens.size();
        // A prefix of one Latin letter matches too much to help; from two letters on (or one
        // Chinese character) the last word is a prefix, up to the longest prefix index (a
        // longer word is matched whole: see kLongestIndexedPrefix).
        const bool prefix =
            last && word.size() <= kLongestIndexedPrefix && (word.size() >= 2 || isCjk(word.at(0)));
        QString term = quoted(word) + (prefix ? QStringLiteral("*") : QString());
        if (word.size() >= 3 && isCjk(word.at(0))) {
            // The document may have been segmented differently: accept the word's two-character
            // parts as well (the last pair overlaps when the length is odd).
            QStringList parts;
            for (qsizetype p = 0; p + 1 < word.size(); p += 2)
                parts << quoted(word.mid(p, 2));
            if (word.size() % 2 == 1)
                parts << quoted(word.right(2));
            term = QStringLiteral("(%1 OR (%2))").arg(term, parts.join(QStringLiteral(" AND ")));
        }
        terms << term;
    }
    return terms;
}

struct Candidate {
    const KindQuery *kind;
    qint64 rowid;
    double score; // lower is better, comparable across kinds
};

QVector<Candidate> candidates(CacheDatabase &db, const QString &match, int limit, QString *error);
QVector<SearchHit> details(CacheDatabase &db, const QVector<Candidate> &ranked,
                           const QueryWords &words, int limit, QString *error);
} // namespace

QString matchExpression(QStringView userText) {
    return matchTerms(userText).join(QLatin1Char(' '));
}

QVector<SearchHit> search(CacheDatabase &db, QStringView userText, int limit, QString *error) {
    const QStringList terms = matchTerms(userText);
    if (terms.isEmpty() || limit <= 0)
        return {};
    // A few more than asked: a candidate may be a deleted post, dropped when its row is read.
    const int wanted = limit + 5;
    const auto find = [&](const QStringList &words) {
        QVector<Candidate> found = candidates(db, words.join(QLatin1Char(' ')), wanted, error);
        // No item has every word: show the items with any of them rather than nothing.
        if (found.isEmpty() && words.size() > 1)
            found = candidates(db, words.join(QStringLiteral(" OR ")), wanted, error);
        return found;
    };
    QVector<Candidate> ranked = find(terms);
    QString corrected;
    if (ranked.isEmpty()) {
        corrected = correctedQuery(db, userText);
        if (!corrected.isEmpty())
            ranked = find(matchTerms(corrected));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    // Titles and snippets (the row read back and tokenized) only for the hits shown.
    QVector<SearchHit> hits =
        details(db, ranked, queryWords(corrected.isEmpty() ? userText : QStringView(corrected)),
                limit, error);
    for (SearchHit &hit : hits)
        hit.correctedQuery = corrected;
    return hits;
}

namespace {
void failed(const QSqlQuery &q, QString *error) {
    qCWarning(lcCache) << "search failed:" << q.lastError().text();
    if (error)
        *error = q.lastError().text();
}

QVector<Candidate> candidates(CacheDatabase &db, const QString &match, int limit, QString *error) {
    QVector<Candidate> out;
    // bm25 figures of different indexes do not compare (each has its own document counts), so
    // each kind's figures are taken relative to its best hit, then weighted by kind.
    for (const KindQuery &kind : kQueries) {
        const QString index = QString::fromLatin1(kind.index);
        QSqlQuery ranked(db.db());
        ranked.setForwardOnly(true);
        ranked.prepare(kind.ranked
                           ? QStringLiteral("SELECT rid, r FROM (SELECT rowid AS rid, rank AS "
                                            "r FROM %1 WHERE %1 MATCH ? ORDER BY rowid "
                                            "DESC LIMIT %2) ORDER BY r LIMIT ?")
                                 .arg(index)
                                 .arg(kCandidates)
                           : QStringLiteral("SELECT rowid, -1.0 FROM %1 WHERE %1 MATCH ? "
                                            "ORDER BY rowid DESC LIMIT ?")
                                 .arg(index));
        ranked.addBindValue(match);
        ranked.addBindValue(limit);
        if (!ranked.exec()) {
            failed(ranked, error);
            continue;
        }
        QVector<std::pair<qint64, double>> rows;
        while (ranked.next())
            rows.append({ranked.value(0).toLongLong(), ranked.value(1).toDouble()});
        if (rows.isEmpty())
            continue;
        if (!kind.ranked) {
            // Newest first, scored from 1 down to 0.5 so they mix with the other kinds' hits.
            for (qsizetype i = 0; i < rows.size(); ++i)
                rows[i].second = -1.0 + 0.5 * double(i) / double(rows.size());
        }
        const double best = rows.constFirst().second;
        for (const auto &[rowid, score] : std::as_const(rows))
            out.append({&kind, rowid, best < 0 ? -kind.weight * (score / best) : -kind.weight});
    }
    return out;
}

QVector<SearchHit> details(CacheDatabase &db, const QVector<Candidate> &ranked,
                           const QueryWords &words, int limit, QString *error) {
    QVector<SearchHit> hits;
    std::map<const KindQuery *, QSqlQuery> statements;
    for (const Candidate &c : ranked) {
        if (hits.size() >= limit)
            break;
        auto it = statements.find(c.kind);
        if (it == statements.end()) {
            it = statements.emplace(c.kind, QSqlQuery(db.db())).first;
            it->second.setForwardOnly(true);
            it->second.prepare(QString::fromUtf8(c.kind->details));
        }
        QSqlQuery &q = it->second;
        q.bindValue(0, c.rowid);
        if (!q.exec()) {
            failed(q, error);
            continue;
        }
        if (!q.next())
            continue; // a deleted post
        SearchHit hit;
        hit.kind = c.kind->kind;
        hit.score = c.score;
        hit.id = q.value(0).toString();
        const QString title = q.value(1).toString();
        hit.title = c.kind->markTitle ? highlight(title, words) : title;
        const QString body = plainFromMarkdown(q.value(2).toString());
        if (!body.isEmpty())
            hit.snippet = snippet(body, words);
        hit.courseId = q.value(3).toString();
        hit.threadId = q.value(4).toString();
        hits.append(std::move(hit));
    }
    return hits;
}
} // namespace

bool ensureIndexCurrent(CacheDatabase &db, QString *error) {
    QSqlQuery q(db.db());
    if (q.exec(QStringLiteral("SELECT value FROM search_meta WHERE key = 'tokenizer_version'")) &&
        q.next() && q.value(0).toInt() == text::kTokenizerVersion)
        return true;
    q.finish();
    // The rows are indexed again in the background (search/search_indexer.h), not here: on a
    // large cache that takes minutes, and opening must not.
    if (!db.begin(error))
        return false;
    if (!reindexEverything(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.exec(QStringLiteral("INSERT OR REPLACE INTO search_meta VALUES "
                                "('tokenizer_version', '%1')")
                     .arg(text::kTokenizerVersion),
                 error)) {
        db.rollback();
        return false;
    }
    qCInfo(lcCache) << "search indexes emptied, to be rebuilt for tokenizer version"
                    << text::kTokenizerVersion;
    return db.commit(error);
}

} // namespace lyceum::search

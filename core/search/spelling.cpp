#include "search/spelling.h"

#include "cache/cache_database.h"
#include "logging.h"
#include "text/tokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

namespace lyceum::search {

namespace {

const char *const kIndexes[] = {"courses_fts", "lessons_fts", "threads_fts", "posts_fts"};
// A bound on the terms read per index and word, so a huge cache cannot make a typo slow.
constexpr int kMaxTermsScanned = 20000;

bool isLatinWord(const QString &word) {
    for (const QChar c : word) {
        if (!c.isLetter() || c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

bool ensureVocabularies(CacheDatabase &db) {
    for (const char *index : kIndexes) {
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1_vocab USING "
                                   "fts5vocab(main, %1, row)")
                        .arg(QLatin1String(index)))) {
            qCWarning(lcCache) << "search vocabulary unavailable:" << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Whether the indexes hold the word itself.
bool known(CacheDatabase &db, const QString &word) {
    for (const char *index : kIndexes) {
        QSqlQuery q(db.db());
        q.prepare(
            QStringLiteral("SELECT 1 FROM temp.%1_vocab WHERE term = ?").arg(QLatin1String(index)));
        q.addBindValue(word);
        if (q.exec() && q.next())
            return true;
    }
    return false;
}

QString closest(CacheDatabase &db, const QString &word) {
    const int max = word.size() >= 6 ? 2 : 1;
    QString best;
    int bestDistance = max + 1;
    qint64 bestRows = 0;
    const QString from = word.left(1);
    const QString to = QString(QChar(word.at(0).unicode() + 1));
    for (const char *index : kIndexes) {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT term, doc FROM temp.%1_vocab WHERE term >= ? AND "
                                 "term < ? LIMIT %2")
                      .arg(QLatin1String(index))
                      .arg(kMaxTermsScanned));
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString term = q.value(0).toString();
            if (qAbs(term.size() - word.size()) > max)
                continue;
            const int distance = editDistance(word, term, max);
            const qint64 rows = q.value(1).toLongLong();
            if (distance < bestDistance || (distance == bestDistance && rows > bestRows)) {
                best = term;
                bestDistance = distance;
                bestRows = rows;
            }
        }
    }
    return bestDistance <= max ? best : QString();
}

} // namespace

int editDistance(QStringView a, QStringView b, int max) {
    const qsizetype n = a.size(), m = b.size();
    if (qAbs(n - m) > max)
        return max + 1;
    // Optimal string alignment: three rows of the table.
    QVector<int> before(m + 1), previous(m + 1), row(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = int(i);
        int smallest = row[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = qMin(qMin(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = qMin(value, before[j - 2] + 1);
            row[j] = value;
            smallest = qMin(smallest, value);
        }
        if (smallest > max)
            return max + 1;
        before.swap(previous);
        previous.swap(row);
    }
    return qMin(previous[m], max + 1);
}

QString correctedQuery(CacheDatabase &db, QStringView userText) {
    const QVector<text::Token> tokens = text::tokenize(userText);
    bool vocabularies = false;
    bool changed = false;
    QStringList words;
    for (const text::Token &token : tokens) {
        QString word = token.text;
        if (word.size() >= 4 && isLatinWord(word)) {
            if (!vocabularies && !(vocabularies = ensureVocabularies(db)))
                return {};
            if (!known(db, word)) {
                const QString better = closest(db, word);
                if (!better.isEmpty()) {
                    word = better;
                    changed = true;
                }
            }
        }
        words << word;
    }
    return changed ? words.join(QLatin1Char(' ')) : QString();
}

} // namespace lyceum::search

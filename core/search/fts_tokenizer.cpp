#include "search/fts_tokenizer.h"

#include "text/tokenizer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <vector>

namespace lyceum::search {

namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

bool isCjk(QChar c) {
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

// The tokenizer keeps no state: one static object stands for every instance.
int dummyInstance = 0;

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out) {
    *out = reinterpret_cast<Fts5Tokenizer *>(&dummyInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

// UTF-8 byte offset of each UTF-16 position of text (size + 1 entries).
std::vector<int> byteOffsets(const QString &text, int limit) {
    std::vector<int> offsets(size_t(text.size()) + 1, 0);
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets[size_t(i)] = std::min(bytes, limit);
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            offsets[size_t(i) + 1] = std::min(bytes, limit);
            ++i;
            continue;
        }
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    offsets[size_t(text.size())] = std::min(bytes, limit);
    return offsets;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *data, int size,
             TokenCallback emit) {
    if (size <= 0)
        return SQLITE_OK;
    const QString text = QString::fromUtf8(data, size);
    const std::vector<int> offsets = byteOffsets(text, size);
    const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    for (const text::Token &token : text::tokenize(text)) {
        const QByteArray utf8 = token.text.toUtf8();
        const int begin = offsets[size_t(token.start)];
        const int end = offsets[size_t(token.start + token.length)];
        int rc = emit(context, 0, utf8.constData(), int(utf8.size()), begin, end);
        if (rc != SQLITE_OK)
            return rc;
        if (!document || token.text.size() < 3 || !isCjk(token.text.at(0)))
            continue;
        for (qsizetype i = 0; i + 1 < token.text.size(); ++i) {
            const QByteArray bigram = token.text.mid(i, 2).toUtf8();
            rc = emit(context, FTS5_TOKEN_COLOCATED, bigram.constData(), int(bigram.size()), begin,
                      end);
            if (rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

fts5_api *ftsApi(sqlite3 *handle) {
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerTokenizer(QSqlDatabase &db, QString *error) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = QStringLiteral("the database driver is not SQLite");
        return false;
    }
    return registerTokenizer(*static_cast<sqlite3 *const *>(handle.constData()), error);
}

bool registerTokenizer(sqlite3 *connection, QString *error) {
    fts5_api *api = connection ? ftsApi(connection) : nullptr;
    if (!api) {
        if (error)
            *error = QStringLiteral("SQLite was built without FTS5");
        return false;
    }
    fts5_tokenizer tokenizer{&createTokenizer, &deleteTokenizer, &tokenize};
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    return true;
}

} // namespace lyceum::search

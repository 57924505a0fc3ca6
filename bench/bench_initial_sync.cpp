// Initial sync of a generated community (default 10k threads, 100k posts) from a lyceum-server
// on loopback into a fresh cache, beside a raw SQLite insert of the same rows into the same
// schema in the same run. Prints records/s for both and their ratio, then how long the search
// index took to catch up after the pull (search/search_indexer.h) and the whole time to a
// complete index. The raw insert defers indexing the same way, so the ratio compares the rows.
//
//   bench_initial_sync [--threads N] [--posts N] [--server PATH] [--quick]
#include "bench_support.h"
#include "cache/cache_database.h"
#include "client/client.h"
#include "search/fts_tokenizer.h"
#include "server/seed/generated_community.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <sqlite3.h>

using namespace lyceum;
using namespace lyceum::bench;

namespace {

struct SyncFigures {
    qint64 records = 0;
    double seconds = 0;
    double indexSeconds = 0; // after the pull, until the search index was complete
    qint64 indexed = 0;
};

SyncFigures syncInto(const QUrl &server, const QString &profileDir) {
    Client client(Client::Options{profileDir, false});
    openAndLogin(client, server, false);
    const double seconds = syncToEnd(client);
    QElapsedTimer indexTimer;
    indexTimer.start();
    const qint64 indexed = waitForSearchIndex(profileDir + u"/cache.sqlite");
    const double indexSeconds = double(indexTimer.nsecsElapsed()) / 1e9;

    std::optional<CacheCounts> counts;
    client.fetchCounts(&client, [&](CacheCounts c) { counts = c; });
    waitFor([&] { return counts.has_value(); });
    const qint64 records = counts->users + counts->spaces + counts->courses + counts->lessons +
                           counts->threads + counts->posts + counts->reactions;
    return {records, seconds, indexSeconds, indexed};
}

// The raw baseline: the same generated rows, inserted with sqlite3 prepared statements in one
// transaction into a fresh file with the cache's schema and pragmas.
class RawInserter {
public:
    explicit RawInserter(const QString &path) {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        // The same schema, search index triggers included.
        QString error;
        if (!search::registerTokenizer(m_db, &error))
            die(error);
    }
    ~RawInserter() { sqlite3_close(m_db); }

    void exec(const char *sql) {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK)
            die(QString::fromUtf8(message ? message : "sqlite error"));
    }

    sqlite3_stmt *prepare(const char *sql) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return stmt;
    }

    void step(sqlite3_stmt *stmt) {
        if (sqlite3_step(stmt) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(stmt);
    }

    // Rows actually stored, summed over the entity tables (ids repeated in the input collapse).
    qint64 countRows() {
        qint64 total = 0;
        for (const char *table :
             {"users", "spaces", "courses", "lessons", "threads", "posts", "reactions"}) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
            sqlite3_stmt *stmt = prepare(sql.constData());
            if (sqlite3_step(stmt) == SQLITE_ROW)
                total += sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
        }
        return total;
    }

private:
    sqlite3 *m_db = nullptr;
};

void bindText(sqlite3_stmt *s, int i, const QString &v) {
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindNullable(sqlite3_stmt *s, int i, const QString &v) {
    if (v.isEmpty())
        sqlite3_bind_null(s, i);
    else
        bindText(s, i, v);
}

// The generated community has a few unpublished courses, which a learner never receives; drop
// them and everything under them so both sides store the same rows.
server::SeedData visibleToLearner(server::SeedData data) {
    QSet<QString> hiddenCourses, hiddenLessons, hiddenThreads, hiddenPosts;
    for (const Course &c : std::as_const(data.courses)) {
        if (!c.published)
            hiddenCourses.insert(c.id);
    }
    for (const Lesson &l : std::as_const(data.lessons)) {
        if (hiddenCourses.contains(l.courseId))
            hiddenLessons.insert(l.id);
    }
    for (const Thread &t : std::as_const(data.threads)) {
        if (hiddenCourses.contains(t.courseId) || hiddenLessons.contains(t.lessonId))
            hiddenThreads.insert(t.id);
    }
    for (const Post &p : std::as_const(data.posts)) {
        if (hiddenThreads.contains(p.threadId))
            hiddenPosts.insert(p.id);
    }
    data.courses.removeIf([&](const Course &c) { return hiddenCourses.contains(c.id); });
    data.lessons.removeIf([&](const Lesson &l) { return hiddenLessons.contains(l.id); });
    data.threads.removeIf([&](const Thread &t) { return hiddenThreads.contains(t.id); });
    data.posts.removeIf([&](const Post &p) { return hiddenPosts.contains(p.id); });
    data.reactions.removeIf([&](const Reaction &r) { return hiddenPosts.contains(r.postId); });
    return data;
}

SyncFigures rawInsert(const server::SeedData &data, const QString &path) {
    {
        CacheDatabase schema(QStringLiteral("bench-schema"));
        QString error;
        if (!schema.open(path, &error))
            die(error);
    }
    RawInserter raw(path);
    QElapsedTimer timer;
    timer.start();
    raw.exec("BEGIN");
    // As a pull of many pages does: the rows first, the search index after (not timed here).
    raw.exec("INSERT INTO search_backlog VALUES ('courses', 1), ('lessons', 1), ('threads', 1), "
             "('posts', 1)");
    sqlite3_stmt *users = raw.prepare(
        "INSERT OR REPLACE INTO users (id, handle, display_name, role, bio, created_at) "
        "VALUES (?,?,?,?,?,?)");
    for (const User &u : data.users) {
        bindText(users, 1, u.id);
        bindText(users, 2, u.handle);
        bindText(users, 3, u.displayName);
        bindText(users, 4, roleName(u.role));
        bindText(users, 5, u.bio);
        sqlite3_bind_int64(users, 6, u.createdAt);
        raw.step(users);
    }
    sqlite3_stmt *spaces =
        raw.prepare("INSERT OR REPLACE INTO spaces (id, slug, name, description, position) "
                    "VALUES (?,?,?,?,?)");
    for (const Space &s : data.spaces) {
        bindText(spaces, 1, s.id);
        bindText(spaces, 2, s.slug);
        bindText(spaces, 3, s.name);
        bindText(spaces, 4, s.description);
        sqlite3_bind_int(spaces, 5, s.position);
        raw.step(spaces);
    }
    sqlite3_stmt *courses =
        raw.prepare("INSERT OR REPLACE INTO courses (id, space_id, creator_id, title, summary, "
                    "description, tags, topic, price, currency, published, created_at, "
                    "updated_at, prerequisites) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Course &c : data.courses) {
        bindText(courses, 1, c.id);
        bindNullable(courses, 2, c.spaceId);
        bindText(courses, 3, c.creatorId);
        bindText(courses, 4, c.title);
        bindText(courses, 5, c.summary);
        bindText(courses, 6, c.description);
        bindText(courses, 7,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.tags)).toJson()));
        bindText(courses, 8, c.topic);
        sqlite3_bind_int64(courses, 9, c.price);
        bindText(courses, 10, c.currency);
        sqlite3_bind_int(courses, 11, c.published);
        sqlite3_bind_int64(courses, 12, c.createdAt);
        sqlite3_bind_int64(courses, 13, c.updatedAt);
        bindText(
            courses, 14,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.prerequisites)).toJson()));
        raw.step(courses);
    }
    sqlite3_stmt *lessons =
        raw.prepare("INSERT OR REPLACE INTO lessons (id, course_id, position, title, body, "
                    "duration_seconds, free_preview, locked, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (const Lesson &l : data.lessons) {
        bindText(lessons, 1, l.id);
        bindText(lessons, 2, l.courseId);
        sqlite3_bind_int(lessons, 3, l.position);
        bindText(lessons, 4, l.title);
        bindText(lessons, 5, l.body);
        sqlite3_bind_int(lessons, 6, l.durationSeconds);
        sqlite3_bind_int(lessons, 7, l.freePreview);
        sqlite3_bind_int(lessons, 8, l.locked);
        sqlite3_bind_int64(lessons, 9, l.createdAt);
        sqlite3_bind_int64(lessons, 10, l.updatedAt);
        raw.step(lessons);
    }
    sqlite3_stmt *threads = raw.prepare(
        "INSERT OR REPLACE INTO threads (id, space_id, course_id, lesson_id, author_id, "
        "title, kind, accepted_post_id, pinned, locked, post_count, created_at, "
        "last_activity_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Thread &t : data.threads) {
        bindText(threads, 1, t.id);
        bindNullable(threads, 2, t.spaceId);
        bindNullable(threads, 3, t.courseId);
        bindNullable(threads, 4, t.lessonId);
        bindText(threads, 5, t.authorId);
        bindText(threads, 6, t.title);
        bindText(threads, 7, threadKindName(t.kind));
        bindNullable(threads, 8, t.acceptedPostId);
        sqlite3_bind_int(threads, 9, t.pinned);
        sqlite3_bind_int(threads, 10, t.locked);
        sqlite3_bind_int(threads, 11, t.postCount);
        sqlite3_bind_int64(threads, 12, t.createdAt);
        sqlite3_bind_int64(threads, 13, t.lastActivityAt);
        raw.step(threads);
    }
    sqlite3_stmt *posts =
        raw.prepare("INSERT OR REPLACE INTO posts (id, thread_id, parent_id, author_id, "
                    "body, deleted, created_at, edited_at) "
                    "VALUES (?,?,?,?,?,?,?,?)");
    for (const Post &p : data.posts) {
        bindText(posts, 1, p.id);
        bindText(posts, 2, p.threadId);
        bindNullable(posts, 3, p.parentId);
        bindText(posts, 4, p.authorId);
        bindText(posts, 5, p.body);
        sqlite3_bind_int(posts, 6, p.deleted);
        sqlite3_bind_int64(posts, 7, p.createdAt);
        if (p.editedAt)
            sqlite3_bind_int64(posts, 8, p.editedAt);
        else
            sqlite3_bind_null(posts, 8);
        raw.step(posts);
    }
    sqlite3_stmt *reactions =
        raw.prepare("INSERT OR REPLACE INTO reactions (id, post_id, user_id, emoji, "
                    "created_at) VALUES (?,?,?,?,?)");
    for (const Reaction &r : data.reactions) {
        bindText(reactions, 1, r.id);
        bindText(reactions, 2, r.postId);
        bindText(reactions, 3, r.userId);
        bindText(reactions, 4, r.emoji);
        sqlite3_bind_int64(reactions, 5, r.createdAt);
        raw.step(reactions);
    }
    for (sqlite3_stmt *s : {users, spaces, courses, lessons, threads, posts, reactions})
        sqlite3_finalize(s);
    raw.exec("COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {raw.countRows(), seconds};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Initial sync into a fresh cache vs a raw SQLite insert."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads to generate."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption postsOption(QStringLiteral("posts"),
                                         QStringLiteral("Posts to generate."), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("The lyceum-server binary."),
                                          QStringLiteral("PATH"), defaultServerBinary());
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("200 threads, 3,000 posts (CI)."));
    parser.addHelpOption();
    parser.addOptions({threadsOption, postsOption, serverOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int threads = quick ? 200 : parser.value(threadsOption).toInt();
    const int posts = quick ? 3000 : parser.value(postsOption).toInt();

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("no temporary directory"));

    QProcess server;
    const QUrl url = startServer(
        server, parser.value(serverOption), tmp.filePath(QStringLiteral("server")),
        {QStringLiteral("--generate"), QStringLiteral("%1,%2").arg(threads).arg(posts)});
    registerAccount(url, QStringLiteral("bench"), QStringLiteral("bench-password"));

    const SyncFigures sync = syncInto(url, tmp.filePath(QStringLiteral("profile")));
    server.terminate();
    server.waitForFinished(10000);

    const server::SeedData data = visibleToLearner(
        server::generateCommunity(threads, posts, 1, server::kGeneratedBaseTimeMs));
    const SyncFigures raw = rawInsert(data, tmp.filePath(QStringLiteral("raw.sqlite")));

    const double syncRate = double(sync.records) / sync.seconds;
    const double rawRate = double(raw.records) / raw.seconds;
    std::printf("initial sync: %lld records in %.3f s = %.0f records/s\n",
                static_cast<long long>(sync.records), sync.seconds, syncRate);
    std::printf("raw insert:   %lld records in %.3f s = %.0f records/s\n",
                static_cast<long long>(raw.records), raw.seconds, rawRate);
    std::printf("ratio (raw rate / sync rate): %.2fx\n", rawRate / syncRate);
    std::printf("search index after the pull: %lld rows in %.3f s = %.0f rows/s\n",
                static_cast<long long>(sync.indexed), sync.indexSeconds,
                double(sync.indexed) / std::max(sync.indexSeconds, 1e-9));
    std::printf("pull and index together: %.3f s = %.0f records/s\n",
                sync.seconds + sync.indexSeconds,
                double(sync.records) / (sync.seconds + sync.indexSeconds));
    if (sync.records <= 0 || raw.records <= 0)
        die(QStringLiteral("nothing was synced, inserted or indexed"));
    return 0;
}

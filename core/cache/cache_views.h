// What the cache's readers return: read-only views assembled from several tables, shared by
// the facade (client/client.h re-exports them) and the cache reader.
#pragma once

#include "domain/entities.h"

#include <QVector>
#include <optional>

namespace lyceum {

enum class OutboxState { Waiting, Sending, Failed };

struct CourseSummary {
    Course course;
    QString creatorName;
    int lessonCount = 0;
    int freePreviewCount = 0;
    int threadCount = 0;
    int lockedCount = 0; // lessons the server withholds from this user
    // The user may read the whole course: free, or every lesson came unlocked.
    bool entitled() const { return course.price == 0 || (lessonCount > 0 && lockedCount == 0); }
};

struct ThreadSummary {
    Thread thread;
    QString authorName;
    bool pending = false; // created here, not yet confirmed by the server
    int unread = 0;       // posts by others that arrived since the user last read it
};

struct CourseDetail {
    Course course;
    // The offline grace period ran out (syncstore::offlineAccessExpired) while the user could
    // read paid lessons: they are shown locked until a pull confirms access.
    bool accessNeedsCheck = false;
    User creator;
    QStringList prerequisiteTitles; // of course.prerequisites found in the cache, in order
    QVector<Lesson> lessons;        // by position
    QVector<ThreadSummary> threads;
};

struct ReactionCount {
    QString emoji;
    int count = 0;
    bool mine = false;
};

struct PostView {
    Post post;
    QString authorName;
    int depth = 0; // 0 for top-level replies
    QVector<ReactionCount> reactions;
    std::optional<OutboxState> pending; // set while the outbox still carries it
    QString failure;                    // the rejection reason when pending == Failed
    QString pendingType;                // the outbox row's type (domain/mutation_defs.h)
    QString refusedEdit; // the user's text of a refused post.edit (the post shows the server's)
};

struct ThreadDetail {
    ThreadSummary summary;
    QVector<PostView> posts; // depth-first: each post followed by its replies, oldest first
};

struct CacheCounts {
    qint64 users = 0, spaces = 0, courses = 0, lessons = 0, threads = 0, posts = 0, reactions = 0,
           outbox = 0;
    QString cursor;
    qint64 outboxFailed = 0; // extension: rejected mutations kept for the user
};

// One outbox row as the user sees it (CLI `outbox --json`, a future outbox view).
struct OutboxEntry {
    qint64 seq = 0;
    QString mutationId;
    QString type; // a mutation name of domain/mutation_defs.h
    QString entityId;
    OutboxState state = OutboxState::Waiting;
    QString errorCode;
    QString errorMessage;
    int attempts = 0;
    qint64 createdAt = 0;
    QString argsJson;
};

} // namespace lyceum

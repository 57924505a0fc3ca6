// The server's persistence, behind an interface so a PostgreSQL backend can follow the SQLite
// one (both are SqlStorage with a different SqlDialect today). Services hold a Storage&, never
// a QSqlDatabase.
//
// Failure model: "not found" is an empty optional / false; a database failure (disk full, broken
// schema, a constraint the caller did not expect) throws StorageError, which the HTTP layer turns
// into a 500 after the open transaction has been rolled back. That keeps every exec() checked
// without threading error codes through each call.
#pragma once

#include "domain/entities.h"
#include "domain/reviews.h"

#include <QByteArray>
#include <QSet>
#include <QVector>
#include <functional>
#include <optional>
#include <stdexcept>

namespace lyceum::server {

struct SeedData;

class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString &what)
        : std::runtime_error(what.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

struct AccountRecord {
    User user;
    QString passwordHash; // empty: the account cannot log in with a password
};

// One login: an access token and a refresh token, both stored as SHA-256 (hex).
struct Session {
    QString id;
    QString userId;
    QByteArray accessHash;
    qint64 accessExpiresAt = 0;
    QByteArray refreshHash;
    qint64 refreshExpiresAt = 0;
    qint64 createdAt = 0;
    QString deviceName;    // what the client called itself at login ('' when it did not say)
    qint64 lastSeenAt = 0; // login or the latest refresh
};

// A post a member saved (saved_posts).
struct SavedPost {
    QString postId;
    qint64 savedAt = 0;
};

// What the changes feed needs to decide visibility of everything in one course.
struct CourseAccess {
    QString id;
    QString creatorId;
    qint64 price = 0;
    bool published = false;
};

// One row of the compacted changes log. payload is the entity's full JSON (compact UTF-8) as
// written, for upserts; empty for deletes.
struct ChangeRow {
    qint64 seq = 0;
    QByteArray entity;
    QByteArray entityId;
    bool isDelete = false;
    QByteArray payload;
    QString scopeCourseId;    // the course the entity lives under, if any (visibility)
    bool freePreview = false; // lessons only
};

class Storage {
public:
    virtual ~Storage();

    // A random id generated once per data directory; embedded in sync cursors.
    virtual QString instanceId() const = 0;
    // "sqlite" or "postgresql" (GET /api/v1/health).
    virtual QString backendName() const = 0;
    // Held while a server seeds an empty database, so two instances started at once on one
    // PostgreSQL database do not both seed (a session advisory lock there; nothing on SQLite,
    // where one file has one server). Use SetupLock.
    virtual void lockSetup() = 0;
    virtual void unlockSetup() = 0;
    // Timer work (renewals, scheduled publishing) runs on one instance at a time: false when
    // another instance is running the job now (a session advisory lock on PostgreSQL; always
    // true on SQLite). Each item's new state commits before the lock is let go, so the next run,
    // here or elsewhere, does not find it due again. Use JobLock.
    virtual bool tryLockJob(const QString &job) = 0;
    virtual void unlockJob(const QString &job) = 0;

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // --- accounts -----------------------------------------------------------------------
    virtual bool hasUsers() = 0;
    // false when the handle is taken. Records the user's change.
    virtual bool insertUser(const User &user, const QString &passwordHash) = 0;
    virtual std::optional<AccountRecord> accountByHandle(const QString &handle) = 0;
    virtual std::optional<User> userById(const QString &id) = 0;

    virtual void insertSession(const Session &session) = 0;
    virtual std::optional<Session> sessionByAccessHash(const QByteArray &hash) = 0;
    virtual std::optional<Session> sessionByRefreshHash(const QByteArray &hash) = 0;
    virtual void updateSessionTokens(const Session &session) = 0;
    virtual void deleteSession(const QString &id) = 0;
    // Refresh rotation keeps the replaced token's hash (sql_storage_integrity.cpp), so a replay
    // is recognized: the session (login family) a spent hash belonged to, if it still exists.
    virtual void recordSpentRefresh(const QByteArray &hash, const QString &sessionId,
                                    qint64 at) = 0;
    virtual std::optional<QString> sessionOfSpentRefresh(const QByteArray &hash) = 0;
    // --- the account's own (sql_storage_account.cpp; docs/protocol.md, "Account") --------
    // The user's sessions, most recently seen first.
    virtual QVector<Session> sessionsOfUser(const QString &userId) = 0;
    // Ends every session of the user but keepId; returns how many ended.
    virtual int deleteOtherSessions(const QString &userId, const QString &keepId) = 0;
    virtual void setPasswordHash(const QString &userId, const QString &passwordHash) = 0;
    // Saved posts: true when the row was added (or removed); private to the user.
    virtual bool savePost(const QString &userId, const QString &postId, qint64 at) = 0;
    virtual bool unsavePost(const QString &userId, const QString &postId) = 0;
    // Newest saved first, at most limit.
    virtual QVector<SavedPost> savedPosts(const QString &userId, int limit) = 0;
    virtual int savedPostCount(const QString &userId) = 0;

    // --- failed logins (server/auth/login_throttle.h; sql_storage_throttle.cpp) ----------
    // Records one failure under key and forgets every failure at or before forgetBefore.
    virtual void recordLoginFailure(const QString &key, qint64 at, qint64 forgetBefore) = 0;
    // The times of key's latest failures after since, at most limit of them, oldest first.
    virtual QVector<qint64> loginFailuresSince(const QString &key, qint64 since, int limit) = 0;
    virtual void clearLoginFailures(const QString &key) = 0;

    // --- content ------------------------------------------------------------------------
    virtual std::optional<Space> spaceById(const QString &id) = 0;
    // Whether the user holds an entitlement to one of the space's courses or created one.
    virtual bool isSpaceMember(const QString &userId, const QString &spaceId) = 0;
    virtual std::optional<Course> courseById(const QString &id) = 0;
    virtual std::optional<Lesson> lessonById(const QString &id) = 0;
    virtual std::optional<Thread> threadById(const QString &id) = 0;
    virtual std::optional<Post> postById(const QString &id) = 0;
    virtual bool reactionExists(const QString &id) = 0;

    // Insert or replace; each records the entity's change and returns its seq.
    virtual qint64 putThread(const Thread &thread) = 0;
    virtual qint64 putPost(const Post &post) = 0;
    virtual qint64 putReaction(const Reaction &reaction) = 0;
    // Records a tombstone; returns its seq, or 0 when there was no such reaction.
    virtual qint64 removeReaction(const QString &id) = 0;

    // --- reviews (docs/protocol.md, "Reviews") -------------------------------------------
    virtual std::optional<Review> reviewById(const QString &id) = 0;
    virtual QVector<Review> reviewsOfCourse(const QString &courseId) = 0;
    // Insert or replace; records the review's change (under its course) and returns its seq.
    virtual qint64 putReview(const Review &review) = 0;
    // Adds or removes the user's helpful vote; true when that changed anything.
    virtual bool setHelpfulVote(const QString &reviewId, const QString &userId, bool helpful) = 0;

    virtual QVector<CourseAccess> courseAccessList() = 0;
    virtual QSet<QString> entitledCourses(const QString &userId) = 0;
    virtual bool hasEntitlement(const QString &userId, const QString &courseId) = 0;
    // Also re-emits the course's lessons, so the reader's next pull brings their bodies.
    // Call inside a Transaction.
    virtual void grantEntitlement(const QString &userId, const QString &courseId, qint64 at) = 0;

    // --- changes feed -------------------------------------------------------------------
    virtual qint64 latestSeq() = 0;
    // Calls visit for up to limit rows with seq > afterSeq, in seq order.
    virtual void readChanges(qint64 afterSeq, int limit,
                             const std::function<void(const ChangeRow &)> &visit) = 0;

    // --- mutation idempotency -----------------------------------------------------------
    // Scoped by user too: one user's (client_id, mutation_id) never answers for another's.
    virtual std::optional<QByteArray> mutationResult(const QString &userId, const QString &clientId,
                                                     const QString &mutationId) = 0;
    virtual void recordMutation(const QString &clientId, const QString &mutationId,
                                const QString &userId, const QByteArray &result, qint64 at) = 0;

    // --- bulk ---------------------------------------------------------------------------
    // Writes a whole community in one transaction with prepared statements, recording one
    // change per entity. Throws StorageError (and writes nothing) on any failure.
    virtual void bulkInsert(const SeedData &data) = 0;

    // Purchases and memberships, on the same connection (server/commerce/commerce_storage.h).
    virtual class CommerceStorage *commerce() = 0;
    // Reports, the audit log and bans (server/moderation/moderation_storage.h).
    virtual class ModerationStorage *moderation() = 0;
    virtual class MediaStorage *media() = 0;
    // Drafts, scheduled publications, course writes, analytics (server/studio/studio_storage.h).
    virtual class StudioStorage *studio() = 0;
    // Lessons marked done and certificates (server/learning/certificate_storage.h).
    virtual class CertificateStorage *certificates() = 0;
    // Assignments and submissions (server/learning/assignment_storage.h).
    virtual class AssignmentStorage *assignments() = 0;

    // --- change notification ------------------------------------------------------------
    // Called once the changes log has grown durably: after the commit of a transaction that
    // recorded changes, or right after a change written outside a transaction. One observer;
    // the live channel (server/live/) sets it. It must not write to the storage.
    void setChangeObserver(std::function<void()> observer) {
        m_changeObserver = std::move(observer);
    }

protected:
    void changesCommitted() const {
        if (m_changeObserver)
            m_changeObserver();
    }

private:
    std::function<void()> m_changeObserver;
};

class SetupLock {
public:
    explicit SetupLock(Storage &storage)
        : m_storage(storage) {
        m_storage.lockSetup();
    }
    ~SetupLock();
    SetupLock(const SetupLock &) = delete;
    SetupLock &operator=(const SetupLock &) = delete;

private:
    Storage &m_storage;
};

class JobLock {
public:
    JobLock(Storage &storage, const QString &job)
        : m_storage(storage)
        , m_job(job)
        , m_held(storage.tryLockJob(job)) {}
    ~JobLock();
    bool held() const { return m_held; }
    JobLock(const JobLock &) = delete;
    JobLock &operator=(const JobLock &) = delete;

private:
    Storage &m_storage;
    QString m_job;
    bool m_held;
};

// Rolls back unless commit() was called; for exception-safe transactions.
class Transaction {
public:
    explicit Transaction(Storage &storage)
        : m_storage(storage) {
        m_storage.begin();
    }
    ~Transaction();
    void commit() {
        m_storage.commit();
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Storage &m_storage;
    bool m_done = false;
};

} // namespace lyceum::server

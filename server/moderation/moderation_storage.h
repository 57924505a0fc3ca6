// What moderation needs from the database (server/storage/sql_storage_moderation.cpp implements
// it on the same connection as Storage, so an action, its effect on the content and its audit
// record commit together). Throws StorageError like Storage.
#pragma once

#include "domain/entities.h"
#include "domain/keyword_filter.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum::server {

struct Report {
    QString id;
    QString reporterId;
    QString targetKind; // "post", "thread" or "user"
    QString targetId;
    QString reason; // "spam", "abuse", "off_topic", "other"
    QString note;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0; // 0: open
    QString resolution;    // the action that closed it
};

// One line of the audit log. undoData keeps what an undo needs (a post's body, a thread's
// lock state) as JSON.
struct ModerationAction {
    qint64 id = 0;
    QString moderatorId;
    QString targetKind;
    QString targetId;
    QString action; // "approve", "hide", "delete", "ban", "warn"
    QString reason; // the template code the author sees
    QString note;
    qint64 createdAt = 0;
    bool undone = false;
    QString undoData;
    QString subjectId; // the user it concerned: the author of the post or thread, or the user
};

// What a moderator sees of an author beside a report.
struct AuthorRecord {
    int posts = 0;   // replies not deleted
    int threads = 0; // threads started
    qint64 joinedAt = 0;
    bool banned = false;
    int removed = 0; // posts or threads hidden or deleted by moderators (not undone)
    int warned = 0;  // warnings (not undone)
    struct Recent {
        QString id, threadId, body;
        qint64 createdAt = 0;
    };
    QVector<Recent> recent; // their latest replies, newest first
};

// A thread or reply a hold filter kept back (kind "thread" | "post"; args: the mutation's).
struct HeldPost {
    QString id; // the post's id
    QString authorId;
    QString kind;
    QString args; // JSON
    qint64 filterId = 0;
    QString matched; // the filter's pattern
    qint64 createdAt = 0;
    QString state; // "held", "published", "rejected"
};

// An author's appeal against a moderator's action (one per action).
struct Appeal {
    qint64 id = 0;
    qint64 actionId = 0;
    QString authorId;
    QString note;
    qint64 createdAt = 0;
    QString state; // "open", "upheld", "granted"
    QString decidedBy;
    qint64 decidedAt = 0;
};

// A post among the newest, for a filter's test.
struct RecentPost {
    QString id, threadId, authorId, body;
    qint64 createdAt = 0;
};

class ModerationStorage {
public:
    virtual ~ModerationStorage() = default;
    // false when the reporter already has an open report on the target (nothing written).
    virtual bool insertReport(const Report &report) = 0;
    virtual QVector<Report> openReports() = 0;
    virtual QVector<Report> reportsOn(const QString &kind, const QString &id, bool openOnly) = 0;
    // Closes the target's open reports with the action; returns how many it closed.
    virtual int resolveReports(const QString &kind, const QString &id, const QString &resolution,
                               qint64 at) = 0;
    // Reopens the reports an undone action had closed.
    virtual void reopenReports(const QString &kind, const QString &id, qint64 resolvedAt) = 0;
    // Per reporter: (reports upheld by an action other than approve, reports resolved).
    virtual QHash<QString, QPair<int, int>> reporterRecords() = 0;
    virtual qint64 addAction(const ModerationAction &action) = 0; // returns its id
    virtual std::optional<ModerationAction> actionById(qint64 id) = 0;
    virtual void markUndone(qint64 id) = 0;
    virtual QVector<ModerationAction> actions(int limit) = 0; // newest first
    // The actions that concerned userId (ModerationAction::subjectId), newest first.
    virtual QVector<ModerationAction> actionsConcerning(const QString &userId, int limit) = 0;
    // now: ban state at that time (a ban whose end passed no longer counts).
    virtual AuthorRecord authorRecord(const QString &userId, int recent, qint64 now) = 0;
    // The user's ban in force at now: its end (0: no end), nullopt when none is. A ban whose end
    // has passed stops applying by itself; no job lifts it.
    virtual std::optional<qint64> banEnd(const QString &userId, qint64 now) = 0;
    bool isBanned(const QString &userId, qint64 now) { return banEnd(userId, now).has_value(); }
    // Bans (until: when it ends, 0 for never; a new ban replaces the user's earlier one) or lifts.
    virtual void setBanned(const QString &userId, bool banned, qint64 at, qint64 until = 0) = 0;

    // --- what moderators set (sql_storage_rules.cpp) -------------------------------------
    // Writes a space's rules (start_threads, reply, slow_mode_s, closed) and records the change.
    virtual qint64 putSpaceRules(const Space &space) = 0;
    // The newest post (thread or reply) of the user in the space, ms; 0: none.
    virtual qint64 lastPostInSpace(const QString &userId, const QString &spaceId) = 0;
    virtual QVector<KeywordFilter> keywordFilters() = 0;              // oldest first
    virtual qint64 addKeywordFilter(const KeywordFilter &filter) = 0; // returns its id
    virtual bool removeKeywordFilter(qint64 id) = 0;
    // The newest posts not deleted, newest first.
    virtual QVector<RecentPost> recentPosts(int limit) = 0;
    virtual void putHeldPost(const HeldPost &post) = 0;
    virtual std::optional<HeldPost> heldPost(const QString &id) = 0;
    virtual QVector<HeldPost> heldPosts() = 0; // state "held", oldest first
    virtual void setHeldState(const QString &id, const QString &state) = 0;
    // false when the action was appealed already (nothing written).
    virtual bool insertAppeal(Appeal *appeal) = 0; // sets its id
    virtual std::optional<Appeal> appealById(qint64 id) = 0;
    virtual std::optional<Appeal> appealOnAction(qint64 actionId) = 0;
    virtual QVector<Appeal> openAppeals() = 0; // oldest first
    virtual void decideAppeal(qint64 id, const QString &state, const QString &by, qint64 at) = 0;
    virtual QString setting(const QString &key) = 0; // empty when unset
    virtual void setSetting(const QString &key, const QString &value) = 0;
    // Members who joined at or after since and were not decided, oldest first.
    virtual QVector<User> waitingMembers(qint64 since) = 0;
    virtual QString memberApproval(const QString &userId) = 0; // "", "approved", "refused"
    virtual void setMemberApproval(const QString &userId, const QString &state, const QString &by,
                                   qint64 at) = 0;
    // Users whose handle or name contains the text (case-insensitive), by handle.
    virtual QVector<User> findUsers(const QString &text, int limit) = 0;
    // Reports on the user, their posts and their threads, newest first.
    virtual QVector<Report> reportsAgainst(const QString &userId, int limit) = 0;
};

} // namespace lyceum::server

// What moderation needs from the database (server/storage/sql_storage_moderation.cpp implements
// it on the same connection as Storage, so an action, its effect on the content and its audit
// record commit together). Throws StorageError like Storage.
#pragma once

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
};

} // namespace lyceum::server

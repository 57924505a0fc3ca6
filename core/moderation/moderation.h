// The moderators' side on the client: the review queue and the audit log as the server lists
// them (docs/protocol.md, "Moderation"), the last queue kept in the cache so the console works
// offline, and actions, undos and reports queued in the outbox (schema step "moderation.1").
// Runs on the cache worker, except the pure decoders.
#pragma once

#include "cache/cache_views.h"
#include "domain/keyword_filter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVector>
#include <optional>

namespace lyceum {

class CacheDatabase;

struct ModerationReport {
    QString id;
    QString reporterId;
    QString reason;
    QString note;
    qint64 createdAt = 0;
    double reporterAccuracy = 0.5;
    QString reporterName;
};

// The author's record the server sends with an item.
struct ModerationAuthor {
    QString id;
    QString handle;
    QString displayName;
    int posts = 0;
    int threads = 0;
    int removed = 0; // by moderators, not undone
    int warned = 0;
    bool banned = false;
    qint64 joinedAt = 0;
    struct Recent {
        QString id, threadId, text;
        qint64 createdAt = 0;
    };
    QVector<Recent> recent; // newest first
};

struct ModerationItem {
    QString targetKind; // post, thread, user
    QString targetId;
    QString title;
    QString text;
    QString authorId;
    QString threadId;
    double priority = 0;
    qint64 oldestAt = 0;
    std::optional<double> spamScore; // the community model's, when the server has one
    ModerationAuthor author;
    QVector<ModerationReport> reports;
    // This moderator's queued action on it, and how it ended (from the outbox).
    std::optional<OutboxState> pending;
    qint64 outboxSeq = 0; // the outbox row, while it is there
    QString pendingAction;
    QString failureCode; // e.g. already_resolved
    QString failure;
    // Kind "appeal": the appeal and the action appealed against.
    struct AppealDetail {
        qint64 id = 0;
        QString note;
        qint64 actionId = 0;
        QString action, reason, actionNote, moderatorName;
    };
    std::optional<AppealDetail> appeal;
    QString heldMatched; // kind "held": the filter that held it
    QString key() const { return targetKind + QLatin1Char(':') + targetId; }
};

struct AuditEntry {
    qint64 id = 0;
    QString moderatorId;
    QString targetKind;
    QString targetId;
    QString action;
    QString reason;
    QString note;
    qint64 createdAt = 0;
    bool undone = false;
    QString moderatorName;
    QString targetTitle;
};

// An action a moderator took on what this user wrote, or on the user (warn, ban), with the
// templated reason (GET /moderation/notices).
struct ModerationNotice {
    qint64 id = 0;
    QString action;
    QString reason;
    QString note;
    QString targetKind;
    QString targetId;
    QString title;
    qint64 createdAt = 0;
    bool appealable = false; // a removal or ban that stands and was not appealed yet
    QString appeal;          // "", "open", "upheld", "granted"
};

// A keyword filter's test among the newest posts (GET /moderation/filters/test).
struct FilterTestResult {
    int checked = 0;
    struct Match {
        QString postId, threadId, authorId, text;
        qint64 createdAt = 0;
    };
    QVector<Match> matches;
};

// A member as the People tab lists them (GET /moderation/people).
struct ModerationPerson {
    QString id, handle, displayName, role;
    qint64 joinedAt = 0;
    bool banned = false;
    qint64 bannedUntil = 0; // 0: no end (when banned)
    QString approval;       // "", "approved", "refused"
};

// One member's record (GET /moderation/member).
struct MemberRecord {
    ModerationPerson person;
    ModerationAuthor record;
    struct ReportAgainst {
        QString targetKind, targetId, reason, note, resolution;
        qint64 createdAt = 0;
    };
    QVector<ReportAgainst> reports;
    QVector<AuditEntry> actions; // the actions that concerned them, newest first
};

std::optional<QVector<KeywordFilter>> keywordFiltersFromJson(const QJsonObject &o, QString *error);
std::optional<FilterTestResult> filterTestFromJson(const QJsonObject &o, QString *error);
std::optional<QVector<ModerationPerson>> peopleFromJson(const QJsonObject &o, QString *error);
std::optional<MemberRecord> memberRecordFromJson(const QJsonObject &o, QString *error);

std::optional<QVector<ModerationItem>> moderationQueueFromJson(const QJsonObject &o,
                                                               QString *error);
std::optional<QVector<AuditEntry>> auditLogFromJson(const QJsonObject &o, QString *error);
std::optional<QVector<ModerationNotice>> noticesFromJson(const QJsonObject &o, QString *error);
// RFC 4180, with a header row; times as ISO 8601 UTC.
QByteArray auditLogCsv(const QVector<AuditEntry> &entries);

namespace moderationstore {

bool storeQueue(CacheDatabase &db, const QJsonObject &answer, QString *error);
// The stored queue with this moderator's outbox state on each item (empty before any fetch).
QVector<ModerationItem> queue(CacheDatabase &db);
// moderation.act on an item (entity_id = kind:id); the item stays listed, marked pending.
bool act(CacheDatabase &db, const QString &kind, const QString &id, const QString &action,
         const QString &reason, const QString &note, QString *error);
bool undo(CacheDatabase &db, qint64 actionId, QString *error);
bool report(CacheDatabase &db, const QString &kind, const QString &id, const QString &reason,
            const QString &note, const QString &reportId, QString *error);
// Any other moderation mutation (space.rules, filter.*, held.decide, appeal.*, member.decide,
// community.settings) through the outbox; mutationId: the queued row's.
bool send(CacheDatabase &db, QLatin1StringView type, const QString &entityId,
          const QJsonObject &args, QString *mutationId, QString *error);
// The user's newest post in a space in the cache (ms; 0: none), for slow mode's wait.
qint64 lastOwnPostInSpace(CacheDatabase &db, const QString &userId, const QString &spaceId);
// The ids of what this user reported from this device (kind post / thread / user).
QSet<QString> reported(CacheDatabase &db, const QString &kind);

} // namespace moderationstore
} // namespace lyceum

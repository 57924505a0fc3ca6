// The moderators' side on the client: the review queue and the audit log as the server lists
// them (docs/protocol.md, "Moderation"), the last queue kept in the cache so the console works
// offline, and actions, undos and reports queued in the outbox (schema step "moderation.1").
// Runs on the cache worker, except the pure decoders.
#pragma once

#include "cache/cache_views.h"

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
};

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
// The ids of what this user reported from this device (kind post / thread / user).
QSet<QString> reported(CacheDatabase &db, const QString &kind);

} // namespace moderationstore
} // namespace lyceum

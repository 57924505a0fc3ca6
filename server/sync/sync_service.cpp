#include "server/sync/sync_service.h"

#include "server/auth/auth_service.h"
#include "server/commerce/commerce_service.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::server {

namespace {

// Appends s as a JSON string literal. Ids are normally plain ASCII; escape anyway.
void appendJsonString(QByteArray &out, const QByteArray &s) {
    out.append('"');
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out.append(buf);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray lockedLesson(const QByteArray &payload, qint64 opensAt) {
    QJsonObject o = QJsonDocument::fromJson(payload).object();
    o.insert(QStringLiteral("body"), QString());
    o.insert(QStringLiteral("locked"), true);
    if (opensAt > 0) // drip release: when it opens for this reader
        o.insert(QStringLiteral("opens_at"), opensAt);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

SyncService::SyncService(Storage &storage)
    : m_storage(storage) {}

QString SyncService::encodeCursor(const QString &instanceId, const Position &position) {
    QString out = instanceId % u'.' % QString::number(position.seq);
    if (position.passEnd > position.seq)
        out += u'.' % QString::number(position.passEnd);
    return out;
}

SyncService::Position SyncService::parseCursor(const QString &instanceId, const QString &cursor,
                                               CursorError *error) {
    *error = CursorError::None;
    const QStringList parts = cursor.split(u'.');
    Position position;
    bool okSeq = false;
    bool okPass = true;
    if (parts.size() == 2 || parts.size() == 3) {
        position.seq = parts.at(1).toLongLong(&okSeq);
        if (parts.size() == 3)
            position.passEnd = parts.at(2).toLongLong(&okPass);
    }
    if (!okSeq || !okPass || parts.at(0).isEmpty() || position.seq < 0 || position.passEnd < 0) {
        *error = CursorError::Malformed;
        return {};
    }
    if (parts.at(0) != instanceId)
        *error = CursorError::OtherInstance;
    return position;
}

void SyncService::appendChange(QByteArray &out, const ChangeRow &row,
                               const Visibility &visibility) {
    const bool visible = !row.isDelete && visibility.canSeeCourse(row.scopeCourseId);
    out.append("{\"seq\":").append(QByteArray::number(row.seq));
    out.append(",\"entity\":\"").append(row.entity).append("\",\"op\":");
    out.append(visible ? "\"upsert\",\"id\":" : "\"delete\",\"id\":");
    appendJsonString(out, row.entityId);
    if (visible) {
        out.append(",\"data\":");
        const QString lessonId = QString::fromUtf8(row.entityId);
        if (row.entity == "lesson" &&
            !visibility.canReadLesson(row.scopeCourseId, lessonId, row.freePreview))
            out.append(lockedLesson(row.payload, visibility.opensAt(lessonId)));
        else
            out.append(row.payload);
    }
    out.append('}');
}

ApiResult<QByteArray> SyncService::page(const Caller &caller, const QString &cursor,
                                        const QString &limitText, qint64 nowMs) {
    Position from;
    if (cursor.isEmpty()) {
        from.passEnd = m_storage.latestSeq();
    } else {
        CursorError error;
        from = parseCursor(m_storage.instanceId(), cursor, &error);
        if (error == CursorError::OtherInstance)
            return ApiError{410, QStringLiteral("cursor_expired"),
                            QStringLiteral("The server's data was reset; sync from the start.")};
        if (error != CursorError::None)
            return ApiError::badRequest(QStringLiteral("invalid_field"),
                                        QStringLiteral("The sync cursor is malformed."));
    }
    int limit = kDefaultSyncLimit;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxSyncLimit)
            return ApiError::badRequest(QStringLiteral("invalid_field"),
                                        QStringLiteral("limit must be an integer from 1 to 5000."));
    }

    const Visibility visibility = Visibility::forCaller(m_storage, caller, nowMs);
    QByteArray out;
    out.reserve(limit * 320);
    out.append("{\"changes\":[");
    int scanned = 0;
    bool first = true;
    bool hasMore = false;
    Position next = from;
    m_storage.readChanges(from.seq, limit + 1, [&](const ChangeRow &row) {
        if (scanned == limit) {
            hasMore = true;
            return;
        }
        ++scanned;
        next.seq = row.seq;
        const bool visible = !row.isDelete && visibility.canSeeCourse(row.scopeCourseId);
        if (!visible && row.seq <= from.passEnd)
            return; // first pass: the reader holds nothing this could delete
        if (!first)
            out.append(',');
        first = false;
        appendChange(out, row, visibility);
    });
    out.append("],\"cursor\":");
    appendJsonString(out, encodeCursor(m_storage.instanceId(), next).toUtf8());
    out.append(",\"has_more\":").append(hasMore ? "true" : "false");
    // How long the client may keep trusting what this pull unlocked without another one.
    out.append(",\"offline_grace_ms\":")
        .append(QByteArray::number(CommerceService::kOfflineGraceMs))
        .append('}');
    return out;
}

} // namespace lyceum::server

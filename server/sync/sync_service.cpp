#include "server/sync/sync_service.h"

#include "server/auth/auth_service.h"
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

QByteArray lockedLesson(const QByteArray &payload) {
    QJsonObject o = QJsonDocument::fromJson(payload).object();
    o.insert(QStringLiteral("body"), QString());
    o.insert(QStringLiteral("locked"), true);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

SyncService::SyncService(Storage &storage)
    : m_storage(storage) {}

QString SyncService::encodeCursor(const QString &instanceId, qint64 seq) {
    return instanceId % u'.' % QString::number(seq);
}

qint64 SyncService::parseCursor(const QString &instanceId, const QString &cursor) {
    const qsizetype dot = cursor.lastIndexOf(u'.');
    if (dot <= 0)
        return -1;
    bool ok = false;
    const qint64 seq = cursor.mid(dot + 1).toLongLong(&ok);
    if (!ok || seq < 0)
        return -1;
    if (QStringView(cursor).left(dot) != instanceId)
        return -2;
    return seq;
}

ApiResult<QByteArray> SyncService::page(const Caller &caller, const QString &cursor,
                                        const QString &limitText) {
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        after = parseCursor(m_storage.instanceId(), cursor);
        if (after == -2)
            return ApiError{410, QStringLiteral("cursor_expired"),
                            QStringLiteral("The server's data was reset; sync from the start.")};
        if (after < 0)
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

    const Visibility visibility = Visibility::forCaller(m_storage, caller);
    QByteArray out;
    out.reserve(limit * 320);
    out.append("{\"changes\":[");
    int count = 0;
    bool hasMore = false;
    qint64 last = after;
    m_storage.readChanges(after, limit + 1, [&](const ChangeRow &row) {
        if (count == limit) {
            hasMore = true;
            return;
        }
        if (count > 0)
            out.append(',');
        ++count;
        last = row.seq;
        out.append("{\"seq\":").append(QByteArray::number(row.seq));
        out.append(",\"entity\":\"").append(row.entity).append("\",\"op\":");
        const bool visible = !row.isDelete && visibility.canSeeCourse(row.scopeCourseId);
        out.append(visible ? "\"upsert\",\"id\":" : "\"delete\",\"id\":");
        appendJsonString(out, row.entityId);
        if (visible) {
            out.append(",\"data\":");
            if (row.entity == "lesson" &&
                !visibility.canReadLesson(row.scopeCourseId, row.freePreview))
                out.append(lockedLesson(row.payload));
            else
                out.append(row.payload);
        }
        out.append('}');
    });
    out.append("],\"cursor\":");
    appendJsonString(out, encodeCursor(m_storage.instanceId(), last).toUtf8());
    out.append(",\"has_more\":").append(hasMore ? "true" : "false").append('}');
    return out;
}

} // namespace lyceum::server

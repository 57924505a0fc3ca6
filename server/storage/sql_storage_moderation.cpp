// SqlStorage: reports, the moderation audit log and bans (server/moderation/).
#include "server/storage/sql_storage.h"

#include <QSqlQuery>

namespace lyceum::server {

namespace {
Report readReport(const QSqlQuery &q) {
    Report r;
    r.id = q.value(0).toString();
    r.reporterId = q.value(1).toString();
    r.targetKind = q.value(2).toString();
    r.targetId = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.note = q.value(5).toString();
    r.createdAt = q.value(6).toLongLong();
    r.resolvedAt = q.value(7).toLongLong();
    r.resolution = q.value(8).toString();
    return r;
}

const QString kReportColumns = QStringLiteral(
    "id, reporter_id, target_kind, target_id, reason, note, created_at, resolved_at, resolution");
const QString kActionColumns =
    QStringLiteral("id, moderator_id, target_kind, target_id, action, reason, note, created_at, "
                   "undone, undo_data, subject_id");

ModerationAction readAction(const QSqlQuery &q) {
    ModerationAction a;
    a.id = q.value(0).toLongLong();
    a.moderatorId = q.value(1).toString();
    a.targetKind = q.value(2).toString();
    a.targetId = q.value(3).toString();
    a.action = q.value(4).toString();
    a.reason = q.value(5).toString();
    a.note = q.value(6).toString();
    a.createdAt = q.value(7).toLongLong();
    a.undone = SqlDialect::toBool(q.value(8));
    a.undoData = q.value(9).toString();
    a.subjectId = q.value(10).toString();
    return a;
}
} // namespace

bool SqlStorage::insertReport(const Report &r) {
    QSqlQuery &open = prepared(
        QStringLiteral("SELECT COUNT(*) FROM reports WHERE reporter_id = ? AND target_kind = ? AND "
                       "target_id = ? AND resolved_at = 0"));
    bind(open, {r.reporterId, r.targetKind, r.targetId});
    run(open);
    const bool already = open.next() && open.value(0).toInt() > 0;
    open.finish();
    if (already)
        return false;
    QSqlQuery &q = prepared(SqlDialect::insert(
        QStringLiteral("reports"),
        {QStringLiteral("id"), QStringLiteral("reporter_id"), QStringLiteral("target_kind"),
         QStringLiteral("target_id"), QStringLiteral("reason"), QStringLiteral("note"),
         QStringLiteral("created_at"), QStringLiteral("resolved_at"),
         QStringLiteral("resolution")}));
    bind(q, {r.id, r.reporterId, r.targetKind, r.targetId, r.reason, r.note, r.createdAt, qint64(0),
             QString()});
    run(q);
    return true;
}

QVector<Report> SqlStorage::openReports() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kReportColumns +
                            QStringLiteral(" FROM reports WHERE resolved_at = 0 ORDER BY "
                                           "created_at, id"));
    run(q);
    QVector<Report> out;
    while (q.next())
        out << readReport(q);
    q.finish();
    return out;
}

QVector<Report> SqlStorage::reportsOn(const QString &kind, const QString &id, bool openOnly) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kReportColumns +
                 QStringLiteral(" FROM reports WHERE target_kind = ? AND target_id = ?") +
                 (openOnly ? QStringLiteral(" AND resolved_at = 0") : QString()) +
                 QStringLiteral(" ORDER BY created_at, id"));
    bind(q, {kind, id});
    run(q);
    QVector<Report> out;
    while (q.next())
        out << readReport(q);
    q.finish();
    return out;
}

int SqlStorage::resolveReports(const QString &kind, const QString &id, const QString &resolution,
                               qint64 at) {
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE reports SET resolved_at = ?, resolution = ? WHERE target_kind = ? AND "
        "target_id = ? AND resolved_at = 0"));
    bind(q, {at, resolution, kind, id});
    run(q);
    return q.numRowsAffected();
}

void SqlStorage::reopenReports(const QString &kind, const QString &id, qint64 resolvedAt) {
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE reports SET resolved_at = 0, resolution = '' WHERE target_kind = ? AND "
        "target_id = ? AND resolved_at = ?"));
    bind(q, {kind, id, resolvedAt});
    run(q);
}

QHash<QString, QPair<int, int>> SqlStorage::reporterRecords() {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT reporter_id, SUM(CASE WHEN resolution <> 'approve' THEN 1 ELSE 0 END), COUNT(*) "
        "FROM reports WHERE resolved_at <> 0 GROUP BY reporter_id"));
    run(q);
    QHash<QString, QPair<int, int>> out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});
    q.finish();
    return out;
}

qint64 SqlStorage::addAction(const ModerationAction &a) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("moderation_actions"),
                                    {QStringLiteral("moderator_id"), QStringLiteral("target_kind"),
                                     QStringLiteral("target_id"), QStringLiteral("action"),
                                     QStringLiteral("reason"), QStringLiteral("note"),
                                     QStringLiteral("created_at"), QStringLiteral("undone"),
                                     QStringLiteral("undo_data"), QStringLiteral("subject_id")}) %
                 QStringLiteral(" RETURNING id"));
    bind(q, {a.moderatorId, a.targetKind, a.targetId, a.action, a.reason, a.note, a.createdAt,
             boolean(false), a.undoData, a.subjectId});
    run(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

std::optional<ModerationAction> SqlStorage::actionById(qint64 id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kActionColumns +
                            QStringLiteral(" FROM moderation_actions WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<ModerationAction> out;
    if (q.next())
        out = readAction(q);
    q.finish();
    return out;
}

void SqlStorage::markUndone(qint64 id) {
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE moderation_actions SET undone = ? WHERE id = ?"));
    bind(q, {boolean(true), id});
    run(q);
}

QVector<ModerationAction> SqlStorage::actions(int limit) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kActionColumns +
                            QStringLiteral(" FROM moderation_actions ORDER BY id DESC LIMIT ?"));
    bind(q, {limit});
    run(q);
    QVector<ModerationAction> out;
    while (q.next())
        out << readAction(q);
    q.finish();
    return out;
}

QVector<ModerationAction> SqlStorage::actionsConcerning(const QString &userId, int limit) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kActionColumns +
                            QStringLiteral(" FROM moderation_actions WHERE subject_id = ? ORDER BY "
                                           "id DESC LIMIT ?"));
    bind(q, {userId, limit});
    run(q);
    QVector<ModerationAction> out;
    while (q.next())
        out << readAction(q);
    q.finish();
    return out;
}

AuthorRecord SqlStorage::authorRecord(const QString &userId, int recent, qint64 now) {
    AuthorRecord r;
    const auto count = [this](const QString &sql, const QVariantList &values) {
        QSqlQuery &q = prepared(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        run(q);
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    };
    r.posts =
        count(QStringLiteral("SELECT COUNT(*) FROM posts WHERE author_id = ? AND deleted = ?"),
              {userId, boolean(false)});
    r.threads = count(QStringLiteral("SELECT COUNT(*) FROM threads WHERE author_id = ?"), {userId});
    r.removed = count(QStringLiteral("SELECT COUNT(*) FROM moderation_actions WHERE subject_id = ? "
                                     "AND action IN ('hide', 'delete') AND undone = ?"),
                      {userId, boolean(false)});
    r.warned = count(QStringLiteral("SELECT COUNT(*) FROM moderation_actions WHERE subject_id = ? "
                                    "AND action = 'warn' AND undone = ?"),
                     {userId, boolean(false)});
    r.banned = isBanned(userId, now);
    if (const auto user = userById(userId))
        r.joinedAt = user->createdAt;
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT id, thread_id, body, created_at FROM posts WHERE author_id = ? AND deleted = ? "
        "ORDER BY created_at DESC, id DESC LIMIT ?"));
    bind(q, {userId, boolean(false), recent});
    run(q);
    while (q.next())
        r.recent.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong()});
    q.finish();
    return r;
}

std::optional<qint64> SqlStorage::banEnd(const QString &userId, qint64 now) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT banned_until FROM bans WHERE user_id = ? AND "
                                           "(banned_until = 0 OR banned_until > ?)"));
    bind(q, {userId, now});
    run(q);
    std::optional<qint64> end;
    if (q.next())
        end = q.value(0).toLongLong();
    q.finish();
    return end;
}

void SqlStorage::setBanned(const QString &userId, bool banned, qint64 at, qint64 until) {
    if (!banned) {
        QSqlQuery &q = prepared(QStringLiteral("DELETE FROM bans WHERE user_id = ?"));
        bind(q, {userId});
        run(q);
        return;
    }
    QSqlQuery &q = prepared(
        SqlDialect::insert(QStringLiteral("bans"),
                           {QStringLiteral("user_id"), QStringLiteral("banned_at"),
                            QStringLiteral("banned_until")}) %
        QStringLiteral(" ON CONFLICT(user_id) DO UPDATE SET banned_at = excluded.banned_at,"
                       " banned_until = excluded.banned_until"));
    bind(q, {userId, at, until});
    run(q);
}

} // namespace lyceum::server

// SqlStorage: what moderators set and what authors answer (schema step "moderation.4"): space
// rules, keyword filters and the posts they hold, appeals, the community's settings and the
// members waiting for approval, and the look-ups of the People tab.
#include "domain/codec.h"
#include "server/storage/sql_storage.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum::server {

namespace {
QByteArray compactJson(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kUserFields = QStringLiteral("id, handle, display_name, role, bio, created_at");
User readUser(const QSqlQuery &q) {
    User u;
    u.id = q.value(0).toString();
    u.handle = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromName(q.value(3).toString()).value_or(Role::Learner);
    u.bio = q.value(4).toString();
    u.createdAt = q.value(5).toLongLong();
    return u;
}

const QString kHeldFields =
    QStringLiteral("id, author_id, kind, args, filter_id, matched, created_at, state");
HeldPost readHeld(const QSqlQuery &q) {
    HeldPost h;
    h.id = q.value(0).toString();
    h.authorId = q.value(1).toString();
    h.kind = q.value(2).toString();
    h.args = q.value(3).toString();
    h.filterId = q.value(4).toLongLong();
    h.matched = q.value(5).toString();
    h.createdAt = q.value(6).toLongLong();
    h.state = q.value(7).toString();
    return h;
}

const QString kAppealFields =
    QStringLiteral("id, action_id, author_id, note, created_at, state, decided_by, decided_at");
Appeal readAppeal(const QSqlQuery &q) {
    Appeal a;
    a.id = q.value(0).toLongLong();
    a.actionId = q.value(1).toLongLong();
    a.authorId = q.value(2).toString();
    a.note = q.value(3).toString();
    a.createdAt = q.value(4).toLongLong();
    a.state = q.value(5).toString();
    a.decidedBy = q.value(6).toString();
    a.decidedAt = q.value(7).toLongLong();
    return a;
}
} // namespace

qint64 SqlStorage::putSpaceRules(const Space &space) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE spaces SET start_threads = ?, reply = ?, "
                                           "slow_mode_s = ?, closed = ? WHERE id = ?"));
    bind(q, {spaceAudienceName(space.startThreads), spaceAudienceName(space.reply),
             qint64(space.slowModeS), boolean(space.closed), space.id});
    run(q);
    q.finish();
    return recordChange("space", space.id, compactJson(toJson(space)), QString());
}

qint64 SqlStorage::lastPostInSpace(const QString &userId, const QString &spaceId) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT MAX(p.created_at) FROM posts p JOIN threads t ON t.id = p.thread_id"
                       " WHERE p.author_id = ? AND t.space_id = ?"));
    bind(q, {userId, spaceId});
    run(q);
    const qint64 at = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return at;
}

QVector<KeywordFilter> SqlStorage::keywordFilters() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, pattern, mode, effect, created_by,"
                                           " created_at FROM keyword_filters ORDER BY id"));
    run(q);
    QVector<KeywordFilter> out;
    while (q.next()) {
        KeywordFilter f;
        f.id = q.value(0).toLongLong();
        f.pattern = q.value(1).toString();
        f.mode = filterModeFromName(q.value(2).toString()).value_or(KeywordFilter::Mode::Word);
        f.effect =
            filterEffectFromName(q.value(3).toString()).value_or(KeywordFilter::Effect::Hold);
        f.createdBy = q.value(4).toString();
        f.createdAt = q.value(5).toLongLong();
        out << f;
    }
    q.finish();
    return out;
}

qint64 SqlStorage::addKeywordFilter(const KeywordFilter &f) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("keyword_filters"),
                                    {QStringLiteral("pattern"), QStringLiteral("mode"),
                                     QStringLiteral("effect"), QStringLiteral("created_by"),
                                     QStringLiteral("created_at")}) %
                 QStringLiteral(" RETURNING id"));
    bind(q,
         {f.pattern, filterModeName(f.mode), filterEffectName(f.effect), f.createdBy, f.createdAt});
    run(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool SqlStorage::removeKeywordFilter(qint64 id) {
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM keyword_filters WHERE id = ?"));
    bind(q, {id});
    run(q);
    const bool removed = q.numRowsAffected() > 0;
    q.finish();
    return removed;
}

QVector<RecentPost> SqlStorage::recentPosts(int limit) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT id, thread_id, author_id, body, created_at"
                                           " FROM posts WHERE deleted = ?"
                                           " ORDER BY created_at DESC, id DESC LIMIT ?"));
    bind(q, {boolean(false), limit});
    run(q);
    QVector<RecentPost> out;
    while (q.next())
        out << RecentPost{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toLongLong()};
    q.finish();
    return out;
}

void SqlStorage::putHeldPost(const HeldPost &h) {
    QSqlQuery &q = prepared(m_dialect.upsert(
        QStringLiteral("held_posts"),
        {QStringLiteral("id"), QStringLiteral("author_id"), QStringLiteral("kind"),
         QStringLiteral("args"), QStringLiteral("filter_id"), QStringLiteral("matched"),
         QStringLiteral("created_at"), QStringLiteral("state")},
        {QStringLiteral("id")}));
    bind(q, {h.id, h.authorId, h.kind, h.args, h.filterId, h.matched, h.createdAt, h.state});
    run(q);
}

std::optional<HeldPost> SqlStorage::heldPost(const QString &id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kHeldFields %
                            QStringLiteral(" FROM held_posts WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<HeldPost> out;
    if (q.next())
        out = readHeld(q);
    q.finish();
    return out;
}

QVector<HeldPost> SqlStorage::heldPosts() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kHeldFields %
                            QStringLiteral(" FROM held_posts WHERE state = 'held'"
                                           " ORDER BY created_at, id"));
    run(q);
    QVector<HeldPost> out;
    while (q.next())
        out << readHeld(q);
    q.finish();
    return out;
}

void SqlStorage::setHeldState(const QString &id, const QString &state) {
    QSqlQuery &q = prepared(QStringLiteral("UPDATE held_posts SET state = ? WHERE id = ?"));
    bind(q, {state, id});
    run(q);
}

bool SqlStorage::insertAppeal(Appeal *a) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("appeals"),
                                    {QStringLiteral("action_id"), QStringLiteral("author_id"),
                                     QStringLiteral("note"), QStringLiteral("created_at"),
                                     QStringLiteral("state"), QStringLiteral("decided_by"),
                                     QStringLiteral("decided_at")}) %
                 QStringLiteral(" ON CONFLICT (action_id) DO NOTHING RETURNING id"));
    bind(q,
         {a->actionId, a->authorId, a->note, a->createdAt, a->state, a->decidedBy, a->decidedAt});
    run(q);
    a->id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return a->id > 0;
}

std::optional<Appeal> SqlStorage::appealById(qint64 id) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kAppealFields %
                            QStringLiteral(" FROM appeals WHERE id = ?"));
    bind(q, {id});
    run(q);
    std::optional<Appeal> out;
    if (q.next())
        out = readAppeal(q);
    q.finish();
    return out;
}

std::optional<Appeal> SqlStorage::appealOnAction(qint64 actionId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kAppealFields %
                            QStringLiteral(" FROM appeals WHERE action_id = ?"));
    bind(q, {actionId});
    run(q);
    std::optional<Appeal> out;
    if (q.next())
        out = readAppeal(q);
    q.finish();
    return out;
}

QVector<Appeal> SqlStorage::openAppeals() {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kAppealFields %
                            QStringLiteral(" FROM appeals WHERE state = 'open' ORDER BY id"));
    run(q);
    QVector<Appeal> out;
    while (q.next())
        out << readAppeal(q);
    q.finish();
    return out;
}

void SqlStorage::decideAppeal(qint64 id, const QString &state, const QString &by, qint64 at) {
    QSqlQuery &q = prepared(QStringLiteral(
        "UPDATE appeals SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?"));
    bind(q, {state, by, at, id});
    run(q);
}

QString SqlStorage::setting(const QString &key) {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT value FROM community_settings WHERE setting = ?"));
    bind(q, {key});
    run(q);
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

void SqlStorage::setSetting(const QString &key, const QString &value) {
    QSqlQuery &q = prepared(m_dialect.upsert(QStringLiteral("community_settings"),
                                             {QStringLiteral("setting"), QStringLiteral("value")},
                                             {QStringLiteral("setting")}));
    bind(q, {key, value});
    run(q);
}

QVector<User> SqlStorage::waitingMembers(qint64 since) {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT ") % kUserFields %
        QStringLiteral(" FROM users u WHERE u.created_at >= ? AND u.role = 'learner' AND NOT EXISTS"
                       " (SELECT 1 FROM member_approvals a WHERE a.user_id = u.id)"
                       " ORDER BY u.created_at, u.id LIMIT 1000"));
    bind(q, {since});
    run(q);
    QVector<User> out;
    while (q.next())
        out << readUser(q);
    q.finish();
    return out;
}

QString SqlStorage::memberApproval(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT state FROM member_approvals WHERE user_id = ?"));
    bind(q, {userId});
    run(q);
    const QString state = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return state;
}

void SqlStorage::setMemberApproval(const QString &userId, const QString &state, const QString &by,
                                   qint64 at) {
    QSqlQuery &q =
        prepared(m_dialect.upsert(QStringLiteral("member_approvals"),
                                  {QStringLiteral("user_id"), QStringLiteral("state"),
                                   QStringLiteral("decided_by"), QStringLiteral("decided_at")},
                                  {QStringLiteral("user_id")}));
    bind(q, {userId, state, by, at});
    run(q);
}

QVector<User> SqlStorage::findUsers(const QString &text, int limit) {
    // LIKE with the text escaped: a % or _ typed by the moderator is meant literally.
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kUserFields %
                            QStringLiteral(" FROM users WHERE LOWER(handle) LIKE ? ESCAPE '!'"
                                           " OR LOWER(display_name) LIKE ? ESCAPE '!'"
                                           " ORDER BY handle LIMIT ?"));
    bind(q, {like, like, limit});
    run(q);
    QVector<User> out;
    while (q.next())
        out << readUser(q);
    q.finish();
    return out;
}

QVector<Report> SqlStorage::reportsAgainst(const QString &userId, int limit) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT r.id, r.reporter_id, r.target_kind, r.target_id, r.reason, r.note, r.created_at,"
        " r.resolved_at, r.resolution FROM reports r WHERE (r.target_kind = 'user' AND"
        " r.target_id = ?) OR (r.target_kind = 'post' AND r.target_id IN"
        " (SELECT id FROM posts WHERE author_id = ?)) OR (r.target_kind = 'thread' AND"
        " r.target_id IN (SELECT id FROM threads WHERE author_id = ?))"
        " ORDER BY r.created_at DESC, r.id DESC LIMIT ?"));
    bind(q, {userId, userId, userId, limit});
    run(q);
    QVector<Report> out;
    while (q.next()) {
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
        out << r;
    }
    q.finish();
    return out;
}

} // namespace lyceum::server

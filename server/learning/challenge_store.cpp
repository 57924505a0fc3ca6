#include "server/learning/challenge_store.h"

#include "server/storage/sql_storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum::server {

using challenges::Challenge;

namespace {

SqlStorage &sqlOf(Storage &storage) {
    // SqlStorage is the one Storage (SQLite or PostgreSQL); the challenges' queries run on its
    // connection so they share the mutation's transaction.
    auto *sql = dynamic_cast<SqlStorage *>(&storage);
    if (!sql)
        throw StorageError(QStringLiteral("challenges need the SQL storage"));
    return *sql;
}

void exec(QSqlQuery &q, const char *what) {
    if (!q.exec())
        throw StorageError(QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

const char kColumns[] = "id, space_id, thread_id, creator_id, title, days, start_date, "
                        "utc_offset_min, window_start_min, window_end_min, make_up_days, "
                        "make_up_hours, leaderboard, closed, prompts, created_at, updated_at";

Challenge readChallenge(const QSqlQuery &q) {
    Challenge c;
    c.id = q.value(0).toString();
    c.spaceId = q.value(1).toString();
    c.threadId = q.value(2).toString();
    c.creatorId = q.value(3).toString();
    c.title = q.value(4).toString();
    c.days = q.value(5).toInt();
    c.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.utcOffsetMin = q.value(7).toInt();
    c.windowStartMin = q.value(8).toInt();
    c.windowEndMin = q.value(9).toInt();
    c.makeUpDays = q.value(10).toInt();
    c.makeUpHours = q.value(11).toInt();
    c.leaderboard = SqlDialect::toBool(q.value(12));
    c.closed = SqlDialect::toBool(q.value(13));
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array())
        c.prompts << v.toString();
    c.createdAt = q.value(15).toLongLong();
    c.updatedAt = q.value(16).toLongLong();
    return c;
}

} // namespace

ChallengeStore::ChallengeStore(Storage &storage)
    : m_sql(sqlOf(storage)) {}

void ChallengeStore::put(const Challenge &c) {
    QSqlQuery q(m_sql.connection());
    q.prepare(m_sql.dialect().upsert(QStringLiteral("challenges"),
                                     QString::fromLatin1(kColumns).split(QStringLiteral(", ")),
                                     {QStringLiteral("id")}));
    const QVariantList values{
        c.id,
        c.spaceId,
        c.threadId,
        c.creatorId,
        c.title,
        c.days,
        c.startDate.toString(Qt::ISODate),
        c.utcOffsetMin,
        c.windowStartMin,
        c.windowEndMin,
        c.makeUpDays,
        c.makeUpHours,
        m_sql.dialect().boolValue(c.leaderboard),
        m_sql.dialect().boolValue(c.closed),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(c.prompts)).toJson(QJsonDocument::Compact)),
        c.createdAt,
        c.updatedAt};
    for (const QVariant &v : values)
        q.addBindValue(v);
    exec(q, "writing a challenge");
}

std::optional<Challenge> ChallengeStore::byId(const QString &id) {
    QSqlQuery q(m_sql.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM challenges WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    exec(q, "reading a challenge");
    if (!q.next())
        return std::nullopt;
    return readChallenge(q);
}

QVector<Challenge> ChallengeStore::list(const QString &spaceId, int limit) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM challenges %2 ORDER BY created_at DESC, id LIMIT ?")
                  .arg(QLatin1String(kColumns),
                       spaceId.isEmpty() ? QString() : QStringLiteral("WHERE space_id = ?")));
    if (!spaceId.isEmpty())
        q.addBindValue(spaceId);
    q.addBindValue(limit);
    exec(q, "listing challenges");
    QVector<Challenge> out;
    while (q.next())
        out << readChallenge(q);
    return out;
}

bool ChallengeStore::insertCheckIn(const CheckInRecord &r) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO challenge_checkins (challenge_id, user_id, day, post_id, written_at, "
        "received_at, made_up) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (challenge_id, user_id, day) DO NOTHING RETURNING day"));
    for (const QVariant &v : QVariantList{r.challengeId, r.userId, r.day, r.postId, r.writtenAt,
                                          r.receivedAt, m_sql.dialect().boolValue(r.madeUp)})
        q.addBindValue(v);
    exec(q, "recording a check-in");
    return q.next();
}

bool ChallengeStore::hasCheckIn(const QString &challengeId, const QString &userId, int day) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM challenge_checkins WHERE challenge_id = ? AND "
                             "user_id = ? AND day = ?"));
    q.addBindValue(challengeId);
    q.addBindValue(userId);
    q.addBindValue(day);
    exec(q, "reading a check-in");
    return q.next();
}

int ChallengeStore::madeUpCount(const QString &challengeId, const QString &userId) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM challenge_checkins WHERE challenge_id = ? AND "
                             "user_id = ? AND made_up = ?"));
    q.addBindValue(challengeId);
    q.addBindValue(userId);
    q.addBindValue(m_sql.dialect().boolValue(true));
    exec(q, "counting made-up days");
    return q.next() ? q.value(0).toInt() : 0;
}

QVector<CheckInRecord> ChallengeStore::checkInsOf(const QString &challengeId,
                                                  const QString &userId) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT day, post_id, written_at, received_at, made_up FROM "
                             "challenge_checkins WHERE challenge_id = ? AND user_id = ? "
                             "ORDER BY day"));
    q.addBindValue(challengeId);
    q.addBindValue(userId);
    exec(q, "reading check-ins");
    QVector<CheckInRecord> out;
    while (q.next())
        out << CheckInRecord{challengeId,
                             userId,
                             q.value(0).toInt(),
                             q.value(1).toString(),
                             q.value(2).toLongLong(),
                             q.value(3).toLongLong(),
                             SqlDialect::toBool(q.value(4))};
    return out;
}

QHash<int, int> ChallengeStore::countsByDay(const QString &challengeId) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT day, COUNT(*) FROM challenge_checkins WHERE challenge_id = ? "
                             "GROUP BY day"));
    q.addBindValue(challengeId);
    exec(q, "counting check-ins");
    QHash<int, int> out;
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toInt());
    return out;
}

int ChallengeStore::participants(const QString &challengeId) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(DISTINCT user_id) FROM challenge_checkins WHERE challenge_id = ?"));
    q.addBindValue(challengeId);
    exec(q, "counting participants");
    return q.next() ? q.value(0).toInt() : 0;
}

QVector<QPair<QString, int>> ChallengeStore::leaders(const QString &challengeId, int limit) {
    QSqlQuery q(m_sql.connection());
    q.prepare(QStringLiteral("SELECT user_id, COUNT(*) AS n, MAX(received_at) AS last FROM "
                             "challenge_checkins WHERE challenge_id = ? GROUP BY user_id "
                             "ORDER BY n DESC, last ASC, user_id LIMIT ?"));
    q.addBindValue(challengeId);
    q.addBindValue(limit);
    exec(q, "ranking members");
    QVector<QPair<QString, int>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

} // namespace lyceum::server

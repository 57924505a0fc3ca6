#include "learning/challenge_store.h"

#include "cache/cache_database.h"
#include "cache/cache_views.h"
#include "cache/transaction.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace lyceum {

bool ChallengeView::counted(int day) const {
    for (const ChallengeDay &d : mine) {
        if (d.day == day && !d.refused)
            return true;
    }
    return false;
}

namespace challengestore {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum::challengestore", text);
}

Status stored(bool ok, const QString &error) {
    return ok ? Status() : Status(CoreError::storage(error));
}

QString key(const char *k) {
    return QString::fromLatin1(k);
}

struct Queued {
    int day = 0;
    OutboxState state = OutboxState::Waiting;
    QString error;
};

// The queued check-ins by post id.
QHash<QString, Queued> queuedCheckIns(CacheDatabase &db, QString *error) {
    QHash<QString, Queued> out;
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT entity_id, args, state, error_message FROM outbox WHERE type = ?"));
    q.addBindValue(QString(challenges::kCheckIn));
    if (!CacheDatabase::exec(q, QStringLiteral("reading queued check-ins"), error))
        return out;
    while (q.next()) {
        const QJsonObject args = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        out.insert(q.value(0).toString(), {args.value(QLatin1StringView("day")).toInt(),
                                           OutboxState(q.value(2).toInt()), q.value(3).toString()});
    }
    return out;
}

std::optional<QJsonObject> cached(CacheDatabase &db, const QString &id, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT data FROM challenges WHERE id = ?"));
    q.addBindValue(id);
    if (!CacheDatabase::exec(q, QStringLiteral("reading a challenge"), error) || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool writeCached(CacheDatabase &db, const QString &id, const QString &spaceId,
                 const QJsonObject &data, qint64 fetchedAt, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("INSERT INTO challenges (id, space_id, data, fetched_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "space_id = excluded.space_id, data = excluded.data, "
                             "fetched_at = excluded.fetched_at"));
    q.addBindValue(id);
    q.addBindValue(spaceId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(fetchedAt);
    return CacheDatabase::exec(q, QStringLiteral("storing a challenge"), error);
}

ChallengeView viewOf(const QJsonObject &data, const QHash<QString, Queued> &queued, qint64 now) {
    ChallengeView v;
    Result<challenges::Challenge> c = challenges::challengeFromJson(data);
    if (c)
        v.challenge = std::move(c).value();
    v.today = v.challenge.dayAt(now);
    QSet<int> days;
    for (const QJsonValue &x : data.value(QLatin1StringView("my_checkins")).toArray()) {
        const QJsonObject o = x.toObject();
        ChallengeDay d;
        d.day = o.value(QLatin1StringView("day")).toInt();
        d.madeUp = o.value(QLatin1StringView("made_up")).toBool();
        const auto q = queued.constFind(o.value(QLatin1StringView("post_id")).toString());
        if (q != queued.constEnd()) {
            d.pending = q->state != OutboxState::Failed;
            d.refused = q->state == OutboxState::Failed;
            d.refusal = q->error;
        }
        if (!d.refused)
            days.insert(d.day);
        v.mine << d;
    }
    v.myStreak = challenges::streak(days, v.today);
    v.checkedInToday = days.contains(v.today);
    for (const QJsonValue &x : data.value(QLatin1StringView("progress")).toArray())
        v.progress << x.toInt();
    v.participants = data.value(QLatin1StringView("participants")).toInt();
    for (const QJsonValue &x : data.value(QLatin1StringView("leaders")).toArray()) {
        const QJsonObject o = x.toObject();
        v.leaders << ChallengeLeader{o.value(QLatin1StringView("user_id")).toString(),
                                     o.value(QLatin1StringView("display_name")).toString(),
                                     o.value(QLatin1StringView("checkins")).toInt(),
                                     o.value(QLatin1StringView("streak")).toInt()};
    }
    return v;
}

} // namespace

Status saveFetched(CacheDatabase &db, const QString &spaceId, const QJsonArray &list, qint64 now) {
    return withTransaction(db, [&]() -> Status {
        QString error;
        QStringList ids;
        for (const QJsonValue &x : list) {
            QJsonObject o = x.toObject();
            Result<challenges::Challenge> c = challenges::challengeFromJson(o);
            if (!c)
                continue; // a challenge this client cannot read is left out
            // Check-ins written here and not yet in the server's answer stay until it has them.
            const std::optional<QJsonObject> before = cached(db, c.value().id, &error);
            if (before) {
                QJsonArray mine = o.value(QLatin1StringView("my_checkins")).toArray();
                QSet<int> known;
                for (const QJsonValue &m : mine)
                    known.insert(m.toObject().value(QLatin1StringView("day")).toInt());
                for (const QJsonValue &m :
                     before->value(QLatin1StringView("my_checkins")).toArray())
                    if (m.toObject().value(QLatin1StringView("local")).toBool() &&
                        !known.contains(m.toObject().value(QLatin1StringView("day")).toInt()))
                        mine.append(m);
                o.insert(key("my_checkins"), mine);
            }
            ids << c.value().id;
            if (!writeCached(db, c.value().id, c.value().spaceId, o, now, &error))
                return stored(false, error);
        }
        if (spaceId.isEmpty()) {
            QSqlQuery q(db.db());
            if (!q.exec(QStringLiteral("SELECT id FROM challenges")))
                return stored(false, QStringLiteral("listing challenges"));
            QStringList gone;
            while (q.next())
                if (!ids.contains(q.value(0).toString()))
                    gone << q.value(0).toString();
            for (const QString &id : std::as_const(gone)) {
                QSqlQuery d(db.db());
                d.prepare(QStringLiteral("DELETE FROM challenges WHERE id = ?"));
                d.addBindValue(id);
                if (!CacheDatabase::exec(d, QStringLiteral("dropping a challenge"), &error))
                    return stored(false, error);
            }
        }
        return Status();
    });
}

Result<QVector<ChallengeView>> read(CacheDatabase &db, const QString &spaceId, qint64 now) {
    QString error;
    const QHash<QString, Queued> queued = queuedCheckIns(db, &error);
    if (!error.isEmpty())
        return CoreError::storage(error);
    QSqlQuery q(db.db());
    q.prepare(
        QStringLiteral("SELECT c.data, c.fetched_at, COALESCE(r.minute, -1) FROM challenges c "
                       "LEFT JOIN challenge_reminders r ON r.challenge_id = c.id "
                       "WHERE (? = 0 OR c.space_id = ?) ORDER BY c.id"));
    q.addBindValue(spaceId.isEmpty() ? 0 : 1);
    q.addBindValue(spaceId.isEmpty() ? QStringLiteral("-") : spaceId);
    if (!CacheDatabase::exec(q, QStringLiteral("reading challenges"), &error))
        return CoreError::storage(error);
    QVector<ChallengeView> out;
    while (q.next()) {
        ChallengeView v =
            viewOf(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), queued, now);
        v.fetchedAt = q.value(1).toLongLong();
        v.reminderMinute = q.value(2).toInt();
        out << v;
    }
    std::stable_sort(out.begin(), out.end(), [](const ChallengeView &a, const ChallengeView &b) {
        return a.challenge.createdAt > b.challenge.createdAt;
    });
    return out;
}

Status checkIn(CacheDatabase &db, const QString &challengeId, const QString &postId,
               const QString &body, qint64 now, int forDay) {
    const QString text = body.trimmed();
    if (!mutations::isTextWithin(text, mutations::kMaxPostBody))
        return CoreError::validation(
            tr("A check-in is 1 to %1 characters.").arg(mutations::kMaxPostBody));
    return withTransaction(db, [&]() -> Status {
        QString error;
        std::optional<QJsonObject> data = cached(db, challengeId, &error);
        if (!data)
            return error.isEmpty() ? Status(CoreError::validation(
                                         tr("The challenge was not found in the local cache.")))
                                   : stored(false, error);
        const QHash<QString, Queued> queued = queuedCheckIns(db, &error);
        const ChallengeView view = viewOf(*data, queued, now);
        const challenges::Challenge &c = view.challenge;
        if (c.closed)
            return CoreError::validation(tr("This challenge is closed."));
        const int day = forDay > 0 ? forDay : view.today;
        if (view.counted(day))
            return CoreError::validation(tr("You have already checked in for that day."));
        int madeUp = 0;
        for (const ChallengeDay &d : view.mine)
            madeUp += d.madeUp && !d.refused ? 1 : 0;
        const challenges::Verdict verdict = challenges::judge(c, day, now, now, madeUp);
        if (!challenges::counts(verdict)) {
            if (verdict == challenges::Verdict::OutsideWindow)
                return CoreError::validation(
                    tr("Check-ins open at %1.")
                        .arg(QStringLiteral("%1:%2")
                                 .arg(c.windowStartMin / 60, 2, 10, QLatin1Char('0'))
                                 .arg(c.windowStartMin % 60, 2, 10, QLatin1Char('0'))));
            if (verdict == challenges::Verdict::NoMakeUpLeft)
                return CoreError::validation(
                    tr("You have made up as many days as this challenge allows."));
            return CoreError::validation(day < 1 || verdict == challenges::Verdict::FutureDay
                                             ? tr("That day has not begun yet.")
                                         : day > c.days ? tr("This challenge has ended.")
                                                        : tr("It is too late to check in for "
                                                             "that day."));
        }
        QJsonArray mine = data->value(QLatin1StringView("my_checkins")).toArray();
        mine.append(QJsonObject{{key("day"), day},
                                {key("post_id"), postId},
                                {key("written_at"), now},
                                {key("made_up"), verdict == challenges::Verdict::MadeUp},
                                {key("local"), true}});
        data->insert(key("my_checkins"), mine);
        QJsonArray progress = data->value(QLatin1StringView("progress")).toArray();
        while (progress.size() < day)
            progress.append(0);
        progress[day - 1] = progress.at(day - 1).toInt() + 1;
        data->insert(key("progress"), progress);
        if (!writeCached(db, c.id, c.spaceId, *data, view.fetchedAt, &error))
            return stored(false, error);
        const QJsonObject args{{key("id"), postId},
                               {key("challenge_id"), c.id},
                               {key("day"), day},
                               {key("written_at"), now},
                               {key("body"), text}};
        return stored(
            outboxstore::enqueue(db, QString(challenges::kCheckIn), postId, args, nullptr, &error),
            error);
    });
}

Status put(CacheDatabase &db, const challenges::Challenge &c) {
    const QJsonObject args = challenges::toJson(c);
    const Result<challenges::Challenge> valid = challenges::challengeFromJson(args);
    if (!valid)
        return CoreError::validation(valid.error().message);
    return withTransaction(db, [&]() -> Status {
        QString error;
        return stored(
            outboxstore::enqueue(db, QString(challenges::kPut), c.id, args, nullptr, &error),
            error);
    });
}

Status close(CacheDatabase &db, const QString &challengeId) {
    return withTransaction(db, [&]() -> Status {
        QString error;
        if (std::optional<QJsonObject> data = cached(db, challengeId, &error)) {
            data->insert(key("closed"), true);
            if (!writeCached(db, challengeId, data->value(QLatin1StringView("space_id")).toString(),
                             *data, 0, &error))
                return stored(false, error);
        }
        return stored(outboxstore::enqueue(db, QString(challenges::kClose), challengeId,
                                           QJsonObject{{key("challenge_id"), challengeId}}, nullptr,
                                           &error),
                      error);
    });
}

Status setReminder(CacheDatabase &db, const QString &challengeId, int minute) {
    QSqlQuery q(db.db());
    if (minute < 0) {
        q.prepare(QStringLiteral("DELETE FROM challenge_reminders WHERE challenge_id = ?"));
        q.addBindValue(challengeId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO challenge_reminders (challenge_id, minute) "
                                 "VALUES (?, ?) ON CONFLICT(challenge_id) DO UPDATE SET "
                                 "minute = excluded.minute"));
        q.addBindValue(challengeId);
        q.addBindValue(qBound(0, minute, 24 * 60 - 1));
    }
    QString error;
    return stored(CacheDatabase::exec(q, QStringLiteral("saving a reminder"), &error), error);
}

bool revert(CacheDatabase &db, const QString &type, const QJsonObject &args, QString *error) {
    if (type != challenges::kCheckIn)
        return true; // put and close change nothing here until the next fetch
    const QString id = args.value(QLatin1StringView("challenge_id")).toString();
    const QString postId = args.value(QLatin1StringView("id")).toString();
    std::optional<QJsonObject> data = cached(db, id, error);
    if (!data)
        return error == nullptr || error->isEmpty();
    QJsonArray kept;
    for (const QJsonValue &m : data->value(QLatin1StringView("my_checkins")).toArray())
        if (m.toObject().value(QLatin1StringView("post_id")).toString() != postId)
            kept.append(m);
    data->insert(key("my_checkins"), kept);
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE challenges SET data = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(*data).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    return CacheDatabase::exec(q, QStringLiteral("reverting a check-in"), error);
}

} // namespace challengestore
} // namespace lyceum

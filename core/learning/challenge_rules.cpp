#include "learning/challenge_rules.h"

#include "domain/codec.h"
#include "domain/entities.h"
#include "domain/mutation_defs.h"

#include <QDateTime>
#include <QJsonArray>

namespace lyceum::challenges {

qint64 Challenge::dayStartMs(int day) const {
    const QDateTime local(dateOf(day), QTime(0, 0), Qt::UTC);
    return local.toMSecsSinceEpoch() - qint64(utcOffsetMin) * kMinuteMs;
}

qint64 Challenge::windowOpensMs(int day) const {
    return dayStartMs(day) + qint64(windowStartMin) * kMinuteMs;
}

qint64 Challenge::windowClosesMs(int day) const {
    return dayStartMs(day) + qint64(windowEndMin) * kMinuteMs;
}

int Challenge::dayAt(qint64 ms) const {
    const qint64 fromStart = ms - dayStartMs(1);
    const qint64 whole =
        fromStart >= 0 ? fromStart / kDayMs : -((-fromStart + kDayMs - 1) / kDayMs);
    return int(qBound(qint64(-100000), whole + 1, qint64(100000)));
}

QString Challenge::prompt(int day) const {
    return day >= 1 && day <= prompts.size() ? prompts.at(day - 1) : QString();
}

QJsonObject toJson(const Challenge &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("space_id"), c.spaceId},
            {QStringLiteral("thread_id"), c.threadId},
            {QStringLiteral("creator_id"), c.creatorId},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("days"), c.days},
            {QStringLiteral("start_date"), c.startDate.toString(Qt::ISODate)},
            {QStringLiteral("utc_offset_min"), c.utcOffsetMin},
            {QStringLiteral("window_start_min"), c.windowStartMin},
            {QStringLiteral("window_end_min"), c.windowEndMin},
            {QStringLiteral("make_up_days"), c.makeUpDays},
            {QStringLiteral("make_up_hours"), c.makeUpHours},
            {QStringLiteral("leaderboard"), c.leaderboard},
            {QStringLiteral("closed"), c.closed},
            {QStringLiteral("prompts"), QJsonArray::fromStringList(c.prompts)},
            {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("updated_at"), c.updatedAt}};
}

Result<Challenge> challengeFromJson(const QJsonObject &o) {
    JsonReader r(o, QStringLiteral("challenge"));
    Challenge c;
    c.id = r.id(QLatin1StringView("id"));
    c.spaceId = r.id(QLatin1StringView("space_id"));
    c.threadId = r.optionalId(QLatin1StringView("thread_id"));
    c.creatorId = r.optionalId(QLatin1StringView("creator_id"));
    c.title = r.string(QLatin1StringView("title")).trimmed();
    c.days = r.int32(QLatin1StringView("days"));
    const QString start = r.string(QLatin1StringView("start_date"));
    c.utcOffsetMin = r.optionalInt32(QLatin1StringView("utc_offset_min"), 0);
    c.windowStartMin = r.optionalInt32(QLatin1StringView("window_start_min"), 0);
    c.windowEndMin = r.optionalInt32(QLatin1StringView("window_end_min"), 24 * 60);
    c.makeUpDays = r.optionalInt32(QLatin1StringView("make_up_days"), 0);
    c.makeUpHours = r.optionalInt32(QLatin1StringView("make_up_hours"), 0);
    c.leaderboard = r.optionalBoolean(QLatin1StringView("leaderboard"), true);
    c.closed = r.optionalBoolean(QLatin1StringView("closed"), false);
    if (o.contains(QLatin1StringView("prompts")))
        c.prompts = r.stringList(QLatin1StringView("prompts"));
    c.createdAt = r.optionalInteger(QLatin1StringView("created_at"));
    c.updatedAt = r.optionalInteger(QLatin1StringView("updated_at"));
    if (!r.ok())
        return CoreError::validation(r.error());
    const auto bad = [](const char *field, const QString &what) {
        return CoreError::validation(
            QStringLiteral("invalid_field: %1 %2").arg(QLatin1String(field), what));
    };
    if (c.id.size() > kMaxIdLength)
        return bad("id", QStringLiteral("is at most %1 characters.").arg(kMaxIdLength));
    if (!mutations::isTextWithin(c.title, kMaxTitle))
        return bad("title", QStringLiteral("is 1 to %1 characters.").arg(kMaxTitle));
    if (c.days < 1 || c.days > kMaxDays)
        return bad("days", QStringLiteral("is 1 to %1.").arg(kMaxDays));
    c.startDate = QDate::fromString(start, Qt::ISODate);
    if (!c.startDate.isValid() || c.startDate.year() < 2000 || c.startDate.year() > 2200)
        return bad("start_date", QStringLiteral("is a date YYYY-MM-DD."));
    if (c.utcOffsetMin < -12 * 60 || c.utcOffsetMin > 14 * 60)
        return bad("utc_offset_min", QStringLiteral("is -720 to 840."));
    if (c.windowStartMin < 0 || c.windowEndMin > 24 * 60 || c.windowStartMin >= c.windowEndMin)
        return bad("window_start_min", QStringLiteral("opens before it closes, within the day."));
    if (c.makeUpDays < 0 || c.makeUpDays > c.days)
        return bad("make_up_days", QStringLiteral("is 0 to the number of days."));
    if (c.makeUpHours < 0 || c.makeUpHours > kMaxMakeUpHours)
        return bad("make_up_hours", QStringLiteral("is 0 to %1.").arg(kMaxMakeUpHours));
    if (c.prompts.size() > c.days)
        return bad("prompts", QStringLiteral("has at most one prompt per day."));
    for (QString &p : c.prompts) {
        p = p.trimmed();
        if (mutations::characterCount(p) > kMaxPrompt)
            return bad("prompts",
                       QStringLiteral("are at most %1 characters each.").arg(kMaxPrompt));
    }
    return c;
}

QString verdictCode(Verdict v) {
    switch (v) {
    case Verdict::OnTime:
    case Verdict::MadeUp:
        return {};
    case Verdict::BadDay:
        return QStringLiteral("invalid_field");
    case Verdict::FutureDay:
        return QStringLiteral("future_day");
    case Verdict::OutsideWindow:
        return QStringLiteral("outside_window");
    case Verdict::TooLate:
        return QStringLiteral("too_late");
    case Verdict::NoMakeUpLeft:
        return QStringLiteral("no_make_up_left");
    }
    return QStringLiteral("invalid_field");
}

bool counts(Verdict v) {
    return v == Verdict::OnTime || v == Verdict::MadeUp;
}

Verdict judge(const Challenge &c, int day, qint64 writtenAt, qint64 receivedAt, int madeUpSoFar) {
    if (day < 1 || day > c.days)
        return Verdict::BadDay;
    // A device may not date a check-in ahead of the receiver's clock, nor before its day.
    if (writtenAt > receivedAt + kClockSkewMs || c.dayStartMs(day) > receivedAt + kClockSkewMs ||
        writtenAt < c.dayStartMs(day))
        return Verdict::FutureDay;
    if (writtenAt < c.windowOpensMs(day))
        return Verdict::OutsideWindow;
    const qint64 closes = c.windowClosesMs(day);
    if (writtenAt < closes && receivedAt <= closes + kLateGraceMs)
        return Verdict::OnTime;
    // Written after the window, or received past the grace: a make-up, if any are left.
    if (c.makeUpDays <= 0 || receivedAt > closes + qint64(c.makeUpHours) * kHourMs ||
        writtenAt > closes + qint64(c.makeUpHours) * kHourMs)
        return Verdict::TooLate;
    if (madeUpSoFar >= c.makeUpDays)
        return Verdict::NoMakeUpLeft;
    return Verdict::MadeUp;
}

int streak(const QSet<int> &days, int today) {
    int day = days.contains(today) ? today : today - 1;
    int n = 0;
    while (day >= 1 && days.contains(day)) {
        ++n;
        --day;
    }
    return n;
}

} // namespace lyceum::challenges

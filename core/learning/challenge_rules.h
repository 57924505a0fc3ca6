// Check-in challenges (打卡), the part both sides share (docs/architecture.md, "Check-in
// challenges"; docs/protocol.md, "Challenges"): the challenge's fields and their JSON codec, the
// mutation names, and the rule that decides whether a check-in written at one time for one day
// counts (on time, made up, or refused). The server applies the rule with its own clock; the
// client applies it first, so it never queues a check-in the server would refuse for its day.
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lyceum::challenges {

inline constexpr QLatin1StringView kPut("challenge.put");
inline constexpr QLatin1StringView kClose("challenge.close");
inline constexpr QLatin1StringView kCheckIn("challenge.checkin");

inline constexpr qint64 kMinuteMs = 60 * 1000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;
// A check-in written inside its day's window reaches the server up to this late and still
// counts as on time (written offline, sent when the device is online again).
inline constexpr qint64 kLateGraceMs = 48 * kHourMs;
// How far ahead of the server's clock a device's clock may be.
inline constexpr qint64 kClockSkewMs = 5 * kMinuteMs;
inline constexpr int kMaxDays = 366;
inline constexpr int kMaxTitle = 80;
inline constexpr int kMaxPrompt = 500;
inline constexpr int kMaxMakeUpHours = 30 * 24;
inline constexpr int kMaxIdLength = 48; // the thread's id is "cht-" + the challenge's id

struct Challenge {
    QString id;
    QString spaceId;
    QString threadId; // the challenge's thread in its space, where check-ins are posted
    QString creatorId;
    QString title;
    int days = 0;
    QDate startDate;            // day 1, in the challenge's time zone
    int utcOffsetMin = 0;       // the community's time zone, as an offset from UTC
    int windowStartMin = 0;     // the daily window, minutes after local midnight
    int windowEndMin = 24 * 60; // exclusive
    int makeUpDays = 0;         // how many missed days a member may make up
    int makeUpHours = 0;        // how late after its day's window a day may be made up
    bool leaderboard = true;
    bool closed = false;
    QStringList prompts; // prompts[i] is day i + 1's; may be shorter than days
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    qint64 dayStartMs(int day) const; // local midnight of the day, ms since the epoch
    qint64 windowOpensMs(int day) const;
    qint64 windowClosesMs(int day) const;
    // The day whose local date holds the instant (below 1 before the start, above days after).
    int dayAt(qint64 ms) const;
    QString prompt(int day) const; // empty when the creator wrote none
    QDate dateOf(int day) const { return startDate.addDays(day - 1); }
};

QJsonObject toJson(const Challenge &c);
// Validates every field (invalid_field naming it as a Validation error). threadId, creatorId
// and the times are read when present (the server sets them).
Result<Challenge> challengeFromJson(const QJsonObject &o);

enum class Verdict {
    OnTime,
    MadeUp,
    BadDay,        // not a day of the challenge
    FutureDay,     // written before the day began, or dated ahead of the receiver's clock
    OutsideWindow, // written on the day, before its window opened
    TooLate,       // past the late grace and make-ups are off or their deadline passed
    NoMakeUpLeft,  // the member made up as many days as allowed
};
QString verdictCode(Verdict v); // the wire code of a refusal ("future_day", ...); "" when it counts
bool counts(Verdict v);

// Whether a check-in for day, written at writtenAt and received at receivedAt (the server's
// clock; on the client, now), counts; madeUpSoFar: the member's made-up days already.
Verdict judge(const Challenge &c, int day, qint64 writtenAt, qint64 receivedAt, int madeUpSoFar);

// Consecutive checked-in days ending at today, or at yesterday while today is still open.
int streak(const QSet<int> &days, int today);

} // namespace lyceum::challenges

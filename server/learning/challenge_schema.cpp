// The server schema step "challenges.1": check-in challenges (打卡) and the check-ins members
// made (docs/protocol.md, "Challenges").
#include "server/storage/migrations.h"

namespace lyceum::server {

bool serverSchemaChallenges1(QSqlDatabase &db, const SqlDialect &dialect, QString *error) {
    return execSchema(
        db, dialect,
        {
            // challenges: one row per challenge (id chosen by the creator's client). thread_id
            // is the challenge's thread in its space, where check-ins are posted. start_date is
            // day 1 (YYYY-MM-DD) in the time zone utc_offset_min; the daily window is
            // [window_start_min, window_end_min) minutes after local midnight; prompts is a JSON
            // array of strings, one per day.
            "CREATE TABLE challenges (id ${text} PRIMARY KEY, space_id ${text} NOT NULL,"
            " thread_id ${text} NOT NULL, creator_id ${text} NOT NULL, title ${text} NOT NULL,"
            " days ${bigint} NOT NULL, start_date ${text} NOT NULL,"
            " utc_offset_min ${bigint} NOT NULL, window_start_min ${bigint} NOT NULL,"
            " window_end_min ${bigint} NOT NULL, make_up_days ${bigint} NOT NULL,"
            " make_up_hours ${bigint} NOT NULL, leaderboard ${bool} NOT NULL,"
            " closed ${bool} NOT NULL, prompts ${text} NOT NULL, created_at ${bigint} NOT NULL,"
            " updated_at ${bigint} NOT NULL)",
            "CREATE INDEX challenges_by_space ON challenges(space_id)",
            // challenge_checkins: one row per (challenge, member, day): the post that checked
            // in, when it was written (the device's clock, bounded by the rule of
            // learning/challenge_rules.h) and received, and whether it made up a missed day.
            "CREATE TABLE challenge_checkins (challenge_id ${text} NOT NULL,"
            " user_id ${text} NOT NULL, day ${bigint} NOT NULL, post_id ${text} NOT NULL,"
            " written_at ${bigint} NOT NULL, received_at ${bigint} NOT NULL,"
            " made_up ${bool} NOT NULL, PRIMARY KEY (challenge_id, user_id, day))",
        },
        error);
}

} // namespace lyceum::server

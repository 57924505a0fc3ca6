// The review queue (GET /moderation/queue): open reports grouped by what they report, each item
// with its context and a priority. Priority = the sum over its reports of the reporter's past
// accuracy ((upheld + 1) / (resolved + 2): a new reporter counts 0.5, one whose reports were
// always upheld nearly 1, one always overruled nearly 0) plus a little for age (log of hours
// waiting, / 10), so many or reliable reports come first and nothing waits forever, plus the
// community spam model's probability for the item's text once there is a model (0 to 1), so a
// likely spam with one report ranks beside a doubtful item with two. Each item carries its
// author's record (AuthorRecord) for the detail pane.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace lyceum::server {

class Storage;
struct ModerationAction;

struct QueueFilter {
    QString kind;        // "" or post / thread / user
    QString reason;      // "" or spam / abuse / off_topic / other
    double minScore = 0; // items scored below it are left out (unscored ones too, when > 0)
};

using SpamScorer = std::function<std::optional<double>(const QString &text)>;

QJsonObject moderationQueue(Storage &storage, const QueueFilter &filter, qint64 nowMs,
                            const SpamScorer &score);
// The audit log, newest first: {"actions": [...]}, with the moderator's and the target's names.
QJsonObject moderationLog(Storage &storage, int limit);
// The actions that concerned userId and still stand (not approvals, not undone), newest first:
// {"notices": [{id, action, reason, note, target_kind, target_id, title, created_at}]}.
// Each notice also says whether it can be appealed (appealable) and, once it was, the appeal's
// state (appeal: "open", "upheld", "granted").
QJsonObject moderationNotices(Storage &storage, const QString &userId, int limit);

// --- moderation_extra_items.cpp ------------------------------------------------------------
// A removal (hide, delete) or a ban that stands: its subject may appeal it once.
bool isAppealable(const ModerationAction &action);
// The queue's items that are not reports: open appeals (kind "appeal", target_id the appeal's
// id, with "appeal": {id, note, created_at, action: {...}}), posts a filter held (kind "held",
// target_id the post's id, with "held": {kind, matched}) and members waiting for approval (kind
// "member"). Priority 1 plus age for appeals and held posts, 0.5 plus age for members. Left out
// when the filter asks for another kind, a reason or a score.
QJsonArray extraQueueItems(Storage &storage, const QueueFilter &filter, qint64 nowMs);
// The author's record of a queue item (moderation_queue.cpp).
QJsonObject authorRecordJson(Storage &storage, const QString &userId, qint64 nowMs);

// --- moderation_people.cpp -------------------------------------------------------------------
// {"filters": [{id, pattern, mode, effect, created_by, created_at}]}
QJsonObject keywordFiltersJson(Storage &storage);
// What a filter would catch among the newest posts: {"checked": N, "matches": [{post_id,
// thread_id, author_id, text, created_at}]}; nullopt with why when the filter is unusable.
std::optional<QJsonObject> filterTestJson(Storage &storage, const QString &pattern,
                                          const QString &mode, QString *problem);
// {"people": [{id, handle, display_name, role, joined_at, banned, banned_until, approval}]}
QJsonObject peopleJson(Storage &storage, const QString &text, qint64 nowMs);
// One member: {user, record (as a queue item's author), reports: [...], actions: [...]};
// nullopt when there is no such user.
std::optional<QJsonObject> memberJson(Storage &storage, const QString &userId, qint64 nowMs);
// {"approve_members": bool}
QJsonObject communitySettingsJson(Storage &storage);

} // namespace lyceum::server

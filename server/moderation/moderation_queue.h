// The review queue (GET /moderation/queue): open reports grouped by what they report, each item
// with its context and a priority. Priority = the sum over its reports of the reporter's past
// accuracy ((upheld + 1) / (resolved + 2): a new reporter counts 0.5, one whose reports were
// always upheld nearly 1, one always overruled nearly 0) plus a little for age (log of hours
// waiting, / 10), so many or reliable reports come first and nothing waits forever, plus the
// community spam model's probability for the item's text once there is a model (0 to 1), so a
// likely spam with one report ranks beside a doubtful item with two. Each item carries its
// author's record (AuthorRecord) for the detail pane.
#pragma once

#include <QJsonObject>
#include <functional>
#include <optional>

namespace lyceum::server {

class Storage;

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
QJsonObject moderationNotices(Storage &storage, const QString &userId, int limit);

} // namespace lyceum::server

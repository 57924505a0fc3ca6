// The review queue (GET /moderation/queue): open reports grouped by what they report, each item
// with its context and a priority. Priority = the sum over its reports of the reporter's past
// accuracy ((upheld + 1) / (resolved + 2): a new reporter counts 0.5, one whose reports were
// always upheld nearly 1, one always overruled nearly 0) plus a little for age (log of hours
// waiting, / 10), so many or reliable reports come first and nothing waits forever.
#pragma once

#include <QJsonObject>

namespace lyceum::server {

class Storage;

struct QueueFilter {
    QString kind;   // "" or post / thread / user
    QString reason; // "" or spam / abuse / off_topic / other
};

QJsonObject moderationQueue(Storage &storage, const QueueFilter &filter, qint64 nowMs);
// The audit log, newest first: {"actions": [...]}.
QJsonObject moderationLog(Storage &storage, int limit);

} // namespace lyceum::server

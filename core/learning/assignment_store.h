// The learner's side of assignments in the cache (schema step "assignments.1"): drafts kept on
// every edit, the server's answers kept for offline reading, and the submission queued through
// the outbox (assignment.submit) with the draft cleared in the same transaction. Runs on the
// cache worker's thread.
#pragma once

#include "domain/result.h"
#include "reading/inbox_store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace lyceum {
class CacheDatabase;
}

namespace lyceum::assignmentstore {

struct AssignmentDraft {
    QString lessonId;
    QString body;
    QStringList files; // local paths
    qint64 updatedAt = 0;
};

Status saveDraft(CacheDatabase &db, const AssignmentDraft &draft);
// The lesson's draft; an empty one (updatedAt 0) when there is none.
Result<AssignmentDraft> draft(CacheDatabase &db, const QString &lessonId);

// Keeps GET /learning/assignment's answer, and the submissions it lists.
Status storeLesson(CacheDatabase &db, const QString &lessonId, const QJsonObject &answer);
// The answer last kept, with submissions queued since added ({} when never read).
Result<QJsonObject> cachedLesson(CacheDatabase &db, const QString &lessonId);
// Keeps GET /learning/submissions' list (what the server lists replaces what it listed).
Status storeMine(CacheDatabase &db, const QJsonArray &submissions);

// Queues assignment.submit (the files already uploaded under fileIds), records the
// submission as 'sending' and clears the draft, in one transaction.
Status queueSubmission(CacheDatabase &db, const QString &submissionId, const QString &lessonId,
                       const QString &courseId, const QString &lessonTitle, const QString &body,
                       const QStringList &fileIds, qint64 now);
// Queues assignment.review.
Status queueReview(CacheDatabase &db, const QString &submissionId, const QString &verdict,
                   const QVector<int> &scores, const QString &feedback);

// The inbox's "assignment" items: my reviewed submissions (key "assignment:<id>").
bool readInboxItems(CacheDatabase &db, int limit, QVector<InboxItem> *out, QString *error);

} // namespace lyceum::assignmentstore

// Drafts between a creator's devices and publishing them (docs/studio.md), on the cache
// worker. Every change to a draft queues a draft.put carrying the server revision it is based
// on (one waiting put per draft, replaced as typing goes on); the answer's revision rebases
// what is still waiting. GET /studio/drafts is merged in only for drafts with nothing unsent,
// so a pull never overwrites what this device has not yet sent; versions two devices wrote
// offline come back as the draft's conflicts for the creator to choose from.
#pragma once

#include "studio/draft_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lyceum {

class CacheDatabase;

namespace draftsync {

// Nothing written yet: no title, text, video or outline (a new draft as it starts).
bool isBlank(const Draft &draft);

// No transaction of their own: called inside the caller's. A blank draft the server has not
// seen is not queued.
bool queuePut(CacheDatabase &db, const Draft &draft, const QString &device, bool resolved,
              QString *error);
bool queueDelete(CacheDatabase &db, const Draft &draft, QString *error);
// A draft.put was applied with this revision: the draft and its waiting put are rebased. When
// the server kept it as a conflict (another device's change came first), nothing is rebased:
// the next merge brings the server's copy with this device's text among its conflicts.
bool putApplied(CacheDatabase &db, const QString &draftId, qint64 revision, bool conflict,
                QString *error);

// Merges GET /studio/drafts; *changed counts drafts taken from the server. Own transaction.
bool merge(CacheDatabase &db, const QJsonArray &drafts, qint64 nowMs, int *changed, QString *error);

// The draft takes this text as the chosen one: conflicts cleared, a resolving put queued;
// baseUpdatedAt >= 0 also moves the version of the published item it is based on.
bool choose(CacheDatabase &db, const QString &draftId, const QString &title, const QString &body,
            qint64 baseUpdatedAt, const QString &device, qint64 nowMs, QString *error);

// draft.publish for the draft's current text (now, or at publishAtMs); new items get their
// ids here once and keep them, so publishing again never makes a second copy. Own
// transaction; a waiting or failed publish of the same draft is replaced.
bool queuePublish(CacheDatabase &db, const QString &draftId, qint64 publishAtMs, qint64 nowMs,
                  QString *error);
QJsonObject publishArgs(const Draft &draft, qint64 publishAtMs);

// Where the draft's last publish stands on this device.
struct PublishState {
    enum class Stage { None, Waiting, Failed, Sent };
    Stage stage = Stage::None;
    QString errorCode;
    QString errorMessage;
    qint64 outboxSeq = 0;
};
PublishState publishState(CacheDatabase &db, const Draft &draft);

// The images a text shows from the studio: ![..](lyceum-image:ID) -> the ids, in order.
QStringList imageIdsIn(const QString &markdown);

// Merges keys into the draft's extra (a null value removes the key); own transaction.
bool patchExtra(CacheDatabase &db, const QString &draftId, const QJsonObject &patch,
                QString *error);
// Lesson drafts whose attached video (extra.video_path) still has to go to their published
// lesson.
QStringList videosToUpload(CacheDatabase &db);

// Drafts of new courses and lessons whose publish went through and whose item has arrived
// become drafts of that item (target and base version set), so the next publish edits it.
bool linkPublished(CacheDatabase &db, QString *error);

// Takes back a scheduled (or waiting) publish: the draft's publish time is cleared and
// schedule.cancel is queued, in one transaction.
bool cancelPublish(CacheDatabase &db, const QString &draftId, QString *error);

// The published item a draft edits, as the cache has it: title, body, updatedAt.
struct PublishedVersion {
    bool found = false;
    QString title;
    QString body;
    qint64 updatedAt = 0;
};
PublishedVersion publishedVersion(CacheDatabase &db, const QString &draftId);

} // namespace draftsync
} // namespace lyceum

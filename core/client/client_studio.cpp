// Client: creators' drafts (core/studio/draft_store.h), saved on the cache worker.
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"
#include "studio/draft_store.h"

#include <QDateTime>
#include <QUuid>

namespace lyceum {

QString Client::newDraft(const QString &kind, const QString &courseId, const QString &spaceId) {
    if (!d->ensureOpen("newDraft"))
        return {};
    Draft draft;
    draft.id = QStringLiteral("d-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.kind = kind;
    draft.courseId = courseId;
    draft.spaceId = spaceId;
    saveDraft(draft);
    return draft.id;
}

void Client::saveDraft(const Draft &draft, bool newRevision) {
    if (!d->ensureOpen("saveDraft"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<QString>(
        this,
        [draft, now, newRevision](CacheDatabase &db) {
            QString error;
            draftstore::save(db, draft, now, newRevision, &error);
            return error;
        },
        [this, id = draft.id, now](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(ApiError::make(
                    ApiError::Kind::Storage, tr("The draft could not be saved: %1").arg(error)));
                return;
            }
            Q_EMIT draftSaved(id, now);
        });
}

void Client::fetchDraft(const QString &id, QObject *context,
                        std::function<void(std::optional<Draft>)> done) {
    if (!d->ensureOpen("fetchDraft"))
        return;
    d->cache->run<std::optional<Draft>>(
        context, [id](CacheDatabase &db) { return draftstore::draft(db, id); }, std::move(done));
}

void Client::fetchDrafts(QObject *context, std::function<void(QVector<Draft>)> done) {
    if (!d->ensureOpen("fetchDrafts"))
        return;
    d->cache->run<QVector<Draft>>(
        context, [](CacheDatabase &db) { return draftstore::drafts(db); }, std::move(done));
}

void Client::fetchDraftRevisions(const QString &draftId, QObject *context,
                                 std::function<void(QVector<DraftRevision>)> done) {
    if (!d->ensureOpen("fetchDraftRevisions"))
        return;
    d->cache->run<QVector<DraftRevision>>(
        context, [draftId](CacheDatabase &db) { return draftstore::revisions(db, draftId); },
        std::move(done));
}

void Client::restoreDraftRevision(const QString &draftId, qint64 revisionId) {
    if (!d->ensureOpen("restoreDraftRevision"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<bool>(
        this,
        [draftId, revisionId, now](CacheDatabase &db) {
            QString error;
            return draftstore::restore(db, draftId, revisionId, now, &error);
        },
        [this, draftId](bool ok) {
            if (ok)
                Q_EMIT draftRestored(draftId);
        });
}

} // namespace lyceum

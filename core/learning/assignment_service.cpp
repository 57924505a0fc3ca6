#include "learning/assignment_service.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

namespace lyceum {

namespace {

QString newId(const char *prefix) {
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

} // namespace

AssignmentsService::AssignmentsService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    // Reviews are not in the feed (they are private): each completed pull asks for them, so
    // an outcome reaches the inbox with the next sync.
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError() && m_session.loggedIn && m_session.api)
            refreshMine(this, [](const ApiError &) {});
    });
}

void AssignmentsService::fetchLesson(
    const QString &lessonId, QObject *context,
    std::function<void(const QJsonObject &, bool fromServer)> done) {
    QPointer<QObject> guard(context);
    m_session.readOrReport<QJsonObject>(
        context,
        [lessonId](CacheDatabase &db) { return assignmentstore::cachedLesson(db, lessonId); },
        [done](QJsonObject cached) { done(cached, false); });
    if (!m_session.api || !m_session.loggedIn)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lesson"), lessonId);
    m_session.api->getJson(
        QStringLiteral("/learning/assignment"), query,
        [this, guard, lessonId, done](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                if (e.httpStatus == 404 && guard)
                    done({}, true);
                return; // offline or refused: the cached answer stands
            }
            m_session.cache->run<Status>(
                this,
                [lessonId, answer](CacheDatabase &db) {
                    if (const Status s = assignmentstore::storeLesson(db, lessonId, answer); !s)
                        return s;
                    return Status();
                },
                [this, guard, lessonId, done](Status s) {
                    if (!s) {
                        m_session.afterLocalWrite(s);
                        return;
                    }
                    if (!guard)
                        return;
                    m_session.readOrReport<QJsonObject>(
                        guard,
                        [lessonId](CacheDatabase &db) {
                            return assignmentstore::cachedLesson(db, lessonId);
                        },
                        [done](QJsonObject merged) { done(merged, true); });
                });
        });
}

void AssignmentsService::loadDraft(const QString &lessonId, QObject *context,
                                   std::function<void(assignmentstore::AssignmentDraft)> done) {
    m_session.readOrReport<assignmentstore::AssignmentDraft>(
        context, [lessonId](CacheDatabase &db) { return assignmentstore::draft(db, lessonId); },
        std::move(done));
}

void AssignmentsService::saveDraft(const assignmentstore::AssignmentDraft &draft) {
    if (!m_session.ensureOpen("saveDraft"))
        return;
    m_session.cache->run<Status>(
        this, [draft](CacheDatabase &db) { return assignmentstore::saveDraft(db, draft); },
        [this](Status s) {
            if (!s)
                Q_EMIT m_session.client->errorOccurred(ApiError::storage(s.error().message));
        });
}

void AssignmentsService::uploadNext(
    const QString &lessonId, QStringList files, QStringList ids,
    std::function<void(const QString &, const QStringList &)> done) {
    if (files.isEmpty()) {
        done(QString(), ids);
        return;
    }
    const QString path = files.takeFirst();
    QFile file(path);
    if (QFileInfo(path).size() > kMaxAssignmentFileBytes)
        return done(tr("%1 is larger than %2 KiB.")
                        .arg(QFileInfo(path).fileName())
                        .arg(kMaxAssignmentFileBytes / 1024),
                    {});
    if (!file.open(QIODevice::ReadOnly))
        return done(tr("%1 cannot be read: %2").arg(path, file.errorString()), {});
    const QByteArray bytes = file.read(kMaxAssignmentFileBytes + 1);
    const QString id = newId("af-");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lesson"), lessonId);
    query.addQueryItem(QStringLiteral("id"), id);
    query.addQueryItem(QStringLiteral("name"),
                       QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(path).fileName())));
    m_session.api->putBytes(
        QStringLiteral("/learning/submission-upload"), query, bytes,
        [this, lessonId, files, ids, id, done](const ApiError &e, const QJsonObject &) mutable {
            if (e.isError())
                return done(e.message, {});
            ids << id;
            uploadNext(lessonId, files, ids, done);
        });
}

void AssignmentsService::submit(const QString &lessonId, const QString &courseId,
                                const QString &lessonTitle, const QString &body,
                                const QStringList &files, QObject *context,
                                std::function<void(const QString &error)> done) {
    if (!m_session.ensureOpen("submit"))
        return;
    if (!files.isEmpty() && (!m_session.api || !m_session.loggedIn))
        return done(tr("Files are sent when you are online; your draft is kept."));
    QPointer<QObject> guard(context);
    const auto queue = [this, guard, lessonId, courseId, lessonTitle, body,
                        done](const QString &error, const QStringList &fileIds) {
        if (!error.isEmpty()) {
            if (guard)
                done(error);
            return;
        }
        const QString id = newId("as-");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_session.cache->run<Status>(
            this,
            [=](CacheDatabase &db) {
                return assignmentstore::queueSubmission(db, id, lessonId, courseId, lessonTitle,
                                                        body, fileIds, now);
            },
            [this, guard, done](Status s) {
                m_session.afterLocalWrite(s);
                if (guard)
                    done(s ? QString() : s.error().message);
            });
    };
    uploadNext(lessonId, files, {}, queue);
}

void AssignmentsService::refreshMine(QObject *context, std::function<void(const ApiError &)> done) {
    QPointer<QObject> guard(context);
    m_session.api->getJson(
        QStringLiteral("/learning/submissions"),
        [this, guard, done](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                if (guard)
                    done(e);
                return;
            }
            const QJsonArray list = answer.value(QLatin1StringView("submissions")).toArray();
            m_session.cache->run<Status>(
                this, [list](CacheDatabase &db) { return assignmentstore::storeMine(db, list); },
                [this, guard, done](Status s) {
                    if (s)
                        Q_EMIT m_session.client->cacheChanged();
                    if (guard)
                        done(s ? ApiError() : ApiError::storage(s.error().message));
                });
        });
}

void AssignmentsService::fetchQueue(
    bool all, QObject *context, std::function<void(const ApiError &, const QJsonObject &)> done) {
    QPointer<QObject> guard(context);
    QUrlQuery query;
    if (all)
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    m_session.api->getJson(QStringLiteral("/learning/review-queue"), query,
                           [guard, done](const ApiError &e, const QJsonObject &answer) {
                               if (guard)
                                   done(e, answer);
                           });
}

void AssignmentsService::review(const QString &submissionId, const QString &verdict,
                                const QVector<int> &scores, const QString &feedback) {
    if (!m_session.ensureOpen("review"))
        return;
    m_session.cache->run<Status>(
        this,
        [=](CacheDatabase &db) {
            return assignmentstore::queueReview(db, submissionId, verdict, scores, feedback);
        },
        [this](Status s) { m_session.afterLocalWrite(s); });
}

void AssignmentsService::fetchFile(const QString &fileId, QObject *context,
                                   std::function<void(const ApiError &, const QByteArray &)> done) {
    QPointer<QObject> guard(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), fileId);
    m_session.api->getBytes(QStringLiteral("/learning/submission-file"), query,
                            [guard, done](const ApiError &e, const QByteArray &bytes) {
                                if (guard)
                                    done(e, bytes);
                            });
}

void AssignmentsService::fetchInsights(
    const QString &courseId, QObject *context,
    std::function<void(const ApiError &, const QJsonObject &)> done) {
    QPointer<QObject> guard(context);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("course"), courseId);
    m_session.api->getJson(QStringLiteral("/learning/insights"), query,
                           [guard, done](const ApiError &e, const QJsonObject &answer) {
                               if (guard)
                                   done(e, answer);
                           });
}

AssignmentsService &assignmentsOf(Client &client) {
    return *client.findChild<AssignmentsService *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace lyceum

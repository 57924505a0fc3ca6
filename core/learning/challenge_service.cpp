#include "learning/challenge_service.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "client/session_state.h"

#include <QDateTime>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

namespace lyceum {

ChallengeService::ChallengeService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void ChallengeService::refresh(const QString &spaceId, QObject *context,
                               std::function<void(ApiError)> done) {
    QUrlQuery query;
    if (!spaceId.isEmpty())
        query.addQueryItem(QStringLiteral("space_id"), spaceId);
    QPointer<QObject> guard(context);
    m_session.api->getJson(
        QStringLiteral("/challenges"), query,
        [this, guard, spaceId, done = std::move(done)](const ApiError &e, const QJsonObject &o) {
            if (e.isError()) {
                if (guard)
                    done(e);
                return;
            }
            const QJsonArray list = o.value(QLatin1StringView("challenges")).toArray();
            m_session.cache->run<Status>(
                this,
                [spaceId, list, now = m_clock()](CacheDatabase &db) {
                    return challengestore::saveFetched(db, spaceId, list, now);
                },
                [this, guard, done](Status written) {
                    if (!written) {
                        if (guard)
                            done(ApiError::storage(written.error().message));
                        return;
                    }
                    Q_EMIT m_session.client->cacheChanged();
                    if (guard)
                        done(ApiError());
                });
        });
}

void ChallengeService::fetchChallenges(const QString &spaceId, QObject *context,
                                       std::function<void(QVector<ChallengeView>)> done) {
    m_session.readOrReport<QVector<ChallengeView>>(
        context,
        [spaceId, now = m_clock()](CacheDatabase &db) {
            return challengestore::read(db, spaceId, now);
        },
        std::move(done));
}

QString ChallengeService::checkIn(const QString &challengeId, const QString &body, int forDay) {
    if (!m_session.ensureOpen("checkIn"))
        return {};
    if (!m_session.profile.user) {
        Q_EMIT m_session.client->errorOccurred(ApiError::notLoggedIn());
        return {};
    }
    const QString postId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_session.cache->run<Status>(
        this,
        [challengeId, postId, body, forDay, now = m_clock()](CacheDatabase &db) {
            return challengestore::checkIn(db, challengeId, postId, body, now, forDay);
        },
        [this](Status status) { m_session.afterLocalWrite(status); });
    return postId;
}

void ChallengeService::putChallenge(const challenges::Challenge &challenge) {
    if (!m_session.ensureOpen("putChallenge"))
        return;
    m_session.cache->run<Status>(
        this, [challenge](CacheDatabase &db) { return challengestore::put(db, challenge); },
        [this](Status status) { m_session.afterLocalWrite(status); });
}

void ChallengeService::closeChallenge(const QString &challengeId) {
    if (!m_session.ensureOpen("closeChallenge"))
        return;
    m_session.cache->run<Status>(
        this, [challengeId](CacheDatabase &db) { return challengestore::close(db, challengeId); },
        [this](Status status) { m_session.afterLocalWrite(status); });
}

void ChallengeService::setReminder(const QString &challengeId, int minuteOfDay) {
    if (!m_session.ensureOpen("setReminder"))
        return;
    m_session.cache->run<Status>(
        this,
        [challengeId, minuteOfDay](CacheDatabase &db) {
            return challengestore::setReminder(db, challengeId, minuteOfDay);
        },
        [this](Status status) {
            if (!status) {
                m_session.afterLocalWrite(status);
                return;
            }
            Q_EMIT m_session.client->cacheChanged();
        });
}

} // namespace lyceum

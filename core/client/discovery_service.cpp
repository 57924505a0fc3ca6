// Discovery: the catalogue, search and the home page. The user's history (lesson progress,
// purchases, ratings) stays in the cache; the only request is GET /reco/neighbours.
#include "client/discovery_service.h"

#include "api/reco_api.h"
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "cache/cache_worker.h"
#include "cache/transaction.h"
#include "client/session_state.h"
#include "learning/certificate_service.h"
#include "learning/certificate_store.h"
#include "library/library.h"
#include "library/while_away.h"
#include "logging.h"
#include "reco/reco_store.h"

#include <QDateTime>

namespace lyceum {

namespace {
constexpr qint64 kNeighboursMaxAgeMs = 60LL * 60 * 1000;
}

DiscoveryService::DiscoveryService(SessionState &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_certificates(new CertificatesService(session, this)) {
    // After each successful pull, fetch the neighbour table when the stored one is old.
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError())
            refreshNeighbours(false);
    });
}

void DiscoveryService::fetchCourses(QObject *context,
                                    std::function<void(Result<QVector<CourseSummary>>)> done) {
    m_session.cache->run<Result<QVector<CourseSummary>>>(
        context, [](CacheDatabase &db) { return cachereader::courses(db); }, std::move(done));
}

void DiscoveryService::fetchCourse(const QString &courseId, QObject *context,
                                   std::function<void(std::optional<CourseDetail>)> done) {
    m_session.readOrReport<std::optional<CourseDetail>>(
        context, [courseId](CacheDatabase &db) { return cachereader::course(db, courseId); },
        std::move(done));
}

void DiscoveryService::fetchLessonCourse(const QString &lessonId, QObject *context,
                                         std::function<void(QString)> done) {
    m_session.readOrReport<QString>(
        context,
        [lessonId](CacheDatabase &db) { return cachereader::courseOfLesson(db, lessonId); },
        std::move(done));
}

void DiscoveryService::search(const QString &query, int limit, QObject *context,
                              std::function<void(QVector<SearchHit>)> done) {
    m_session.cache->run<QVector<SearchHit>>(
        context, [query, limit](CacheDatabase &db) { return search::search(db, query, limit); },
        std::move(done));
}

void DiscoveryService::refreshNeighbours(bool force) {
    if (!m_session.opened || !m_session.loggedIn)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<qint64>(
        this, [](CacheDatabase &db) { return recostore::neighboursFetchedAt(db); },
        [this, force, now](qint64 fetchedAt) {
            if (!force && fetchedAt > 0 && now - fetchedAt < kNeighboursMaxAgeMs)
                return;
            recoapi::neighbours(*m_session.api, [this, now](const ApiError &e,
                                                            const recoapi::Neighbours &n) {
                if (e.isError()) {
                    qCInfo(lcClient) << "neighbour table not fetched:" << e.message;
                    return;
                }
                m_session.cache->run<QString>(
                    this,
                    [n, now](CacheDatabase &db) {
                        QString failure;
                        return recostore::storeNeighbours(db, n.rows, n.popularity, now, &failure)
                                   ? QString()
                                   : failure;
                    },
                    [this](QString failure) {
                        if (failure.isEmpty())
                            Q_EMIT homeChanged();
                        else
                            qCWarning(lcClient) << "neighbour table not stored:" << failure;
                    });
            });
        });
}

void DiscoveryService::fetchHome(QObject *context, std::function<void(HomeView)> done) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<HomeView>(
        context,
        [me = m_session.myId(), now](CacheDatabase &db) {
            HomeView view;
            const reco::HomeInput input = recostore::homeInput(db, me, now);
            view.feed = reco::buildHome(input);
            for (const CourseSummary &s : cachereader::courses(db).valueOr({}))
                view.courses.insert(s.course.id, s);
            view.neighboursFetchedAt = recostore::neighboursFetchedAt(db);
            view.hasNeighbours = !input.neighbours.isEmpty();
            return view;
        },
        std::move(done));
}

void DiscoveryService::lessonOpened(const QString &lessonId, const QString &courseId) {
    if (!m_session.opened)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QString>(
        this,
        [lessonId, courseId, now](CacheDatabase &db) {
            QString error;
            return recostore::lessonOpened(db, lessonId, courseId, now, &error) ? QString() : error;
        },
        [this](QString error) {
            if (error.isEmpty())
                Q_EMIT homeChanged();
        });
}

void DiscoveryService::setLessonDone(const QString &lessonId, const QString &courseId, bool done) {
    if (!m_session.ensureOpen("setLessonDone"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<QString>(
        this,
        [lessonId, courseId, done, now](CacheDatabase &db) {
            QString error;
            // The mark and the lesson.done telling the server (certificates) in one transaction.
            Transaction tx(db);
            if (!tx.isOpen())
                return tx.beginError().error().message;
            return recostore::setLessonDone(db, lessonId, courseId, done, now, &error) &&
                           certificatestore::queueLessonDone(db, lessonId, done, &error) &&
                           tx.commit(&error)
                       ? QString()
                       : error;
        },
        [this](QString error) {
            if (!error.isEmpty()) {
                Q_EMIT m_session.client->errorOccurred(ApiError::storage(error));
                return;
            }
            m_session.scheduleFlush();
            Q_EMIT homeChanged();
        });
}

void DiscoveryService::fetchLessonProgress(
    QObject *context, std::function<void(QVector<reco::LessonProgress>)> done) {
    m_session.cache->run<QVector<reco::LessonProgress>>(
        context, [](CacheDatabase &db) { return recostore::progress(db); }, std::move(done));
}

void DiscoveryService::fetchLibrary(QObject *context,
                                    std::function<void(Result<QVector<library::Entry>>)> done) {
    m_session.cache->run<Result<QVector<library::Entry>>>(
        context, [](CacheDatabase &db) { return library::read(db); }, std::move(done));
}

void DiscoveryService::fetchWhileAway(QObject *context, std::function<void(AwayView)> done) {
    if (!m_session.opened) {
        done(AwayView{});
        return;
    }
    const bool first = !m_visitRecorded;
    m_visitRecorded = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.readOrReport<AwayView>(
        context,
        [first, now, since = m_awaySince,
         me = m_session.myId()](CacheDatabase &db) -> Result<AwayView> {
            if (first) {
                *since = library::lastVisit(db);
                QString error;
                if (!library::recordVisit(db, now, &error))
                    qCWarning(lcClient) << "visit not recorded:" << error;
            }
            AwayView view;
            view.since = *since;
            if (view.since <= 0)
                return view;
            Result<QVector<library::AwayItem>> items = library::whileAway(db, me, view.since);
            if (!items)
                return items.error();
            view.items = std::move(items).value();
            return view;
        },
        std::move(done));
}

void DiscoveryService::dismissWhileAway() {
    if (!m_session.opened)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_session.cache->run<int>(
        this,
        [since = m_awaySince, now](CacheDatabase &) {
            *since = now;
            return 0;
        },
        [this](int) { Q_EMIT homeChanged(); });
}

} // namespace lyceum

// Client: the home page (reco/home.h) and what it learns from. The user's history (lesson
// progress, purchases, ratings) stays in the cache; the only request is GET /reco/neighbours,
// which carries nothing about the user and is answered the same for everyone.
#include "cache/cache_database.h"
#include "cache/cache_reader.h"
#include "client/client.h"
#include "client/client_private.h"
#include "logging.h"
#include "reco/reco_store.h"

#include <QDateTime>

namespace lyceum {

namespace {
constexpr qint64 kNeighboursMaxAgeMs = 60LL * 60 * 1000;
}

void Client::Private::setupReco() {
    // After each successful pull, fetch the neighbour table when the stored one is old.
    QObject::connect(q, &Client::syncFinished, q, [this](const ApiError &error) {
        if (!error.isError()) {
            q->refreshNeighbours(false);
            q->refreshSpamModel();
            q->refreshModerationNotices();
            q->refreshLearning();
            q->refreshStudio();
            enforceDownloadRights();
        }
    });
}

void Client::refreshNeighbours(bool force) {
    if (!d->opened || !d->loggedIn)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<qint64>(
        this, [](CacheDatabase &db) { return recostore::neighboursFetchedAt(db); },
        [this, force, now](qint64 fetchedAt) {
            if (!force && fetchedAt > 0 && now - fetchedAt < kNeighboursMaxAgeMs)
                return;
            d->api->getJson(QStringLiteral("/reco/neighbours"), [this, now](const ApiError &e,
                                                                            const QJsonObject &o) {
                if (e.isError()) {
                    qCInfo(lcClient) << "neighbour table not fetched:" << e.message;
                    return;
                }
                QString error;
                const auto rows = reco::neighbourTableFromJson(o, &error);
                if (!rows) {
                    qCWarning(lcClient) << "neighbour table refused:" << error;
                    return;
                }
                const QHash<QString, int> popularity = reco::popularityFromJson(o);
                d->cache->run<QString>(
                    this,
                    [rows = *rows, popularity, now](CacheDatabase &db) {
                        QString failure;
                        return recostore::storeNeighbours(db, rows, popularity, now, &failure)
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

void Client::fetchHome(QObject *context, std::function<void(HomeView)> done) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<HomeView>(
        context,
        [me = d->myId(), now](CacheDatabase &db) {
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

void Client::lessonOpened(const QString &lessonId, const QString &courseId) {
    if (!d->opened)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<QString>(
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

void Client::setLessonDone(const QString &lessonId, const QString &courseId, bool done) {
    if (!d->ensureOpen("setLessonDone"))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->cache->run<QString>(
        this,
        [lessonId, courseId, done, now](CacheDatabase &db) {
            QString error;
            return recostore::setLessonDone(db, lessonId, courseId, done, now, &error) ? QString()
                                                                                       : error;
        },
        [this](QString error) {
            if (!error.isEmpty()) {
                Q_EMIT errorOccurred(ApiError::storage(error));
                return;
            }
            Q_EMIT homeChanged();
        });
}

void Client::fetchLessonProgress(QObject *context,
                                 std::function<void(QVector<reco::LessonProgress>)> done) {
    d->cache->run<QVector<reco::LessonProgress>>(
        context, [](CacheDatabase &db) { return recostore::progress(db); }, std::move(done));
}

} // namespace lyceum

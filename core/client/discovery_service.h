// Discovery (docs/architecture.md, "Client core"): the catalogue (courses) as the cache has it,
// search over the cache (core/search/, offline), and the home page computed on the device
// (reco/home.h, docs/privacy.md) from the user's lesson progress, kept on this device only.
// REST: api/reco_api.h (the neighbour table). SQL: cache/cache_reader.h, reco/reco_store.h,
// search/search_index.h.
#pragma once

#include "cache/cache_views.h"
#include "domain/result.h"
#include "library/library.h"
#include "library/while_away.h"
#include "reco/home.h"
#include "search/search_index.h"

#include <QHash>
#include <QObject>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace lyceum {

class SessionState;
class CertificatesService;

// The home page's sections and the courses they name.
struct HomeView {
    reco::HomeFeed feed;
    QHash<QString, CourseSummary> courses; // every course in the cache, by id
    qint64 neighboursFetchedAt = 0;        // 0: the neighbour table was never fetched
    bool hasNeighbours = false;
};

// What reached the cache since the last visit to Home (library/while_away.h).
struct AwayView {
    qint64 since = 0; // the previous visit (ms); 0: none recorded, nothing to say
    QVector<library::AwayItem> items;
};

class DiscoveryService : public QObject {
    Q_OBJECT
public:
    explicit DiscoveryService(SessionState &session, QObject *parent = nullptr);

    // The learner's certificates of completion (learning/certificate_service.h).
    CertificatesService &certificates() { return *m_certificates; }

    // The catalogue, or why the cache could not give it (a broken cache is not "no courses").
    void fetchCourses(QObject *context, std::function<void(Result<QVector<CourseSummary>>)> done);
    void fetchCourse(const QString &courseId, QObject *context,
                     std::function<void(std::optional<CourseDetail>)> done);
    // The course holding a lesson (empty: not in the cache), for lesson links.
    void fetchLessonCourse(const QString &lessonId, QObject *context,
                           std::function<void(QString)> done);

    // Searches the cache (courses, lessons, threads, posts); works offline. At most limit hits,
    // best first; an empty query gives none.
    void search(const QString &query, int limit, QObject *context,
                std::function<void(QVector<SearchHit>)> done);

    void fetchHome(QObject *context, std::function<void(HomeView)> done);
    // GET /reco/neighbours when the stored table is older than an hour (or force); emits
    // homeChanged once stored. Called after every successful pull.
    void refreshNeighbours(bool force);
    // The user's lesson progress, kept on this device only.
    void lessonOpened(const QString &lessonId, const QString &courseId);
    void setLessonDone(const QString &lessonId, const QString &courseId, bool done);
    void fetchLessonProgress(QObject *context,
                             std::function<void(QVector<reco::LessonProgress>)> done);

    // My library: owned and followed courses with their progress (library/library.h), or why
    // the cache could not give it.
    void fetchLibrary(QObject *context, std::function<void(Result<QVector<library::Entry>>)> done);
    // "While you were away": the first call of a session records this visit and keeps the
    // previous one; every call of the session answers since that previous visit, until
    // dismissWhileAway().
    void fetchWhileAway(QObject *context, std::function<void(AwayView)> done);
    void dismissWhileAway();

Q_SIGNALS:
    // Lesson progress or the neighbour table changed: the home page is to be fetched again
    // (Client::cacheChanged covers the catalogue and ratings).
    void homeChanged();

private:
    SessionState &m_session;
    CertificatesService *m_certificates; // a child
    bool m_visitRecorded = false;
    // The previous visit; read and written on the cache worker only (jobs run in order there).
    std::shared_ptr<qint64> m_awaySince = std::make_shared<qint64>(0);
};

} // namespace lyceum

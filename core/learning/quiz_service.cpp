#include "learning/quiz_service.h"

#include "api/api_client.h"
#include "cache/cache_database.h"
#include "cache/cache_worker.h"
#include "cache/transaction.h"
#include "client/session_state.h"
#include "domain/mutation_defs.h"
#include "outbox/outbox_store.h"

#include <QDateTime>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

namespace lyceum {

QuizService::QuizService(SessionState &session, Client *client)
    : QObject(client)
    , m_session(session) {
    setObjectName(QStringLiteral("QuizService"));
    connect(session.client, &Client::syncFinished, this, [this](const ApiError &error) {
        if (!error.isError())
            refresh({}, this);
    });
    // An attempt sent: its grade is on the server now.
    connect(session.client, &Client::outboxFlushed, this, [this](const ApiError &error) {
        if (!error.isError() && m_awaitingGrades) {
            m_awaitingGrades = false;
            refresh({}, this);
        }
    });
}

QuizService &QuizService::of(Client &client) {
    return *client.findChild<QuizService *>(QStringLiteral("QuizService"),
                                            Qt::FindDirectChildrenOnly);
}

void QuizService::refresh(const QString &courseId, QObject *context,
                          std::function<void(const ApiError &)> done) {
    QPointer<QObject> guard(context);
    if (!m_session.opened || !m_session.loggedIn || !m_session.api) {
        if (done)
            done(ApiError::notLoggedIn());
        return;
    }
    QUrlQuery query;
    if (!courseId.isEmpty())
        query.addQueryItem(QStringLiteral("course"), courseId);
    m_session.api->getJson(
        QStringLiteral("/quizzes"), query,
        [this, guard, courseId, done](const ApiError &e, const QJsonObject &answer) {
            if (e.isError()) {
                if (done && guard)
                    done(e);
                return;
            }
            m_session.cache->run<QString>(
                this,
                [answer, courseId](CacheDatabase &db) {
                    QString error;
                    return quizstore::storeFetched(db, answer, courseId, &error) ? QString()
                                                                                 : error;
                },
                [this, guard, done](const QString &error) {
                    if (error.isEmpty())
                        Q_EMIT quizzesChanged();
                    if (done && guard)
                        done(error.isEmpty() ? ApiError() : ApiError::storage(error));
                });
        });
}

void QuizService::fetchLessonQuiz(const QString &lessonId, QObject *context,
                                  std::function<void(std::optional<LessonQuiz>)> done) {
    m_session.cache->run<std::optional<LessonQuiz>>(
        context, [lessonId](CacheDatabase &db) { return quizstore::lessonQuiz(db, lessonId); },
        std::move(done));
}

void QuizService::fetchQuiz(const QString &quizId, QObject *context,
                            std::function<void(std::optional<LessonQuiz>)> done) {
    m_session.cache->run<std::optional<LessonQuiz>>(
        context, [quizId](CacheDatabase &db) { return quizstore::quizById(db, quizId); },
        std::move(done));
}

void QuizService::fetchCourseQuizzes(const QString &courseId, QObject *context,
                                     std::function<void(QHash<QString, LessonQuiz>)> done) {
    m_session.cache->run<QHash<QString, LessonQuiz>>(
        context, [courseId](CacheDatabase &db) { return quizstore::quizzesOfCourse(db, courseId); },
        std::move(done));
}

void QuizService::fetchSummaries(QObject *context,
                                 std::function<void(QHash<QString, CourseQuizzes>)> done) {
    m_session.cache->run<QHash<QString, CourseQuizzes>>(
        context, [](CacheDatabase &db) { return quizstore::courseSummaries(db); }, std::move(done));
}

void QuizService::submit(const QString &quizId, const QJsonObject &answers, QObject *context,
                         std::function<void(const Status &, const QString &)> done) {
    if (!m_session.ensureOpen("submitQuiz"))
        return;
    const QString attemptId =
        QStringLiteral("qa-") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QPointer<QObject> guard(context);
    m_session.cache->run<Status>(
        this,
        [quizId, answers, attemptId, now](CacheDatabase &db) {
            return quizstore::queueAttempt(db, quizId, answers, attemptId, now);
        },
        [this, guard, attemptId, done](const Status &status) {
            if (status) {
                m_awaitingGrades = true;
                m_session.scheduleFlush();
                m_session.refreshOutboxCounts();
                Q_EMIT quizzesChanged();
            }
            if (guard && done)
                done(status, attemptId);
        });
}

void QuizService::fetchAuthorQuiz(const QString &lessonId, QObject *context,
                                  std::function<void(const ApiError &, const QJsonObject &)> done) {
    QPointer<QObject> guard(context);
    if (!m_session.loggedIn || !m_session.api) {
        done(ApiError::notLoggedIn(), {});
        return;
    }
    m_session.api->getJson(QStringLiteral("/studio/quiz"),
                           QUrlQuery{{QStringLiteral("lesson"), lessonId}},
                           [guard, done](const ApiError &e, const QJsonObject &answer) {
                               if (guard)
                                   done(e, answer);
                           });
}

void QuizService::saveQuiz(const QString &lessonId, const QJsonObject &definition, QObject *context,
                           std::function<void(const Status &)> done) {
    if (!m_session.ensureOpen("saveQuiz"))
        return;
    QPointer<QObject> guard(context);
    m_session.cache->run<Status>(
        this,
        [lessonId, definition](CacheDatabase &db) -> Status {
            const Result<quiz::Quiz> checked = quiz::quizFromAuthorJson(definition);
            if (!checked)
                return checked.error();
            QJsonObject args = quiz::authorJson(*checked);
            args.insert(QStringLiteral("lesson_id"), lessonId);
            for (const char *key : {"quiz_id", "course_id"})
                args.remove(QLatin1String(key));
            return withTransaction(db, [&]() -> Status {
                QString error;
                if (!outboxstore::enqueue(db, QString(mutations::kQuizPut), lessonId, args, nullptr,
                                          &error))
                    return CoreError::storage(error);
                return {};
            });
        },
        [this, guard, done](const Status &status) {
            if (status) {
                m_session.scheduleFlush();
                m_session.refreshOutboxCounts();
            }
            if (guard && done)
                done(status);
        });
}

void QuizService::fetchStats(const QString &courseId, QObject *context,
                             std::function<void(const ApiError &, const QJsonObject &)> done) {
    QPointer<QObject> guard(context);
    if (!m_session.loggedIn || !m_session.api) {
        done(ApiError::notLoggedIn(), {});
        return;
    }
    m_session.api->getJson(QStringLiteral("/studio/quiz-stats"),
                           QUrlQuery{{QStringLiteral("course"), courseId}},
                           [guard, done](const ApiError &e, const QJsonObject &answer) {
                               if (guard)
                                   done(e, answer);
                           });
}

} // namespace lyceum

// Assignments on the client (docs/architecture.md, "Learning"): the learner's drafts (kept in
// the cache on every edit), the submission (files uploaded first, then assignment.submit
// through the outbox, so text alone goes out offline too), the reviewer's queue and grade
// (assignment.review through the outbox) and the creator's insights aggregate. Typed calls of
// GET/PUT /learning/*; SQL in learning/assignment_store.h.
#pragma once

#include "api/api_error.h"
#include "learning/assignment_store.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace lyceum {

class Client;
class SessionState;

// What a submitted file must be, checked before anything is sent (the server checks again).
inline constexpr qint64 kMaxAssignmentFileBytes = 900 * 1024;

class AssignmentsService : public QObject {
    Q_OBJECT
public:
    explicit AssignmentsService(SessionState &session, QObject *parent = nullptr);

    // The assignment of a lesson and my submissions: what the cache holds at once (fromServer
    // false; {} when never read), then the server's answer when it comes (fromServer true). A
    // lesson without an assignment gives {} from the server.
    void fetchLesson(const QString &lessonId, QObject *context,
                     std::function<void(const QJsonObject &, bool fromServer)> done);
    void loadDraft(const QString &lessonId, QObject *context,
                   std::function<void(assignmentstore::AssignmentDraft)> done);
    void saveDraft(const assignmentstore::AssignmentDraft &draft);
    // Uploads the files (each at most the assignment's limit), then queues the submission;
    // done gets '' or why nothing was queued (the draft stays).
    void submit(const QString &lessonId, const QString &courseId, const QString &lessonTitle,
                const QString &body, const QStringList &files, QObject *context,
                std::function<void(const QString &error)> done);
    // My submissions from the server into the cache (the inbox's assignment items).
    void refreshMine(QObject *context, std::function<void(const ApiError &)> done);

    // The reviewer's side.
    void fetchQueue(bool all, QObject *context,
                    std::function<void(const ApiError &, const QJsonObject &)> done);
    void review(const QString &submissionId, const QString &verdict, const QVector<int> &scores,
                const QString &feedback);
    void fetchFile(const QString &fileId, QObject *context,
                   std::function<void(const ApiError &, const QByteArray &)> done);

    // GET /learning/insights?course=: the per-learner aggregate for the course's owner.
    void fetchInsights(const QString &courseId, QObject *context,
                       std::function<void(const ApiError &, const QJsonObject &)> done);

private:
    void uploadNext(const QString &lessonId, QStringList files, QStringList ids,
                    std::function<void(const QString &, const QStringList &)> done);

    SessionState &m_session;
};

// The session's assignments service (a child of the Client, made with the session).
AssignmentsService &assignmentsOf(Client &client);

} // namespace lyceum

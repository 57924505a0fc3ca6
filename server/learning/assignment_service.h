// Assignments (docs/protocol.md, "Assignments"): a creator asks for a submission on a lesson
// (assignment.put), a learner hands one in (assignment.submit, files uploaded first), a reviewer
// grades it per rubric criterion (assignment.review). Everything a submission holds is private
// to its learner and the assignment's reviewers: the course's creator, the staff they named,
// and admins. Every entry point asks the rule book first (server/policy/rule_book.h).
#pragma once

#include "domain/entities.h"
#include "server/api_error.h"
#include "server/learning/assignment_storage.h"
#include "server/policy/rule_book.h"

#include <QJsonObject>

namespace lyceum::server {

class Storage;
class Clock;

// Limits that hold whatever a creator sets (one upload is one request: at most 1 MiB).
inline constexpr qint64 kMaxSubmissionFileBytes = 900 * 1024;
inline constexpr int kMaxSubmissionFiles = 10;
inline constexpr int kMaxRubricCriteria = 8;
inline constexpr int kMaxCriterionPoints = 100;
inline constexpr int kMaxInstructions = 20000;
inline constexpr int kMaxSubmissionBody = 20000;
inline constexpr int kMaxFeedback = 5000;
inline constexpr int kMaxFileName = 120;
inline constexpr int kMaxReviewers = 10;

class AssignmentService {
public:
    AssignmentService(Storage &storage, const Clock &clock);

    // The mutations; the answer's extra fields, or the refusal.
    ApiResult<QJsonObject> put(const User &actor, const QJsonObject &args);
    ApiResult<QJsonObject> submit(const User &actor, const QJsonObject &args);
    ApiResult<QJsonObject> review(const User &actor, const QJsonObject &args);

    // GET /learning/assignment?lesson=: the assignment and the caller's own submissions.
    ApiResult<QJsonObject> forLesson(const User &actor, const QString &lessonId);
    // GET /learning/submissions: every submission of the caller (their inbox, offline copy).
    ApiResult<QJsonObject> mine(const User &actor);
    // GET /learning/review-queue: submissions the caller reviews (pending only unless all).
    ApiResult<QJsonObject> queue(const User &actor, bool all);
    // PUT /learning/submission-upload: one file for the lesson's assignment.
    ApiResult<QJsonObject> putFile(const User &actor, const QString &lessonId, const QString &id,
                                   const QString &name, const QByteArray &bytes);
    // GET /learning/submission-file: the uploader or a reviewer of a submission naming it.
    ApiResult<SubmissionFile> file(const User &actor, const QString &id);

    // The kind ("image", "pdf", "text") the bytes are, by their first bytes; empty: none.
    static QString sniffKind(const QByteArray &bytes, QString *mime);
    // A file's own name: no directories, no control characters, a known extension.
    static bool isPlainFileName(const QString &name);

    static QJsonObject toJson(const Assignment &assignment);
    QJsonObject toJson(const Submission &submission, bool withLearner);

private:
    // The assignment of a lesson the actor may read; 404 otherwise (nothing said of others).
    ApiResult<Assignment> readableAssignment(const User &actor, const QString &lessonId);
    bool mayReadLesson(const User &actor, const Lesson &lesson, const Course &course);
    bool isReviewer(const User &actor, const Assignment &assignment);

    Storage &m_storage;
    const Clock &m_clock;
    RuleBook m_rules;
};

} // namespace lyceum::server

// Assignments (docs/protocol.md, "Assignments"): what a lesson asks learners to hand in, what
// they hand in, and the files they attach. Submissions are private: only the learner and the
// assignment's reviewers (the course's creator and the staff they name) may read them, so they
// never go through the changes feed; they are served by the learning routes, which check who
// asks (server/learning/assignment_service.h). Implemented by SqlStorage on the same connection
// (server/learning/assignment_sql.cpp, schema step "assignments.1").
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::server {

// One criterion of a rubric: what is looked at and how many points it is worth.
struct RubricCriterion {
    QString title;
    int points = 0;
};

struct Assignment {
    QString lessonId; // one assignment per lesson
    QString courseId;
    QString instructions; // Markdown
    QVector<RubricCriterion> rubric;
    bool allowText = true;
    bool allowFiles = false;
    QStringList fileKinds; // "image", "pdf", "text"
    qint64 maxFileBytes = 0;
    int maxFiles = 0;
    bool resubmit = true;
    QStringList reviewerIds; // staff the creator named; the creator always reviews
    qint64 updatedAt = 0;
};

enum class SubmissionStatus { Submitted, Accepted, NeedsWork };
QString submissionStatusName(SubmissionStatus status);
std::optional<SubmissionStatus> submissionStatusFromName(const QString &name);

struct Submission {
    QString id; // chosen by the learner's device (the outbox retries it)
    QString lessonId;
    QString courseId;
    QString userId;
    int attempt = 1;
    QString body; // Markdown; pictures as lyceum-file:ID
    QStringList fileIds;
    SubmissionStatus status = SubmissionStatus::Submitted;
    QVector<int> scores; // one per rubric criterion, once reviewed
    QString feedback;
    QString reviewerId;
    qint64 submittedAt = 0;
    qint64 reviewedAt = 0;
};

struct SubmissionFile {
    QString id; // chosen by the learner's device
    QString userId;
    QString lessonId;
    QString submissionId; // empty until a submission names it
    QString name;         // the file's own name, no directories
    QString mime;         // from its first bytes
    QByteArray data;
    QString sha256;
    qint64 createdAt = 0;
};

// Creator insights (server/learning/insights_service.h): one learner's progress on one lesson.
struct LearnerProgressRow {
    QString userId;
    QString lessonId;
    int percent = 0;
    qint64 updatedAt = 0;
};

// One dated act of a learner under a course (a post, an enrolment).
struct LearnerEvent {
    QString userId;
    qint64 at = 0;
};

class AssignmentStorage {
public:
    virtual ~AssignmentStorage() = default;

    virtual std::optional<Assignment> assignmentOfLesson(const QString &lessonId) = 0;
    virtual void putAssignment(const Assignment &assignment) = 0;
    virtual QVector<Assignment> assignmentsOfCourse(const QString &courseId) = 0;

    virtual std::optional<Submission> submissionById(const QString &id) = 0;
    virtual void putSubmission(const Submission &submission) = 0;
    // The learner's submissions to one lesson's assignment, oldest first.
    virtual QVector<Submission> submissionsOf(const QString &userId, const QString &lessonId) = 0;
    // Every submission of the user, newest first (their inbox and offline copy).
    virtual QVector<Submission> submissionsOfUser(const QString &userId) = 0;
    // Every submission to assignments of these lessons, newest first.
    virtual QVector<Submission> submissionsOfLessons(const QStringList &lessonIds) = 0;
    // The lessons whose assignments the user reviews (named, or the course's creator).
    virtual QStringList reviewedLessons(const QString &userId) = 0;

    // The file's metadata and, when withData, its bytes.
    virtual std::optional<SubmissionFile> submissionFile(const QString &id, bool withData) = 0;
    virtual void insertSubmissionFile(const SubmissionFile &file) = 0;
    virtual void attachSubmissionFiles(const QStringList &fileIds, const QString &submissionId) = 0;
    // Files the user uploaded for the lesson that no submission names yet.
    virtual int looseSubmissionFiles(const QString &userId, const QString &lessonId) = 0;

    // Certificates: whether every assignment of the course has an accepted submission of the
    // user (true when the course has none).
    virtual bool assignmentsAccepted(const QString &userId, const QString &courseId) = 0;

    // Insights (server/learning/insights_sql.cpp). Progress of learners other than the
    // creator, on a paid course only of those entitled to it.
    virtual QVector<LearnerProgressRow> courseProgress(const QString &courseId) = 0;
    // Posts (not deleted) in the course's threads, by author, oldest first.
    virtual QVector<LearnerEvent> coursePosts(const QString &courseId) = 0;
    // Entitlements to the course, with their time.
    virtual QVector<LearnerEvent> courseEnrolments(const QString &courseId) = 0;
};

} // namespace lyceum::server

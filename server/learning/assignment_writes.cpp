// AssignmentService: what changes an assignment or a submission: assignment.put,
// assignment.submit, assignment.review and the upload of a submission's files.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/clock.h"
#include "server/learning/assignment_service.h"
#include "server/learning/certificate_service.h"
#include "server/storage/storage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace lyceum::server {

namespace {

ApiError invalid(const QString &message) {
    return ApiError::badRequest(QStringLiteral("invalid_field"), message);
}

ApiError refused(const QString &code, const QString &message) {
    return ApiError{403, code, message};
}

bool isKnownKind(const QString &kind) {
    return kind == QLatin1String("image") || kind == QLatin1String("pdf") ||
           kind == QLatin1String("text");
}

bool extensionFits(const QString &name, const QString &kind) {
    const QString ext = name.section(QLatin1Char('.'), -1).toLower();
    if (kind == QLatin1String("image"))
        return QStringList{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                           QStringLiteral("gif"), QStringLiteral("webp")}
            .contains(ext);
    if (kind == QLatin1String("pdf"))
        return ext == QLatin1String("pdf");
    return ext == QLatin1String("txt") || ext == QLatin1String("md");
}

// The rubric of assignment.put: 1 to kMaxRubricCriteria criteria, each with a title and points.
bool readRubric(const QJsonValue &value, QVector<RubricCriterion> *out, QString *why) {
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty() || list.size() > kMaxRubricCriteria) {
        *why = QStringLiteral("rubric must list 1 to %1 criteria").arg(kMaxRubricCriteria);
        return false;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString title = o.value(QLatin1StringView("title")).toString().trimmed();
        const QJsonValue points = o.value(QLatin1StringView("points"));
        if (!mutations::isTextWithin(title, mutations::kMaxTitleLength) || !points.isDouble() ||
            points.toDouble() != double(points.toInt()) || points.toInt() < 1 ||
            points.toInt() > kMaxCriterionPoints) {
            *why = QStringLiteral("each criterion needs a title and 1 to %1 points")
                       .arg(kMaxCriterionPoints);
            return false;
        }
        out->append({title, points.toInt()});
    }
    return true;
}

} // namespace

ApiResult<QJsonObject> AssignmentService::put(const User &actor, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kAssignmentPut));
    Assignment a;
    a.lessonId = r.id(QLatin1StringView("lesson_id"));
    a.instructions = r.string(QLatin1StringView("instructions")).trimmed();
    a.allowText = r.optionalBoolean(QLatin1StringView("allow_text"), true);
    a.allowFiles = r.optionalBoolean(QLatin1StringView("allow_files"), false);
    a.fileKinds = args.contains(QLatin1StringView("file_kinds"))
                      ? r.stringList(QLatin1StringView("file_kinds"))
                      : QStringList();
    a.maxFileBytes =
        r.optionalInteger(QLatin1StringView("max_file_bytes"), kMaxSubmissionFileBytes);
    a.maxFiles = r.optionalInt32(QLatin1StringView("max_files"), a.allowFiles ? 3 : 0);
    a.resubmit = r.optionalBoolean(QLatin1StringView("resubmit"), true);
    const QStringList reviewerHandles = args.contains(QLatin1StringView("reviewers"))
                                            ? r.stringList(QLatin1StringView("reviewers"))
                                            : QStringList();
    QString why;
    if (r.ok() && !mutations::isTextWithin(a.instructions, kMaxInstructions))
        r.fail(QLatin1StringView("instructions"),
               QStringLiteral("must be 1 to %1 characters").arg(kMaxInstructions));
    if (r.ok() && !readRubric(args.value(QLatin1StringView("rubric")), &a.rubric, &why))
        r.fail(QLatin1StringView("rubric"), why);
    if (r.ok() && !a.allowText && !a.allowFiles)
        r.fail(QLatin1StringView("allow_text"), QStringLiteral("text or files must be allowed"));
    if (r.ok() && a.allowFiles &&
        (a.fileKinds.isEmpty() ||
         !std::all_of(a.fileKinds.begin(), a.fileKinds.end(), isKnownKind)))
        r.fail(QLatin1StringView("file_kinds"), QStringLiteral("must name image, pdf or text"));
    if (r.ok() && (a.maxFileBytes < 1 || a.maxFileBytes > kMaxSubmissionFileBytes))
        r.fail(QLatin1StringView("max_file_bytes"),
               QStringLiteral("must be 1 to %1").arg(kMaxSubmissionFileBytes));
    if (r.ok() &&
        (a.maxFiles < 0 || a.maxFiles > kMaxSubmissionFiles || (a.allowFiles && !a.maxFiles)))
        r.fail(QLatin1StringView("max_files"),
               QStringLiteral("must be 1 to %1").arg(kMaxSubmissionFiles));
    if (r.ok() && reviewerHandles.size() > kMaxReviewers)
        r.fail(QLatin1StringView("reviewers"), QStringLiteral("at most %1").arg(kMaxReviewers));
    if (!r.ok())
        return invalid(r.error());
    const auto lesson = m_storage.lessonById(a.lessonId);
    const auto course = lesson ? m_storage.courseById(lesson->courseId) : std::nullopt;
    if (!course || (course->creatorId != actor.id && actor.role != Role::Admin))
        return ApiError::notFound(QStringLiteral("No such lesson of yours."));
    if (const Verdict refusal =
            m_rules.check(actor, Action::SetAssignment, Target::ownedBy(course->creatorId)))
        return *refusal;
    for (const QString &handle : reviewerHandles) {
        const auto account = m_storage.accountByHandle(handle);
        if (!account || account->user.role == Role::Learner)
            return invalid(QStringLiteral("reviewers: %1 is not a member of staff").arg(handle));
        a.reviewerIds << account->user.id;
    }
    a.courseId = course->id;
    a.updatedAt = m_clock.nowMs();
    m_storage.assignments()->putAssignment(a);
    return QJsonObject{{QStringLiteral("lesson_id"), a.lessonId}};
}

ApiResult<QJsonObject> AssignmentService::submit(const User &actor, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kAssignmentSubmit));
    Submission s;
    s.id = r.id(QLatin1StringView("submission_id"));
    s.lessonId = r.id(QLatin1StringView("lesson_id"));
    s.body = r.optionalString(QLatin1StringView("body")).trimmed();
    s.fileIds = args.contains(QLatin1StringView("file_ids"))
                    ? r.stringList(QLatin1StringView("file_ids"))
                    : QStringList();
    if (r.ok() && mutations::characterCount(s.body) > kMaxSubmissionBody)
        r.fail(QLatin1StringView("body"),
               QStringLiteral("must be at most %1 characters").arg(kMaxSubmissionBody));
    if (r.ok() && s.fileIds.removeDuplicates() > 0)
        r.fail(QLatin1StringView("file_ids"), QStringLiteral("names a file twice"));
    if (!r.ok())
        return invalid(r.error());
    const ApiResult<Assignment> found = readableAssignment(actor, s.lessonId);
    if (!found.ok())
        return found.error();
    const Assignment &a = found.value();
    if (const Verdict refusal = m_rules.check(actor, Action::SubmitAssignment))
        return *refusal;
    if (!s.body.isEmpty() && !a.allowText)
        return invalid(QStringLiteral("body: this assignment takes files only"));
    if (!s.fileIds.isEmpty() && !a.allowFiles)
        return invalid(QStringLiteral("file_ids: this assignment takes text only"));
    if (s.fileIds.size() > a.maxFiles && a.allowFiles)
        return invalid(QStringLiteral("file_ids: at most %1 files").arg(a.maxFiles));
    if (s.body.isEmpty() && s.fileIds.isEmpty())
        return invalid(QStringLiteral("body: a submission needs text or a file"));
    AssignmentStorage &store = *m_storage.assignments();
    if (store.submissionById(s.id))
        return ApiError{409, QStringLiteral("conflict"), QStringLiteral("This id is taken.")};
    for (const QString &fileId : std::as_const(s.fileIds)) {
        const auto f = store.submissionFile(fileId, false);
        if (!f || f->userId != actor.id || f->lessonId != s.lessonId || !f->submissionId.isEmpty())
            return invalid(QStringLiteral("file_ids: %1 is not one of your uploads").arg(fileId));
    }
    const QVector<Submission> earlier = store.submissionsOf(actor.id, s.lessonId);
    if (!earlier.isEmpty()) {
        const SubmissionStatus last = earlier.last().status;
        if (last == SubmissionStatus::Accepted)
            return refused(QStringLiteral("already_accepted"),
                           QStringLiteral("Your submission was accepted already."));
        if (last == SubmissionStatus::Submitted)
            return refused(QStringLiteral("awaiting_review"),
                           QStringLiteral("Your last submission has not been reviewed yet."));
        if (!a.resubmit)
            return refused(QStringLiteral("no_resubmission"),
                           QStringLiteral("This assignment takes one submission."));
    }
    s.courseId = a.courseId;
    s.userId = actor.id;
    s.attempt = int(earlier.size()) + 1;
    s.submittedAt = m_clock.nowMs();
    store.putSubmission(s);
    store.attachSubmissionFiles(s.fileIds, s.id);
    return QJsonObject{{QStringLiteral("submission_id"), s.id},
                       {QStringLiteral("attempt"), s.attempt}};
}

ApiResult<QJsonObject> AssignmentService::review(const User &actor, const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kAssignmentReview));
    const QString id = r.id(QLatin1StringView("submission_id"));
    const QString verdict = r.string(QLatin1StringView("verdict"));
    const QString feedback = r.optionalString(QLatin1StringView("feedback")).trimmed();
    const QJsonValue scoresValue = args.value(QLatin1StringView("scores"));
    const std::optional<SubmissionStatus> status = submissionStatusFromName(verdict);
    if (r.ok() && (!status || *status == SubmissionStatus::Submitted))
        r.fail(QLatin1StringView("verdict"), QStringLiteral("must be accepted or needs_work"));
    if (r.ok() && mutations::characterCount(feedback) > kMaxFeedback)
        r.fail(QLatin1StringView("feedback"),
               QStringLiteral("must be at most %1 characters").arg(kMaxFeedback));
    if (r.ok() && !scoresValue.isArray())
        r.fail(QLatin1StringView("scores"), QStringLiteral("must be an array of points"));
    if (!r.ok())
        return invalid(r.error());
    AssignmentStorage &store = *m_storage.assignments();
    std::optional<Submission> s = store.submissionById(id);
    const auto a = s ? store.assignmentOfLesson(s->lessonId) : std::nullopt;
    // Someone who does not review it learns nothing of it, not even that it exists.
    if (!s || !a || !isReviewer(actor, *a) || s->userId == actor.id)
        return ApiError::notFound(QStringLiteral("No such submission to review."));
    if (const Verdict refusal = m_rules.check(actor, Action::ReviewAssignment))
        return *refusal;
    const QJsonArray scores = scoresValue.toArray();
    if (scores.size() != a->rubric.size())
        return invalid(
            QStringLiteral("scores: one per rubric criterion (%1)").arg(a->rubric.size()));
    QVector<int> points;
    for (int i = 0; i < scores.size(); ++i) {
        const QJsonValue v = scores.at(i);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 ||
            v.toInt() > a->rubric.at(i).points)
            return invalid(QStringLiteral("scores: criterion %1 takes 0 to %2 points")
                               .arg(i + 1)
                               .arg(a->rubric.at(i).points));
        points << v.toInt();
    }
    if (s->status != SubmissionStatus::Submitted)
        return ApiError{409, QStringLiteral("already_reviewed"),
                        QStringLiteral("This submission was reviewed already.")};
    s->status = *status;
    s->scores = points;
    s->feedback = feedback;
    s->reviewerId = actor.id;
    s->reviewedAt = m_clock.nowMs();
    store.putSubmission(*s);
    // The last assignment accepted may complete the course's rule (certificate_rule.cpp).
    if (*status == SubmissionStatus::Accepted) {
        if (const std::optional<User> learner = m_storage.userById(s->userId))
            CertificateService(m_storage, m_clock).issueIfEarned(*learner, a->courseId);
    }
    return QJsonObject{{QStringLiteral("submission_id"), s->id},
                       {QStringLiteral("verdict"), verdict}};
}

ApiResult<QJsonObject> AssignmentService::putFile(const User &actor, const QString &lessonId,
                                                  const QString &id, const QString &name,
                                                  const QByteArray &bytes) {
    if (!isValidId(id) || !isValidId(lessonId))
        return invalid(QStringLiteral("id and lesson must be valid ids."));
    if (!isPlainFileName(name))
        return invalid(QStringLiteral("name must be a plain file name (no folders)."));
    const ApiResult<Assignment> found = readableAssignment(actor, lessonId);
    if (!found.ok())
        return found.error();
    const Assignment &a = found.value();
    if (const Verdict refusal = m_rules.check(actor, Action::SubmitAssignment))
        return *refusal;
    if (!a.allowFiles)
        return refused(QStringLiteral("files_not_allowed"),
                       QStringLiteral("This assignment takes text only."));
    if (bytes.size() > a.maxFileBytes)
        return ApiError{
            413, QStringLiteral("too_large"),
            QStringLiteral("Files for this assignment are at most %1 bytes.").arg(a.maxFileBytes)};
    QString mime;
    const QString kind = sniffKind(bytes, &mime);
    if (kind.isEmpty() || !a.fileKinds.contains(kind) || !extensionFits(name, kind))
        return ApiError{415, QStringLiteral("unsupported_media"),
                        QStringLiteral("This assignment takes %1 files.")
                            .arg(a.fileKinds.join(QStringLiteral(", ")))};
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    AssignmentStorage &store = *m_storage.assignments();
    if (const auto existing = store.submissionFile(id, false)) {
        // A retry after a lost answer is harmless; anything else under the id is refused.
        if (existing->userId == actor.id && existing->sha256 == sha &&
            existing->lessonId == lessonId)
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("mime"), existing->mime}};
        return ApiError{409, QStringLiteral("conflict"), QStringLiteral("This file id is taken.")};
    }
    if (store.looseSubmissionFiles(actor.id, lessonId) >= a.maxFiles)
        return refused(QStringLiteral("too_many_files"),
                       QStringLiteral("At most %1 files for this assignment.").arg(a.maxFiles));
    store.insertSubmissionFile(
        {id, actor.id, lessonId, QString(), name, mime, bytes, sha, m_clock.nowMs()});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("mime"), mime}};
}

} // namespace lyceum::server

// The rule that earns a course's certificate, as a list of conditions in one place
// (certificate_rule.cpp): each is a name and a test of one learner on one course, and all must
// hold. "Quizzes passed" and "assignments accepted" are one added line each.
#pragma once

#include <QString>
#include <QVector>

namespace lyceum::server {

class Storage;

struct CertificateCondition {
    const char *name; // stable, for logs and tests: "lessons_done", ...
    bool (*met)(Storage &storage, const QString &userId, const QString &courseId);
};

const QVector<CertificateCondition> &certificateConditions();
// Every condition holds (and the course has at least one lesson).
bool certificateRuleMet(Storage &storage, const QString &userId, const QString &courseId);

} // namespace lyceum::server

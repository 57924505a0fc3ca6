// SqlStorage: CertificateStorage (server/learning/certificate_storage.h), on the tables of
// schema step "certificates.1". Only SQL both SQLite and PostgreSQL accept.
#include "server/storage/sql_storage.h"

#include <QSqlQuery>
#include <QStringBuilder>

namespace lyceum::server {

namespace {

const QString kCertificateColumns = QStringLiteral(
    "code, user_id, course_id, holder, course_title, issued_at, payload, signature, revoked_at, "
    "revoked_by, revoked_reason");

CertificateRecord certificateFrom(const QSqlQuery &q) {
    CertificateRecord r;
    r.code = q.value(0).toString();
    r.userId = q.value(1).toString();
    r.courseId = q.value(2).toString();
    r.holder = q.value(3).toString();
    r.courseTitle = q.value(4).toString();
    r.issuedAt = q.value(5).toLongLong();
    r.payload = q.value(6).toString().toUtf8();
    r.signature = QByteArray::fromBase64(q.value(7).toString().toLatin1());
    r.revokedAt = q.value(8).toLongLong();
    r.revokedBy = q.value(9).toString();
    r.revokedReason = q.value(10).toString();
    return r;
}

} // namespace

void SqlStorage::setLessonDone(const QString &userId, const QString &lessonId,
                               const QString &courseId, bool done, qint64 at) {
    if (!done) {
        QSqlQuery &q = prepared(
            QStringLiteral("DELETE FROM lesson_completions WHERE user_id = ? AND lesson_id = ?"));
        bind(q, {userId, lessonId});
        run(q);
        return;
    }
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("lesson_completions"),
                                    {QStringLiteral("user_id"), QStringLiteral("lesson_id"),
                                     QStringLiteral("course_id"), QStringLiteral("completed_at")}) %
                 QStringLiteral(" ON CONFLICT (user_id, lesson_id) DO NOTHING"));
    bind(q, {userId, lessonId, courseId, at});
    run(q);
}

QStringList SqlStorage::lessonsDoneIn(const QString &userId, const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT lesson_id FROM lesson_completions WHERE user_id = ? AND course_id = ?"));
    bind(q, {userId, courseId});
    run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

bool SqlStorage::insertCertificate(const CertificateRecord &r) {
    QSqlQuery &q =
        prepared(SqlDialect::insert(QStringLiteral("certificates"),
                                    {QStringLiteral("code"), QStringLiteral("user_id"),
                                     QStringLiteral("course_id"), QStringLiteral("holder"),
                                     QStringLiteral("course_title"), QStringLiteral("issued_at"),
                                     QStringLiteral("payload"), QStringLiteral("signature")}) %
                 QStringLiteral(" ON CONFLICT DO NOTHING"));
    bind(q, {r.code, r.userId, r.courseId, r.holder, r.courseTitle, r.issuedAt,
             QString::fromUtf8(r.payload), QString::fromLatin1(r.signature.toBase64())});
    run(q);
    return q.numRowsAffected() == 1;
}

std::optional<CertificateRecord> SqlStorage::certificateByCode(const QString &code) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kCertificateColumns %
                            QStringLiteral(" FROM certificates WHERE code = ?"));
    bind(q, {code});
    run(q);
    std::optional<CertificateRecord> out;
    if (q.next())
        out = certificateFrom(q);
    q.finish();
    return out;
}

std::optional<CertificateRecord> SqlStorage::certificateOf(const QString &userId,
                                                           const QString &courseId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kCertificateColumns %
                            QStringLiteral(" FROM certificates WHERE user_id = ? AND "
                                           "course_id = ?"));
    bind(q, {userId, courseId});
    run(q);
    std::optional<CertificateRecord> out;
    if (q.next())
        out = certificateFrom(q);
    q.finish();
    return out;
}

QVector<CertificateRecord> SqlStorage::certificatesOf(const QString &userId) {
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") % kCertificateColumns %
                            QStringLiteral(" FROM certificates WHERE user_id = ? ORDER BY "
                                           "issued_at, code"));
    bind(q, {userId});
    run(q);
    QVector<CertificateRecord> out;
    while (q.next())
        out.append(certificateFrom(q));
    q.finish();
    return out;
}

bool SqlStorage::revokeCertificate(const QString &code, const QString &by, const QString &reason,
                                   qint64 at) {
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE certificates SET revoked_at = ?, revoked_by = ?, "
                                "revoked_reason = ? WHERE code = ? AND revoked_at = 0"));
    bind(q, {at, by, reason, code});
    run(q);
    return q.numRowsAffected() == 1;
}

} // namespace lyceum::server

// What certificates keep on the server (schema step "certificates.1",
// server/learning/certificate_schema.cpp): the lessons each learner marked done, and the
// certificates issued. SqlStorage implements it (certificate_sql.cpp). Throws StorageError.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace lyceum::server {

struct CertificateRecord {
    QString code; // normalized (certificates::normalizedCode)
    QString userId;
    QString courseId;
    QString holder;
    QString courseTitle;
    qint64 issuedAt = 0;
    QByteArray payload;   // the exact signed bytes
    QByteArray signature; // Ed25519, 64 bytes
    qint64 revokedAt = 0; // 0: valid
    QString revokedBy;
    QString revokedReason;
};

class CertificateStorage {
public:
    virtual ~CertificateStorage() = default;

    // Marks (or unmarks) a lesson done for a learner.
    virtual void setLessonDone(const QString &userId, const QString &lessonId,
                               const QString &courseId, bool done, qint64 at) = 0;
    // The lessons of a course the learner marked done (ids).
    virtual QStringList lessonsDoneIn(const QString &userId, const QString &courseId) = 0;
    // Inserts unless the learner already holds a certificate of the course (or the code is
    // taken): true when this call inserted it. Safe with several instances (a unique
    // constraint and ON CONFLICT DO NOTHING).
    virtual bool insertCertificate(const CertificateRecord &record) = 0;
    virtual std::optional<CertificateRecord> certificateByCode(const QString &code) = 0;
    virtual std::optional<CertificateRecord> certificateOf(const QString &userId,
                                                           const QString &courseId) = 0;
    virtual QVector<CertificateRecord> certificatesOf(const QString &userId) = 0;
    // Marks it revoked (first revocation wins); false when there is no such valid certificate.
    virtual bool revokeCertificate(const QString &code, const QString &by, const QString &reason,
                                   qint64 at) = 0;
};

} // namespace lyceum::server

// The learner's certificates on this device (cache schema step "certificates.1"): what GET
// /api/v1/certificates last said, with the signed payload of each, and where its PDF was saved
// under the profile. Also queues lesson.done, the mutation that tells the server a lesson was
// marked done (the rule that issues certificates reads it). Runs on the cache worker.
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace lyceum {

class CacheDatabase;

namespace certificatestore {

struct Certificate {
    QString code;
    QString courseId;
    QString holder;
    QString courseTitle;
    qint64 issuedAt = 0;
    QByteArray payload;   // the exact signed bytes
    QByteArray signature; // Ed25519
    QByteArray publicKey; // the community key the server named
    qint64 revokedAt = 0; // 0: valid
    QString revokedReason;
    QString pdfPath; // empty until a PDF was saved
};

// One entry of GET /certificates; nullopt when a field is missing or too long, or when the
// signature does not hold over the payload with the key given (the network is not trusted).
std::optional<Certificate> fromJson(const QJsonObject &o);

// The server's list is the whole truth for this account: replaces the stored one, keeping the
// PDF paths of codes that stay.
bool replaceAll(CacheDatabase &db, const QVector<Certificate> &list, QString *error);
Result<QVector<Certificate>> list(CacheDatabase &db);
bool setPdfPath(CacheDatabase &db, const QString &code, const QString &path, QString *error);

// Queues lesson.done {lesson_id, done}; the caller holds the transaction or accepts a lone row.
bool queueLessonDone(CacheDatabase &db, const QString &lessonId, bool done, QString *error);

} // namespace certificatestore
} // namespace lyceum

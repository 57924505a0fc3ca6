#include "learning/certificate_store.h"

#include "cache/cache_database.h"
#include "cache/transaction.h"
#include "learning/certificate_codec.h"
#include "learning/certificate_mutations.h"
#include "outbox/outbox_store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace lyceum {

bool cacheSchemaCertificates1(QSqlDatabase &db, QString *error) {
    // certificates: one row per certificate this account holds, keyed by its code. payload is
    // the exact signed JSON, signature and public_key raw bytes; revoked_at 0: valid; pdf_path
    // the PDF saved under the profile ('' until one is).
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("CREATE TABLE certificates (code TEXT PRIMARY KEY, "
                              "course_id TEXT NOT NULL, holder TEXT NOT NULL, "
                              "course_title TEXT NOT NULL, issued_at INTEGER NOT NULL, "
                              "payload BLOB NOT NULL, signature BLOB NOT NULL, "
                              "public_key BLOB NOT NULL, revoked_at INTEGER NOT NULL, "
                              "revoked_reason TEXT NOT NULL, pdf_path TEXT NOT NULL DEFAULT '')")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

namespace certificatestore {

namespace {
constexpr int kMaxText = 400;
// Qt binds a null QString as SQL NULL; the columns are NOT NULL text.
QString notNull(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

std::optional<Certificate> fromJson(const QJsonObject &o) {
    const auto text = [&o](const char *key) { return o.value(QLatin1StringView(key)).toString(); };
    Certificate c;
    c.code = certificates::normalizedCode(text("code"));
    c.courseId = text("course_id");
    c.holder = text("holder");
    c.courseTitle = text("course_title");
    c.issuedAt = o.value(QLatin1StringView("issued_at")).toInteger();
    c.payload = QByteArray::fromBase64(text("payload").toLatin1());
    c.signature = QByteArray::fromBase64(text("signature").toLatin1());
    c.publicKey = QByteArray::fromBase64(text("public_key").toLatin1());
    c.revokedAt = o.value(QLatin1StringView("revoked_at")).toInteger();
    c.revokedReason = text("revoked_reason").left(kMaxText);
    if (c.code.isEmpty() || c.courseId.isEmpty() || c.courseId.size() > kMaxText ||
        c.holder.size() > kMaxText || c.courseTitle.size() > kMaxText ||
        !certificates::verify(c.payload, c.signature, c.publicKey))
        return std::nullopt;
    // What is shown is what was signed.
    const auto payload = certificates::Payload::fromBytes(c.payload);
    if (!payload || payload->code != c.code)
        return std::nullopt;
    c.holder = payload->holder;
    c.courseTitle = payload->courseTitle;
    c.courseId = payload->courseId;
    c.issuedAt = payload->issuedAt;
    return c;
}

bool replaceAll(CacheDatabase &db, const QVector<Certificate> &list, QString *error) {
    Transaction tx(db);
    if (!tx.isOpen())
        return succeeded(tx.beginError(), error);
    QHash<QString, QString> paths;
    {
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("SELECT code, pdf_path FROM certificates")))
            return CacheDatabase::exec(q, QStringLiteral("reading certificates"), error);
        while (q.next())
            paths.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (!db.exec(QStringLiteral("DELETE FROM certificates"), error))
        return false;
    QSqlQuery put(db.db());
    put.prepare(
        QStringLiteral("INSERT INTO certificates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Certificate &c : list) {
        put.addBindValue(c.code);
        put.addBindValue(c.courseId);
        put.addBindValue(notNull(c.holder));
        put.addBindValue(notNull(c.courseTitle));
        put.addBindValue(c.issuedAt);
        put.addBindValue(c.payload);
        put.addBindValue(c.signature);
        put.addBindValue(c.publicKey);
        put.addBindValue(c.revokedAt);
        put.addBindValue(notNull(c.revokedReason));
        put.addBindValue(notNull(paths.value(c.code)));
        if (!CacheDatabase::exec(put, QStringLiteral("storing a certificate"), error))
            return false;
    }
    return tx.commit(error);
}

Result<QVector<Certificate>> list(CacheDatabase &db) {
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT code, course_id, holder, course_title, issued_at, payload, "
                               "signature, public_key, revoked_at, revoked_reason, pdf_path FROM "
                               "certificates ORDER BY issued_at, code")))
        return CoreError::storage(QStringLiteral("reading certificates: ") + q.lastError().text());
    QVector<Certificate> out;
    while (q.next()) {
        Certificate c;
        c.code = q.value(0).toString();
        c.courseId = q.value(1).toString();
        c.holder = q.value(2).toString();
        c.courseTitle = q.value(3).toString();
        c.issuedAt = q.value(4).toLongLong();
        c.payload = q.value(5).toByteArray();
        c.signature = q.value(6).toByteArray();
        c.publicKey = q.value(7).toByteArray();
        c.revokedAt = q.value(8).toLongLong();
        c.revokedReason = q.value(9).toString();
        c.pdfPath = q.value(10).toString();
        out.append(c);
    }
    return out;
}

bool setPdfPath(CacheDatabase &db, const QString &code, const QString &path, QString *error) {
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE certificates SET pdf_path = ? WHERE code = ?"));
    q.addBindValue(path);
    q.addBindValue(code);
    return CacheDatabase::exec(q, QStringLiteral("recording the certificate's file"), error);
}

bool queueLessonDone(CacheDatabase &db, const QString &lessonId, bool done, QString *error) {
    return outboxstore::enqueue(
        db, QString(mutations::kLessonDone), lessonId,
        QJsonObject{{QStringLiteral("lesson_id"), lessonId}, {QStringLiteral("done"), done}},
        nullptr, error);
}

} // namespace certificatestore
} // namespace lyceum
